"""Generate commune-am's published files (files/) and questions.yml from tools/data.py.

    .venv/bin/python tests/communes/commune-am/tools/generate.py
"""
from __future__ import annotations

import csv
import io
import sys
from decimal import Decimal
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

ROOT = HERE.parent
FILES = ROOT / "files"

SECTION = {"F": "fonctionnement", "I": "investissement"}
CODRD = {"D": "dépense", "R": "recette"}


def dec(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"))


def fr_amount(x) -> str:
    """12345.6 -> '12 345,60 €' (the form residents read)."""
    d = dec(x)
    neg = d < 0
    ent, frac = f"{abs(d):.2f}".split(".")
    groups = []
    while ent:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    return ("-" if neg else "") + " ".join(groups) + "," + frac + " €"


def csv_amount(x) -> str:
    return f"{dec(x):.2f}".replace(".", ",")


# ------------------------------------------------------------------ budgets
def balanced(lines):
    """BP 2026: fill the 023/021 virement and the 231 line so both sections balance."""
    rows = [list(r) for r in lines]
    bp = {}

    def tot(sec, dr, skip=()):
        return sum(dec(r[8]) for r in rows if r[3] == sec and r[4] == dr and r[8] is not None
                   and r[0] not in skip)

    rec_f = tot("F", "R")
    dep_f = tot("F", "D", skip=("023",))
    vir = rec_f - dep_f
    for r in rows:
        if r[0] in ("023", "021"):
            r[8] = vir
    rec_i = tot("I", "R")
    dep_i = tot("I", "D", skip=("231",))
    for r in rows:
        if r[0] == "231":
            r[8] = rec_i - dep_i
    assert vir > 0, vir
    for r in rows:
        assert r[8] is not None and dec(r[8]) >= 0, r
    return rows


PRINCIPAL = balanced(D.PRINCIPAL)
PORT = balanced(D.PORT)
DOCS = {
    ("principal", "BP2026"): PRINCIPAL,
    ("principal", "CA2025"): PRINCIPAL,
    ("port", "BP2026"): PORT,
    ("port", "CA2025"): PORT,
}

HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
          "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
          "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
          "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def write_csv(path: Path, header, rows, bom=True, delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    path.write_bytes(("\ufeff" if bom else "").encode() + buf.getvalue().encode("utf-8"))


def budget_rows(lines, natdec, annee, siret, nom, ca: bool):
    out = []
    for nat, label, chap, sec, dr, op, ca_prev, ca_real, bp_prev in lines:
        if ca:
            if nat == "001" and not ca_prev:
                continue
            prev, real = ca_prev, ca_real
            if nat in ("001", "002"):
                real = ca_prev  # the carried-over result is executed as voted
        else:
            prev, real = bp_prev, None
        chap_code = "" if chap in ("001", "002") else chap
        chap_label = "" if chap in ("001", "002") else D.CHAP[chap]
        out.append([natdec, annee, siret, nom, chap_code, chap_label, nat, label, "", "", "", SECTION[sec], op,
                    CODRD[dr], "" if real is None else csv_amount(real), "", "",
                    "" if ca else csv_amount(prev), csv_amount(prev), csv_amount(prev), "", "non spécialisé"])
    return out


def budget_sum(budget: str, doc: str, pred) -> Decimal:
    """Sum of réel lines of a document matching pred(nature, chapter, section, D/R)."""
    lines = PRINCIPAL if budget == "principal" else PORT
    total = Decimal("0")
    for nat, label, chap, sec, dr, op, ca_prev, ca_real, bp_prev in lines:
        if op != "réel" or nat in ("001", "002"):
            continue
        if not pred(nat, chap, sec, dr):
            continue
        total += dec(ca_real if doc == "CA2025" else bp_prev)
    return total


def amt(budget, doc, pred) -> str:
    return fr_amount(budget_sum(budget, doc, pred))


def chapter(c, dr=None):
    return lambda nat, chap, sec, d: chap == c and (dr is None or d == dr)


def nature(*codes, dr=None):
    return lambda nat, chap, sec, d: nat in codes and (dr is None or d == dr)


def section(s, dr):
    return lambda nat, chap, sec, d: sec == s and d == dr


def carried(budget, code):
    lines = PRINCIPAL if budget == "principal" else PORT
    for r in lines:
        if r[0] == code:
            return fr_amount(r[8])
    raise KeyError(code)


# ------------------------------------------------------------------ PDFs
def pdf_text(s: str) -> str:
    return (s.replace("\u2019", "'").replace("\u0153", "oe").replace("\u00a0", " ").replace("€", "euros")
            .replace("\u202f", " "))


def make_pdf(path: Path, paragraphs, stamp: str, seed: int):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(24, 18, 22)
    pdf.add_page()
    # a slightly grey, photocopied look: grey page tone and a faint border
    pdf.set_fill_color(246, 245, 240)
    pdf.rect(0, 0, 210, 297, style="F")
    pdf.set_draw_color(180, 180, 175)
    pdf.rect(8, 8, 194, 281)
    pdf.set_text_color(25, 25, 25)
    for kind, text in paragraphs:
        text = pdf_text(text)
        if kind == "head":
            pdf.set_font("Times", "B", 11)
            pdf.multi_cell(0, 5, text, align="L")
        elif kind == "title":
            pdf.ln(4)
            pdf.set_font("Times", "B", 14)
            pdf.multi_cell(0, 7, text, align="C")
            pdf.ln(2)
        elif kind == "center":
            pdf.ln(2)
            pdf.set_font("Times", "B", 12)
            pdf.multi_cell(0, 6, text, align="C")
            pdf.ln(2)
        elif kind == "sign":
            pdf.ln(4)
            pdf.set_font("Times", "", 11)
            pdf.set_x(110)
            pdf.multi_cell(80, 5.5, text, align="L")
        else:
            pdf.set_font("Times", "", 11)
            pdf.multi_cell(0, 5.5, text, align="J")
            pdf.ln(1.5)
    pdf.ln(6)
    pdf.set_font("Courier", "", 8)
    pdf.set_text_color(60, 60, 120)
    pdf.set_draw_color(60, 60, 120)
    x, y = 120, pdf.get_y()
    pdf.rect(x - 2, y - 2, 74, 20)
    pdf.set_xy(x, y)
    pdf.multi_cell(70, 4, pdf_text(stamp), align="L")
    pdf.set_creator("Scanner MFP-3050 / numérisation mairie")
    pdf.set_title("")
    pdf.output(str(path))


def pdfs():
    p = D.PDF_ONLY
    head = [("head", "RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU FINISTÈRE\nARRONDISSEMENT DE BREST\n"
                     "MAIRIE DE LANVOËN-SUR-MER\n2 place de l'Église - 29840 Lanvoën-sur-Mer\n"
                     "Tél. 02 98 04 31 20 - mairie@lanvoen-sur-mer.bzh")]
    body = head + [
        ("title", f"ARRÊTÉ MUNICIPAL N° {p['numero']}"),
        ("para", f"Objet : {p['objet']}"),
        ("para", "Le Maire de la commune de Lanvoën-sur-Mer,"),
        ("para", "Vu le Code général des collectivités territoriales, et notamment ses articles L. 2212-1, "
                 "L. 2212-2 (5°) et L. 2212-4 relatifs aux pouvoirs de police du maire, en particulier à la "
                 "prévention des accidents et des fléaux calamiteux tels que les éboulements de terres ou de "
                 "rochers ;"),
        ("para", "Vu le Code de l'environnement, et notamment ses articles L. 321-1 et suivants relatifs à "
                 "l'aménagement, la protection et la mise en valeur du littoral ;"),
        ("para", "Vu le Code pénal, et notamment son article R. 610-5 ;"),
        ("para", "Vu le constat établi le 8 août 2026 par les services techniques municipaux et le rapport de "
                 "visite du bureau d'études géotechniques en date du 9 août 2026, faisant état d'un "
                 "effondrement partiel du front de falaise et de blocs instables surplombant le site ;"),
        ("para", "Considérant qu'un éboulement de falaise s'est produit dans la nuit du 7 au 8 août 2026 au "
                 "droit du belvédère de Beg ar Vilin, emportant une partie de la main courante et de "
                 "l'escalier d'accès à la plage du Vourc'h ;"),
        ("para", "Considérant que de nouveaux détachements de blocs ne sauraient être exclus tant que les "
                 "travaux de purge et de confortement n'auront pas été réalisés, et qu'il appartient dès lors "
                 "au Maire de prendre toutes mesures propres à assurer la sécurité des promeneurs, des "
                 "baigneurs et des usagers du site ;"),
        ("center", "ARRÊTE"),
        ("para", f"Article 1er : L'accès au belvédère de Beg ar Vilin et à l'escalier de la plage du Vourc'h "
                 f"est interdit à toute personne, à pied ou par tout autre moyen, du {p['debut']} au "
                 f"{p['fin']} inclus, ou jusqu'à l'achèvement des travaux de sécurisation s'il intervient "
                 f"avant cette date."),
        ("para", "Article 2 : La plage du Vourc'h demeure accessible par la mer et par la descente de "
                 "Pors ar Vag. Les promeneurs du sentier côtier sont invités à emprunter l'itinéraire de "
                 "déviation balisé mis en place par les services municipaux."),
        ("para", "Article 3 : La signalisation réglementaire et les barrières seront mises en place et "
                 "entretenues par les services techniques municipaux."),
        ("para", "Article 4 : Les infractions au présent arrêté seront constatées par procès-verbal et "
                 "poursuivies conformément aux lois et règlements en vigueur."),
        ("para", "Article 5 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal "
                 "administratif de Rennes dans un délai de deux mois à compter de sa publication."),
        ("para", "Article 6 : Madame la Directrice générale des services, Monsieur le Commandant de la "
                 "brigade de gendarmerie territorialement compétente et les agents de la police municipale "
                 "sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera "
                 "affiché en mairie et sur le site."),
        ("sign", f"Fait à Lanvoën-sur-Mer, le {p['date_text']}\nLe Maire,\nYvonne LE GALL"),
    ]
    stamp = ("Accusé de réception en préfecture\n029-212902963-20260810-2026_063-AR\n"
             "Date de télétransmission : 10/08/2026\nDate de réception préfecture : 10/08/2026")
    make_pdf(FILES / p["file"], body, stamp, 1)

    q = D.PDF_PARDON
    body2 = head + [
        ("title", f"ARRÊTÉ MUNICIPAL N° {q['numero']}"),
        ("para", "Objet : Réglementation de la circulation et du stationnement à l'occasion du pardon de "
                 "Sainte-Anne"),
        ("para", "Le Maire de la commune de Lanvoën-sur-Mer,"),
        ("para", "Vu le Code général des collectivités territoriales, et notamment ses articles L. 2212-2, "
                 "L. 2213-1 et L. 2213-2 ;"),
        ("para", "Vu le Code de la route, et notamment ses articles R. 411-8 et R. 417-10 ;"),
        ("para", "Vu la demande présentée par la paroisse Saint-Pol-Aber en date du 15 juin 2026 ;"),
        ("para", "Considérant que le pardon de Sainte-Anne, avec sa procession et sa messe en plein air, "
                 "rassemble chaque année plusieurs centaines de fidèles et de visiteurs, et qu'il convient "
                 "d'assurer leur sécurité ;"),
        ("center", "ARRÊTE"),
        ("para", "Article 1er : Le dimanche 26 juillet 2026, de 9h à 13h, la circulation et le stationnement "
                 "de tous les véhicules sont interdits rue de la Chapelle, route de Sainte-Anne et place de "
                 "la Chapelle, sauf véhicules de secours."),
        ("para", "Article 2 : La procession partira de l'église à 10h pour rejoindre la chapelle Sainte-Anne ; "
                 "la messe sera célébrée à 10h30 sur le placître de la chapelle."),
        ("para", "Article 3 : La signalisation sera mise en place par les services techniques municipaux."),
        ("para", "Article 4 : Les infractions seront constatées et poursuivies conformément aux lois et "
                 "règlements en vigueur. Tout véhicule en infraction pourra être mis en fourrière."),
        ("sign", "Fait à Lanvoën-sur-Mer, le 2 juillet 2026\nLe Maire,\nYvonne LE GALL"),
    ]
    stamp2 = ("Accusé de réception en préfecture\n029-212902963-20260702-2026_055-AR\n"
              "Date de réception préfecture : 02/07/2026")
    make_pdf(FILES / q["file"], body2, stamp2, 2)


# ------------------------------------------------------------------ files
def write_files():
    FILES.mkdir(parents=True, exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    prof = dict(D.PROFILE)
    text = "# Profil de la commune de Lanvoën-sur-Mer (fichier tenu par le secrétariat)\n"
    text += yaml.safe_dump(prof, allow_unicode=True, sort_keys=False, width=100)
    (FILES / "commune.yml").write_text(text, encoding="utf-8")
    (FILES / "vocabulaire.txt").write_text(D.VOCABULAIRE, encoding="utf-8")

    write_csv(FILES / "fiches-pratiques.csv", ["question", "reponse", "variantes", "theme", "lien"],
              [list(f) for f in D.FICHES])

    rows = []
    for aid, date, typ, objet, debut, fin, lieux, (mc, mn) in D.ARRETES:
        rows.append([D.COMMUNE, D.SIRET, aid, date, typ, mc, mn, objet, debut, fin, lieux,
                     f"https://www.lanvoen-sur-mer.bzh/arretes/{aid}.pdf"])
    write_csv(FILES / "arretes-2024-2026.csv",
              ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
               "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"], rows)

    rows = []
    for did, date, (mc, mn), objet, an, bnom, eff, reel, pour, contre, abst in D.DELIBS:
        pref = f"029-212902963-{date.replace('-', '')}-{did.replace('-', '_')}-DE"
        rows.append([D.COMMUNE, D.SIRET, did, date, mc, mn, objet, an, bnom, pref, date, eff, reel, pour,
                     contre, abst, f"https://www.lanvoen-sur-mer.bzh/deliberations/{did}.pdf"])
    write_csv(FILES / "deliberations-2025-2026.csv",
              ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
               "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL",
               "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"], rows)

    write_csv(FILES / "annuaire-acteurs-locaux.csv",
              ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"],
              [list(a) for a in D.ANNUAIRE])

    nom_p, nom_port = "COMMUNE DE LANVOEN-SUR-MER", "PORT DE PORZ KLOZ"
    write_csv(FILES / "budget-principal-bp-2026.csv", HEADER,
              budget_rows(PRINCIPAL, "budget primitif", 2026, D.SIRET, nom_p, ca=False))
    write_csv(FILES / "budget-principal-ca-2025.csv", HEADER,
              budget_rows(PRINCIPAL, "compte administratif", 2025, D.SIRET, nom_p, ca=True))
    write_csv(FILES / "budget-annexe-port-bp-2026.csv", HEADER,
              budget_rows(PORT, "budget primitif", 2026, D.SIRET_PORT, nom_port, ca=False))
    write_csv(FILES / "budget-annexe-port-ca-2025.csv", HEADER,
              budget_rows(PORT, "compte administratif", 2025, D.SIRET_PORT, nom_port, ca=True))
    pdfs()


def main():
    write_files()
    import questions
    cases = questions.build()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    head = ("# commune-am (Lanvoën-sur-Mer, fictional) — residents' questions, generated by "
            "tools/generate.py from tools/data.py and tools/questions.py; do not edit by hand.\n")
    (ROOT / "questions.yml").write_text(
        head + yaml.safe_dump(cases, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    print(f"{len(list(FILES.iterdir()))} files, {len(cases)} cases")


if __name__ == "__main__":
    main()
