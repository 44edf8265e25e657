"""Jinja2 environment and the French formats every page uses (dates, numbers, money, percentages)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2

from bot.french import format_date, format_money, format_number, plural

TEMPLATES = Path(__file__).resolve().parent / "templates"
PARIS = ZoneInfo("Europe/Paris")


REASONS = {
    "fallback": "le bot ne savait pas",
    "avis négatif": "avis négatif d'un habitant",
    "erreur technique": "panne du bot",
}


def local(dt: datetime) -> datetime:
    """Stored times are UTC; a mairie reads Paris time."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(PARIS)


def date_fr(value: date | datetime | str | None, weekday: bool = True) -> str:
    """« mercredi 18 juin 2025 »."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    if isinstance(value, datetime):
        value = local(value).date()
    return format_date(value, weekday=weekday)


def datetime_fr(value: datetime | str | None) -> str:
    """« mercredi 18 juin 2025 à 9 h 05 »."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    value = local(value)
    return f"{format_date(value.date())} à {value.hour} h {value.minute:02d}"


def number_fr(value: int | float | Decimal | None, decimals: int = 0) -> str:
    return "—" if value is None else format_number(value, decimals)


def money_fr(value: int | float | Decimal | None) -> str:
    return "—" if value is None else format_money(value)


def pct_fr(value: float | None, decimals: int = 1) -> str:
    """0.995 → « 99,5 % » (with a no-break space, as French typography wants)."""
    if value is None:
        return "—"
    return f"{format_number(value * 100, decimals)}\u00a0%"


def pretty_json(value: object) -> str:
    """Before/after values of the audit log as « clé : valeur » lines, readable by a non-developer."""
    if isinstance(value, dict):
        return "\n".join(f"{k} : {_plain(v)}" for k, v in value.items())
    return _plain(value)


def _plain(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list):
        return " | ".join(_plain(v) for v in value) or "—"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def make_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    from bot.answers import LABELS
    from bot.engine import INTENT_LABELS

    labels = {
        **INTENT_LABELS,
        **LABELS,
        "greet": "Salutations",
        "thanks": "Remerciements",
        "goodbye": "Au revoir",
        "out_of_scope": "Hors sujet",
    }
    env.globals["intent_label"] = lambda intent: (
        f"{labels[intent]} ({intent})" if intent in labels else intent
    )
    env.globals["reason_label"] = lambda reason: REASONS.get(reason, reason)
    env.filters.update(
        pretty=pretty_json,
        date_fr=date_fr,
        datetime_fr=datetime_fr,
        number=number_fr,
        money=money_fr,
        pct=pct_fr,
        plural=lambda n, singular, plural_form=None: plural(n, singular, plural_form),
    )
    return env
