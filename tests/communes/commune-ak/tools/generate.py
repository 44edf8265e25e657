"""Write files/ and questions.yml of commune-ak from tools/data.py and tools/questions.py.

    /work/main/.venv/bin/python tests/communes/commune-ak/tools/generate.py
"""
import csv
import io
import os
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import data  # noqa: E402
import questions  # noqa: E402

ROOT = HERE.parent
FILES = ROOT / "files"


def write_csv(path, header, rows, encoding, delimiter, crlf=True, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n",
                   quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    raw = text.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    path.write_bytes(raw)


def iso_to_fr(d):
    if not d:
        return ""
    y, m, j = d.split("-")
    return f"{j}/{m}/{y}"


def dec_comma(x):
    if x is None:
        return ""
    return f"{x:.2f}".replace(".", ",")


def commune_yml():
    c = data.COMMUNE
    m = c["mairie"]
    text = f"""\
# Profil de la commune de Saint-Julien-la-Brande (Creuse)
nom: {c['nom']}
code_insee: "{c['code_insee']}"
siret: "{c['siret']}"
population: {c['population']}
site_web: {c['site_web']}
maire: {c['maire']}
description: >-
  {c['description']}
mairie:
  adresse: "{m['adresse']}"
  telephone: {m['telephone']}
  email: {m['email']}
  horaires: "{m['horaires']}"
"""
    yaml.safe_load(text)  # must parse
    (FILES / "commune.yml").write_text(text, encoding="utf-8")


def fiches():
    rows = [(f["question"], f["reponse"], f["variantes"], f["theme"],
             "https://www.saintjulienlabrande.fr/vie-pratique") for f in data.FICHES]
    write_csv(FILES / "fiches-pratiques.csv", ["question", "reponse", "variantes", "theme", "lien"], rows,
              "cp1252", ";")


def arretes():
    header = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
              "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"]
    rows = []
    for (num, date, typ, (mc, mn), objet, debut, fin, lieu) in data.ARRETES:
        url = data.URL + f"arrete-{num}.pdf"
        if num == "2026-018":
            url = data.URL + "arrete-2026-018-baignade-etang.pdf"
        rows.append([data.COLL_NOM, data.COMMUNE["siret"], num, iso_to_fr(date), typ, mc, mn, objet,
                     iso_to_fr(debut), iso_to_fr(fin), lieu, url])
    write_csv(FILES / "arretes-municipaux.csv", header, rows, "cp1252", ";")


