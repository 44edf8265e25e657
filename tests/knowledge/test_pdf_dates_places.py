# ruff: noqa: E501  (arrêté texts are kept whole, as communes write them)
"""When and where a PDF arrêté applies, read from its object and articles the way a secretary reads them:
never the signing date, the @ctes stamp, the visas' dates, nor the letterhead's or footer's streets.

Each layout is a real PDF (fpdf2) laid out as some commune lays its arrêtés out: stamp at the top or the
bottom, running header and footer on every page, « Objet : » or a title, « ARRÊTE » or « ARRÊTONS »,
narrow columns that cut dates over two lines.
"""

from dataclasses import dataclass, field
from datetime import date

import pytest
from fpdf import FPDF

import knowledge
from knowledge.importers.arretes_pdf import parse_text
from knowledge.importers.arretes_pdf_places import places_in

from .conftest import one


class _Page(FPDF):
    running = ""
    footer_text = ""

    def header(self) -> None:
        if self.running:
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"{self.running} - page {self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")

    def footer(self) -> None:
        if self.footer_text:
            self.set_y(-15)
            self.set_font("Helvetica", size=7)
            self.cell(0, 5, self.footer_text, align="C")


@dataclass
class Layout:
    blocks: list[str]  # paragraphs; "\f" starts a new page
    running: str = ""
    footer: str = ""
    width: float = 0  # 0: the whole page; narrower columns cut dates over two lines
    stamp_right: str = ""  # a stamp block at the top right, beside the letterhead
    expect: dict = field(default_factory=dict)
    never: tuple[str, ...] = ()  # places that must not be read (letterhead, visas, footer, display)


