"""Writes files/ of the fictional commune Rochessac-sur-Céoune (Ardèche). Run with the project's .venv."""
import csv
import io
from pathlib import Path

from fpdf import FPDF

from data import BUDGET, CP, INSEE, NOM, SIREN, SIRET

OUT = Path(__file__).resolve().parent.parent / "files"
OUT.mkdir(exist_ok=True)


def write_csv(name, header, rows, encoding="utf-8", delimiter=";", newline="\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    (OUT / name).write_bytes(buf.getvalue().encode(encoding))


# ---------------------------------------------------------------- profile
(OUT / "commune.yml").write_text(f"""# Profil de la commune de {NOM}
nom: {NOM}
code_insee: "{INSEE}"
siret: "{SIRET}"
population: 947
site_web: https://www.rochessac-ceoune.fr
maire: Hélène Chabert
description: >-
  Village ardéchois de 947 habitants au fond des gorges de la Céoune, entre châtaigneraies et
  falaises calcaires. Plage de rivière (plage du Moulin), location de canoës, camping municipal
  Les Aulnes, école publique Les Châtaigniers. Hameaux : les Costes, le Serre de Bane.
mairie:
  adresse: 2 place de la Calade, {CP} {NOM}
  telephone: 04 75 39 21 60
  email: mairie@rochessac-ceoune.fr
  horaires: "Mo,Tu,Th 08:30-12:00; We 14:00-17:30; Fr 08:30-12:00,14:00-17:00; Sa 09:00-11:30; PH off"
""", encoding="utf-8")

# ---------------------------------------------------------------- vocabulaire
(OUT / "vocabulaire.txt").write_text("""# Mots de Rochessac-sur-Céoune
# la fête de la châtaigne, que tout le monde appelle par son nom occitan
la Castanhada, fête de la châtaigne, fête des châtaignes, castagnade
# le hameau du Serre de Bane, dit « le Serret »
le Serret => hameau du Serre de Bane
# le seuil (barrage) du Moulin, dit « la Paissière »
la Paissière => seuil du Moulin
# la route du col de l'Échelette, dite « la route d'en haut »
la route d'en haut => route du col de l'Échelette
# la salle des fêtes
salle de la Filature, salle des fêtes, la Filature
""", encoding="utf-8")

# ---------------------------------------------------------------- fiches (UTF-8, virgules)
FICHES = [
    ("Quels jours sont ramassées les poubelles ?",
     "Les ordures ménagères (bac gris) sont collectées le mardi matin dans le village et le jeudi matin aux "
     "hameaux des Costes et du Serre de Bane. Le tri (bac jaune) est collecté le vendredi matin des semaines "
     "impaires. Du 1er juillet au 31 août, une collecte supplémentaire des ordures ménagères a lieu le samedi "
     "matin au village et au camping. Sortez les bacs la veille au soir.",
     "ramassage des ordures|collecte des déchets|jour poubelle|quand passe le camion poubelle", "déchets", ""),
    ("Où est la déchèterie et quels sont ses horaires ?",
     "La déchèterie intercommunale des Gorges est route de Bane. Elle est ouverte le lundi, le mercredi et le "
     "samedi de 8 h 30 à 12 h et de 13 h 30 à 17 h. L'accès est gratuit pour les habitants avec la carte "
     "d'accès délivrée par la communauté de communes.",
     "horaires déchetterie|déchetterie ouverte|jeter des gravats", "déchets", ""),
    ("Peut-on brûler les déchets verts ?",
     "Non. Le brûlage des déchets verts (branches, tontes, feuilles) est interdit toute l'année par le "
     "règlement sanitaire départemental de l'Ardèche. Déposez-les à la déchèterie ou compostez-les. Seuls les "
     "agriculteurs et les propriétaires soumis à l'obligation de débroussaillement peuvent brûler, hors période "
     "rouge, après déclaration en mairie.",
     "brûler des branches|faire un feu de jardin|écobuage", "déchets", ""),
    ("À quelles heures peut-on tondre ou faire des travaux bruyants ?",
     "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, débroussailleuse) sont "
     "autorisés les jours ouvrables de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de "
     "15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h seulement.",
     "horaires tondeuse|bruit dimanche|tronçonneuse le dimanche", "tranquillité", ""),
    ("Comment inscrire mon enfant à l'école et à la cantine ?",
     "L'école publique Les Châtaigniers accueille les enfants de la petite section au CM2 (deux classes). "
     "L'inscription se fait en mairie avec le livret de famille, un justificatif de domicile et le carnet de "
     "vaccinations, puis auprès de la directrice. La cantine fonctionne les lundis, mardis, jeudis et vendredis ; "
     "le repas coûte 3,20 € pour l'année scolaire 2025-2026 et 3,40 € à partir du 1er septembre 2026. Les repas "
     "se réservent à la mairie avant le jeudi pour la semaine suivante.",
     "inscription école|prix cantine|tarif repas cantine|réserver la cantine", "école", ""),
    ("Y a-t-il une garderie le matin et le soir ?",
     "Oui, la garderie périscolaire accueille les enfants de l'école les jours de classe de 7 h 30 à 8 h 30 et "
     "de 16 h 30 à 18 h 30, dans la salle annexe de l'école. La séance coûte 1,50 €. Inscription en mairie.",
     "garderie périscolaire|accueil du soir|prix garderie", "école", ""),
    ("Comment faire une carte d'identité ou un passeport ?",
     "La mairie de Rochessac-sur-Céoune n'est pas équipée pour les cartes d'identité et les passeports. Faites "
     "une pré-demande sur le site de l'ANTS puis prenez rendez-vous dans une mairie équipée d'un dispositif de "
     "recueil, la plus proche étant celle des Vans. Le passeport coûte 86 € (timbre fiscal), la carte "
     "d'identité est gratuite sauf en cas de perte ou de vol (25 €).",
     "carte d'identité|CNI|passeport|renouveler ma carte d'identité", "état civil", "https://ants.gouv.fr"),
    ("Comment louer la salle des fêtes ?",
     "La salle de la Filature (150 personnes, cuisine équipée) se réserve en mairie. Tarifs 2026 : 180 € le "
     "week-end pour les habitants de la commune, 350 € pour les personnes extérieures, 60 € la journée en "
     "semaine pour les associations de la commune. Une caution de 500 € est demandée à la réservation.",
     "location salle des fêtes|prix salle de la Filature|réserver la salle", "salles", ""),
    ("Quand le camping municipal est-il ouvert ?",
     "Le camping municipal Les Aulnes (2 étoiles, 62 emplacements au bord de la Céoune) est ouvert du 1er avril "
     "au 30 septembre. L'accueil est ouvert tous les jours de 8 h 30 à 12 h et de 15 h à 19 h 30. Tarifs 2026 : "
     "emplacement pour 2 personnes 16,50 € la nuit, personne supplémentaire 4,20 €, électricité 4 €. Réservation "
     "par téléphone au 04 75 39 24 02.",
     "camping municipal|camping Les Aulnes|réserver un emplacement|prix camping", "tourisme", ""),
    ("Où se baigner ? La baignade est-elle surveillée ?",
     "La baignade est surveillée à la plage du Moulin du 1er juillet au 31 août, tous les jours de 13 h à 19 h, "
     "par un maître-nageur sauveteur recruté par la commune. En dehors de ces horaires, la baignade se fait aux "
     "risques et périls de chacun. La baignade est interdite aux abords du seuil du Moulin (voir l'arrêté "
     "municipal de la saison). Les chiens sont interdits sur la plage en été.",
     "baignade surveillée|plage du Moulin|maître-nageur|se baigner dans la rivière", "tourisme", ""),
    ("Comment descendre la Céoune en canoë ?",
     "La commune ne loue pas de canoës : deux loueurs privés (Céoune Canoës, au Pont Vieux, et Kayak Vert "
     "Gorges, chemin du Moulin) proposent des descentes de 8 km et de 14 km. Le gilet de sauvetage est "
     "obligatoire et il faut savoir nager. L'embarquement et le débarquement sont interdits sur la plage du "
     "Moulin en été.",
     "location canoë|louer un kayak|descente de la rivière", "tourisme", ""),
    ("Quand a lieu la fête de la châtaigne ?",
     "La fête de la châtaigne, que tout le monde ici appelle la Castanhada, a lieu chaque année le troisième "
     "week-end d'octobre (les 17 et 18 octobre 2026) dans le centre du village : marché de producteurs, "
     "châtaignes grillées, bal occitan le samedi soir à la salle de la Filature. Elle est organisée par le "
     "comité des fêtes. Le centre du village est fermé à la circulation pendant la fête.",
     "castanhada|fête des châtaignes|date fête de la châtaigne", "fêtes", ""),
    ("La route du col de l'Échelette est-elle ouverte en hiver ?",
     "Non. La route du col de l'Échelette (voie communale n° 4), entre le hameau des Costes et le col, n'est "
     "pas déneigée : elle est fermée chaque hiver par arrêté du maire, en général du 1er décembre au 15 mars, "
     "à cause de la neige, du verglas et des chutes de pierres. Pour rejoindre le plateau, passez par la route "
     "départementale via Les Vans.",
     "route du col fermée|col de l'Échelette|route d'en haut hiver", "voirie", ""),
    ("Qui déneige les routes de la commune ?",
     "L'agent technique de la commune déneige les voies communales dans cet ordre : la traversée du village et "
     "l'école, puis la route des Costes, puis le Serre de Bane. Les trottoirs devant chez vous sont à "
     "dégager par les riverains. Les routes départementales sont déneigées par le Département.",
     "déneigement|chasse-neige|route enneigée", "voirie", ""),
    ("Peut-on ramasser les châtaignes dans les bois ?",
     "Les châtaigneraies appartiennent presque toutes à des propriétaires privés ou à des producteurs : le "
     "ramassage y est interdit sans leur accord. Sur les parcelles communales du Serre de Bane, la cueillette "
     "est tolérée pendant la saison dans la limite fixée par arrêté du maire (5 kg par personne et par jour).",
     "ramasser des châtaignes|cueillette châtaignes|castagnes", "environnement", ""),
    ("Comment acheter une concession au cimetière ?",
     "Les concessions du cimetière communal se demandent en mairie. Tarifs : 150 € pour 15 ans, 300 € pour "
     "30 ans, 600 € pour 50 ans ; une case au columbarium coûte 400 € pour 15 ans.",
     "concession cimetière|prix tombe|columbarium", "cimetière", ""),
    ("Comment déposer un permis de construire ou une déclaration préalable ?",
     "Les demandes d'urbanisme (permis de construire, déclaration préalable, certificat d'urbanisme) se "
     "déposent en mairie en deux exemplaires ou en ligne sur le guichet numérique de la communauté de "
     "communes. Elles sont instruites par le service commun d'urbanisme. Le délai est de un mois pour une "
     "déclaration préalable et de deux mois pour une maison individuelle.",
     "permis de construire|déclaration de travaux|urbanisme", "urbanisme", ""),
]
write_csv("fiches-pratiques.csv", ["question", "reponse", "variantes", "theme", "lien"], FICHES,
          delimiter=",")

# ---------------------------------------------------------------- arrêtés (Windows-1252, ;, JJ/MM/AAAA)
M_POL = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
M_CIRC = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
M_DOM = ("3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public")
ARR = [
    # id, date, type, matière, objet, début, fin, lieu
    ("2025-055", "20/10/2025", "temporaire", M_DOM,
     "Fermeture du parking de la plage du Moulin du 3 novembre au 19 décembre 2025 pour les travaux "
     "d'enrochement de la berge", "03/11/2025", "19/12/2025", "parking de la plage du Moulin"),
    ("2025-061", "12/11/2025", "temporaire", M_CIRC,
     "Fermeture hivernale de la route du col de l'Échelette (VC 4) entre le hameau des Costes et le col, à "
     "toute circulation, en raison de la neige, du verglas et des chutes de pierres, du 1er décembre 2025 au "
     "15 mars 2026", "01/12/2025", "15/03/2026", "route du col de l'Échelette"),
    ("2026-001", "05/01/2026", "permanent", M_CIRC,
     "Réglementation du stationnement place de la Calade : stationnement limité à 1 h 30 du lundi au samedi "
     "de 8 h à 19 h (zone bleue, disque obligatoire)", "", "", "place de la Calade"),
    ("2026-004", "12/02/2026", "temporaire", M_CIRC,
     "Fermeture du chemin des Balmes à toute circulation, piétons compris, à la suite d'un éboulement rocheux, "
     "du 12 février au 30 avril 2026", "12/02/2026", "30/04/2026", "chemin des Balmes"),
    ("2026-007", "02/03/2026", "temporaire", M_CIRC,
     "Travaux de remplacement de la conduite d'eau rue du Four : circulation alternée par feux et "
     "stationnement interdit du 16 mars au 3 avril 2026", "16/03/2026", "03/04/2026", "rue du Four"),
    ("2026-009", "10/03/2026", "temporaire", M_POL,
     "Interdiction des chiens, même tenus en laisse, sur la plage du Moulin du 15 juin au 15 septembre 2026",
     "15/06/2026", "15/09/2026", "plage du Moulin"),
    ("2026-012", "25/03/2026", "temporaire", M_DOM,
     "Marché de producteurs du vendredi soir : stationnement interdit place de la Calade les vendredis de "
     "16 h à 22 h, du 3 juillet au 28 août 2026", "03/07/2026", "28/08/2026", "place de la Calade"),
    ("2026-014", "28/04/2026", "temporaire", M_CIRC,
     "Prolongation de la fermeture du chemin des Balmes à toute circulation jusqu'au 29 mai 2026 pour la "
     "purge et la pose de filets pare-pierres", "01/05/2026", "29/05/2026", "chemin des Balmes"),
    ("2026-016", "04/05/2026", "temporaire", M_CIRC,
     "Brocante de printemps : circulation et stationnement interdits quai de la Céoune le dimanche 24 mai 2026 "
     "de 6 h à 19 h", "24/05/2026", "24/05/2026", "quai de la Céoune"),
    ("2026-018", "20/05/2026", "temporaire", M_POL,
     "Interdiction de la baignade à moins de 100 mètres en amont et en aval du seuil du Moulin, du 1er juin au "
     "30 septembre 2026", "01/06/2026", "30/09/2026", "seuil du Moulin"),
    ("2026-019", "20/05/2026", "temporaire", M_POL,
     "Interdiction de faire du feu, y compris barbecues et réchauds, sur les berges de la Céoune, la plage du "
     "Moulin et dans les bois communaux, du 15 juin au 15 septembre 2026", "15/06/2026", "15/09/2026",
     "berges de la Céoune;plage du Moulin;bois communaux"),
    ("2026-020", "20/05/2026", "temporaire", M_POL,
     "Interdiction du camping et du bivouac en dehors du camping municipal Les Aulnes, y compris en "
     "camping-car pour la nuit, sur tout le territoire de la commune, du 1er juin au 30 septembre 2026",
     "01/06/2026", "30/09/2026", "berges de la Céoune;parking de la plage du Moulin"),
    ("2026-022", "01/06/2026", "temporaire", M_POL,
     "Navigation des canoës et kayaks : embarquement et débarquement interdits sur la plage du Moulin, "
     "autorisés seulement à la base du Pont Vieux, du 1er juin au 30 septembre 2026", "01/06/2026",
     "30/09/2026", "plage du Moulin;Pont Vieux"),
    ("2026-024", "10/06/2026", "temporaire", M_CIRC,
     "Fête de la musique : circulation interdite rue Haute et place de la Calade le dimanche 21 juin 2026 de "
     "18 h à 1 h du matin", "21/06/2026", "22/06/2026", "rue Haute;place de la Calade"),
    ("2026-025", "15/06/2026", "permanent", M_CIRC,
     "Limitation de la vitesse à 30 km/h sur la route des Gorges dans la traversée du village, entre le Pont "
     "Vieux et l'école", "", "", "route des Gorges"),
    ("2026-030", "07/07/2026", "temporaire", M_POL,
     "Restriction des usages de l'eau (sécheresse) : arrosage des jardins et potagers interdit de 8 h à 20 h, "
     "lavage des véhicules et remplissage des piscines interdits, du 8 juillet au 31 août 2026", "08/07/2026",
     "31/08/2026", ""),
    ("2026-033", "20/07/2026", "temporaire", M_POL,
     "Fermeture de la baignade à la plage du Moulin en raison de la présence de cyanobactéries, du 21 au "
     "27 juillet 2026", "21/07/2026", "27/07/2026", "plage du Moulin"),
    ("2026-036", "03/08/2026", "temporaire", M_CIRC,
     "Fête votive du 15 août : stationnement interdit place du Foirail du 14 au 17 août 2026", "14/08/2026",
     "17/08/2026", "place du Foirail"),
    ("2026-040", "01/09/2026", "temporaire", M_CIRC,
     "Travaux d'enfouissement des réseaux : route des Costes barrée du 14 septembre au 9 octobre 2026, "
     "déviation par le chemin de Bane", "14/09/2026", "09/10/2026", "route des Costes"),
    ("2026-043", "22/09/2026", "temporaire", M_CIRC,
     "Fête de la châtaigne : circulation et stationnement interdits place de la Calade, rue Haute et place du "
     "Foirail du samedi 17 octobre 2026 à 8 h au dimanche 18 octobre 2026 à 22 h", "17/10/2026", "18/10/2026",
     "place de la Calade;rue Haute;place du Foirail"),
    ("2026-045", "05/10/2026", "temporaire", M_DOM,
     "Cueillette des châtaignes sur les parcelles communales du Serre de Bane limitée à 5 kg par personne et "
     "par jour, du 1er octobre au 15 novembre 2026", "01/10/2026", "15/11/2026", "hameau du Serre de Bane"),
    ("2026-048", "26/10/2026", "permanent", M_POL,
     "Horaires d'ouverture du cimetière communal : de 8 h à 20 h du 1er avril au 30 septembre, de 8 h à 18 h "
     "du 1er octobre au 31 mars", "", "", "cimetière communal"),
    ("2026-052", "02/11/2026", "temporaire", M_CIRC,
     "Élagage et abattage d'arbres : circulation interdite chemin du Moulin du 16 au 20 novembre 2026 de 8 h à "
     "17 h", "16/11/2026", "20/11/2026", "chemin du Moulin"),
    ("2026-058", "16/11/2026", "temporaire", M_CIRC,
     "Fermeture hivernale de la route du col de l'Échelette (VC 4) entre le hameau des Costes et le col, à "
     "toute circulation, en raison de la neige, du verglas et des chutes de pierres, du 1er décembre 2026 au "
     "15 mars 2027", "01/12/2026", "15/03/2027", "route du col de l'Échelette"),
    ("2026-060", "23/11/2026", "temporaire", M_CIRC,
     "Déneigement : stationnement interdit rue Haute et montée de l'Église du 1er décembre 2026 au 31 mars 2027",
     "01/12/2026", "31/03/2027", "rue Haute;montée de l'Église"),
    ("2026-061", "30/11/2026", "temporaire", M_DOM,
     "Marché de Noël : stationnement interdit place de la Calade le dimanche 13 décembre 2026 de 7 h à 20 h",
     "13/12/2026", "13/12/2026", "place de la Calade"),
]
rows = []
for (aid, d, typ, (mc, mn), objet, deb, fin, lieu) in ARR:
    url = f"https://www.rochessac-ceoune.fr/arretes/{aid}.pdf" if aid == "2026-018" else ""
    rows.append([NOM, SIRET, aid, d, typ, mc, mn, objet, deb, fin, lieu, url])
write_csv("arretes.csv", ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
                          "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"],
          rows, encoding="cp1252", newline="\r\n")


