"""The directory of local actors: who, how to reach them, and whether they are open on a given day."""

from __future__ import annotations

from datetime import datetime, timedelta

import knowledge
from bot import hours
from bot.answers.base import Answer, Ask, Button, labelled
from bot.answers.fallback import not_known
from bot.answers.mairie import asks_open_now
from bot.french import format_date, format_time
from bot.query import content_words, covers, fold, matched_words, search_terms

MAX_LISTED = 5
OPEN_WORDS = ("ouvert", "ferme", "horaire", "heure", "quand")
GENERIC = set(
    """
    numero telephone tel adresse ouvert ouverte ferme fermee horaires horaire heures contact contacter joindre
    appeler trouver cherche chercher quelqu local locale proche coin village mail email site pres aller
    acheter apres midi matin soir aprem nuit journee ouvre ouvrent ferment garde club association asso assos
    """.split()
)


def details(actor, ask: Ask) -> str:
    lines = [
        f"{actor.nom} ({actor.categorie})",
        *labelled(
            ("Adresse", actor.adresse),
            ("Téléphone", actor.telephone),
            ("Courriel", actor.email),
            ("Site", actor.site_web),
        ),
    ]
    if actor.horaires:
        try:
            lines.append(f"Aujourd'hui : {hours.describe_day(actor.horaires, ask.today)}")
        except hours.HoursError:
            lines.append(f"Horaires : {actor.horaires}")
    if actor.description:
        lines.append(actor.description)
    return "\n".join(lines)


def record_text(actor) -> str:
    return f"{actor.nom} {actor.categorie} {actor.description or ''} {actor.adresse or ''}"


def find(ask: Ask) -> list:
    """Directory entries the question is about, best first.

    Candidates come from the name the NLU recognised, its category, and a full-text search; each is
    scored by how many of the question's words it explains (name, category, description, address), so
    « la pharmacie de Firminy » finds a pharmacy in Firminy rather than the mairie named « Firminy ».
    """
    kb = ask.kb
    words = ask.keywords(GENERIC)
    candidates: dict[int, tuple[int, object]] = {}

    def add(actors, bonus: int = 0) -> None:
        for a in actors:
            score = len(matched_words(words, record_text(a))) + bonus
            if score > candidates.get(a.id, (-1, None))[0]:
                candidates[a.id] = (score, a)

    name = ask.first("actor")
    if name:
        add([a for a in knowledge.search_acteurs(kb, text=name, limit=5) if fold(a.nom) == fold(name)], 1)
    category = ask.first("category")
    if category:
        add(knowledge.search_acteurs(kb, category=category, limit=50), 1)
    if words:
        add(knowledge.search_acteurs(kb, text=search_terms(words), limit=MAX_LISTED * 2))
    if not candidates and words:
        add(by_name_prefix(ask, words))
    best = max((score for score, _ in candidates.values()), default=0)
    found = [a for score, a in candidates.values() if best and score == best]
    if not (name or category):
        # Found by words alone: names are distinctive, so a short question must be matched in full.
        found = [a for a in found if covers(words, record_text(a), strict=len(words) <= 2 or ask.strict)]
    elif ask.strict:
        found = [a for a in found if covers(words, record_text(a), strict=True)]
    return found[:20]


def unexplained(ask: Ask, actors: list) -> bool:
    """Words of the question that none of the entries found says anything about."""
    words = ask.keywords(GENERIC)
    text = " ".join(record_text(a) for a in actors)
    return any(not matched_words([w], text) for w in words)


def by_name_prefix(ask: Ask, words: list[str]) -> list:
    """« club de foot » for « US Vaulignac football »: word prefixes the full-text index does not match."""
    names = knowledge.actor_names(ask.kb)
    if len(names) > 5000:
        return []
    hits = [n for n in names if len(matched_words(words, n)) == len(words)]
    return [a for n in hits[:MAX_LISTED] for a in knowledge.search_acteurs(ask.kb, text=n, limit=1)]


def asks_opening(ask: Ask) -> bool:
    folded = fold(ask.text)
    return ask.intent == "annuaire_open" or any(w in folded for w in OPEN_WORDS)


