"""Prints the figures the budget questions expect (réel lines only, 001/002 apart), from files/."""
import csv, collections, pathlib
HERE = pathlib.Path(__file__).parent / 'files'
def fr(v):
    s = f'{v:,.2f}'.replace(',', ' ').replace('.', ',')
    return s + ' €'
CHAP = {r['BGT_NATURE']: r['BGT_CONTNAT'] for r in csv.DictReader(open(HERE / 'BUDGET_CA_2025.csv', encoding='utf-8-sig'))}
CHAP['1068'] = '10'
for name, field in (('budget_primitif_2026.csv', 'BGT_MTPREV'), ('BUDGET_CA_2025.csv', 'BGT_MTREAL')):
    rows = list(csv.DictReader(open(HERE / name, encoding='utf-8-sig')))
    print('==', name, field)
    tot = collections.Counter(); ch = collections.Counter()
    for r in rows:
        v = float(r[field] or 0)
        if r['BGT_NATURE'] in ('001', '002'):
            print('  apart', r['BGT_NATURE'], r['BGT_CODRD'], fr(v)); continue
        if r['BGT_OPBUDG'] != 'réel': continue
        tot[(r['BGT_SECTION'], r['BGT_CODRD'])] += v
        c = r['BGT_CONTNAT'] or CHAP.get(r['BGT_NATURE'], '?')
        ch[(r['BGT_CODRD'], c)] += v
        print('  ', r['BGT_SECTION'][:5], r['BGT_CODRD'][:3], r['BGT_NATURE'].ljust(7), r['BGT_NATURE_LABEL'][:50].ljust(50), fr(v))
    for k, v in sorted(tot.items()): print('TOTAL', k, fr(v))
    print('TOTAL dépenses réelles', fr(sum(v for k, v in tot.items() if k[1] == 'dépense')))
    print('TOTAL recettes réelles', fr(sum(v for k, v in tot.items() if k[1] == 'recette')))
    for k, v in sorted(ch.items()): print('  CHAP', k, fr(v))