# ---------------------------------------------------------------- arrêtés PDF
class ArretePDF(FPDF):
    def __init__(self, running):
        super().__init__(format="A4")
        self.running = running
        self.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        self.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
        self.set_auto_page_break(True, 20)

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, self.running, align="C")
        self.ln(4)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.ln(10)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Mairie de Rochessac-sur-Céoune - 2 place de la Calade - 07260 - 04 75 39 21 60", align="C")


def make_pdf(name, stamp, blocks):
    pdf = ArretePDF(f"COMMUNE DE ROCHESSAC-SUR-CÉOUNE (Ardèche) - Registre des arrêtés du maire - {stamp}")
    pdf.alias_nb_pages()
    pdf.add_page()
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(0, 7, text, align="C")
            pdf.ln(3)
        elif kind == "bold":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5.5, text)
            pdf.ln(1.5)
        elif kind == "break":
            pdf.add_page()
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.5, text)
            pdf.ln(1.5)
    pdf.output(str(OUT / name))


VU_COMMON = [
    ("p", "Le Maire de la commune de Rochessac-sur-Céoune,"),
    ("p", "Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1, L. 2212-2 et "
          "L. 2213-23 ;"),
]
make_pdf("arrete-2026-018-baignade-seuil-du-moulin.pdf", "ID : 007-210734900-20260520-2026_018-AR", [
    ("title", "ARRÊTÉ MUNICIPAL N° 2026-018"),
    ("title", "portant interdiction de la baignade aux abords du seuil du Moulin"),
    ("bold", "Objet : Interdiction de la baignade à moins de 100 mètres en amont et en aval du seuil du Moulin, "
             "du 1er juin au 30 septembre 2026"),
    *VU_COMMON,
    ("p", "Vu le code du sport, article L. 322-2 ;"),
    ("p", "Vu l'arrêté municipal n° 2025-021 du 19 mai 2025 relatif à la baignade pendant la saison 2025 ;"),
    ("p", "Considérant que le seuil du Moulin, ouvrage en pierre qui barre la Céoune en aval du Pont Vieux, crée "
          "des rouleaux et des courants de retour dangereux, y compris en période de basses eaux ;"),
    ("p", "Considérant que deux noyades ont été évitées de justesse au pied du seuil pendant l'été 2025 ;"),
    ("bold", "ARRÊTE"),
    ("p", "Article 1er : La baignade, le plongeon et la pratique du paddle sont interdits dans la Céoune à moins "
          "de 100 mètres en amont et en aval du seuil du Moulin, du 1er juin au 30 septembre 2026 inclus. La "
          "zone est délimitée par des bouées jaunes et des panneaux."),
    ("p", "Article 2 : Les canoës et kayaks franchissent le seuil par la passe aménagée rive gauche, sans "
          "s'arrêter dans la zone interdite. Le débarquement est interdit sur le seuil lui-même."),
    ("break", ""),
    ("p", "Article 3 : La baignade reste autorisée à la plage du Moulin, dans la zone balisée, et y est "
          "surveillée du 1er juillet au 31 août de 13 h à 19 h."),
    ("p", "Article 4 : Les infractions au présent arrêté seront constatées par procès-verbal et punies des "
          "peines prévues par la loi."),
    ("p", "Article 5 : Le présent arrêté sera affiché en mairie, à la plage du Moulin et au Pont Vieux. Madame "
          "la secrétaire de mairie et le commandant de la brigade de gendarmerie des Vans sont chargés, chacun en "
          "ce qui le concerne, de son exécution."),
    ("p", "Fait à Rochessac-sur-Céoune, le 20 mai 2026."),
    ("p", "Le Maire, Hélène Chabert"),
    ("p", "Accusé de réception en préfecture - ID : 007-210734900-20260520-2026_018-AR - reçu le 21/05/2026"),
])
make_pdf("arrete-2026-028-feu-artifice.pdf", "ID : 007-210734900-20260629-2026_028-AR", [
    ("title", "ARRÊTÉ MUNICIPAL N° 2026-028"),
    ("title", "Feu d'artifice de la fête nationale"),
    ("bold", "Objet : Interdiction de la circulation et du stationnement sur le Pont Vieux et le quai de la "
             "Céoune le 14 juillet 2026 de 21 h à minuit pour le tir du feu d'artifice"),
    *VU_COMMON,
    ("p", "Vu l'arrêté municipal n° 2026-025 du 15 juin 2026 limitant la vitesse sur la route des Gorges ;"),
    ("p", "Vu la déclaration de spectacle pyrotechnique déposée par le comité des fêtes le 2 juin 2026 ;"),
    ("p", "Considérant que le feu d'artifice sera tiré depuis la rive gauche, face au Pont Vieux, et qu'il "
          "convient d'assurer la sécurité du public ;"),
    ("bold", "ARRÊTE"),
    ("p", "Article 1er : Le mardi 14 juillet 2026, de 21 h à minuit, la circulation de tous les véhicules et le "
          "stationnement sont interdits sur le Pont Vieux et sur le quai de la Céoune."),
    ("p", "Article 2 : Le public est admis sur la plage du Moulin, derrière les barrières ; l'accès à la rive "
          "gauche est interdit au public pendant toute la durée du tir."),
    ("break", ""),
    ("p", "Article 3 : Une déviation est mise en place par le chemin de Bane. Les véhicules de secours gardent "
          "l'accès au Pont Vieux."),
    ("p", "Article 4 : Tout véhicule en stationnement gênant sera mis en fourrière aux frais de son propriétaire."),
    ("p", "Article 5 : Ampliation sera adressée au comité des fêtes, au centre d'incendie et de secours et à la "
          "brigade de gendarmerie des Vans."),
    ("p", "Fait à Rochessac-sur-Céoune, le 29 juin 2026."),
    ("p", "Le Maire, Hélène Chabert"),
])

