"""Which format a file is in: from its extension and content (YAML, PDF, XML root) or its CSV header."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from . import plancomptes, totem
from .csvread import FileRejected, decode, norm_header, sniff_separator
from .xmlread import declares_xml, root_of

KINDS = (
    "profile",
    "fiches",
    "arretes",
    "cerema",
    "arretes_pdf",
    "deliberations",
    "budget",
    "totem",
    "nomenclature",
    "annuaire",
    "equipements",
    "osm",
    "inbox",
    "unanswered",
    "vocabulaire",
)
LABELS = {
    "profile": "profil de la commune",
    "fiches": "fiches pratiques",
    "arretes": "arrêtés",
    "cerema": "arrêtés de circulation (CEREMA)",
    "arretes_pdf": "arrêté PDF",
    "deliberations": "délibérations",
    "budget": "budget",
    "totem": "budget (XML TOTEM)",
    "nomenclature": "plan de comptes",
    "annuaire": "annuaire",
    "equipements": "équipements publics",
    "osm": "annuaire OpenStreetMap",
    "inbox": "signalements et demandes des habitants",
    "unanswered": "questions sans réponse",
    "vocabulaire": "vocabulaire de la commune",
}


def kind_from_header(keys: set[str]) -> str | None:
    if "bgt_natdec" in keys or "bgt_nature" in keys:
        return "budget"
    if "delib_id" in keys:
        return "deliberations"
    if "arr_id" in keys:
        return "arretes"
    if "regl_modalite" in keys or ("arr_ref" in keys and "emprise_designation" in keys):
        return "cerema"
    if "equip_nom" in keys or "equip_uid" in keys:
        return "equipements"
    if "osm_id" in keys or {"name", "type", "opening_hours"} <= keys:
        return "osm"
    if {"reference", "statut", "message"} <= keys:
        return "inbox"
    if {"posee_le", "motif", "question"} <= keys:
        return "unanswered"
    if "question" in keys and ("reponse" in keys or "variantes" in keys):
        return "fiches"
    if "nom" in keys and "categorie" in keys:
        return "annuaire"
    return None


def kind_from_xml(data: bytes) -> str | None:
    """TOTEM budget or plan de comptes, told by the root element; any other XML is refused with its name."""
    root = root_of(data)
    if root is None:
        if declares_xml(data):
            raise FileRejected(
                "fichier XML illisible ou tronqué avant son premier élément : récupérez le fichier complet "
                "auprès du logiciel qui l'a produit. Rien n'a été importé."
            )
        return None
    namespace, name, attrib = root
    if totem.is_totem(namespace, name):
        return "totem"
    if plancomptes.is_chart(name, attrib):
        return "nomenclature"
    if name == "CompteFinancierUnique":
        raise FileRejected(
            "c'est un compte financier unique au format XML, que Clocher ne lit pas encore : importez sa "
            "version CSV (SCDL budget), que publient data.gouv.fr et les plateformes régionales."
        )
    raise FileRejected(
        f"fichier XML non reconnu (élément racine « {name} ») : Clocher lit les budgets TOTEM "
        "(DocumentBudgetaire) et les plans de comptes (Nomenclature)."
    )


def detect(path: str | Path, data: bytes) -> str:
    """The file's kind, or FileRejected with what was seen and the --format hint."""
    suffix = Path(path).suffix.lower()
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return "arretes_pdf"
    if suffix in {".yml", ".yaml"}:
        return "profile"
    if suffix == ".txt" and Path(path).name.lower().startswith("vocabulaire"):
        return "vocabulaire"
    if not data.strip():
        raise FileRejected("le fichier est vide.")
    xml_kind = kind_from_xml(data)
    if xml_kind:
        return xml_kind
    text = decode(data[:200_000], str(path), prefix=len(data) > 200_000).text
    first = next((line for line in text.splitlines() if line.strip()), "")
    header = next(csv.reader(io.StringIO(first), delimiter=sniff_separator(first)), [])
    kind = kind_from_header({norm_header(h) for h in header})
    if kind:
        return kind
    if first.lstrip().startswith(("nom:", "code_insee:")):
        return "profile"
    shown = ", ".join(h.strip() for h in header[:8]) or first[:60]
    raise FileRejected(
        f"type de fichier non reconnu (en-tête : {shown}). Précisez-le avec --format ({', '.join(KINDS)})."
    )
