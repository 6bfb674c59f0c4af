#!/usr/bin/env python3
"""Lint for builtin.verbpatterns.txt: block and pattern syntax, codes present in
cameo_codes.tsv, synsets defined, one '*' per pattern, verbs listed in one block only.
Run: python3 stages/extract/data/tools/check_verbpatterns.py [FILE]  (exit status 1 on errors);
FILE defaults to the built-in builtin.verbpatterns.txt next to this folder."""
import os
D=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
import re,sys,collections
codes={l.split('\t')[0] for l in open(os.path.join(D,"cameo_codes.tsv")) if not l.startswith('code')}
syn=set(); verbs=collections.defaultdict(list); blk=None; errs=0; npat=0; nverbs=0; nblocks=0
mode='syn'
def err(n,m):
    global errs; errs+=1; print(f"{n}: {m}")
PATH=sys.argv[1] if len(sys.argv)>1 else os.path.join(D,"builtin.verbpatterns.txt")
for n,line in enumerate(open(PATH),1):
    t=line.split('#',1)[0].rstrip() if not line.lstrip().startswith('#') else ''
    if not t.strip(): continue
    if t.startswith('&'):
        lab=t.strip()
        if not re.fullmatch(r'&[A-Z0-9]+_?',lab): err(n,'bad synset label '+lab)
        syn.add(lab.rstrip('_')); continue
    if t.startswith('+') and blk is None: continue
    if t.startswith('---'):
        m=re.fullmatch(r'--- ([A-Z0-9_-]+) +\[(---|\d+)\] ---',t.strip())
        if not m: err(n,'bad block '+t); continue
        if m.group(2)!='---' and m.group(2) not in codes: err(n,'bad code '+m.group(2))
        blk=m.group(1); nblocks+=1; continue
    if t.startswith('-'):
        npat+=1
        m=re.fullmatch(r'- (.*?) \[(---|\d+)\]',t.strip())
        if not m: err(n,'bad pattern '+t); continue
        if m.group(2)!='---' and m.group(2) not in codes: err(n,'bad code '+m.group(2))
        toks=m.group(1).split()
        if toks.count('*')!=1: err(n,'need one * '+t)
        if toks.count('+')>1 or toks.count('$')>1: err(n,'double actor '+t)
        for tok in toks:
            for r in re.findall(r'&[A-Z0-9]+',tok):
                if r not in syn: err(n,'undefined synset '+r)
            if tok not in '*$+%^' and not re.fullmatch(r"[A-Z0-9&'_.,-]+",tok): err(n,'odd token '+tok)
        continue
    # verb line
    # a multi-word verb marks its inflected word with '+': "+ASK_FOR", or "HAS_+TAKEN" when it is not the first
    m=re.fullmatch(r"(\+?[A-Z'_.-]+(?:_\+[A-Z'_.-]+)?)\s*(\{[^}]*\})?\s*(\[(?:---|\d+)\])?",t.strip())
    if not m: err(n,'bad verb line '+t); continue
    v=m.group(1); nverbs+=1
    if m.group(3) and m.group(3)[1:-1]!='---' and m.group(3)[1:-1] not in codes: err(n,'bad code')
    if '+' in v:
        if '_' not in v: err(n,'multiword verb without _ '+v)
        if m.group(2):
            for f in m.group(2)[1:-1].split():
                if not (f.startswith('+') or '_+' in f): err(n,'form without + '+f)
    elif '_' in v: err(n,'single verb with _ '+v)
    verbs[v].append(blk)
for v,b in verbs.items():
    if len(b)>1: print('verb in several blocks:',v,b)
print(f"errors={errs} blocks={nblocks} verbs={nverbs} patterns={npat} synsets={len(syn)}")

sys.exit(1 if errs else 0)