# ---------------------------------------------------------------- délibérations (UTF-8, ;)
DELIB = [
    # id, date, matière code, matière nom, objet, budget année, effectif, réel, pour, contre, abst
    ("2025-41", "2025-12-09", "7.2", "Finances locales/Fiscalité",
     "Taxe de séjour : à compter du 1er janvier 2026, tarif de 0,22 € par nuit et par personne dans les "
     "terrains de camping classés 1 et 2 étoiles, 0,60 € dans les campings 3 à 5 étoiles, 0,80 € dans les "
     "meublés de tourisme et chambres d'hôtes", "", 15, 13, 13, 0, 0),
    ("2026-01", "2026-01-27", "7.1", "Finances locales/Décisions budgétaires",
     "Tarifs du camping municipal Les Aulnes pour la saison 2026 : emplacement pour 2 personnes 16,50 € la "
     "nuit, personne supplémentaire 4,20 €, enfant de moins de 7 ans 2,30 €, branchement électrique 4,00 €, "
     "véhicule supplémentaire 2,00 €", "2026", 15, 14, 14, 0, 0),
    ("2026-02", "2026-01-27", "8.1", "Domaines de compétences par thèmes/Enseignement",
     "Tarifs de la cantine scolaire à compter du 1er septembre 2026 : repas enfant 3,40 € (au lieu de 3,20 €), "
     "repas adulte 6,10 €", "2026", 15, 14, 12, 2, 0),
    ("2026-03", "2026-03-31", "7.5", "Finances locales/Subventions",
     "Subventions aux associations pour 2026 : comité des fêtes 3 500 €, Sou des écoles 1 500 €, Amicale laïque "
     "1 200 €, Céoune Canoë Club 900 €, club des aînés Lou Castanhier 600 €, ACCA 400 €, AAPPMA La Truite de la "
     "Céoune 300 €, soit 8 400 € au total", "2026", 15, 15, 15, 0, 0),
    ("2026-04", "2026-03-31", "7.1", "Finances locales/Décisions budgétaires",
     "Vote du budget primitif 2026 du budget principal : 835 532,18 € en section de fonctionnement et "
     "599 882,18 € en section d'investissement", "2026", 15, 15, 13, 1, 1),
    ("2026-05", "2026-03-31", "7.1", "Finances locales/Décisions budgétaires",
     "Approbation du compte administratif 2025 du budget principal (le maire ayant quitté la séance)",
     "2025", 15, 14, 13, 0, 1),
    ("2026-06", "2026-03-31", "7.2", "Finances locales/Fiscalité",
     "Vote des taux d'imposition 2026, inchangés : taxe foncière sur les propriétés bâties 21,84 %, taxe "
     "foncière sur les propriétés non bâties 68,50 %, taxe d'habitation sur les résidences secondaires 9,65 %",
     "2026", 15, 15, 15, 0, 0),
    ("2026-07", "2026-03-31", "3.3", "Domaine et patrimoine/Locations",
     "Tarifs de location de la salle de la Filature (salle des fêtes) : 180 € le week-end pour les habitants, "
     "350 € pour les extérieurs, 60 € la journée en semaine pour les associations communales, caution 500 €",
     "2026", 15, 15, 15, 0, 0),
    ("2026-08", "2026-03-31", "3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public",
     "Redevance d'occupation du domaine public fluvial communal par les loueurs de canoës : 450 € par saison et "
     "par loueur, plus 15 € par embarcation", "2026", 15, 15, 14, 0, 1),
    ("2026-09", "2026-04-28", "7.3", "Finances locales/Emprunts",
     "Réalisation d'un emprunt de 150 000 € sur 20 ans au taux fixe de 3,12 % auprès du Crédit Agricole Sud "
     "Rhône-Alpes pour la rénovation énergétique de l'école Les Châtaigniers", "2026", 15, 14, 11, 2, 1),
    ("2026-10", "2026-04-28", "7.5", "Finances locales/Subventions",
     "Demande de subvention au titre de la DETR 2026 pour la rénovation énergétique de l'école : coût des "
     "travaux 312 000 € HT, subvention sollicitée 124 800 € (40 %), Département 62 400 €, Région 30 000 €",
     "2026", 15, 14, 14, 0, 0),
    ("2026-11", "2026-04-28", "8.1", "Domaines de compétences par thèmes/Enseignement",
     "Tarif de la garderie périscolaire à compter du 1er septembre 2026 : 1,50 € la séance du matin ou du soir",
     "2026", 15, 14, 14, 0, 0),
    ("2026-12", "2026-05-26", "4.2", "Fonction publique/Personnels contractuels",
     "Création de trois emplois saisonniers du 1er juillet au 31 août 2026 : un maître-nageur sauveteur pour "
     "la plage du Moulin et deux agents d'accueil pour le camping municipal", "2026", 15, 13, 13, 0, 0),
    ("2026-13", "2026-05-26", "3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public",
     "Tarifs des concessions du cimetière communal : 150 € pour 15 ans, 300 € pour 30 ans, 600 € pour 50 ans, "
     "case de columbarium 400 € pour 15 ans", "2026", 15, 13, 13, 0, 0),
    ("2026-14", "2026-06-30", "7.5", "Finances locales/Subventions",
     "Fête de la châtaigne 2026 : convention avec le comité des fêtes et subvention exceptionnelle de 1 000 €",
     "2026", 15, 15, 12, 2, 1),
    ("2026-15", "2026-06-30", "3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public",
     "Droit de place du marché de producteurs du vendredi soir : 5 € par soirée et par exposant, gratuit pour "
     "les producteurs de la commune", "2026", 15, 15, 15, 0, 0),
    ("2026-16", "2026-09-29", "3.2", "Domaine et patrimoine/Aliénations",
     "Vente d'une parcelle communale au hameau du Serre de Bane (section B n° 412, 1 250 m²) à M. Julien Roux, "
     "jeune castanéiculteur, au prix de 3 750 €", "2026", 15, 14, 10, 3, 1),
    ("2026-17", "2026-09-29", "9.4", "Autres domaines de compétences/Vœux et motions",
     "Motion contre la fermeture d'une classe de l'école Les Châtaigniers à la rentrée 2027",
     "", 15, 15, 15, 0, 0),
    ("2026-18", "2026-11-24", "7.1", "Finances locales/Décisions budgétaires",
     "Tarifs du camping municipal Les Aulnes pour la saison 2027 : emplacement pour 2 personnes 17,00 € la "
     "nuit, personne supplémentaire 4,40 €, enfant de moins de 7 ans 2,40 €, branchement électrique 4,20 €",
     "2027", 15, 14, 14, 0, 0),
    ("2026-19", "2026-11-24", "5.7", "Institutions et vie politique/Intercommunalité",
     "Adhésion au service commun de déneigement de la communauté de communes pour la route des Costes, "
     "participation de 2 800 € par hiver", "2026", 15, 14, 9, 4, 1),
]
rows = []
for (did, d, mc, mn, objet, ba, eff, reel, pour, contre, abst) in DELIB:
    rows.append([NOM, SIRET, did, d, mc, mn, objet, ba, "budget principal" if ba else "", "", "", eff, reel,
                 pour, contre, abst, ""])
