"""Write files/ (the commune's published files) and questions.yml from data.py.

    cd tests/communes/commune-al && ../../../.venv/bin/python tools/generate.py
"""
import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

import data  # noqa: E402
from budget import P_LINES, E_LINES, INFO, fr, q  # noqa: E402

ROOT = HERE.parent
FILES = ROOT / "files"


def write_csv(path, header, rows, delimiter=",", bom=False, crlf=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def fr_date(iso):
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre"]
    y, m, d = iso.split("-")
    return f"{int(d)}{'er' if d == '01' else ''} {mois[int(m) - 1]} {y}"


# ------------------------------------------------------------------------------------------------
def commune_yml():
    text = f"""\
# Profil de la commune d'{data.NOM} (fichier tenu par le secrétariat de mairie)
nom: {data.NOM}
code_insee: "{data.INSEE}"
siret: "{data.SIRET}"
population: {data.POPULATION}
site_web: {data.SITE}
maire: {data.MAIRE}
description: >-
  {data.DESCRIPTION}
mairie:
  adresse: "{data.MAIRIE_ADRESSE}"
  telephone: {data.MAIRIE_TEL}
  email: {data.MAIRIE_EMAIL}
  horaires: "{data.MAIRIE_HORAIRES}"
"""
    (FILES / "commune.yml").write_text(text, encoding="utf-8")


def fiches():
    write_csv(FILES / "fiches-pratiques.csv", ["question", "reponse", "variantes", "theme", "lien"],
              data.FICHES, delimiter=";")


def arretes():
    rows = []
    for (num, date, typ, (mcode, mnom), objet, debut, fin, lieux) in data.ARRETES:
        url = f"{data.SITE}/arretes/{num}.pdf"
        pref = f"051-{data.SIREN}-{date.replace('-', '')}-{num.replace('-', '_')}-AR"
        rows.append([data.NOM, data.SIRET, num, date, typ, mcode, mnom, objet, debut, fin, lieux, pref, date, url])
    write_csv(FILES / "arretes-municipaux.csv",
              ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
               "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "PREF_ID", "PREF_DATE",
               "ARR_URL"], rows)


def delib_objet(objet):
    i = INFO
    if objet == "@CA2025":
        return (f"Approbation du compte administratif 2025 du budget principal : excédent de fonctionnement de "
                f"l'exercice {fr(i['ca_res_exercice'])}, résultat de fonctionnement cumulé "
                f"{fr(i['ca_res_cumule'])}, déficit d'investissement {fr(-i['ca_solde_inv'])} ; affectation de "
                f"{fr(i['aff_1068'])} à la section d'investissement (compte 1068) et report de "
                f"{fr(i['rep_002_2026'])} en fonctionnement au budget 2026. Le maire s'est retiré pour le vote")
    if objet == "@BP2026":
        return (f"Adoption du budget primitif 2026 du budget principal, équilibré à {fr(i['bp_f_total'])} en "
                f"section de fonctionnement et à {fr(i['bp_i_total'])} en section d'investissement")
    if objet == "@BP2026EAU":
        return (f"Adoption du budget primitif 2026 du budget annexe de l'eau et de l'assainissement, équilibré "
                f"à {fr(i['eau_f_total'])} en section d'exploitation et à {fr(i['eau_i_total'])} en section "
                f"d'investissement")
    if objet == "@DM2026":
        return ("Décision modificative n° 1 du budget principal 2026 : en fonctionnement, 25 000 € de plus pour "
                "l'entretien des voiries et 18 000 € pour le personnel saisonnier des vendanges, 15 000 € de "
                "moins pour l'électricité, financés par 28 000 € de droits de mutation supplémentaires ; en "
                "investissement, 60 000 € de plus pour la voirie de l'avenue de Champagne, financés par une "
                "subvention du Département de 40 000 € et 20 000 € repris sur la vidéoprotection. Décision "
                "modificative n° 1 du budget annexe de l'eau : 12 000 € virés des réseaux d'eau potable aux "
                "réseaux d'assainissement")
    return objet


def deliberations():
    rows = []
    for (did, date, mat, objet, annee, reel, pour, contre, abst) in data.DELIBERATIONS:
        assert pour + contre + abst <= reel, did
        budget_nom = ""
        if annee and mat.startswith("7"):
            budget_nom = "Budget annexe eau et assainissement" if objet == "@BP2026EAU" else "Budget principal"
        pref = f"051-{data.SIREN}-{date.replace('-', '')}-{did.replace('-', '_')}-DE"
        rows.append([data.NOM, data.SIRET, did, date, mat, data.MAT[mat], delib_objet(objet), annee,
                     budget_nom, pref, date, data.COUNCIL_SIZE, reel, pour, contre, abst,
                     f"{data.SITE}/deliberations/{did}.pdf"])
    write_csv(FILES / "deliberations.csv",
              ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
               "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF",
               "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"], rows)


BGT_HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL",
              "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION",
              "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC",
              "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def num(x):
    return "" if x is None else f"{q(x):.2f}"


def bgt_row(natdec, annee, budget, nature, chap, label, sec, dr, ro, real, budgprec, propnouv, prev, credouv):
    siret, nom = (data.SIRET, data.BUDGET_NOM_P) if budget == "P" else (data.SIRET_EAU, data.BUDGET_NOM_E)
    chap_code = "" if chap in ("001", "002") else chap
    chap_label = "" if chap in ("001", "002") else data.CHAPITRES[chap]
    return [natdec, annee, siret, nom, chap_code, chap_label, nature, label, "", "", "",
            "fonctionnement" if sec == "F" else "investissement", "réel" if ro == "R" else "ordre",
            "dépense" if dr == "D" else "recette", num(real), num(budgprec), "", num(propnouv), num(prev),
            num(credouv), "", "non spécialisé"]


