"""Arrêtés municipaux: what applies to a street on a date, what arrêté n° X says, and standing rules."""

from __future__ import annotations

import re
from datetime import date, timedelta

import knowledge
from bot.answers.base import Answer, Ask
from bot.answers.fallback import not_known
from bot.french import format_date, plural
from bot.query import STOP, fold, matched_words, overlap

MAX_LISTED = 5
PLACE = re.compile(
    r"\b(rue|avenue|av|bd|boulevard|place|pl|chemin|impasse|imp|route|rte|all[ée]e|quai|square|"
    r"lotissement|hameau|cours|sentier|passage|parking|parc|pont|lieu-dit)\.?\s+"
    r"((?:de la |de l'|du |des |de |d'|la |le |l')?[\wÀ-ÿ'-]+(?: [\wÀ-ÿ'-]+)?)",
    re.IGNORECASE,
)
# Words that end a place's name in a question (« rue de la gare demain »): asking, when, what happens.
NOT_A_PLACE = STOP | {
    "aujourdhui", "matin", "midi", "soir", "ya", "travaux", "ferme", "fermee", "bloque", "bloquee"
}
# Words that say « arrêté » or « when », not what the arrêté is about.
GENERIC = {
    "arrete",
    "arretes",
    "arrêté",
    "arrêtés",
    "municipal",
    "municipaux",
    "maire",
    "rue",
    "route",
    "place",
    "chemin",
    "avenue",
    "ferme",
    "fermee",
    "fermée",
    "fermé",
    "ouverte",
    "circulation",
    "travaux",
    "vigueur",
    "applicable",
    "interdit",
    "interdiction",
    "numero",
    "numéro",
    "date",
    "jour",
    "soir",
    "matin",
    "juillet",
    "juin",
    "aout",
    "août",
    "janvier",
    "fevrier",
    "février",
    "mars",
    "avril",
    "mai",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "décembre",
    "prevu",
    "prévu",
    "prevus",
    "prévus",
    "quelque",
    "chose",
    "passer",
    "acceder",
    "accès",
    "acces",
    "nouveau",
    "nouveaux",
    "dernier",
    "derniers",
    "recent",
    "récents",
}
TOPIC_GENERIC = {fold(w) for w in GENERIC}


def validity(arrete) -> str | None:
    """When an arrêté applies, in words: « du … au … », « le … », « à partir du … », « jusqu'au … »."""
    if arrete.debut and arrete.fin:
        if arrete.debut == arrete.fin:
            return f"le {format_date(arrete.debut)}"
        return f"du {format_date(arrete.debut)} au {format_date(arrete.fin)}"
    if arrete.debut:
        return f"à partir du {format_date(arrete.debut)}"
    if arrete.fin:
        return f"jusqu'au {format_date(arrete.fin)}"
    return None


def describe(arrete) -> str:
    """One arrêté in a resident's words, with its number and date as the source."""
    numero = arrete.numero  # None: published without a number, shown by its date and object
    head = f"Arrêté{f' n° {numero}' if numero else ''} du {format_date(arrete.date)}"
    details = [part for part in ((arrete.type or "").lower(), validity(arrete)) if part]
    if details:
        head += f" ({', '.join(details)})"
    lines = [f"{head} : {arrete.objet.strip().rstrip('.')}."]
    if arrete.lieux:
        lines.append("Lieux : " + " ; ".join(arrete.lieux) + ".")
    if arrete.url:
        lines.append(f"Texte signé : {arrete.url}")
    return "\n".join(lines)


# A question asking « when » with no date looks this far ahead.
WHEN_ASKED = re.compile(r"\b(quand|kan|prochaine?s?|bientot|a venir)\b")
UPCOMING_DAYS = 90


def period(ask: Ask) -> tuple[date, date, str]:
    """The days asked about, and how to say them (« le samedi 14 juin 2025 », « du … au … »)."""
    span = ask.first("date_range")
    day = ask.first("date")
    if day is not None and span is None:
        return day, day, f"le {format_date(day)}"
    if span is not None:
        start, end = span
        return start, end, f"du {format_date(start)} au {format_date(end)}"
    if WHEN_ASKED.search(fold(ask.text)):  # « travaux rue X c'est quand ? »: what is on and coming
        end = ask.today + timedelta(days=UPCOMING_DAYS)
        return ask.today, end, f"du {format_date(ask.today)} au {format_date(end)}"
    return ask.today, ask.today, f"aujourd'hui, {format_date(ask.today)}"


def unknown_place(ask: Ask) -> str | None:
    """A street named by the resident that none of the commune's files mention."""
    if ask.first("street"):
        return None
    match = PLACE.search(ask.text)
    if match is None:
        return None
    words = match.group(0).split()
    while len(words) > 2 and fold(words[-1]) in NOT_A_PLACE:  # « rue de la gare demain »
        words.pop()
    return " ".join(words)


def topic_words(ask: Ask) -> list[str]:
    street = ask.first("street") or ""
    street_words = {fold(w) for w in street.split()}
    return [w for w in ask.keywords(TOPIC_GENERIC) if fold(w) not in street_words]


def answer(ask: Ask) -> Answer:
    number = ask.first("arrete_number")
    if number or ask.intent == "arrete_by_number":
        return by_number(ask, number)
    place = unknown_place(ask)
    if place:
        return place_not_known(ask, place)
    street = ask.first("street")
    has_date = ask.first("date") is not None or ask.first("date_range") is not None
    if street or has_date or (ask.intent == "arrete_in_force" and not topic_words(ask)):
        return in_force(ask, street)
    return search(ask)


