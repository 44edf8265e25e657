"""The commune's profile: the mairie's hours on a given day or right now, its contacts, and the facts a
resident asks about the commune (maire, population, code postal, code INSEE).

A fact the profile does not hold is said to be unpublished, with the contacts that are.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import french
import french.elsewhere
from bot import hours
from bot.answers.base import WH_CUES, Answer, Ask, labelled
from bot.answers.fallback import contacts_lines
from bot.french import format_date, format_number
from french import schedule

HOURS_SOURCE = "Source : horaires publiés par la mairie (jours fériés compris)."
PROFILE_SOURCE = "Source : profil de la commune publié par la mairie."


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def asked_day(ask: Ask):
    """The day a question is about, from its entities."""
    day = ask.first("date")
    if day is None:
        span = ask.first("date_range")
        if span:
            day = span[0]
    return day


def asks_open_now(ask: Ask, day) -> bool:
    """« c'est ouvert ? », « encore ouverte ? »: a question about this very moment."""
    if "now" in ask.cues:
        return day is None or day == ask.today
    return day is None and bool({"opened", "closure"} & ask.cues) and "schedule" not in ask.cues


def asks_whether_open(ask: Ask) -> bool:
    """« La boulangerie est ouverte le lundi ? », « je peux passer à la mairie ce matin ? »: a yes/no
    question on opening (of a place's hours, « may I come » asks « is it open »), not « jusqu'à quand ».
    Written as a text message (« dechetterie ouverte ce dimanche matin »), « ouverte » or « fermée » asks
    it without a question mark; « horaires d'ouverture » does not."""
    wh = WH_CUES & ask.cues
    stated = bool({"opened", "closure"} & ask.cues) and "schedule" not in ask.cues
    return (
        not wh
        and ("yes_no" in ask.cues or "?" in ask.text or stated)
        and bool({"opened", "closure", "permission"} & ask.cues)
    )


# The afternoon of opening hours starts after lunch: a pool open on Sunday from 9 h to 13 h is not open
# « dimanche après-midi ».
DAY_PARTS = {"morning": (time(0, 0), time(12, 0)), "afternoon": (time(13, 0), time(18, 0))}
DAY_PARTS["evening"] = (time(18, 0), time(23, 59))
# Open « in the afternoon » means open for a real part of it: a shop closing at 13 h 30 is not.
MIN_OVERLAP = timedelta(hours=1)


def day_part(ask: Ask) -> tuple[time, time] | None:
    """« cet après-midi », « le lundi soir »: the hours a question is about, when it names a part of day."""
    return next((span for name, span in DAY_PARTS.items() if name in ask.cues), None)


def group_asked(ask: Ask, day) -> list:
    """The coming week's days of « en semaine », « le week-end » when no day or hour is asked besides."""
    if day is not None or ask.first("time") is not None:
        return []
    weekdays = schedule.day_group(ask.text)
    return [d for d in (ask.today + timedelta(days=n) for n in range(7)) if d.weekday() in weekdays]


def open_verdict(ask: Ask, expr: str, day, *, asked: bool | None = None) -> str | None:
    """« Oui » / « Non » for a yes/no question on opening, asked as « ouvert ? » or as « fermé ? »
    (`asked`: whether the question is one, when the caller reads more forms than asks_whether_open)."""
    if not (asks_whether_open(ask) if asked is None else asked):
        return None
    at_time = ask.first("time")
    part = day_part(ask)
    group = group_asked(ask, day)
    if group:
        is_open = any(hours.intervals_on(expr, d) for d in group)
    elif at_time is not None:
        is_open = hours.is_open(expr, datetime.combine(day or ask.today, at_time))
    elif part is not None:
        is_open = open_during(hours.intervals_on(expr, day or ask.today), part)
    elif asks_open_now(ask, day):
        is_open = hours.is_open(expr, ask.now)
    else:
        is_open = bool(hours.intervals_on(expr, day or ask.today))
    asked_closed = "closure" in ask.cues and "opened" not in ask.cues
    return "Oui" if is_open != asked_closed else "Non"


def open_during(spans: list[tuple[time, time]], part: tuple[time, time]) -> bool:
    """Whether the openings cover at least MIN_OVERLAP of the part of day (the mairie's, a fiche's)."""
    return any(overlap(a, b, *part) >= MIN_OVERLAP for a, b in spans)


def overlap(a: time, b: time, start: time, end: time) -> timedelta:
    """How long the opening a–b falls within the part of day start–end."""
    day = date.min
    lo, hi = max(a, start), min(b, end)
    return max(timedelta(0), datetime.combine(day, hi) - datetime.combine(day, lo))


def _day_phrase(expr: str, day) -> str:
    description = hours.describe_day(expr, day, feminine=True)
    return description if description.startswith("fermée") else f"ouverte {description}"


def opening_hours(ask: Ask) -> Answer:
    commune = ask.commune
    expr = commune.horaires
    if not expr:
        return unpublished(ask, "ses horaires d'ouverture")
    day = asked_day(ask)
    source = [commune.source]
    try:
        verdict = open_verdict(ask, expr, day)
        lead = f"{verdict} : " if verdict else ""
        if asks_open_now(ask, day):
            state = hours.status_sentence(expr, ask.now, feminine=True)
            text = f"{lead}la mairie est {state}.\n{HOURS_SOURCE}"
            return Answer(text=capitalised(text), sources=source)
        if day is not None:
            text = f"{lead}le {format_date(day)}, la mairie est {_day_phrase(expr, day)}.\n{HOURS_SOURCE}"
            return Answer(text=capitalised(text), sources=source, remember={"date": day.isoformat()})
        # the seven days from today: asked on a Sunday, the week past is no use
        lines = ["Horaires d'ouverture de la mairie pour les sept jours à venir :"]
        for d, description in hours.describe_week(expr, ask.today, feminine=True):
            lines.append(f"– {format_date(d, year=False)} : {description}")
        lines.append(HOURS_SOURCE)
        return Answer(text="\n".join(lines), sources=source)
    except hours.HoursError:
        return Answer(text=f"Horaires publiés par la mairie : « {expr} ».\n{HOURS_SOURCE}", sources=source)