write_csv("deliberations.csv", ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                                "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
                                "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
                                "VOTE_ABSTENTION", "DELIB_URL"], rows)

# ---------------------------------------------------------------- budgets (UTF-8, ;)
BGT_HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL",
              "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION",
              "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC",
              "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]
CHAP_LABEL = {"011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
              "013": "Atténuations de charges", "65": "Autres charges de gestion courante",
              "66": "Charges financières", "023": "Virement à la section d'investissement",
              "042": "Opérations d'ordre de transfert entre sections",
              "040": "Opérations d'ordre de transfert entre sections",
              "021": "Virement de la section de fonctionnement",
              "70": "Produits des services, du domaine et ventes diverses", "73": "Impôts et taxes",
              "74": "Dotations et participations", "75": "Autres produits de gestion courante",
              "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
              "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles",
              "21": "Immobilisations corporelles", "23": "Immobilisations en cours",
              "001": "Solde d'exécution de la section d'investissement reporté",
              "002": "Résultat de fonctionnement reporté"}


def amt(x):
    return "" if x is None else f"{x:.2f}".replace(".", ",")


bp, ca = [], []
for (sec, op, rd, chap, nat, lab, vbp, vprev, vreal) in BUDGET:
    section = "fonctionnement" if sec == "F" else "investissement"
    common = [SIRET, "COMMUNE DE ROCHESSAC-SUR-CEOUNE", chap, CHAP_LABEL[chap], nat, lab, "", "", "", section, op, rd]
    if vbp is not None:
        bp.append(["budget primitif", "2026", *common, "", "", "", amt(vbp), amt(vbp), "", "", "non spécialisé"])
    if vprev is not None:
        ca.append(["compte administratif", "2025", *common, amt(vreal if vreal is not None else 0), "", "", "",
                   amt(vprev), amt(vprev), "0,00", "non spécialisé"])
