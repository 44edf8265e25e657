"""Writes files/annuaire-acteurs-locaux.csv (UTF-8, ';')."""
import csv, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "files" / "annuaire-acteurs-locaux.csv"
C = "63745 Saint-Aurèle-les-Bains"
A = [
# nom, categorie, adresse, telephone, email, site_web, horaires, description
("Thermes de Saint-Aurèle", "établissement thermal", "allée des Sources, " + C, "04 73 88 50 00", "accueil@thermes-saint-aurele.fr",
 "https://www.thermes-saint-aurele.fr", "Apr 06-Oct 24 Mo-Sa 06:30-13:00",
 "Cures thermales conventionnées de 18 jours en rhumatologie et voies respiratoires. Saison 2026 du 6 avril au 24 octobre ; soins du lundi au samedi le matin. Mini-cures de 6 jours et espace bien-être."),
("Buvette thermale de la source Saint-Aurèle", "buvette thermale", "parc des Sources, " + C, "04 73 88 50 00", "", "",
 "Apr 06-Oct 24 Mo-Su 08:00-12:00,15:00-18:00", "Dégustation gratuite de l'eau de la source pour les curistes munis de leur gobelet. Fermée hors saison thermale."),
("Casino du Parc", "casino", "4 avenue du Parc, " + C, "04 73 88 52 52", "contact@casinoduparc-aurele.fr", "https://www.casinoduparc-aurele.fr",
 "Mo-Th,Su 10:00-02:00; Fr,Sa 10:00-04:00", "Machines à sous, roulette électronique, restaurant Le Croupier, thés dansants le mercredi après-midi pendant la saison thermale. Pièce d'identité obligatoire, interdit aux mineurs."),
("Office de tourisme Terres de Combrelle – bureau de Saint-Aurèle", "office de tourisme", "place du Kiosque, " + C, "04 73 88 45 45",
 "info@terres-de-combrelle.fr", "https://www.terres-de-combrelle.fr",
 "Apr-Oct Mo-Sa 09:30-12:30,14:00-18:30; Apr-Oct Su 10:00-12:30; Nov-Mar Tu-Sa 10:00-12:00,14:00-17:00",
 "Hébergements, programme des animations, billetterie, topoguides de randonnée, disques de stationnement gratuits."),
("Médiathèque de la Source", "médiathèque", "6 rue Pasteur, " + C, "04 73 88 41 35", "mediatheque@saint-aurele-les-bains.fr", "",
 "Tu 16:00-18:30; We 10:00-12:00,14:00-18:00; Fr 16:00-18:30; Sa 10:00-12:30", "Médiathèque municipale : livres, presse, DVD, accès internet. Gratuite pour les habitants, carte curiste 5 € pour 3 semaines."),
("Déchèterie des Planches", "déchèterie", "route de Chaumeil, " + C, "04 73 88 61 10", "", "https://www.sictom-combrailles-sud.fr",
 "Apr-Oct Mo 14:00-18:00; Apr-Oct We-Sa 09:00-12:00,14:00-18:00; Nov-Mar We,Sa 09:00-12:00,13:30-17:00; PH off",
 "Déchèterie du SICTOM des Combrailles-Sud. Carte d'accès gratuite à demander en mairie."),
("Dr Anne Vigier", "médecin généraliste", "11 avenue de la Gare, " + C, "04 73 88 43 10", "", "",
 "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00", "Médecine générale, consultations sur rendez-vous (Doctolib) ; visites à domicile l'après-midi. La nuit et le week-end : appeler le 15."),
("Dr Paul Chassagne", "médecin thermal", "2 boulevard des Curistes, " + C, "04 73 88 47 62", "", "",
 "Apr-Oct Mo-Sa 07:30-12:30", "Médecin thermal : visite d'entrée, de mi-cure et de fin de cure des curistes. Présent pendant la saison thermale uniquement."),
("Pharmacie des Thermes", "pharmacie", "8 Grande Rue, " + C, "04 73 88 40 21", "", "",
 "Mo-Fr 08:45-12:30,14:00-19:15; Sa 08:45-12:30,14:00-18:00", "Pharmacie, orthopédie, location de matériel médical. Pharmacie de garde le dimanche : composer le 3237."),
("Cabinet de kinésithérapie du Parc", "kinésithérapeute", "5 rue du Casino, " + C, "04 73 88 46 80", "", "",
 "Mo-Fr 08:00-20:00", "Julien Roux et Marion Delcros, masseurs-kinésithérapeutes. Sur rendez-vous, soins au cabinet et à domicile."),
("Cabinet infirmier Besse et Teyssier", "infirmier", "3 place de la Fontaine, " + C, "04 73 88 44 09", "", "",
 "Mo-Sa 07:30-08:30", "Soins à domicile 7 jours sur 7 ; permanence au cabinet sans rendez-vous du lundi au samedi de 7 h 30 à 8 h 30."),
("Au Fournil des Sources", "boulangerie", "14 Grande Rue, " + C, "04 73 88 40 77", "", "",
 "Tu-Sa 06:30-13:00,15:30-19:30; Su 07:00-12:30", "Boulangerie-pâtisserie, pain au levain, fouace. Fermée le lundi."),
("Boulangerie Gidon", "boulangerie", "2 avenue de la Gare, " + C, "04 73 88 42 96", "", "",
 "Mo,We-Sa 07:00-12:30,15:00-19:00; Su 07:00-12:00", "Boulangerie, viennoiseries, pâtisseries. Fermée le mardi."),
("Boucherie-charcuterie Mercier", "boucherie", "10 Grande Rue, " + C, "04 73 88 40 58", "", "",
 "Tu-Sa 08:00-12:30,15:00-19:00; Su 08:00-12:00", "Viande d'Auvergne, charcuterie maison, plats à emporter."),
("Vival Saint-Aurèle", "épicerie", "1 rue Pasteur, " + C, "04 73 88 41 90", "", "",
 "Mo-Sa 08:00-12:30,15:00-19:30; Su 08:30-12:30", "Épicerie, dépôt de gaz, relais colis, retrait d'argent (point vert)."),
("Fromagerie du Puy", "fromagerie", "4 place des Marronniers, " + C, "04 73 88 45 12", "", "",
 "Tu-Sa 09:00-12:30,15:00-19:00", "Fromages d'Auvergne AOP (saint-nectaire fermier, fourme, cantal), vins."),
("Brasserie du Kiosque", "restaurant", "parc des Sources, " + C, "04 73 88 48 20", "", "",
 "Apr-Oct Mo-Su 12:00-14:00,19:00-21:30", "Brasserie et glacier en terrasse dans le parc, ouverte d'avril à octobre. Menu curiste à 17 €."),
("La Table de la Méjanne", "restaurant", "7 quai Saint-Roch, " + C, "04 73 88 47 15", "", "",
 "We-Su 12:00-13:45,19:15-21:00", "Cuisine auvergnate de saison, terrasse au bord de la rivière. Fermé lundi et mardi. Réservation conseillée."),
("Pizzeria Da Enzo", "restaurant", "9 avenue de la Gare, " + C, "04 73 88 49 02", "", "",
 "Tu-Su 18:30-22:00", "Pizzas au feu de bois sur place ou à emporter. Fermé le lundi."),
("Hôtel des Bains", "hôtel", "1 boulevard des Curistes, " + C, "04 73 88 40 10", "reservation@hoteldesbains-aurele.fr", "",
 "", "Hôtel 2 étoiles de 32 chambres face aux thermes, ouvert d'avril à octobre, forfaits cure 18 nuits."),
("Camping municipal des Sources", "camping", "route de la Méjanne, " + C, "04 73 88 49 90", "camping@saint-aurele-les-bains.fr", "",
 "Apr 01-Oct 31 Mo-Su 08:30-12:00,14:00-19:00", "Camping 2 étoiles, 64 emplacements au bord de la Méjanne, forfait curiste. Ouvert du 1er avril au 31 octobre."),
("Aire de camping-cars de la route du Mont", "aire de camping-cars", "route du Mont, " + C, "", "", "",
 "24/7", "12 places, 48 h maximum, 9 € les 24 h (eau, électricité, vidange compris), paiement par carte à la borne."),
("Garage Faure Automobiles", "garage", "route de Chaumeil, " + C, "04 73 88 43 55", "", "",
 "Mo-Fr 08:00-12:00,13:30-18:30; Sa 08:00-12:00", "Mécanique toutes marques, pneus, dépannage 7j/7 au 06 80 41 22 17."),
("Taxi des Sources", "taxi", "", "06 71 22 84 30", "", "",
 "", "Pierre Lamadon. Taxi conventionné CPAM (transport des curistes), navette gare de Clermont-Ferrand et aéroport, sur réservation."),
("Bureau de poste", "la poste", "3 avenue des Thermes, " + C, "36 31", "", "",
 "Mo-Fr 09:00-12:00,14:00-16:30; Sa 09:00-12:00", "Courrier, colis, services bancaires de la Banque postale."),
("Crédit Agricole – agence de Saint-Aurèle", "banque", "5 Grande Rue, " + C, "04 73 88 40 30", "", "",
 "Tu-Fr 09:00-12:15,14:00-18:00; Sa 09:00-12:30", "Agence bancaire, distributeur de billets accessible 24 h/24."),
("École publique des Sources", "école", "7 rue des Écoles, " + C, "04 73 88 42 15", "ecole.sources@ac-clermont.fr", "",
 "", "École maternelle et élémentaire, 5 classes. Directrice : Mme Laure Fabre. Pas de classe le mercredi."),
("Micro-crèche Les Petits Curieux", "crèche", "9 rue des Écoles, " + C, "04 73 88 46 33", "", "",
 "Mo-Fr 07:30-18:30", "10 places pour les enfants de 10 semaines à 4 ans."),
("Salle polyvalente des Sources", "salle des fêtes", "12 rue du Foirail, " + C, "04 73 88 41 20", "", "",
 "", "Salle de 180 places avec cuisine. Réservation à la mairie."),
("Comité des fêtes de Saint-Aurèle", "association", "12 rue Pasteur, " + C, "06 82 14 55 70", "comite.fetes.saintaurele@gmail.com", "",
 "", "Président : Gilles Pradier. Organise la fête des thermes (les Aurélies), le Corso fleuri de septembre et la brocante du 15 août."),
("Harmonie municipale de Saint-Aurèle", "association musicale", "", "06 43 27 91 08", "harmonie.aurele@orange.fr", "",
 "", "Présidente : Colette Bravard. Concerts au kiosque du parc des Sources les vendredis de juillet et d'août ; répétitions le lundi à 20 h 30 ; école de musique."),
("Union sportive Saint-Aurèle", "association sportive", "stade de la Prade, " + C, "06 74 05 63 21", "us.saintaurele@gmail.com", "",
 "", "Club de football (seniors et jeunes à partir de 5 ans). Président : Karim Benali. Entraînements des jeunes le mercredi à 14 h."),
("Les Randonneurs de la Combrelle", "association de randonnée", "", "06 30 58 72 44", "randocombrelle@gmail.com", "",
 "", "Président : Michel Grangeon. Sorties le mardi après-midi et le samedi matin ; curistes bienvenus (licence découverte 5 €)."),
("Club des aînés Les Sources d'Argent", "association", "salle polyvalente des Sources, 12 rue du Foirail, " + C, "04 73 88 44 71", "", "",
 "Th 14:00-18:00", "Présidente : Yvette Raynaud. Belote, scrabble et goûter le jeudi après-midi."),
("Amicale des sapeurs-pompiers de Saint-Aurèle", "association", "centre d'incendie et de secours, route du Mont, " + C, "", "amicale.sp.aurele@gmail.com", "",
 "", "Amicale des pompiers volontaires du centre de secours. En cas d'urgence, appeler le 18 ou le 112."),
("Cycles Combrelle", "location de vélos", "6 avenue de la Gare, " + C, "06 88 12 40 57", "", "",
 "Apr-Oct Tu-Sa 09:00-12:00,14:00-18:30", "Location de vélos à assistance électrique (25 € la journée), réparation."),
("L'Atelier d'Émilie", "coiffeur", "16 Grande Rue, " + C, "04 73 88 46 02", "", "",
 "Tu-Fr 09:00-12:00,14:00-19:00; Sa 08:30-16:00", "Coiffure femmes, hommes, enfants, sur rendez-vous."),
("Église Saint-Aurèle", "lieu de culte", "place de l'Église, " + C, "", "", "",
 "", "Église romane du XIIe siècle. Messe le dimanche à 10 h 30 d'avril à octobre, un dimanche sur deux en hiver (paroisse Saint-Roch-en-Combrelle)."),
]

def main():
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"])
        for r in A:
            w.writerow(r)
    print(len(A), "acteurs ->", OUT)

if __name__ == "__main__":
    main()
