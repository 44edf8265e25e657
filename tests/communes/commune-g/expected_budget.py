"""Calcule, à partir des deux fichiers SCDL de files/, les montants attendus dans questions.yml.
Règles (FORMATS §5) : seules les lignes « réel » comptent ; BP 2026 -> BGT_MTPREV, CA 2025 -> BGT_MTREAL
(vide = 0) ; jamais de mélange BP/CA ; 001 et 002 hors des totaux, donnés à part."""
import csv
from decimal import Decimal

FILES = {"BP2026": ("files/budget_primitif_2026.csv", "BGT_MTPREV"),
         "CA2025": ("files/budget_compte_administratif_2025.csv", "BGT_MTREAL")}

def load(doc):
    path, col = FILES[doc]
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    for r in rows:
        r["amount"] = Decimal(r[col] or "0")
    return rows

def fr(x):
    x = Decimal(x).quantize(Decimal("0.01"))
    ent, dec = f"{x:.2f}".split(".")
    ent = f"{int(ent):,}".replace(",", " ")
    return f"{ent},{dec} €"

def total(doc, *, codrd, section=None, chapter=None, nature=None):
    s = Decimal(0)
    for r in load(doc):
        if r["BGT_OPBUDG"] != "réel" or r["BGT_CODRD"] != codrd:
            continue
        if r["BGT_NATURE"] in ("001", "002") and nature not in ("001", "002"):
            continue
        if section and r["BGT_SECTION"] != section:
            continue
        if chapter and r["BGT_CONTNAT"] != chapter:
            continue
        if nature and r["BGT_NATURE"] != nature:
            continue
        s += r["amount"]
    return s

FACTS = [
    # (cas de questions.yml, document, filtre, libellé)
    ("budget-01", "BP2026", dict(codrd="dépense", chapter="012"), "chapitre 012 charges de personnel"),
    ("budget-02", "CA2025", dict(codrd="dépense", nature="60621"), "60621 combustibles (réalisé)"),
    ("budget-03", "BP2026", dict(codrd="dépense", nature="2182"), "2182 matériel de transport (étrave, saleuse)"),
    ("budget-04", "CA2025", dict(codrd="recette", nature="70632"), "70632 redevances loisirs (téléski, réalisé)"),
    ("budget-05", "BP2026", dict(codrd="dépense", section="fonctionnement"), "dépenses réelles de fonctionnement"),
    ("budget-06", "CA2025", dict(codrd="recette", chapter="74"), "chapitre 74 dotations et participations (réalisé)"),
    ("budget-07", "BP2026", dict(codrd="dépense", nature="1641"), "1641 remboursement du capital des emprunts"),
    ("budget-08", "CA2025", dict(codrd="dépense", nature="66111"), "66111 intérêts (réalisé)"),
    ("budget-09", "BP2026", dict(codrd="recette", nature="002"), "002 résultat de fonctionnement reporté (à part)"),
    ("budget-10", "BP2026", dict(codrd="dépense", nature="001"), "001 solde d'investissement reporté, déficit (à part)"),
    ("budget-11", "BP2026", dict(codrd="dépense", section="investissement"), "dépenses réelles d'investissement (sans 001)"),
    ("budget-12", "CA2025", dict(codrd="dépense", nature="60633"), "60633 fournitures de voirie : sel (réalisé)"),
    ("budget-13", "BP2026", dict(codrd="recette", nature="1641"), "1641 emprunt nouveau"),
    ("budget-14", "CA2025", dict(codrd="dépense", chapter="011"), "chapitre 011 charges à caractère général (réalisé)"),
    ("session-01/1", "BP2026", dict(codrd="dépense", nature="60622"), "60622 carburants"),
    ("session-01/2", "CA2025", dict(codrd="dépense", nature="60622"), "60622 carburants (réalisé)"),
    # valeurs des must_not (le même poste dans l'autre document, ou un total mal fait)
    ("must_not budget-01", "CA2025", dict(codrd="dépense", chapter="012"), "012 au CA 2025"),
    ("must_not budget-02", "BP2026", dict(codrd="dépense", nature="60621"), "60621 au BP 2026"),
    ("must_not budget-04", "BP2026", dict(codrd="recette", nature="70632"), "70632 au BP 2026"),
    ("must_not budget-05", "BP2026", dict(codrd="recette", section="fonctionnement"), "recettes réelles de fonctionnement BP 2026"),
]

def total_with(doc, section, codrd, extra_natures):
    """Total d'une section en ajoutant des lignes exclues (ordre, 001/002) : ce qu'il ne faut PAS répondre."""
    return total(doc, codrd=codrd, section=section) + sum(
        r["amount"] for r in load(doc) if r["BGT_NATURE"] in extra_natures and r["BGT_CODRD"] == codrd
        and r["BGT_SECTION"] == section)


if __name__ == "__main__":
    for case, doc, kw, label in FACTS:
        print(f"{case:20} {doc}  {fr(total(doc, **kw)):>16}  {label}")
    print(f"{'must_not budget-05':20} BP2026  {fr(total_with('BP2026', 'fonctionnement', 'dépense', ('023', '6811'))):>16}  avec 023 et 6811 (ordre)")
    print(f"{'must_not budget-11':20} BP2026  {fr(total_with('BP2026', 'investissement', 'dépense', ('001',))):>16}  avec le 001")
