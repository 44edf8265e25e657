"""Generates the two SCDL budget files of Cheylanes-sur-Planèze (BP 2026, CA 2025), M57 abrégée.
CA 2025 results are carried into BP 2026 (001, 002, 1068). Written blind by a helper session."""
import csv, re, pathlib
HERE = pathlib.Path(__file__).parent
PLAN = pathlib.Path('/work/shared/data/real/nomenclature-m57/planDeCompte_M57_A_2024.xml')
t = PLAN.read_text(encoding='utf-8')
LIB = {m.group(1): m.group(2) for m in re.finditer(r'<Compte Code="([^"]*)" Libelle="([^"]*)"', t)}
CHLIB = {m.group(1): m.group(2) for m in re.finditer(r'<Chapitre Code="([^"]*)" Libelle="([^"]*)"', t)}
def chap(code, rd):
    m = re.search(r'<Compte Code="%s"[^>]*D%s="([^"]*)"' % (code, 'R'), t) if rd == 'D' else \
        re.search(r'<Compte Code="%s"[^>]*RR="([^"]*)"' % code, t)
    c = m.group(1) if m else ''
    return c
SIRET = '21150298100013'
NOM = 'COMMUNE DE CHEYLANES SUR PLANEZE'
# (section F/I, D/R, account, opbudg, BP2026 prevu, CA2025 prevu, CA2025 realise)
LINES = [
 # fonctionnement depenses
 ('F','D','60611','réel', 2800, 2600, 2418.37),
 ('F','D','60612','réel', 21500, 20000, 20644.12),
 ('F','D','60621','réel', 9800, 9500, 8912.60),
 ('F','D','60622','réel', 6500, 6000, 6287.45),
 ('F','D','60632','réel', 4200, 4000, 3356.81),
 ('F','D','60633','réel', 11000, 10000, 11842.30),
 ('F','D','6064','réel', 1200, 1200, 987.52),
 ('F','D','611','réel', 18500, 17500, 17236.40),
 ('F','D','615221','réel', 8000, 9000, 7481.95),
 ('F','D','615231','réel', 15000, 14000, 13905.18),
 ('F','D','61551','réel', 7500, 6000, 7214.66),
 ('F','D','6156','réel', 3400, 3200, 3187.20),
 ('F','D','6161','réel', 6900, 6700, 6684.00),
 ('F','D','622','réel', 2500, 2000, 1650.00),
 ('F','D','623','réel', 1500, 1500, 1128.90),
 ('F','D','626','réel', 2300, 2300, 2096.74),
 ('F','D','6281','réel', 1800, 1700, 1735.00),
 ('F','D','6411','réel', 98000, 95000, 94318.27),
 ('F','D','6413','réel', 22000, 20000, 18764.09),
 ('F','D','6450','réel', 41500, 40000, 39482.56),
 ('F','D','739221','réel', 4812, 4812, 4812.00),
 ('F','D','65311','réel', 26400, 26000, 25987.44),
 ('F','D','6553','réel', 14700, 14200, 14236.00),
 ('F','D','65568','réel', 38500, 37000, 36918.50),
 ('F','D','6574','réel', 5000, 4800, 4350.00),
 ('F','D','66111','réel', 6850, 7400, 7391.62),
 ('F','D','023','ordre', None, 45000, 0),
 ('F','D','681','ordre', 14300, 13800, 13800.00),
 # fonctionnement recettes
 ('F','R','70311','réel', 1500, 1500, 1870.00),
 ('F','R','70382','réel', 9000, 8500, 6942.50),
 ('F','R','7067','réel', 14500, 14000, 14318.60),
 ('F','R','7036','réel', 9800, 9500, 9646.00),
 ('F','R','7035','réel', 1200, 1200, 1200.00),
 ('F','R','70878','réel', 2500, 2000, 3124.18),
 ('F','R','73111','réel', 151600, 147000, 147874.00),
 ('F','R','74111','réel', 81400, 81000, 81112.00),
 ('F','R','741121','réel', 62300, 60000, 61487.00),
 ('F','R','741127','réel', 6100, 6000, 6034.00),
 ('F','R','74833','réel', 3900, 3800, 3861.00),
 ('F','R','7473','réel', 4000, 4000, 3500.00),
 ('F','R','752','réel', 24600, 24000, 24240.00),
 ('F','R','7588','réel', 800, 500, 1032.47),
 # investissement depenses
 ('I','D','1641','réel', 24600, 23800, 23791.35),
 ('I','D','203','réel', 6000, 8000, 4860.00),
 ('I','D','2131','réel', 86400, 12000, 9644.40),
 ('I','D','2151','réel', 20000, 55000, 51237.82),
 ('I','D','2157','réel', 72000, 0, 0),
 ('I','D','2183','réel', 2400, 1500, 1289.00),
 ('I','D','2188','réel', 4760.33, 6000, 5312.76),
 # investissement recettes
 ('I','R','10222','réel', 14800, 9000, 9415.00),
 ('I','R','10226','réel', 2100, 1500, 1984.00),
 ('I','R','1321','réel', 25920, 0, 0),
 ('I','R','1322','réel', 10000, 0, 0),
 ('I','R','1323','réel', 21600, 16500, 16500.00),
 ('I','R','1641','réel', 60000, 0, 0),
 ('I','R','021','ordre', None, 45000, 0),
 ('I','R','28151','ordre', 14300, 13800, 13800.00),
]
CA_002 = 124480.91   # résultat de fonctionnement reporté de 2024, in CA 2025
CA_001 = 31245.68   # solde d'investissement reporté de 2024 (excédent), in CA 2025
CA_1068 = 0.0

