"""The mairie itself: opening hours on a given day, « est-ce ouvert maintenant », and how to reach it."""

from __future__ import annotations

import re
from datetime import timedelta

from bot import hours
from bot.answers.base import Answer, Ask
from bot.answers.fallback import contacts_lines, not_known
from bot.french import format_date
from bot.query import STOP, fold

NOW_WORDS = (
    "maintenant",
    "en ce moment",
    "actuellement",
    "tout de suite",
    "encore ouvert",
    "deja ferme",
    "ouvert la",
    "ouverte la",
    "la tout de suite",
    "a cette heure",
    "ce moment",
)
OPEN_NOW = re.compile(r"\b(ouverte?s?|fermee?s?)\b")
# « ouvert quand ? », « horaires »: the resident wants the schedule, not just this minute's state.
SCHEDULE = re.compile(r"\b(quand|horaires?|heures?|jours?|ouverture|fermeture)\b")


def asks_now(text: str) -> bool:
    folded = f" {fold(text)} "
    return any(f" {w}" in folded for w in NOW_WORDS)


def asks_open_now(text: str, day, today) -> bool:
    """« c'est ouvert ? », « encore ouverte ? »: a question about this very moment."""
    if asks_now(text):
        return day is None or day == today
    folded = fold(text)
    return day is None and bool(OPEN_NOW.search(folded)) and not SCHEDULE.search(folded)


def asked_day(ask: Ask):
    """The day a question is about, from its entities or from the previous turn."""
    day = ask.first("date")
    if day is None:
        span = ask.first("date_range")
        if span:
            day = span[0]
    return day


HOURS_SOURCE = "Source : horaires publiés par la mairie (jours fériés compris)."


OTHER_MAIRIE = re.compile(r"\bmairie (?:de |d'|d )([a-z][a-z' -]*)")
OUR_OWN = {"la", "ma", "mon", "notre", "votre", "ce", "cette", "chez", "ici", "l", "le"}
# Words that end a town's name in « la mairie de X est ouverte samedi ? »: asking, when, what about.
NOT_A_TOWN = STOP | set(
    """
    ouvert ouverte ouverts ouvre ferme fermee aujourdhui matin soir apres midi cest numero num tel telephone
    horaires horaire adresse mail email
    """.split()
)


def other_town(ask: Ask) -> str | None:
    """« la mairie de Villefranche »: the town named, when it is not this commune."""
    folded = fold(ask.text)
    found = OTHER_MAIRIE.search(folded)
    if found is None:
        return None
    words = found.group(1).replace("'", " ").split()
    # The resident's own spelling (« Mâcon »), when folding kept the offsets.
    typed = ask.text[found.start(1):found.end(1)].replace("'", " ").split()
    shown = typed if len(folded) == len(ask.text) and len(typed) == len(words) else None
    ours = set(fold(ask.commune.nom).replace("-", " ").replace("'", " ").split())
    if not words or words[0] in OUR_OWN or words[0].split("-")[0] in ours:
        return None
    name = []
    for i, word in enumerate(words[:3]):
        if word in NOT_A_TOWN:
            break
        name.append(shown[i] if shown else word.title())
    return " ".join(name) or None


def another_mairie(ask: Ask) -> Answer | None:
    """Another town's mairie: its directory entry if the commune lists it, else say we only know ours."""
    town = other_town(ask)
    if town is None:
        return None
    from bot.answers import annuaire  # the directory lists neighbouring services (« mairie de … »)

    listed = annuaire.answer(ask)
    if not listed.fallback and fold(town.split()[0]) in fold(listed.text):
        return listed
    return not_known(
        ask.commune, f"la mairie de « {town} » : je ne renseigne que sur {ask.commune.nom}", final=True
    )


def opening_hours(ask: Ask) -> Answer:
    commune = ask.commune
    elsewhere = another_mairie(ask)
    if elsewhere is not None:
        return elsewhere
    expr = commune.horaires
    if not expr:
        return not_known(commune, "les horaires d'ouverture de la mairie")
    day = asked_day(ask)
    source = [commune.source]
    try:
        if asks_open_now(ask.text, day, ask.today):
            text = f"La mairie est {hours.status_sentence(expr, ask.now, feminine=True)}.\n{HOURS_SOURCE}"
            return Answer(text=text, sources=source)
        if day is not None:
            text = f"Le {format_date(day)}, la mairie est {_day_phrase(expr, day)}.\n{HOURS_SOURCE}"
            return Answer(text=text, sources=source, remember={"date": day.isoformat()})
        start = ask.today - timedelta(days=ask.today.weekday())
        lines = ["Horaires d'ouverture de la mairie cette semaine :"]
        for d, description in hours.describe_week(expr, start, feminine=True):
            lines.append(f"– {format_date(d, year=False)} : {description}")
        lines.append(HOURS_SOURCE)
        return Answer(text="\n".join(lines), sources=source)
    except hours.HoursError:
        return not_known(commune, "les horaires d'ouverture de la mairie")


def _day_phrase(expr: str, day) -> str:
    description = hours.describe_day(expr, day, feminine=True)
    return description if description.startswith("fermée") else f"ouverte {description}"


def contact(ask: Ask) -> Answer:
    commune = ask.commune
    elsewhere = another_mairie(ask)
    if elsewhere is not None:
        return elsewhere
    lines = ["Pour joindre la mairie :", *contacts_lines(commune)[1:]]
    if commune.site_web:
        lines.append(f"Site internet : {commune.site_web}")
    if commune.maire:
        lines.append(f"Maire : {commune.maire}")
    lines.append("Source : coordonnées publiées par la mairie.")
    return Answer(text="\n".join(lines), sources=[commune.source])