def by_number(ask: Ask, number: str | None) -> Answer:
    if not number:
        return Answer(
            text="Quel est le numéro de l'arrêté (par exemple « 2025-017 ») ? Il figure en haut de l'arrêté.",
            feedback=False,
        )
    arrete = knowledge.get_arrete(ask.kb, number)
    if arrete is None:
        return not_known(
            ask.commune, f"l'arrêté n° {number} : il ne figure pas parmi les arrêtés publiés", final=True
        )
    text = describe(arrete)
    excerpt = articles_excerpt(arrete.text)
    if excerpt:
        text += f"\nExtrait : {excerpt}"
    return Answer(text=text, sources=[arrete.source], remember={"arrete_number": arrete.id})


def articles_excerpt(full_text: str | None, limit: int = 700) -> str | None:
    """The operative part of an arrêté (from « Article 1 »), cut at a sentence end."""
    if not full_text:
        return None
    flat = " ".join(full_text.split())
    start = fold(flat).find("article 1")
    if start < 0:
        return None
    part = flat[start:]
    if len(part) > limit:
        cut = part.rfind(". ", 0, limit)
        part = part[: cut + 1] if cut > 0 else part[:limit] + "…"
    return part


def in_force(ask: Ask, street: str | None) -> Answer:
    start, end, when = period(ask)
    found = knowledge.arretes_in_force(ask.kb, start, place=street, until=end if end != start else None)
    words = topic_words(ask)
    if words:
        scores = {a.id: overlap(words, arrete_text(a)) for a in found}
        best = max(scores.values(), default=0)
        on_topic = [a for a in found if best and scores[a.id] == best]
        found = on_topic or ([] if not street else found)
    # Temporary measures first: they are what changes a resident's day.
    found.sort(key=lambda a: (0 if a.debut or a.fin else 1, a.debut or a.date), reverse=False)
    where = f" {street}" if street else ""  # locative, as residents say « travaux rue de la Poste »
    if not found:
        text = f"Aucun arrêté publié ne s'applique{where} {when}."
        if words and not street:
            return not_known(ask.commune, f"arrêté en vigueur {when} sur ce sujet")
        return Answer(
            text=text + " (D'après les arrêtés publiés par la mairie.)", sources=[ask.commune.source]
        )
    shown = found[:MAX_LISTED]
    lines = [f"{plural(len(found), 'arrêté s’applique', 'arrêtés s’appliquent')}{where} {when} :"]
    lines.extend(describe(a) for a in shown)
    if len(found) > len(shown):
        lines.append(f"… et {len(found) - len(shown)} autre(s). Précisez une rue ou une date.")
    remember = {"street": street} if street else {}
    return Answer(text="\n\n".join(lines), sources=[a.source for a in shown], remember=remember)


def arrete_text(a, *, signed_text: bool = True) -> str:
    """What a question is matched against; without the signed text for a second chance.

    Why: every signed arrêté carries boilerplate (« recours devant le tribunal administratif de Lyon »,
    « le maire », « la gendarmerie »): good enough to find one the resident asked for, too weak to turn
    an out-of-scope question (« quel temps à Lyon ? ») into an answer about parking.
    """
    body = f" {a.text}" if signed_text and a.text else ""
    return f"{a.objet} {' '.join(a.lieux)} {a.matiere or ''}{body}"


def place_not_known(ask: Ask, place: str) -> Answer:
    """A place no published arrêté names: say so, and do not offer rules about other streets."""
    what = f"un arrêté concernant « {place} » : ce lieu n'apparaît dans aucun arrêté publié"
    return not_known(ask.commune, what, final=True)


def search(ask: Ask) -> Answer:
    place = unknown_place(ask)
    if place:
        return place_not_known(ask, place)
    words = topic_words(ask)
    if not words:
        recent = knowledge.recent_arretes(ask.kb, limit=3)
        if not recent:
            return not_known(ask.commune, "arrêté publié")
        lines = ["Les derniers arrêtés publiés :"] + [describe(a) for a in recent]
        return Answer(text="\n\n".join(lines), sources=[a.source for a in recent])
    found = [
        a
        for a in knowledge.search_arretes(ask.kb, " ".join(words), limit=8)
        if ask.covers(words, arrete_text(a, signed_text=not ask.strict))
    ]
    if not found:
        return not_known(ask.commune, "un arrêté sur ce sujet")
    # Rules that still apply come before those that have lapsed; the best-matching ones first.
    found.sort(key=lambda a: (a.fin is not None and a.fin < ask.today, -overlap(words, arrete_text(a))))
    lines = [describe_for(a, words) for a in found[:3]]
    return Answer(text="\n\n".join(lines), sources=[a.source for a in found[:3]])


SENTENCE_END = re.compile(r"(?<=[.;:])\s+|\n(?=Article)", re.IGNORECASE)


def describe_for(arrete, words: list[str]) -> str:
    """An arrêté, plus the sentence of its signed text that answers the question when the object does not."""
    text = describe(arrete)
    if not arrete.text or not words:
        return text
    missing = [w for w in words if not matched_words([w], f"{arrete.objet} {' '.join(arrete.lieux)}")]
    if not missing:
        return text
    sentences = [" ".join(s.split()) for s in SENTENCE_END.split(arrete.text) if 20 <= len(s.strip()) <= 400]
    best = max(sentences, key=lambda s: len(matched_words(missing, s)), default=None)
    if best and matched_words(missing, best):
        text += f"\nExtrait : « {best} »"
    return text
