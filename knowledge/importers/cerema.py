"""CEREMA « arrêtés permanents de circulation pour le transport de marchandises » CSV.

One CSV row is one regulated stretch of road; the rows of one arrêté share its reference (ARR_REF),
else its URL, else its date and object (FORMATS.md §3). An arrêté published without a reference (`NC`)
is stored under a stable internal key (arretes.unnumbered), never shown as a number.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from ..textnorm import fold, numero_key
from .arretes import NO_NUMBER, make_record, store, unnumbered
from .base import Context, ImportReport, check_columns, collect
from .csvread import FieldError, parse_date, read_csv

REQUIRED = ["id", "arr_date", "emprise_designation"]
__all__ = ["NO_NUMBER", "import_file", "describe_rule"]
KNOWN = [
    "coll_nom",
    "coll_insee",
    "arr_ref",
    "arr_objet",
    "arr_considerant",
    "arr_url",
    "regl_article",
    "regl_sous_article",
    "regl_contexte",
    "regl_modalite",
    "veh_types",
    "veh_tonnage_modalite",
    "veh_tonnage",
    "veh_usages",
    "sauf_veh_usages",
    "veh_long",
    "veh_larg",
    "veh_haut",
    "veh_motors",
    "veh_cqas",
    "periode_jh",
    "periode_debut",
    "periode_fin",
    "emprise_zone",
    "emprise_debut",
    "emprise_fin",
    "emprise_sens",
    "interv_duree",
    "interv_hmax",
    "geom_wkt",
    "geom_debut",
    "geom_fin",
    "geom_source",
]


def describe_rule(row: dict[str, str | None]) -> str:
    """One row's rule in plain French (« Circulation interdite : poids lourds de plus de 19 t »)."""
    modalite = fold(row.get("regl_modalite") or "")
    verb = (
        "interdite"
        if modalite.startswith("interdi")
        else "autorisée"
        if modalite.startswith("autori")
        else ""
    )
    parts = [f"Circulation {verb}".strip()]
    what: list[str] = []
    if row.get("veh_types"):
        what.append(row["veh_types"].replace("|", ", ").lower())
    if row.get("veh_tonnage"):
        what.append(f"de plus de {row['veh_tonnage']} t")
    if row.get("veh_usages"):
        what.append("usage : " + row["veh_usages"].replace("|", ", ").lower())
    if row.get("sauf_veh_usages"):
        what.append("sauf " + row["sauf_veh_usages"].replace("|", ", ").lower())
    text = parts[0] + (" : " + " ".join(what) if what else "")
    if row.get("periode_jh"):
        text += f" ({french_hours(row['periode_jh'])})"
    return f"{text} — {stretch(row)}."


_DAYS = {
    "mo": "lundi",
    "tu": "mardi",
    "we": "mercredi",
    "th": "jeudi",
    "fr": "vendredi",
    "sa": "samedi",
    "su": "dimanche",
    "ph": "les jours fériés",
}
_HOURS_RULE = re.compile(
    r"^(?P<days>(?:mo|tu|we|th|fr|sa|su|ph)(?:\s*[-,]\s*(?:mo|tu|we|th|fr|sa|su|ph))*)?\s*"
    r"(?P<times>\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}(?:\s*,\s*\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2})*)$"
)


def french_hours(expr: str) -> str:
    """CEREMA's PERIODE_JH (OpenStreetMap `opening_hours` syntax: « Mo-Su 05:00-10:00 ») as a resident reads
    it (« tous les jours de 5 h à 10 h »); a form this does not know is shown as written."""
    parts = []
    for rule in (r.strip() for r in expr.split(";")):
        m = _HOURS_RULE.match(rule.lower()) if rule else None
        if m is None:
            return f"horaires : {expr}"
        parts.append(f"{_french_days(m.group('days'))}{_french_times(m.group('times'))}".strip())
    return " ; ".join(parts)


def _french_days(days: str | None) -> str:
    if not days or days.replace(" ", "") == "mo-su":
        return "tous les jours "
    out = []
    for item in (d.strip() for d in days.split(",")):
        if "-" in item:
            first, last = (x.strip() for x in item.split("-"))
            out.append(f"du {_DAYS[first]} au {_DAYS[last]}")
        else:
            out.append(_DAYS[item] if item == "ph" else f"le {_DAYS[item]}")
    return " et ".join(out) + " "