def contact(ask: Ask) -> Answer:
    commune = ask.commune
    lines = ["Pour joindre la mairie :", *contacts_lines(commune)[1:]]
    if commune.site_web and commune.telephone:
        lines.append(f"Site internet : {commune.site_web}")
    if commune.maire:
        lines.append(f"Maire : {commune.maire}")
    lines.append("Source : coordonnées publiées par la mairie.")
    return Answer(text="\n".join(lines), sources=[commune.source])


def unpublished(ask: Ask, what: str) -> Answer:
    """« La mairie n'a pas publié son courriel » and what it did publish: never an empty template."""
    commune = ask.commune
    lines = [f"La mairie {french.de(commune.nom)} n'a pas publié {what}.", "Pour la joindre :"]
    lines += contacts_lines(commune)[1:]
    return Answer(text="\n".join(lines), sources=[commune.source], fallback=True, feedback=False)


# What each fact is called when it is missing (« n'a pas publié … »), and how it is said when present.
MISSING = {
    "telephone": "de numéro de téléphone",
    "email": "d'adresse électronique",
    "adresse": "son adresse",
    "maire": "le nom du maire",
    "population": "le nombre d'habitants",
    "code_postal": "son code postal",
    "code_insee": "son code INSEE",
    "site_web": "de site internet",
}


def _said(fact, commune) -> str:
    value = fact.value
    nom = commune.nom
    return {
        "telephone": f"Téléphone de la mairie {french.de(nom)} : {value}.",
        "email": f"Courriel de la mairie {french.de(nom)} : {value}.",
        "adresse": f"Adresse de la mairie {french.de(nom)} : {value}.",
        "maire": f"Le maire {french.de(nom)} est {value}.",
        "population": f"{nom} compte {format_number(value) if isinstance(value, int) else value} habitants.",
        "code_postal": f"Le code postal {french.de(nom)} est {value}.",
        "code_insee": f"Le code INSEE (code officiel géographique) {french.de(nom)} est {value}.",
        "site_web": f"Site internet de la commune {french.de(nom)} : {value}.",
    }[fact.name]


def _fact_asked(ask: Ask, fact):
    """The profile's fact a question asks for when its words only say « la mairie »: « où » is its
    address, « ouvert ? » its hours."""
    from knowledge.kinds import ProfileFact, postcode  # noqa: F401

    commune = ask.commune
    # « je peux passer à la mairie jeudi après-midi ? » asks whether it is open then, whatever fact the
    # words « passer », « appeler » brought first.
    moment = asked_day(ask) or ask.first("time") or day_part(ask) or "now" in ask.cues
    if fact.name != "horaires" and moment and asks_whether_open(ask) and "asks_where" not in ask.cues:
        return ProfileFact("horaires", "horaires d'ouverture de la mairie", commune.horaires, commune)
    # « qui est maire en ce moment ? » asks who: « en ce moment » does not make it a question on the hours
    if fact.name in {"adresse", "contact"} or {"asks_who", "asks_how_much"} & ask.cues or not (
        {"asks_where"} & ask.cues or {"opened", "now", "schedule"} & ask.cues
    ):
        return fact
    if "asks_where" in ask.cues:
        return ProfileFact("adresse", "adresse de la mairie", commune.adresse, commune)
    return ProfileFact("horaires", "horaires d'ouverture de la mairie", commune.horaires, commune)


def elsewhere(ask: Ask, other: str) -> Answer:
    """« la mairie de Mâcon ? »: this commune's facts are not Mâcon's — the directory's entry for that
    mairie when the commune lists it, else say so, and where to look."""
    from bot.answers import annuaire

    for r in ask.ranked:
        listed = r.doc.kind == "acteur" and french.elsewhere.other_commune(r.doc.title, ask.commune.nom)
        if listed and french.elsewhere.same_commune(listed, other):
            return annuaire.compose(replace(ask, chosen=r))
    commune = ask.commune
    lines = [
        f"Je ne renseigne que sur {commune.nom} : je n'ai pas d'information sur {other}.",
        "L'annuaire de l'administration, sur service-public.fr, donne les coordonnées et les horaires de "
        "chaque mairie.",
        *contacts_lines(commune),
    ]
    return Answer(text="\n".join(lines), sources=[commune.source], fallback=True, feedback=False)


def compose(ask: Ask) -> Answer:
    other = french.elsewhere.other_commune(ask.text, ask.commune.nom)
    if other:
        return elsewhere(ask, other)
    fact = _fact_asked(ask, ask.chosen.doc.record)
    if fact.name == "horaires":
        return opening_hours(ask)
    if fact.name == "contact":
        return contact(ask)
    if fact.value in (None, ""):
        return unpublished(ask, MISSING[fact.name])
    lines = [_said(fact, ask.commune)]
    if fact.name in {"telephone", "email", "adresse"}:
        others = labelled(
            *(
                (label, value)
                for name, label, value in (
                    ("telephone", "Téléphone", ask.commune.telephone),
                    ("email", "Courriel", ask.commune.email),
                    ("adresse", "Adresse", ask.commune.adresse),
                )
                if name != fact.name
            )
        )
        lines += others
    lines.append(PROFILE_SOURCE)
    return Answer(text="\n".join(lines), sources=[ask.commune.source])
