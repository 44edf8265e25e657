"""Montants attendus des questions budget de commune-x, recalculés depuis files/ (lignes réelles seulement, 001/002 à part)."""
import csv, pathlib
F = pathlib.Path(__file__).parent / 'files'
def fr(x):
    s = f'{x:,.2f}'.replace(',', ' ').replace('.', ',')
    return s + ' €'
def load(name):
    rows = list(csv.DictReader(open(F / name, encoding='utf-8')))
    ca = rows[0]['BGT_NATDEC'] == 'compte administratif'
    def amt(r): return float(r['BGT_MTREAL'] if ca else r['BGT_MTPREV'] or 0)
    return rows, amt
def acct(name, nature, rd):
    rows, amt = load(name)
    return sum(amt(r) for r in rows if r['BGT_NATURE'] == nature and r['BGT_CODRD'] == rd and r['BGT_OPBUDG'] == 'réel')
def total(name, section, rd):
    rows, amt = load(name)
    return sum(amt(r) for r in rows if r['BGT_SECTION'] == section and r['BGT_CODRD'] == rd
               and r['BGT_OPBUDG'] == 'réel' and r['BGT_NATURE'] not in ('001', '002'))
BP, CA, CP = 'budget-primitif-2026.csv', 'compte-administratif-2025.csv', 'budget-primitif-2026-camping.csv'
if __name__ == '__main__':
    for label, doc in (('BP 2026 principal', BP), ('CA 2025 principal', CA), ('BP 2026 camping', CP)):
        print('==', label)
        for n, rd in (('6411','dépense'),('6413','dépense'),('6451','dépense'),('60612','dépense'),('65748','dépense'),('66111','dépense'),('1641','dépense'),('1641','recette'),
                      ('73111','recette'),('731721','recette'),('7411','recette'),('706','recette'),('7083','recette'),('002','recette'),('001','recette'),('001','dépense')):
            v = acct(doc, n, rd)
            if v: print(f'  {n} {rd}: {fr(v)}')
        for s in ('fonctionnement', 'investissement'):
            for rd in ('dépense', 'recette'):
                print(f'  total réel {s} {rd}: {fr(total(doc, s, rd))}')