def tot(doc, sec, rd, opb=None, field=None):
    s = 0
    for L in LINES:
        if L[0]==sec and L[1]==rd and (opb is None or L[3]==opb):
            v = {'bp':L[4],'caprev':L[5],'careal':L[6]}[doc]
            s += v or 0
    return round(s, 2)

# CA 2025 results
res_f = round(tot('careal','F','R') + CA_002 - tot('careal','F','D'), 2)
res_i = round(tot('careal','I','R') + CA_001 - tot('careal','I','D'), 2)
# BP 2026 carry-over
bp_001 = res_i                         # >0 recette, <0 depense
bp_1068 = round(-res_i, 2) if res_i < 0 else 0.0
bp_002 = round(res_f - bp_1068, 2)

def write(path, natdec, year, doc, extra, enc, contnat):
    rows = []
    for (sec, rd, code, opb, bp, caprev, careal) in LINES:
        prev = {'bp': bp, 'ca': caprev}[doc]
        real = careal if doc == 'ca' else None
        rows.append([sec, rd, code, opb, prev, real])
    rows = extra + rows
    with open(path, 'w', encoding=enc, newline='') as f:
        w = csv.writer(f)
        w.writerow('BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE'.split(','))
        for sec, rd, code, opb, prev, real in rows:
            ch = chap(code, rd) if code not in ('001','002','021','023') else code
            if code == '681': ch = '042'
            if code.startswith('28'): ch = '040'
            if code == '1068': ch = '10'
            if not ch: ch = code[:2]
            fmt = lambda v: '' if v is None else ('%.2f' % v)
            w.writerow([natdec, year, SIRET, NOM, ch if contnat else '', CHLIB.get(ch, '') if contnat else '', code, LIB[code], '', '', '',
                        'fonctionnement' if sec=='F' else 'investissement', opb, 'dépense' if rd=='D' else 'recette',
                        fmt(real) if doc=='ca' else '', '', '', '', fmt(prev), fmt(prev), '', 'non spécialisé'])
for i, L in enumerate(LINES):
    if L[2]=='023': LINES[i] = L[:4] + (None,) + L[5:]
# balance BP fonctionnement with 023 / 021
bp_fd = tot('bp','F','D'); bp_fr = tot('bp','F','R') + bp_002
vir = round(bp_fr - bp_fd, 2)
for i, L in enumerate(LINES):
    if L[2] in ('023','021'): LINES[i] = L[:4] + (vir,) + L[5:]
bp_id = tot('bp','I','D') + (-bp_001 if bp_001 < 0 else 0)
bp_ir = tot('bp','I','R') + bp_1068 + (bp_001 if bp_001 > 0 else 0)
print('CA2025 res_f', res_f, 'res_i', res_i)
print('BP2026 001', bp_001, '1068', bp_1068, '002', bp_002, 'virement', vir)
print('BP invest D', round(bp_id,2), 'R', round(bp_ir,2), 'diff', round(bp_ir-bp_id,2))
extra_bp = [('F','R','002','réel',bp_002,None)]
if bp_001 < 0: extra_bp.append(('I','D','001','réel',-bp_001,None))
else: extra_bp.append(('I','R','001','réel',bp_001,None))
if bp_1068: extra_bp.append(('I','R','1068','réel',bp_1068,None))
extra_ca = [('F','R','002','réel',CA_002,CA_002), ('I','R','001','réel',CA_001,CA_001)]
LIB['001']=LIB['001']; 
write(HERE/'files'/'budget_primitif_2026.csv','budget primitif',2026,'bp',extra_bp,'utf-8',False)
write(HERE/'files'/'BUDGET_CA_2025.csv','Compte administratif',2025,'ca',extra_ca,'utf-8-sig',True)
