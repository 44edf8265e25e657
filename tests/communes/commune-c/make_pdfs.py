"""Génère les arrêtés signés (PDF avec couche texte) d'Escoussac-la-Vernhe dans files/.

Usage : /work/main/.venv/bin/python make_pdfs.py
Mise en page d'un arrêté de village : en-tête « République française », département, commune ;
rappel « Arrêté n° … – page x/y » en haut de chaque page ; titre sur deux lignes ; Objet ; Vu ;
Considérant ; ARRÊTE ; articles ; signature ; bloc du tampon @ctes (accusé de réception en préfecture).
"""
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OUT = Path(__file__).resolve().parent / "files"
DEPT, SIREN = "012", "211203971"

VU_COMMUNS = [
    "Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2, "
    "L. 2213-1 et L. 2213-2 ;",
    "Vu le code de la route, notamment ses articles R. 411-8, R. 411-25 et R. 417-10 ;",
    "Vu l'arrêté interministériel du 24 novembre 1967 modifié relatif à la signalisation des routes "
    "et autoroutes, et l'instruction interministérielle sur la signalisation routière, livre I, "
    "huitième partie (signalisation temporaire) ;",
]
RECOURS = (
    "Le présent arrêté peut faire l'objet d'un recours gracieux auprès du Maire ou d'un recours "
    "contentieux devant le tribunal administratif de Toulouse dans un délai de deux mois à compter de "
    "sa publication. Le tribunal peut être saisi par l'application « Télérecours citoyens » "
    "(www.telerecours.fr)."
)