def pdfs():
    from fpdf import FPDF

    font_dir = Path("/usr/share/fonts/truetype/dejavu")
    for a in data.PDF_ARRETES:
        pdf = FPDF(format="A4")
        pdf.set_margins(22, 18, 22)
        pdf.set_auto_page_break(True, margin=20)
        if (font_dir / "DejaVuSerif.ttf").exists():
            pdf.add_font("Serif", "", str(font_dir / "DejaVuSerif.ttf"))
            pdf.add_font("Serif", "B", str(font_dir / "DejaVuSerif-Bold.ttf"))
            fam = "Serif"
            clean = lambda s: s
        else:  # core font: Latin-1 only
            fam = "Times"
            clean = lambda s: (s.replace("’", "'").replace("œ", "oe").replace("…", "...")
                               .encode("latin-1", "replace").decode("latin-1"))
        pdf.add_page()
        w = pdf.w - pdf.l_margin - pdf.r_margin

        def para(text, size=10.5, style="", align="J", gap=2.5):
            pdf.set_font(fam, style, size)
            pdf.multi_cell(w, 5.2, clean(text), align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(gap)

        pdf.set_font(fam, "B", 10)
        pdf.multi_cell(w / 2, 5, clean("RÉPUBLIQUE FRANÇAISE\nDépartement de la Creuse\n"
                                       "Commune de Saint-Julien-la-Brande"), align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 9)
        pdf.multi_cell(w / 2, 4.5, clean("1 place de l'Église – 23260 Saint-Julien-la-Brande\n"
                                         "Tél. 05 55 67 42 18"), align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        para(f"ARRÊTÉ MUNICIPAL N° {a['numero']}", size=14, style="B", align="C", gap=4)
        para(f"Objet : {a['objet']}", size=11, style="B", align="L", gap=5)
        para("Le Maire de la commune de Saint-Julien-la-Brande,", style="B", align="L")
        for v in a["vus"]:
            para(v, gap=1.5)
        pdf.ln(1)
        for c in a["considerants"]:
            para(c, gap=1.5)
        pdf.ln(2)
        para("ARRÊTE", size=12, style="B", align="C", gap=4)
        for i, art in enumerate(a["articles"], 1):
            para(f"Article {i}", style="B", align="L", gap=0.5)
            para(art)
        pdf.ln(3)
        para(f"Fait à Saint-Julien-la-Brande, le {a['date_long']}.", align="L", gap=1)
        para("Le Maire,\nOdile Peyrat", align="L", gap=8)
        # the @ctes stamp, in a box at the bottom
        pdf.set_font(fam, "", 8)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        yy, mm, dd = a["acte"].split("-")[2][:4], a["acte"].split("-")[2][4:6], a["acte"].split("-")[2][6:]
        pdf.multi_cell(95, 4, clean(f"Envoyé en préfecture le {dd}/{mm}/{yy}\n"
                                    f"Reçu en préfecture le {dd}/{mm}/{yy}\n"
                                    f"Publié le {dd}/{mm}/{yy}\n"
                                    f"ID : {a['acte']}"), border=1, align="L")
        pdf.set_creator("Saint-Julien-la-Brande")
        pdf.set_title(clean(f"Arrêté {a['numero']}"))
        pdf.output(str(FILES / a["file"]))


def deliberations(facts):
    header = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
              "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF",
              "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"]
    fmt = {k: data.fr_plain(v) for k, v in facts.items()}
    rows = []
    for (i, date, mc, mn, objet, annee, eff, reel, pour, contre, abst) in data.DELIBS:
        objet = objet.format(**fmt)
        budget_nom = "Budget principal" if mc.startswith("7.1") else ""
        pref_date = date  # transmitted the same week; keep the date simple
        rows.append([data.COLL_NOM, data.COMMUNE["siret"], i, date, mc, mn, objet, annee, budget_nom,
                     "PREF023", pref_date, eff, reel, pour, contre, abst,
                     f"https://www.saintjulienlabrande.fr/deliberations/{i}.pdf"])
    write_csv(FILES / "deliberations.csv", header, rows, "utf-8", ",", crlf=False)


BGT_HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL",
              "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION",
              "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC",
              "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def _order(l):
    return (0 if l["section"] == data.F else 1, 0 if l["sens"] == data.DEP else 1, l["ch"], l["nature"])


def budgets(bp, ca):
    rows = []
    for l in sorted(bp, key=_order):
        rows.append(["Budget primitif", "2026", data.COMMUNE["siret"], data.BGT_NOM, l["ch"], data.CH[l["ch"]],
                     l["nature"], l["label"], "", "", "", l["section"], l["op"], l["sens"], "", "", "",
                     dec_comma(l["amount"]), dec_comma(l["amount"]), "", "", "non spécialisé"])
    write_csv(FILES / "budget-primitif-2026.csv", BGT_HEADER, rows, "cp1252", ";")
    rows = []
    for l in sorted(ca, key=_order):
        rows.append(["Compte administratif", "2025", data.COMMUNE["siret"], data.BGT_NOM, l["ch"],
                     data.CH[l["ch"]], l["nature"], l["label"], "", "", "", l["section"], l["op"], l["sens"],
                     dec_comma(l["real"]), "", "", "", dec_comma(l["prev"]), dec_comma(l["prev"]), "",
                     "non spécialisé"])
    write_csv(FILES / "compte-administratif-2025.csv", BGT_HEADER, rows, "cp1252", ";")


def annuaire():
    header = ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"]
    write_csv(FILES / "annuaire-acteurs-locaux.csv", header, [list(r) for r in data.ANNUAIRE], "utf-8", ";",
              bom=True)


def vocabulaire():
    (FILES / "vocabulaire.txt").write_text(data.VOCABULAIRE, encoding="utf-8")


class _Dumper(yaml.SafeDumper):
    pass


def _str_repr(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s,
                                   style='"' if "\n" in s else None)


_Dumper.add_representer(str, _str_repr)


def questions_yml(bp, ca):
    cases = questions.build(bp, ca)
    text = ("# commune-ak (Saint-Julien-la-Brande, fictional) — residents' questions.\n"
            "# Generated by tools/generate.py from tools/questions.py and tools/data.py; do not edit by hand.\n")
    text += yaml.dump(cases, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000)
    (ROOT / "questions.yml").write_text(text, encoding="utf-8")
    return cases


def main():
    FILES.mkdir(exist_ok=True)
    for p in FILES.iterdir():
        if p.is_file():
            p.unlink()
    bp, ca, facts = data.budget()
    commune_yml()
    fiches()
    arretes()
    pdfs()
    deliberations(facts)
    budgets(bp, ca)
    annuaire()
    vocabulaire()
    cases = questions_yml(bp, ca)
    print(f"files: {len(list(FILES.iterdir()))}, questions: {len(cases)}")


if __name__ == "__main__":
    main()
