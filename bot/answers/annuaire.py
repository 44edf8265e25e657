"""The directory of local actors: who, how to reach them, and whether they are open on a given day."""

from __future__ import annotations

from datetime import datetime

import knowledge
from bot import hours
from bot.answers.base import Answer, Ask, Button
from bot.answers.fallback import not_known
from bot.answers.mairie import asks_open_now
from bot.french import format_date, format_time
from bot.query import content_words, covers, fold

MAX_LISTED = 5
OPEN_WORDS = ("ouvert", "ferme", "horaire", "heure", "quand")
GENERIC = {
    fold(w)
    for w in (
        "numéro",
        "numero",
        "téléphone",
        "telephone",
        "tel",
        "tél",
        "adresse",
        "ouvert",
        "ouverte",
        "fermé",
        "ferme",
        "fermée",
        "horaires",
        "horaire",
        "heures",
        "contact",
        "contacter",
        "joindre",
        "appeler",
        "trouver",
        "cherche",
        "chercher",
        "quelqu",
        "local",
        "locale",
        "proche",
        "coin",
        "village",
        "mail",
        "email",
        "site",
        "près",
        "pres",
        "aller",
        "acheter",
    )
}


def details(actor, ask: Ask) -> str:
    lines = [f"{actor.nom} ({actor.categorie})"]
    if actor.adresse:
        lines.append(f"Adresse : {actor.adresse}")
    if actor.telephone:
        lines.append(f"Téléphone : {actor.telephone}")
    if actor.email:
        lines.append(f"Courriel : {actor.email}")
    if actor.site_web:
        lines.append(f"Site : {actor.site_web}")
    if actor.horaires:
        try:
            lines.append(f"Aujourd'hui : {hours.describe_day(actor.horaires, ask.today)}")
        except hours.HoursError:
            lines.append(f"Horaires : {actor.horaires}")
    if actor.description:
        lines.append(actor.description)
    return "\n".join(lines)


def find(ask: Ask) -> list:
    kb = ask.kb
    name = ask.first("actor")
    if name:
        exact = [a for a in knowledge.search_acteurs(kb, text=name, limit=5) if fold(a.nom) == fold(name)]
        if exact:
            return exact[:1]
    category = ask.first("category")
    if category:
        found = knowledge.search_acteurs(kb, category=category, limit=20)
        if found:
            return found
    words = content_words(ask.text, GENERIC)
    if not words:
        return []
    found = knowledge.search_acteurs(kb, text=" ".join(words), limit=MAX_LISTED)
    return [a for a in found if covers(words, f"{a.nom} {a.categorie} {a.description or ''}")]


def asks_opening(ask: Ask) -> bool:
    folded = fold(ask.text)
    return ask.intent == "annuaire_open" or any(w in folded for w in OPEN_WORDS)


def open_status(actor, ask: Ask) -> str:
    if not actor.horaires:
        return f"{actor.nom} : je n'ai pas ses horaires d'ouverture."
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
        if ask.intent == "annuaire_open":
            return f"{actor.nom} est {hours.status_sentence(actor.horaires, ask.now)}."
        return f"{actor.nom}, aujourd'hui : {hours.describe_day(actor.horaires, ask.today)}."
    except hours.HoursError:
        return f"{actor.nom} : horaires publiés « {actor.horaires} »."


def answer(ask: Ask) -> Answer:
    found = find(ask)
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
    return Answer(text=text, sources=[a.source for a in shown], remember=remember)


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
