"""Compute the expected budget amounts of commune-v from its own files (no Clocher code)."""
import csv, pathlib
F = pathlib.Path(__file__).parent / 'files'

def fr(x):
    s = f'{x:,.2f}'.replace(',', ' ').replace('.', ',')
    return s + ' €'

def load(name):
    rows = list(csv.DictReader(open(F / name, encoding='utf-8')))
    real = rows[0]['BGT_NATDEC'] == 'compte administratif'
    for r in rows:
        r['amt'] = float(r['BGT_MTREAL'] or 0) if real else float(r['BGT_MTPREV'] or 0)
    return rows

def acc(rows, code, rd):
    return sum(r['amt'] for r in rows if r['BGT_NATURE'] == code and r['BGT_CODRD'] == rd)

def chap(rows, cn, rd):
    return sum(r['amt'] for r in rows if r['BGT_CONTNAT'] == cn and r['BGT_CODRD'] == rd and r['BGT_OPBUDG'] == 'réel')

def tot(rows, sec, rd):
    return sum(r['amt'] for r in rows if r['BGT_SECTION'] == sec and r['BGT_CODRD'] == rd
               and r['BGT_OPBUDG'] == 'réel' and r['BGT_NATURE'] not in ('001', '002'))

for name in ['budget-primitif-2026.csv', 'compte-administratif-2025.csv', 'decision-modificative-2026.csv']:
    rows = load(name)
    print('==', name)
    for code in sorted({r['BGT_NATURE'] for r in rows}):
        for rd in ('dépense', 'recette'):
            v = acc(rows, code, rd)
            if v:
                print(f'  {code:7} {rd:8} {fr(v)}')
    for cn in ('011', '012', '65', '66', '16'):
        print(f'  chapitre {cn} dépense réel {fr(chap(rows, cn, "dépense"))}')
    for sec in ('fonctionnement', 'investissement'):
        for rd in ('dépense', 'recette'):
            print(f'  total réel {sec} {rd} {fr(tot(rows, sec, rd))}')