write_csv("budget-primitif-2026.csv", BGT_HEADER, [[r[0], r[1], *r[2:]] for r in bp])
write_csv("compte-administratif-2025.csv", BGT_HEADER, ca)

# ---------------------------------------------------------------- annuaire (UTF-8, ;)
ANN = [
    ("Boulangerie Au Pain de la Calade", "boulangerie", "5 place de la Calade", "04 75 39 22 14", "", "",
     "Tu-Sa 07:00-12:30,15:30-19:00; Su 07:00-12:30", "Pain au levain, fougasse, pain aux châtaignes le week-end"),
    ("Épicerie Le Panier des Gorges", "épicerie", "12 rue Haute", "04 75 39 20 87", "", "",
     "Mo-Sa 08:00-12:30,16:00-19:30; Su 08:30-12:30", "Épicerie, dépôt de gaz, journaux, relais colis"),
    ("Bar-restaurant Le Pont Vieux", "restaurant", "1 quai de la Céoune", "04 75 39 23 50", "", "",
     "Mo,Th-Su 11:30-14:30,18:30-22:00", "Cuisine ardéchoise, terrasse sur la rivière ; fermé mardi et mercredi"),
    ("Céoune Canoës", "location de canoës", "Base du Pont Vieux, route des Gorges", "06 71 42 18 93", "",
     "https://www.ceoune-canoes.fr", "Apr-Sep: Mo-Su 09:00-18:00", "Location de canoës et kayaks, descentes de 8 et 14 km"),
    ("Kayak Vert Gorges", "location de canoës", "chemin du Moulin", "06 84 55 09 31", "", "",
     "Jun-Aug: Mo-Su 09:30-18:30", "Location de kayaks et paddles, navette retour"),
    ("Camping municipal Les Aulnes", "camping", "chemin des Aulnes", "04 75 39 24 02",
     "camping@rochessac-ceoune.fr", "", "Apr-Sep: Mo-Su 08:30-12:00,15:00-19:30",
     "Camping 2 étoiles, 62 emplacements au bord de la Céoune ; horaires de l'accueil"),
    ("École publique Les Châtaigniers", "école primaire", "3 montée de l'Église", "04 75 39 21 77",
     "ce.0070349x@ac-grenoble.fr", "", "Mo,Tu,Th,Fr 08:30-11:45,13:30-16:30", "Deux classes, de la petite section au CM2"),
    ("Cantine scolaire", "restauration scolaire", "3 montée de l'Église", "04 75 39 21 60", "", "",
     "Mo,Tu,Th,Fr 11:45-13:30", "Repas préparés sur place ; réservation en mairie"),
    ("Garderie périscolaire", "garderie", "3 montée de l'Église", "04 75 39 21 60", "", "",
     "Mo,Tu,Th,Fr 07:30-08:30,16:30-18:30", "Accueil des enfants de l'école avant et après la classe"),
    ("Agence postale communale", "bureau de poste", "2 place de la Calade", "04 75 39 21 61", "", "",
     "Tu-Fr 09:00-12:00; Sa 09:00-11:30", "Affranchissement, colis, retrait d'argent (compte La Banque Postale)"),
    ("Bibliothèque municipale", "bibliothèque", "4 rue du Four", "04 75 39 21 62", "", "",
     "We 14:00-18:00; Sa 10:00-12:00", "Prêt gratuit de livres, lien avec la bibliothèque départementale"),
    ("Salle de la Filature", "salle des fêtes", "route des Gorges", "04 75 39 21 60", "", "", "",
     "Salle de 150 places avec cuisine, réservation en mairie"),
    ("Cabinet médical du Dr Lucie Vernet", "médecin généraliste", "8 route des Gorges", "04 75 39 25 10", "", "",
     "Mo,Tu,Th,Fr 09:00-12:00,15:00-19:00; Sa 09:00-12:00", "Consultations sur rendez-vous ; le mercredi, cabinet fermé"),
    ("Cabinet infirmier des Gorges", "infirmier", "8 route des Gorges", "06 12 48 77 30", "", "",
     "Mo-Sa 07:30-08:30,17:30-18:30", "Soins au cabinet aux heures de permanence et à domicile sur rendez-vous"),
    ("Garage Teyssier", "garage automobile", "ZA du Foirail", "04 75 39 26 41", "", "",
     "Mo-Fr 08:00-12:00,14:00-18:00", "Mécanique, pneus, dépannage"),
    ("Salon Coiffure Manon", "coiffeur", "7 rue Haute", "04 75 39 27 09", "", "",
     "Tu,Th,Fr 09:00-12:00,14:00-18:30; Sa 08:30-16:00", "Coiffure mixte, sur rendez-vous"),
    ("Ferme du Serre de Bane", "producteur", "hameau du Serre de Bane", "06 30 11 84 52", "", "",
     "Sa 09:00-12:00", "Châtaignes, farine de châtaigne, crème de marrons ; vente à la ferme"),
    ("Chèvrerie des Costes", "producteur", "hameau des Costes", "06 77 20 43 18", "", "",
     "Mo-Su 17:30-19:00", "Fromages de chèvre (picodon), vente à la ferme après la traite"),
    ("Bureau d'information touristique", "office de tourisme", "place de la Calade", "04 75 39 28 00", "", "",
     "Jul-Aug: Mo-Sa 09:30-12:30,15:00-18:30", "Ouvert en juillet et août ; le reste de l'année, s'adresser à la mairie"),
    ("Déchèterie intercommunale des Gorges", "déchèterie", "route de Bane", "04 75 39 30 12", "", "",
     "Mo,We,Sa 08:30-12:00,13:30-17:00", "Accès avec la carte de la communauté de communes"),
    ("Centre d'incendie et de secours de Rochessac", "pompiers", "ZA du Foirail", "04 75 39 29 18", "", "", "",
     "En cas d'urgence, composez le 18 ou le 112"),
    ("Église Saint-Julien", "lieu de culte", "montée de l'Église", "", "", "", "",
     "Messe le 2e dimanche du mois à 10 h 30 (paroisse des Vans)"),
    ("Cimetière communal", "cimetière", "chemin du Calvaire", "04 75 39 21 60", "", "",
     "Apr-Sep: Mo-Su 08:00-20:00; Oct-Mar: Mo-Su 08:00-18:00", ""),
    ("Plage du Moulin", "baignade", "chemin du Moulin", "", "", "",
     "Jul-Aug: Mo-Su 13:00-19:00", "Plage de rivière ; horaires de la baignade surveillée"),
    ("Marché de producteurs", "marché", "place de la Calade", "", "", "",
     "Jul-Aug: Fr 17:00-21:00", "Marché du vendredi soir en été"),
    ("Comité des fêtes", "association", "2 place de la Calade", "06 45 18 22 90", "comitedesfetes.rochessac@gmail.com",
     "", "", "Organise la fête de la châtaigne, la fête votive et le feu d'artifice ; président : Bastien Moulin"),
    ("Club des aînés Lou Castanhier", "association", "Salle de la Filature", "04 75 39 24 77", "", "",
     "Th 14:00-18:00", "Jeux de cartes, goûters et sorties ; présidente : Odette Faure"),
    ("Sou des écoles", "association de parents d'élèves", "3 montée de l'Église", "06 58 90 12 44", "", "", "",
     "Kermesse, loto et sorties scolaires"),
    ("Amicale laïque", "association", "Salle de la Filature", "06 21 37 45 80", "", "", "",
     "Théâtre, gym douce le lundi soir"),
    ("ACCA de Rochessac", "association de chasse", "route des Costes", "06 83 02 11 67", "", "", "",
     "Chasse communale ; battues au sanglier le samedi et le dimanche de septembre à février"),
    ("AAPPMA La Truite de la Céoune", "association de pêche", "quai de la Céoune", "06 09 54 31 26", "", "", "",
     "Cartes de pêche en vente à l'épicerie"),
    ("Céoune Canoë Club", "association sportive", "Base du Pont Vieux", "06 14 72 88 05", "", "", "Sa 14:00-17:00",
     "Club de canoë-kayak, école de pagaie pour les enfants le samedi"),
    ("Gîtes du Moulin", "gîte", "chemin du Moulin", "06 31 66 27 48", "", "https://www.gites-du-moulin-ardeche.fr", "",
     "Trois gîtes de 4 à 6 personnes au bord de la rivière"),
    ("Taxi des Gorges", "taxi", "rue Haute", "06 07 39 52 60", "", "", "Mo-Su 06:00-21:00",
     "Taxi conventionné, transport vers la gare de Montélimar et l'hôpital d'Aubenas"),
    ("Poterie de la Calade", "artisan", "9 place de la Calade", "04 75 39 27 83", "", "",
     "Tu-Sa 10:00-12:30,14:30-18:30", "Atelier de poterie et boutique"),
    ("City-stade", "équipement sportif", "route des Gorges, derrière la salle de la Filature", "", "", "",
     "Mo-Su 08:00-21:00", "Terrain multisport en accès libre"),
    ("Aire de jeux du Foirail", "aire de jeux", "place du Foirail", "", "", "", "Mo-Su 08:00-20:00",
     "Jeux pour les 2-10 ans"),
]
write_csv("annuaire.csv", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires",
                           "description"], ANN)
print("files written to", OUT)