def _write(path, layout: Layout):
    pdf = _Page()
    pdf.running, pdf.footer_text = layout.running, layout.footer
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    top = pdf.get_y()
    if layout.stamp_right:
        pdf.set_xy(120, top)
        pdf.multi_cell(80, 5, layout.stamp_right, border=1)
        pdf.set_xy(pdf.l_margin, top)
    for block in layout.blocks:
        if block == "\f":
            pdf.add_page()
            continue
        pdf.multi_cell(layout.width or 0, 5, block, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(str(path))
    return path


LETTERHEAD = "RÉPUBLIQUE FRANÇAISE\nDépartement de l'Ain\nCOMMUNE DE SAINTE-EXEMPLE"
FOOTER = "Mairie de Sainte-Exemple - 2 place de la Mairie - 01999 Sainte-Exemple - Tél. 04 74 00 00 00"

LAYOUTS = {
    # works: stamp top right, running header and footer, « Objet : », a visa naming an address, a display clause
    "works-stamp-top-footer": Layout(
        running="Arrêté n° 2026-041",
        footer=FOOTER,
        stamp_right="Accusé de réception en préfecture\nID : 001-210102521-20260602-2026_041-AR\nDate de réception préfecture : 03/06/2026",
        blocks=[
            LETTERHEAD,
            "ARRÊTÉ MUNICIPAL N° 2026-041",
            "Objet : Travaux sur le réseau d'eau potable rue des Tanneurs",
            "Le Maire de la commune de Sainte-Exemple,",
            "Vu le code général des collectivités territoriales ;",
            "Vu la demande présentée le 22 mai 2026 par l'entreprise Martin, 3 rue de la Gare à Montbrenac ;",
            "Considérant que les travaux prévus à partir du 8 juin 2026 nécessitent de fermer la chaussée ;",
            "ARRÊTE",
            "Article 1er - Du lundi 15 juin 2026 au vendredi 3 juillet 2026, de 8 h à 17 h 30, la circulation est interdite rue des Tanneurs, sauf riverains.",
            "\f",
            "Article 2 - Une déviation est mise en place par l'avenue de la Libération.",
            "Article 3 - Le présent arrêté sera affiché en mairie et place de l'Église.",
            "Fait à Sainte-Exemple, le 2 juin 2026.",
            "Le Maire, Jeanne Exemple",
        ],
        expect=dict(numero="2026-041", type="temporaire", debut=date(2026, 6, 15), fin=date(2026, 7, 3),
                    lieux=("rue des Tanneurs", "avenue de la Libération"),
                    pref_id="001-210102521-20260602-2026_041-AR", pref_date=date(2026, 6, 3)),
        never=("rue de la Gare", "place de la Mairie", "place de l'Église"),
    ),
    # one day with hours; the title in capitals; the stamp block printed after the signature
    "one-day-stamp-bottom": Layout(
        blocks=[
            LETTERHEAD,
            "ARRÊTÉ N° 2026-018 PORTANT RÉGLEMENTATION TEMPORAIRE DE LA CIRCULATION ET DU STATIONNEMENT",
            "Le Maire,",
            "Vu le code de la route ;",
            "Considérant que la brocante du comité des fêtes se tiendra le dimanche 10 mai 2026 sur la Grande Rue ;",
            "ARRÊTE :",
            "Article 1 : Le dimanche 10 mai 2026 de 6 h à 19 h, la circulation et le stationnement sont interdits Grande Rue et place du Marché.",
            "Article 2 : Les exposants s'installent à partir de 5 h.",
            "Fait à Sainte-Exemple, le 13 avril 2026",
            "Envoyé en préfecture le 14/04/2026\nReçu en préfecture le 14/04/2026\nID : 001-210102521-20260414-2026_018-AR",
        ],
        expect=dict(numero="2026-018", type="temporaire", debut=date(2026, 5, 10), fin=date(2026, 5, 10),
                    lieux=("Grande Rue", "place du Marché"), pref_date=date(2026, 4, 14)),
    ),
    # a permanent measure « à compter du »; named places; a reason naming a year
    "permanent-from-named-places": Layout(
        footer="Commune de Sainte-Exemple - 5 Grand'Rue - 01999 Sainte-Exemple - mairie@example.fr",
        blocks=[
            LETTERHEAD,
            "ARRÊTÉ MUNICIPAL N° 2026-050",
            "Objet : Interdiction de la consommation d'alcool dans le parc des Sources",
            "Le Maire,",
            "Considérant que, au cours de l'année 2025, des rassemblements nocturnes au parc des Sources ont troublé la tranquillité publique, notamment le 14 juillet 2025 ;",
            "ARRÊTE",
            "Article 1 : À compter du 1er septembre 2026, la consommation de boissons alcoolisées est interdite de 21 h à 7 h dans le parc des Sources et aux abords du plan d'eau de la Prairie.",
            "Article 2 : Les contenants en verre sont interdits sur l'aire de jeux.",
            "Fait à Sainte-Exemple, le 20 août 2026.",
            "ID : 001-210102521-20260820-2026_050-AR",
        ],
        expect=dict(numero="2026-050", type="permanent", debut=date(2026, 9, 1), fin=None,
                    lieux=("parc des Sources", "plan d'eau de la Prairie", "aire de jeux")),
        never=("Grand'Rue",),
    ),
    # « Nous, Maire », « ARRÊTONS », « Article premier. », a narrow column: dates cut over two lines
    "nous-arretons-narrow-column": Layout(
        width=75,
        blocks=[
            "COMMUNE DE SAINTE-EXEMPLE",
            "ARRÊTÉ N° 2026-027 relatif à la prévention des incendies pendant l'été",
            "Nous, Maire de la commune de Sainte-Exemple,",
            "Vu l'arrêté préfectoral du 2 juin 2026 relatif au risque d'incendie,",
            "ARRÊTONS",
            "Article premier. Du mercredi 1er juillet au mardi 15 septembre 2026 inclus, tout feu est interdit sur le territoire communal, barbecues compris.",
            "Article 2. Le feu d'artifice du mardi 14 juillet sera tiré depuis le stade municipal.",
            "Fait en mairie, le 15 juin 2026.",
        ],
        expect=dict(numero="2026-027", type="temporaire", debut=date(2026, 7, 1), fin=date(2026, 9, 15),
                    lieux=("territoire communal", "stade municipal")),
    ),
    # « pendant la durée des travaux, estimée du … au … » across the new year; a visa citing an old arrêté
    "works-estimated-new-year": Layout(
        running="Arrêté n° 2026-090",
        blocks=[
            LETTERHEAD,
            "ARRÊTÉ N° 2026-090",
            "Réglementation du stationnement impasse des Lilas",
            "Le Maire,",
            "Vu l'arrêté n° 2019-004 du 3 mars 2019 portant règlement du stationnement place du Marché,",
            "ARRÊTE",
            "Article 1 : Pendant la durée des travaux, estimée du 15 décembre au 5 janvier 2027, le stationnement est interdit impasse des Lilas et sur le parking de la salle des fêtes.",
            "Fait à Sainte-Exemple, le 1er décembre 2026.",
        ],
        expect=dict(numero="2026-090", type="temporaire", debut=date(2026, 12, 15), fin=date(2027, 1, 5),
                    lieux=("impasse des Lilas", "parking de la salle des fêtes")),
        never=("place du Marché",),
    ),
    # an end and no start; a display clause with its own date and place
    "until-only": Layout(
        blocks=[
            "Mairie de Sainte-Exemple",
            "Arrêté n° 2026-055",
            "Objet : Fermeture au public de l'allée des Tilleuls",
            "Le Maire,",
            "Vu la délibération du conseil municipal en date du 12 mai 2026,",
            "ARRÊTE",
            "Article 1 : Jusqu'au 30 septembre 2026, l'allée des Tilleuls est fermée au public.",
            "Article 2 : Le présent arrêté sera affiché le 3 juin 2026 en mairie et à l'entrée du cimetière.",
            "Fait à Sainte-Exemple, le 2 juin 2026.",
        ],
        expect=dict(numero="2026-055", type="temporaire", debut=None, fin=date(2026, 9, 30),
                    lieux=("allée des Tilleuls",)),
        never=("cimetière",),
    ),
    # dates in figures; a numbered road
    "figures-and-road-number": Layout(
        blocks=[
            LETTERHEAD,
            "ARRÊTÉ N° 2026-061",
            "Objet : Circulation alternée route de Montbrenac (RD 57)",
            "Le Maire,",
            "Vu le code de la route,",
            "ARRÊTE",
            "Article 1 - Du 10/08/2026 au 21/08/2026, la circulation est alternée par feux tricolores route de Montbrenac (RD 57), entre le n° 4 et le n° 30.",
            "Fait à Sainte-Exemple, le 28/07/2026",
            "Fait à Sainte-Exemple, le 28 juillet 2026.",
        ],
        expect=dict(numero="2026-061", type="temporaire", debut=date(2026, 8, 10), fin=date(2026, 8, 21),
                    lieux=("route de Montbrenac", "RD 57")),
    ),
    # a weekend written as a list of days; a bare « plage »
    "days-list": Layout(
        blocks=[
            LETTERHEAD,
            "ARRÊTÉ N° 2026-070",
            "Objet : Interdiction temporaire de la baignade",
            "Le Maire,",
            "Considérant l'organisation d'une course de nage le dimanche 12 juillet 2026,",
            "ARRÊTE",
            "Article 1 : Les samedi 4 et dimanche 5 juillet 2026, la baignade est interdite au plan d'eau de la Font-Bramée et sur la plage.",
            "Fait à Sainte-Exemple, le 22 juin 2026.",
        ],
        expect=dict(numero="2026-070", type="temporaire", debut=date(2026, 7, 4), fin=date(2026, 7, 5),
                    lieux=("plan d'eau de la Font-Bramée", "plage")),
    ),
    # a permanent regulation: weekly hours, no date; it abrogates an older one
    "permanent-weekly": Layout(
        blocks=[
            LETTERHEAD,
            "ARRÊTÉ PERMANENT N° 2026-007 réglementant le stationnement rue du Four",
            "Le Maire,",
            "Vu le code de la route,",
            "ARRÊTE",
            "Article 1 : Le stationnement est interdit rue du Four le samedi de 8 h à 12 h, jour de marché.",
            "Article 2 : Le présent arrêté abroge l'arrêté n° 2019-004 du 3 mars 2019.",
            "Fait à Sainte-Exemple, le 12 janvier 2026.",
        ],
        expect=dict(numero="2026-007", type="permanent", debut=None, fin=None, lieux=("rue du Four",)),
    ),
    # a permanent object with a dated event in an article: permanent, from its open-ended start
    "permanent-object-wins": Layout(
        blocks=[
            "COMMUNE DE SAINTE-EXEMPLE",
            "ARRÊTÉ N° 2026-012",
            "Réglementation permanente du stationnement sur le parking du stade",
            "Le Maire,",
            "ARRÊTE",
            "Article 1 : À compter du 1er mars 2026, le stationnement sur le parking du stade est limité à 48 heures.",
            "Article 2 : Le stationnement y est interdit le samedi 14 mars 2026 de 8 h à 20 h pour le tournoi.",
            "Fait à Sainte-Exemple, le 23 février 2026.",
        ],
        expect=dict(numero="2026-012", type="permanent", debut=date(2026, 3, 1), fin=None,
                    lieux=("parking du stade",)),
    ),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_dates_and_places_of_each_layout(conn, tmp_path, name):
    layout = LAYOUTS[name]
    report = one(conn, _write(tmp_path / f"{name}.pdf", layout))
    assert report.ok and report.added == 1, report.errors
    expect = dict(layout.expect)
    arrete = knowledge.get_arrete(conn, expect.pop("numero"))
    assert (arrete.type, arrete.debut, arrete.fin) == (expect.pop("type"), expect.pop("debut"), expect.pop("fin"))
    assert arrete.lieux == expect.pop("lieux")
    for place in layout.never:
        assert all(place.lower() not in lieu.lower() for lieu in arrete.lieux), place
    row = conn.execute("SELECT pref_id, pref_date FROM arretes").fetchone()
    if "pref_id" in expect:
        assert row["pref_id"] == expect.pop("pref_id")
    if "pref_date" in expect:
        assert row["pref_date"] == expect.pop("pref_date").isoformat()
    assert not expect
    assert not any("aucune rue" in w for w in report.warnings)


def test_a_dated_arrete_is_in_force_on_its_days_only(conn, tmp_path):
    one(conn, _write(tmp_path / "a.pdf", LAYOUTS["one-day-stamp-bottom"]))
    assert [a.id for a in knowledge.arretes_in_force(conn, date(2026, 5, 10), "grande rue")] == ["2026-018"]
    assert knowledge.arretes_in_force(conn, date(2026, 5, 11), "grande rue") == []
    assert knowledge.arretes_in_force(conn, date(2026, 4, 13), "place du marche") == []  # not on its signing day


def test_a_temporary_arrete_without_dates_warns(conn, tmp_path):
    layout = Layout(blocks=[
        "ARRÊTÉ TEMPORAIRE N° 2026-060",
        "Fermeture du cimetière pendant les travaux de l'allée centrale",
        "Le Maire,",
        "ARRÊTE",
        "Article 1 : Le cimetière est fermé au public pendant toute la durée des travaux.",
        "Fait à Sainte-Exemple, le 4 mai 2026.",
    ])
    report = one(conn, _write(tmp_path / "t.pdf", layout))
    arrete = knowledge.get_arrete(conn, "2026-060")
    assert arrete.type == "temporaire" and (arrete.debut, arrete.fin) == (None, None)
    assert arrete.lieux == ("cimetière",)
    assert any("temporaire sans dates" in w and "ARR_DEBUT" in w for w in report.warnings)


SIGNED = date(2026, 6, 1)


@pytest.mark.parametrize(
    "sentence, debut, fin",
    [
        ("Du lundi 15 juin 2026 au vendredi 3 juillet 2026, la rue Haute est barrée.", date(2026, 6, 15), date(2026, 7, 3)),
        ("Le dimanche 10 mai 2026 de 6 h à 19 h, la rue Haute est barrée.", date(2026, 5, 10), date(2026, 5, 10)),
        ("Du 1er juillet au 15 septembre 2026, la rue Haute est barrée.", date(2026, 7, 1), date(2026, 9, 15)),
        ("Pendant la durée des travaux, estimée du 6 au 17 juillet 2026, la rue Haute est barrée.", date(2026, 7, 6), date(2026, 7, 17)),
        ("Le lundi 13 juillet 2026, de 20 h jusqu'au mardi 14 juillet 2026 à 1 h, la rue Haute est barrée.", date(2026, 7, 13), date(2026, 7, 14)),
        ("La rue Haute est barrée du lundi 13 juillet 2026 à 14 h au mardi 14 juillet 2026 à 12 h.", date(2026, 7, 13), date(2026, 7, 14)),
        ("Entre le 4 et le 5 juillet 2026, la rue Haute est barrée.", date(2026, 7, 4), date(2026, 7, 5)),
        ("La rue Haute est barrée le 14 juillet de 18 h à 2 h.", date(2026, 7, 14), date(2026, 7, 14)),  # the year of the signature
        ("La rue Haute est barrée le 10 janvier.", date(2027, 1, 10), date(2027, 1, 10)),  # well before the signature: next year
        ("La rue Haute est barrée jusqu'au 30 septembre 2026.", None, date(2026, 9, 30)),
        ("La rue Haute est en sens unique à compter du 1er juillet 2026.", date(2026, 7, 1), None),
        ("Le présent arrêté entre en vigueur le 1er juillet 2026 : la rue Haute est en sens unique.", date(2026, 7, 1), None),
        ("La rue Haute est en sens unique. Le présent arrêté abroge l'arrêté n° 2019-004 du 3 mars 2019.", None, None),
        ("La rue Haute est barrée le 6 juin 2026. Le présent arrêté sera affiché le 2 juin 2026 en mairie.", date(2026, 6, 6), date(2026, 6, 6)),
    ],
)
def test_validity_phrasings(sentence, debut, fin):
    text = (
        "COMMUNE DE X\nID : 001-210102521-20260602-2026_040-AR\nARRÊTÉ N° 2026-040\nCirculation rue Haute\nLe Maire,\n"
        "Vu la demande du 20 mai 2026 ;\nConsidérant la fête du 12 juin 2026 ;\nARRÊTE\n"
        f"Article 1 : {sentence}\nFait à X, le 1er juin 2026.\nAffiché le 02/06/2026."
    )
    info = parse_text(text, "x.pdf")
    assert info["signed"] == SIGNED
    assert (info["debut"], info["fin"]) == (debut, fin)
    assert info["kind"] == ("temporaire" if fin else "permanent")
    assert info["lieux"] == ["rue Haute"]


@pytest.mark.parametrize(
    "clause, found",
    [
        ("La circulation est interdite rue du 8 Mai 1945 et place du 11 Novembre.", ["rue du 8 Mai 1945", "place du 11 Novembre"]),
        ("Déviation par la Grand'Rue et le chemin de la Croix-Blanche.", ["Grand'Rue", "chemin de la Croix-Blanche"]),
        ("Rue des Vergers, le stationnement est interdit.", ["rue des Vergers"]),
        ("L'aire de jeux du parc du Moulin est fermée.", ["aire de jeux du parc du Moulin", "parc du Moulin"]),
        ("Le parking est réservé au stade Jean-Bouin et à la salle polyvalente.", ["stade Jean-Bouin", "salle polyvalente"]),  # which parking?
        ("Les chiens sont interdits au cimetière et dans la forêt communale.", ["cimetière", "forêt communale"]),
        ("À ce stade, la circulation des camping-cars reste libre.", []),  # « at this point »; no camping
        ("Le stationnement est interdit rue du Stade.", ["rue du Stade"]),  # a street, not the stade
        ("Le parc est ouvert de 8 h à 20 h dans la rue.", []),  # no name, no qualifier: which park?
        ("LA CIRCULATION EST INTERDITE RUE DU MOULIN PENDANT LES TRAVAUX.", []),  # capitals: names unknowable
    ],
)
def test_places_in_a_clause(clause, found):
    assert [name for _, name in places_in(clause)] == found