def budgets():
    bp, ca = [], []
    for l in P_LINES + E_LINES:
        if l.bp is not None and (l.bp != 0 or l.nature in ("001",)):
            if not (l.nature == "001" and l.bp == 0):
                bp.append(bgt_row("budget primitif", 2026, l.budget, l.nature, l.chap, l.label, l.sec, l.dr,
                                  l.ro, None, None, l.bp, l.bp, l.bp))
        if l.nature == "001" or (l.caprev == 0 and l.careal == 0):
            continue
        ca.append(bgt_row("compte administratif", 2025, l.budget, l.nature, l.chap, l.label, l.sec, l.dr,
                          l.ro, l.careal, l.caprev, None, l.caprev, l.caprev))
    write_csv(FILES / "budget-primitif-2026.csv", BGT_HEADER, bp)
    write_csv(FILES / "compte-administratif-2025.csv", BGT_HEADER, ca)
    dm = []
    for (b, nat, chap, label, sec, dr, ro, amt) in data.DM:
        lines = P_LINES if b == "P" else E_LINES
        prec = next(l.bp for l in lines if l.nature == nat and l.dr == dr)
        dm.append(bgt_row("décision modificative", 2026, b, nat, chap, label, sec, dr, ro, None, prec, amt,
                          amt, None))
    write_csv(FILES / "decision-modificative-1-2026.csv", BGT_HEADER, dm)


def annuaire():
    write_csv(FILES / "annuaire-acteurs-locaux.csv",
              ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"],
              data.ANNUAIRE)


def vocabulaire():
    (FILES / "vocabulaire.txt").write_text(data.VOCABULAIRE, encoding="utf-8")


# ------------------------------------------------------------------------------------------------
def pdfs():
    from fpdf import FPDF

    font_dir = Path("/usr/share/fonts/truetype/dejavu")
    unicode_font = (font_dir / "DejaVuSerif.ttf").exists()

    for num, spec in data.PDF_ARRETES.items():
        total = len(spec["pages"])

        class Doc(FPDF):
            def header(self):
                self.set_font("Body", "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, spec["header"], align="L")
                self.cell(0, 5, f"Page {self.page_no()}/{total}", align="R", new_x="LMARGIN", new_y="NEXT")
                self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
                self.ln(6)
                self.set_text_color(0, 0, 0)

        pdf = Doc(format="A4")
        pdf.set_margins(22, 18, 22)
        pdf.set_auto_page_break(False)
        if unicode_font:
            pdf.add_font("Body", "", str(font_dir / "DejaVuSerif.ttf"))
            pdf.add_font("Body", "B", str(font_dir / "DejaVuSerif-Bold.ttf"))
        else:  # fall back on a core font (Latin-1 text only)
            pdf.core_fonts["body"] = "Times"
        import datetime as _dt
        pdf.set_creation_date(_dt.datetime.fromisoformat(spec["date"] + "T10:00:00+01:00"))
        pdf.set_title(f"Arrêté n° {num}")
        pdf.set_author(data.NOM)
        for i, page in enumerate(spec["pages"]):
            pdf.add_page()
            if i == 0:
                pdf.set_font("Body", "", 7)
                pdf.set_text_color(40, 40, 140)
                pdf.multi_cell(0, 4, spec["stamp"], align="R")
                pdf.set_text_color(0, 0, 0)
                pdf.ln(3)
                pdf.set_font("Body", "B", 11)
                pdf.cell(0, 6, f"COMMUNE D'{data.NOM.upper()}", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Body", "", 9)
                pdf.cell(0, 5, f"Département de la Marne - {data.MAIRIE_ADRESSE}", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(6)
            for kind, text in page:
                if kind == "title":
                    pdf.set_font("Body", "B", 14)
                    pdf.cell(0, 9, text, align="C", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(3)
                elif kind == "bold":
                    pdf.set_font("Body", "B", 10.5)
                    pdf.multi_cell(0, 5.5, text)
                    pdf.ln(3)
                elif kind == "center":
                    pdf.set_font("Body", "B", 11)
                    pdf.cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(2)
                else:
                    pdf.set_font("Body", "", 10.5)
                    pdf.multi_cell(0, 5.5, text)
                    pdf.ln(2)
            assert pdf.get_y() < pdf.h - 12, f"page {i + 1} of {num} overflows"
        slug = "foulee-des-bulles" if num == "2026-041" else "marche-de-noel"
        pdf.output(str(FILES / f"arrete-{num}-{slug}.pdf"))


def main():
    FILES.mkdir(exist_ok=True)
    commune_yml()
    fiches()
    arretes()
    deliberations()
    budgets()
    annuaire()
    vocabulaire()
    pdfs()
    import questions
    cases = questions.build()
    with open(ROOT / "questions.yml", "w", encoding="utf-8") as fh:
        fh.write("# Residents' questions for commune-al (Aubrécourt-sur-Marne), generated by tools/generate.py\n")
        yaml.safe_dump(cases, fh, allow_unicode=True, sort_keys=False, width=110)
    print(f"{len(cases)} cases written")


if __name__ == "__main__":
    main()