ARRETES = [
    {
        "fichier": "arrete-2026-014.pdf",
        "numero": "2026-014",
        "signe": "2 mars 2026", "signe_iso": "20260302",
        "envoi": "03/03/2026", "publie": "04/03/2026",
        "titre": ["ARRÊTÉ MUNICIPAL PORTANT RÉGLEMENTATION TEMPORAIRE",
                  "DE LA CIRCULATION ET DU STATIONNEMENT – GRAND'RUE"],
        "objet": "Travaux d'enfouissement des réseaux et de création de trottoirs – Grand'Rue",
        "vu": VU_COMMUNS + [
            "Vu la délibération n° DE-2026-03 du 12 février 2026 attribuant le marché d'aménagement de "
            "la Grand'Rue à l'entreprise Fabre Réseaux et TP ;",
            "Vu la demande présentée par l'entreprise Fabre Réseaux et TP le 24 février 2026 ;",
        ],
        "considerant": [
            "Considérant que les travaux d'enfouissement des réseaux électriques et téléphoniques et de "
            "création de trottoirs dans la Grand'Rue nécessitent l'ouverture de tranchées sur toute la "
            "largeur de la chaussée ;",
            "Considérant qu'il appartient au Maire de prendre les mesures propres à assurer la sécurité "
            "des usagers de la voie publique et du personnel de chantier ;",
        ],
        "articles": [
            "Du lundi 16 mars 2026 à 8 h au vendredi 3 avril 2026 à 18 h, la circulation de tous les "
            "véhicules est interdite dans la Grand'Rue, entre la place de la Halle et le carrefour de la "
            "rue du Pigeonnier, sauf pour les riverains, les véhicules de secours et les véhicules de "
            "chantier.",
            "Pendant la même période, le stationnement est interdit et considéré comme gênant des deux "
            "côtés de la Grand'Rue. Les véhicules en infraction pourront être enlevés et mis en "
            "fourrière aux frais de leur propriétaire.",
            "Une déviation est mise en place, dans les deux sens, par la rue des Écoles et la route de "
            "Laroque. Elle est signalée aux deux extrémités du chantier.",
            "L'accès des piétons aux commerces de la Grand'Rue est maintenu par un cheminement protégé. "
            "Pendant toute la durée des travaux, l'arrêt du car scolaire de la place de la Halle est "
            "déplacé au parking du stade.",
            "La signalisation réglementaire du chantier et de la déviation est mise en place et "
            "entretenue par l'entreprise Fabre Réseaux et TP, sous le contrôle des services techniques "
            "municipaux.",
            "Le présent arrêté sera affiché en mairie et aux extrémités du chantier, et publié sur le "
            "site internet de la commune.",
            RECOURS,
            "La secrétaire de mairie, le commandant de la brigade de gendarmerie de Laroque-Brunet et "
            "l'entreprise Fabre Réseaux et TP sont chargés, chacun en ce qui le concerne, de "
            "l'exécution du présent arrêté, dont copie sera adressée au service départemental "
            "d'incendie et de secours de l'Aveyron et à la Communauté de communes Ségala-Vernhe.",
        ],
    },
    {
        "fichier": "arrete-2026-027.pdf",
        "numero": "2026-027",
        "signe": "11 mai 2026", "signe_iso": "20260511",
        "envoi": "12/05/2026", "publie": "12/05/2026",
        "titre": ["ARRÊTÉ MUNICIPAL PORTANT INTERDICTION TEMPORAIRE",
                  "DE CIRCULER ET DE STATIONNER – RUE DE L'ÉGLISE"],
        "objet": "Travaux de réfection de la toiture de l'église Saint-Martin – rue de l'Église",
        "vu": VU_COMMUNS + [
            "Vu la délibération n° DE-2025-25 du 11 décembre 2025 attribuant le marché de réfection de "
            "la toiture de l'église Saint-Martin à la SARL Charpentes Bouyssou ;",
            "Vu la demande présentée par la SARL Charpentes Bouyssou le 4 mai 2026 ;",
        ],
        "considerant": [
            "Considérant que la pose d'un échafaudage sur la façade nord de l'église et l'intervention "
            "d'une grue de levage occupent la chaussée de la rue de l'Église ;",
            "Considérant qu'il y a lieu, pour la sécurité des usagers, d'interdire la circulation et le "
            "stationnement pendant la durée du chantier ;",
        ],
        "articles": [
            "Du lundi 18 mai 2026 au vendredi 12 juin 2026 inclus, la circulation de tous les véhicules "
            "est interdite rue de l'Église, entre la place de la Halle et la place de l'Église, sauf "
            "pour les véhicules de secours.",
            "Pendant la même période, le stationnement est interdit rue de l'Église et sur les quatre "
            "places situées au nord de la place de l'Église, réservées à l'emprise du chantier.",
            "Les piétons empruntent le trottoir côté numéros impairs. L'accès au salon de coiffure et "
            "aux habitations reste assuré.",
            "Les mardi 19 et mercredi 20 mai 2026, de 8 h à 17 h, pendant le levage des charpentes par "
            "la grue, le passage des piétons est également interdit rue de l'Église ; ils sont déviés "
            "par la Grand'Rue.",
            "Le véhicule funéraire et les cortèges sont autorisés à accéder au parvis de l'église, en "
            "coordination avec le chef de chantier.",
            "La signalisation est mise en place et entretenue par la SARL Charpentes Bouyssou, sous le "
            "contrôle des services techniques municipaux.",
            RECOURS,
            "La secrétaire de mairie, le commandant de la brigade de gendarmerie de Laroque-Brunet et "
            "la SARL Charpentes Bouyssou sont chargés, chacun en ce qui le concerne, de l'exécution du "
            "présent arrêté, qui sera affiché en mairie et sur les lieux du chantier.",
        ],
    },
    {
        "fichier": "arrete-2026-044.pdf",
        "numero": "2026-044",
        "signe": "24 août 2026", "signe_iso": "20260824",
        "envoi": "25/08/2026", "publie": "26/08/2026",
        "titre": ["ARRÊTÉ MUNICIPAL PORTANT FERMETURE TEMPORAIRE",
                  "DU CHEMIN DES PRÉS HAUTS"],
        "objet": "Travaux de viabilisation du lotissement des Prés Hauts",
        "vu": VU_COMMUNS[:2] + [
            "Vu la délibération n° DE-2026-09 du 26 mars 2026 adoptant le budget primitif 2026 du budget "
            "annexe « Lotissement des Prés Hauts » ;",
        ],
        "considerant": [
            "Considérant que les travaux de viabilisation (réseaux d'eau, d'assainissement et "
            "d'électricité, voirie) confiés à la SAS Terrassements Costes imposent de fermer le chemin "
            "des Prés Hauts à la circulation ;",
        ],
        "articles": [
            "Du lundi 7 septembre 2026 au vendredi 2 octobre 2026, le chemin des Prés Hauts est fermé à "
            "la circulation de tous les véhicules, sauf riverains et véhicules de secours.",
            "Du lundi 14 au vendredi 18 septembre 2026, de 8 h à 17 h, pendant la pose des réseaux sous "
            "la chaussée, l'accès des riverains en voiture est lui aussi impossible ; un stationnement "
            "provisoire leur est réservé sur le parking du stade.",
            "La signalisation est mise en place et entretenue par la SAS Terrassements Costes.",
            RECOURS,
            "La secrétaire de mairie et la SAS Terrassements Costes sont chargées de l'exécution du "
            "présent arrêté, qui sera affiché en mairie et aux extrémités du chemin.",
        ],
    },
    {
        "fichier": "arrete-2025-036.pdf",
        "numero": "2025-036",
        "signe": "15 septembre 2025", "signe_iso": "20250915",
        "envoi": "16/09/2025", "publie": "17/09/2025",
        "titre": ["ARRÊTÉ MUNICIPAL PERMANENT RÉGLEMENTANT",
                  "LA DIVAGATION ET LA TENUE DES CHIENS"],
        "objet": "Tenue en laisse des chiens dans le bourg, aux abords de l'école et autour du lac",
        "vu": [
            "Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et "
            "L. 2212-2 ;",
            "Vu le code rural et de la pêche maritime, notamment ses articles L. 211-19-1 et L. 211-22 ;",
            "Vu le code pénal, notamment son article R. 610-5 ;",
        ],
        "considerant": [
            "Considérant les plaintes répétées d'habitants au sujet de chiens laissés en liberté dans "
            "le bourg et de déjections sur les trottoirs et l'aire de jeux ;",
        ],
        "articles": [
            "À compter du 1er octobre 2025, les chiens doivent être tenus en laisse dans le bourg, rue "
            "des Écoles et aux abords de l'école, ainsi que sur le sentier qui fait le tour du lac de la "
            "Vernhe.",
            "Les chiens, même tenus en laisse, sont interdits sur l'aire de jeux du Foirail.",
            "Les propriétaires ou gardiens de chiens sont tenus de ramasser immédiatement les "
            "déjections de leur animal sur la voie publique, les trottoirs, les espaces verts et les "
            "abords du lac.",
            "Les infractions au présent arrêté sont punies de l'amende prévue pour les contraventions "
            "de la 1re classe.",
            RECOURS,
        ],
    },
]


