"""Write README.md from nbs/index.ipynb, as `nbdev-readme` would without Quarto (not installable on our machines).

Markdown cells are copied, with links to chapters and pictures made relative to the repository's root; each shown
code cell (not `#| hide`) is run and its DataFrame written as a Markdown table. `--check` fails if README.md differs."""
import ast, json, os, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nbs = root/'nbs'
pages = {re.sub(r'^\d+_', '', p.stem): p.name for p in nbs.glob('*.ipynb')}

def fix_links(md):
    "Chapter links (`data.html`) and pictures (`results/...`) as seen from the repository's root"
    md = re.sub(r'\]\((\w+)\.html\)', lambda m: f'](nbs/{pages.get(m[1], m[1] + ".ipynb")})', md)
    return md.replace('](results/', '](nbs/results/').replace('`results/', '`nbs/results/')

def cell(v):
    "A DataFrame cell as Markdown"
    if isinstance(v, int) and not isinstance(v, bool): return f'{v:,}'
    return str(v).replace('|', '\\|')

def table(df):
    "A DataFrame as a Markdown table (with its index when it is named)"
    if df.index.name: df = df.reset_index()
    rows = [list(df.columns)]
    for r in df.itertuples(index=False):
        rows.append([f'`{v}`' if c=='command' and v else cell(v) for c,v in zip(df.columns, r)])
    lines = ['| ' + ' | '.join(map(str, r)) + ' |' for r in rows]
    return '\n'.join([lines[0], '|' + '---|'*len(df.columns), *lines[1:]])

def run(src, ns):
    "Run a code cell; return the value of its last expression, if it ends with one"
    tree = ast.parse(src)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, '<index>', 'exec'), ns)
    return eval(compile(ast.Expression(last.value), '<index>', 'eval'), ns) if last else None

def readme():
    os.chdir(nbs) # the notebook's paths are relative to nbs/
    out,ns = [],{}
    for c in json.loads((nbs/'index.ipynb').read_text())['cells']:
        src = ''.join(c['source'])
        if c['cell_type']=='markdown': out.append(fix_links(src)); continue
        res = run(src, ns)
        if src.lstrip().startswith('#| hide') or res is None: continue
        out.append(table(res) if hasattr(res, 'itertuples') else f'```\n{res}\n```')
    return '\n\n'.join(out) + '\n'

if __name__=='__main__':
    txt,f = readme(),root/'README.md'
    if '--check' in sys.argv:
        if f.read_text()!=txt: sys.exit('README.md is not in step with nbs/index.ipynb: run `python .ci/readme.py`')
        print('README.md is in step with nbs/index.ipynb')
    else: f.write_text(txt)