def _clock(value: str) -> str:
    hours, minutes = value.strip().split(":")
    return f"{int(hours)} h" + (f" {minutes}" if minutes != "00" else "")


def _french_times(times: str) -> str:
    spans = [[x.strip() for x in t.split("-")] for t in times.split(",")]
    if spans == [["00:00", "24:00"]]:
        return "toute la journée"
    return " et ".join(f"de {_clock(a)} à {_clock(b)}" for a, b in spans)


def stretch(row: dict[str, str | None]) -> str:
    """The road a row regulates, and the part of it when given (« Route de Cagnes (de … à …) »)."""
    where = row.get("emprise_designation") or ""
    if row.get("emprise_debut") and row.get("emprise_fin"):
        where += f" (de {row['emprise_debut']} à {row['emprise_fin']})"
    return where


def _parse(row: dict[str, str | None]) -> dict[str, Any]:
    signed = parse_date(row.get("arr_date"), "ARR_DATE")
    if signed is None:
        raise FieldError("ARR_DATE", None, "date manquante")
    lieu = row.get("emprise_designation")
    if not lieu:
        raise FieldError("EMPRISE_DESIGNATION", None, "voie ou zone manquante")
    ref, url, objet = row.get("arr_ref"), row.get("arr_url"), row.get("arr_objet")
    rule = describe_rule(row)
    text = " ".join(x for x in (row.get("arr_considerant"), rule, row.get("regl_contexte")) if x)
    if ref:
        group = "ref:" + numero_key(ref)
    elif url:
        group = "url:" + url
    else:
        group = f"date:{signed.isoformat()}:{fold(objet or '')}"
    return {
        "ref": ref,
        "signed": signed,
        "objet": objet,
        "rule": rule.split(" — ")[0],
        "stretch": stretch(row),
        "lieu": lieu,
        "text": text,
        "url": url,
        "coll_nom": row.get("coll_nom"),
        "insee": row.get("coll_insee"),
        "group": group,
        "debut": parse_date(row.get("periode_debut"), "PERIODE_DEBUT"),
        "fin": parse_date(row.get("periode_fin"), "PERIODE_FIN"),
        "row_id": row.get("id"),
    }


def _arrete(items: list[dict[str, Any]]) -> dict[str, Any]:
    """One arrêté from its rows: every place, every rule; its object, else each rule with its roads.

    « rule — roads » clauses, one per rule, so that an answer about one road can keep only its own
    clause (19 t on one road is not 26 t on another). The key of an unnumbered arrêté still digests the
    rules alone, as since its first import, so re-importing the file finds the same arrêté.
    """
    first = items[0]
    signed = max(it["signed"] for it in items)
    rules: dict[str, list[str]] = {}
    for it in items:
        roads = rules.setdefault(it["rule"], [])
        if it["stretch"] not in roads:
            roads.append(it["stretch"])
    objet = first["objet"] or " ; ".join(f"{rule} — {', '.join(roads)}" for rule, roads in rules.items())
    basis = first["objet"] or " ; ".join(rules)
    numero = first["ref"] or unnumbered(signed, first["url"] or basis, first["insee"])
    return make_record(
        numero=numero,
        signed=signed,
        kind="permanent",
        objet=objet,
        debut=first["debut"],
        matiere_code="6.1",
        matiere="Police municipale (circulation)",
        lieux=list(dict.fromkeys(it["lieu"] for it in items)),
        url=first["url"],
        text="\n".join(dict.fromkeys(it["text"] for it in items)),
        coll_nom=first["coll_nom"],
        origin="cerema",
    )


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    table = read_csv(path, data)
    report.warnings.extend(table.warnings)
    check_columns(table, report, REQUIRED, KNOWN)
    rows = collect(table, report, ctx, _parse, lambda r: str(r["row_id"]), key_label="ID")
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(r["group"], []).append(r)
    store(conn, report, [_arrete(items) for items in groups.values()], Path(path).name)
