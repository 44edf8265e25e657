"""Write the national chart of accounts' chapters and accounts as two small CSV files.

Source: the official M57 plan de comptes XML (DGFiP/DGCL nomenclature, as republished by the
`megalis-bretagne/yatotem2scdl` project; a copy is in ../shared/data/real/nomenclature-m57/). Run again
when a new exercise's nomenclature is published:

    python knowledge/data/nomenclature/build.py planDeCompte_M57_A_2024.xml
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent


def main(xml_path: str) -> None:
    root = ET.parse(xml_path).getroot()
    norme = f"{root.get('Norme')} {root.get('Declinaison')} {root.get('Exer')}"
    with (HERE / "m57_chapitres.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["code", "libelle", "section"])
        for c in root.iter("Chapitre"):
            out.writerow([c.get("Code"), c.get("Libelle"), c.get("Section")])
    with (HERE / "m57_comptes.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["code", "libelle", "chapitre_depense", "chapitre_recette"])
        for c in root.iter("Compte"):
            out.writerow([c.get("Code"), c.get("Libelle"), c.get("DR") or "", c.get("RR") or ""])
    (HERE / "SOURCE").write_text(f"{norme}, from {Path(xml_path).name}\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
