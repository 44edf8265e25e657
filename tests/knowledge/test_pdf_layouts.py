# ruff: noqa: E501  (PDF texts are kept whole, as communes write them)
"""Issue 12: a PDF arrêté's object comes from « Objet : » or its title, never from a letterhead, a running
header or the @ctes stamp block — on PDFs laid out the ways communes lay them out (generated with fpdf2)."""

from datetime import date

import pytest
from fpdf import FPDF

import knowledge

from .conftest import one

LETTERHEAD = "RÉPUBLIQUE FRANÇAISE\nDépartement de l'Ain\nArrondissement de Bourg-en-Bresse\nCOMMUNE DE SAINTE-EXEMPLE"
STAMP = (
    "Accusé de réception en préfecture\n001-210102521-20250315-{num}-AR\n"
    "Date de télétransmission : 15/03/2025\nDate de réception préfecture : 15/03/2025"
)
BODY = (
    "Le Maire de la commune de Sainte-Exemple,\nVu le code général des collectivités territoriales,\n"
    "Vu l'arrêté municipal n° 2019-004 portant règlement du marché,\nARRÊTE\n"
    "Article 1 : Du 17 mars 2025 au 21 mars 2025, la circulation est interdite rue du Moulin.\n"
)
LONG = "Article 2 : La signalisation sera mise en place par les services techniques. " * 80


class _Arrete(FPDF):
    """A page header « Arrêté n° … - page i/n » on every page, as mail-merge templates print it."""

    running = ""

    def header(self) -> None:
        if self.running:
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"{self.running} - page {self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")


def _pdf(path, *, running="", stamp=None, title="", objet_line="", body=BODY, signed="Fait à Sainte-Exemple, le 14 mars 2025."):
    pdf = _Arrete()
    pdf.running = running
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    top = pdf.get_y()
    pdf.multi_cell(90, 5, LETTERHEAD)  # letterhead on the left…
    if stamp:  # …the @ctes stamp block on the right
        pdf.set_xy(110, top)
        pdf.multi_cell(90, 5, STAMP.format(num=stamp), border=1)
    pdf.set_x(pdf.l_margin)
    pdf.ln(8)
    if title:
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 6, title, align="C", new_x="LMARGIN", new_y="NEXT")
    if objet_line:
        pdf.set_font("Helvetica", "I", 10)
        pdf.multi_cell(0, 5, objet_line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, body + LONG, new_x="LMARGIN", new_y="NEXT")  # long enough for a second page
    pdf.multi_cell(0, 5, signed, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    assert pdf.page_no() >= 2
    return path


LAYOUTS = {
    # running header above the letterhead, stamp block, object after the number on a title over two lines
    "header-stamp-title": (
        dict(
            running="Arrêté n° 2025-034",
            stamp="2025_034",
            title="ARRÊTÉ MUNICIPAL N° 2025-034 PORTANT RÉGLEMENTATION TEMPORAIRE DE LA CIRCULATION ET DU STATIONNEMENT RUE DU MOULIN",
        ),
        "2025-034",
        "Réglementation temporaire de la circulation et du stationnement rue du moulin",
    ),
    # the number alone as title, the object on the two lines below it
    "title-then-object": (
        dict(
            running="Arrêté n° 2025-035",
            title="ARRÊTÉ N° 2025-035\nRéglementation du stationnement place de l'Église\nles jours de marché",
        ),
        "2025-035",
        "Réglementation du stationnement place de l'Église les jours de marché",
    ),
    # « Objet : » over two lines, title without object, stamp without the « ID : » label
    "objet-label": (
        dict(
            stamp="2025_036",
            title="ARRÊTÉ DU MAIRE N° 2025-036",
            objet_line="Objet : Interdiction temporaire de stationner avenue de la Gare\npendant la fête patronale",
        ),
        "2025-036",
        "Interdiction temporaire de stationner avenue de la Gare pendant la fête patronale",
    ),
    # the object on the line below the number, then a woman mayor: « La Maire de … » is not the object's end
    **{
        layout: (
            dict(
                title=f"ARRÊTÉ N° {number}\nFermeture de la passerelle du Moulin",
                body=BODY.replace("Le Maire de la commune", f"{signer} de la commune"),
            ),
            number,
            "Fermeture de la passerelle du Moulin",
        )
        for layout, number, signer in (
            ("la-maire", "2025-038", "La Maire"),
            ("madame-le-maire", "2025-039", "Madame le Maire"),
        )
    },
    # the object in the title, its number on the next line
    "number-below": (
        dict(title="ARRÊTÉ PORTANT FERMETURE DU CIMETIÈRE COMMUNAL\nN° 2025-037"),
        "2025-037",
        "Fermeture du cimetière communal",
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_object_comes_from_the_title_or_objet(conn, tmp_path, layout):
    options, number, objet = LAYOUTS[layout]
    report = one(conn, _pdf(tmp_path / f"{layout}.pdf", **options))
    assert report.ok, report.errors
    arrete = knowledge.get_arrete(conn, number)
    assert arrete.objet == objet
    for noise in ("RÉPUBLIQUE", "Département", "page 1", "Accusé", "COMMUNE DE", "télétransmission"):
        assert noise.lower() not in arrete.objet.lower()
    assert arrete.date == date(2025, 3, 14) and (arrete.debut, arrete.fin) == (date(2025, 3, 17), date(2025, 3, 21))
    assert "temps" not in arrete.objet and arrete.text.count("services techniques") >= 40  # both pages


def test_pdf_without_a_number_is_kept_without_one(conn, tmp_path):
    path = _pdf(tmp_path / "sans.pdf", title="ARRÊTÉ DU MAIRE\nFermeture du cimetière le 1er novembre")
    report = one(conn, path)
    assert report.ok and report.added == 1 and any("sans numéro" in w for w in report.warnings)
    (arrete,) = knowledge.recent_arretes(conn)
    assert arrete.numero is None and arrete.source.title == "Arrêté du 14 mars 2025"
    assert arrete.objet == "Fermeture du cimetière le 1er novembre"
    assert one(conn, path).unchanged == 1  # a stable key: the same file finds the same arrêté