def open_status(actor, ask: Ask) -> str:
    if not actor.horaires:
        where = f" ({actor.adresse})" if actor.adresse else ""
        return f"{actor.nom}{where} : je n'ai pas ses horaires d'ouverture."
    day = ask.first("date") or (ask.first("date_range") or (None,))[0]
    at_time = ask.first("time")
    try:
        if at_time is not None:
            moment = datetime.combine(day or ask.today, at_time)
            state = "ouvert" if hours.is_open(actor.horaires, moment) else "fermé"
            when = f"le {format_date(moment.date())} à {format_time(at_time)}"
            return f"{actor.nom} est {state} {when} ({hours.describe_day(actor.horaires, moment.date())})."
        if asks_open_now(ask.text, day, ask.today):
            return f"{actor.nom} est {hours.status_sentence(actor.horaires, ask.now)}."
        if day is not None:
            return f"{actor.nom}, le {format_date(day)} : {hours.describe_day(actor.horaires, day)}."
        where = f" ({actor.adresse})" if actor.adresse else ""
        lines = [f"{actor.nom}{where}, horaires de la semaine :"]
        start = ask.today - timedelta(days=ask.today.weekday())
        week = hours.describe_week(actor.horaires, start)
        lines += [f"– {format_date(d, year=False)} : {text}" for d, text in week]
        if actor.description:
            lines.append(actor.description)
        return "\n".join(lines)
    except hours.HoursError:
        return f"{actor.nom} : horaires publiés « {actor.horaires} »."


def unmatched_place(ask: Ask, found: list) -> str | None:
    """A place or name the resident gave (« à Firminy ») that none of the entries found is about."""
    text = " ".join(record_text(a) for a in found)
    for entity in ask.entities:
        if entity.type in {"street", "actor"} and entity.start >= 0:
            words = content_words(entity.text)
            if words and not matched_words(words, text):
                return entity.text
    return None


def answer(ask: Ask) -> Answer:
    found = find(ask)
    place = unmatched_place(ask, found) if found else None
    if place:
        return not_known(ask.commune, f"« {place} » dans l'annuaire de la commune pour cette recherche")
    if not found and not ask.keywords(GENERIC) and not ask.first("actor") and not ask.first("category"):
        return Answer(
            text="Quel commerce, service ou association cherchez-vous ? Choisissez une catégorie ou "
            "écrivez son nom.",
            buttons=category_buttons(ask.kb)[:12],
            feedback=False,
        )
    if not found:
        what = ask.first("actor") or ask.first("category")
        return not_known(
            ask.commune,
            f"« {what} » dans l'annuaire de la commune"
            if what
            else "ce que vous cherchez dans l'annuaire de la commune",
        )
    shown = found[:MAX_LISTED]
    if asks_opening(ask):
        text = "\n".join(open_status(a, ask) for a in shown)
    elif len(shown) == 1:
        text = details(shown[0], ask)
    else:
        text = "\n\n".join(details(a, ask) for a in shown)
        if len(found) > len(shown):
            text += f"\n\n… et {len(found) - len(shown)} autre(s) dans l'annuaire."
    text += "\nSource : annuaire des acteurs locaux de la commune."
    remember = {"actor": shown[0].nom} if len(shown) == 1 else {}
    return Answer(
        text=text, sources=[a.source for a in shown], remember=remember, tentative=unexplained(ask, shown)
    )


def category_buttons(kb) -> list[Button]:
    return [Button(c[:40], f"c:{i}") for i, c in enumerate(knowledge.categories(kb))][:30]


def by_category_index(ask: Ask, index: int) -> Answer:
    categories = knowledge.categories(ask.kb)
    if not 0 <= index < len(categories):
        return not_known(ask.commune, "cette catégorie de l'annuaire")
    found = knowledge.search_acteurs(ask.kb, category=categories[index], limit=MAX_LISTED)
    text = (
        "\n\n".join(details(a, ask) for a in found) + "\nSource : annuaire des acteurs locaux de la commune."
    )
    return Answer(text=text, sources=[a.source for a in found])
