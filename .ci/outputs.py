"""Tidy the outputs that `nbdev-test --save` stores in the notebooks, so the docs show them without executing anything.

Drops stderr (library warnings) and fastprogress bars, keeping the lines the bars leave (the epoch tables).
Refresh the stored outputs with: `nbdev-test --save && python .ci/outputs.py && nbdev-clean && nbdev-export`."""
import json, re
from pathlib import Path

def tidy(t):
    "Text output without fastprogress bars"
    out = []
    for line in t.split('\n'):
        segs = [o for o in line.split('\r') if o.strip() and '█' not in o and '|---' not in o and not re.match(r'^Epoch \d+/\d+ :\s*$', o)]
        if segs or not line: out.append(segs[-1] if segs else '')
    return '\n'.join(out)

def tidy_nb(f):
    "Tidy the outputs of notebook `f` in place"
    nb = json.loads(f.read_text())
    for c in nb['cells']:
        if 'outputs' not in c: continue
        outs = [o for o in c['outputs'] if o.get('name')!='stderr']
        for o in outs:
            if o['output_type']=='stream': o['text'] = tidy(''.join(o['text'])).splitlines(keepends=True)
        c['outputs'] = [o for o in outs if o['output_type']!='stream' or ''.join(o['text']).strip()]
    f.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')

if __name__=='__main__':
    for f in sorted((Path(__file__).resolve().parent.parent/'nbs').glob('*.ipynb')): tidy_nb(f)
