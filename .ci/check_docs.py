"""Check the site that `nbdev-docs` built in `_docs/`: every page rendered, every local link and image resolves, no error
or traceback in any output, and no warning from nbdev or Quarto. Usage: `check_docs.py LOG...` (the builds' logs)."""
import json, re, sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse, unquote

root = Path(__file__).resolve().parent.parent
docs,nbs = root/'_docs',root/'nbs'
site = 'https://ultimus-fastai.github.io/ultimus_fastai/' # nbdev's doc links point at the published site: checked here

class Page(HTMLParser):
    "The links, images and element ids of one HTML page"
    def __init__(self):
        super().__init__()
        self.refs,self.ids = [],set()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get('id'): self.ids.add(a['id'])
        if tag in ('a', 'link') and a.get('href'): self.refs.append(a['href'])
        if tag in ('img', 'script', 'source') and a.get('src'): self.refs.append(a['src'])

def parse(f):
    p = Page(); p.feed(f.read_text(errors='replace')); return p

def pages():
    "The page each notebook in the sidebar renders to"
    for nb in sorted(nbs.glob('*.ipynb')):
        stem = re.sub(r'^\d+_', '', nb.stem)
        yield nb, docs/f'{stem}.html'

def problems(logs):
    errs = []
    for nb,html in pages():
        if not html.exists(): errs.append(f'{nb.name}: no page {html.relative_to(root)}'); continue
        for c in json.loads(nb.read_text())['cells']:
            for o in c.get('outputs', []):
                text = ''.join(o.get('text', '')) + ''.join(o.get('data', {}).get('text/plain', ''))
                if o['output_type']=='error' or o.get('name')=='stderr' or 'Traceback' in text:
                    errs.append(f'{nb.name}: an error or stderr output in cell {c.get("id")}: {text[:200]!r}')
    parsed = {f: parse(f) for f in docs.rglob('*.html')}
    for f,p in parsed.items():
        rel = f.relative_to(docs)
        if 'Traceback (most recent call last)' in f.read_text(errors='replace'): errs.append(f'{rel}: shows a traceback')
        for ref in p.refs:
            if ref.startswith(site): ref = '/' + ref[len(site):] # a page of this site, from its root
            u = urlparse(ref)
            if u.scheme or u.netloc or ref.startswith(('mailto:', 'data:', 'javascript:')): continue
            path = unquote(u.path)
            tgt = (docs/path.lstrip('/')) if path.startswith('/') else (f.parent/path if path else f)
            if tgt.is_dir(): tgt = tgt/'index.html'
            if not tgt.exists(): errs.append(f'{rel}: broken link {ref}'); continue
            if u.fragment and tgt.suffix=='.html' and tgt in parsed and unquote(u.fragment) not in parsed[tgt].ids:
                errs.append(f'{rel}: link {ref} names no anchor in {tgt.relative_to(docs)}')
    for log in logs:
        for l in Path(log).read_text(errors='replace').splitlines():
            if re.search(r'warn|error|traceback', l, re.I): errs.append(f'{Path(log).name}: {l.strip()[:300]}')
    return errs

if __name__=='__main__':
    errs = problems(sys.argv[1:])
    print('\n'.join(errs) or f'docs: {sum(1 for _ in docs.rglob("*.html"))} pages, every link resolves, no error or warning')
    sys.exit(1 if errs else 0)