class Arrete(FPDF):
    """Une page d'arrêté, avec le rappel du numéro et de la pagination en haut."""

    numero = ""

    def header(self):
        self.set_font("DejaVu", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Commune d'Escoussac-la-Vernhe – Arrêté n° {self.numero} – page "
                  f"{self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)


def make(a):
    pdf = Arrete(format="A4")
    pdf.numero = a["numero"]
    pdf.add_font("DejaVu", fname=FONT)
    pdf.add_font("DejaVu", style="B", fname=FONT_BOLD)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 10)
    for line in ("RÉPUBLIQUE FRANÇAISE", "Département de l'Aveyron", "Commune d'Escoussac-la-Vernhe"):
        pdf.cell(90, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=8)
    pdf.cell(90, 4, "2 place de la Halle – 12488 Escoussac-la-Vernhe – 05 65 48 21 07",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, f"ARRÊTÉ N° {a['numero']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11)
    for line in a["titre"]:
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(width, 5, f"Objet : {a['objet']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(width, 5, "Le Maire de la commune d'Escoussac-la-Vernhe,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for para in a["vu"] + a["considerant"]:
        pdf.multi_cell(width, 5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for i, text in enumerate(a["articles"], start=1):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, f"Article {i}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=10)
        pdf.multi_cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    if pdf.get_y() > pdf.h - 55:
        pdf.add_page()
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("DejaVu", size=10)
    pdf.set_xy(pdf.l_margin + 95, y)
    pdf.multi_cell(width - 95, 5, f"Fait à Escoussac-la-Vernhe,\nle {a['signe']}\nLe Maire,\n\n"
                   "Bernadette Couderc", new_x="LMARGIN", new_y="NEXT")
    # bloc du tampon @ctes, en bas à gauche
    pdf.set_xy(pdf.l_margin, y + 2)
    pdf.set_font("DejaVu", size=7.5)
    stamp = (f"Envoyé en préfecture le {a['envoi']}\n"
             f"Reçu en préfecture le {a['envoi']}\n"
             f"Publié le {a['publie']}\n"
             f"ID : {DEPT}-{SIREN}-{a['signe_iso']}-{a['numero'].replace('-', '_')}-AR")
    pdf.multi_cell(78, 4, stamp, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / a["fichier"]))
    return pdf.pages_count


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for arrete in ARRETES:
        print(arrete["fichier"], make(arrete), "page(s)")
