"""The directory of local actors: who, how to reach them, and whether they are open on a given day."""

from __future__ import annotations

from datetime import datetime, timedelta

import knowledge
from bot import hours
from bot.answers.base import WH_CUES, Answer, Ask, Button, labelled
from bot.answers.fallback import not_known
from bot.answers.profil import (
    asked_day,
    asks_open_now,
    asks_whether_open,
    day_part,
    group_asked,
    open_verdict,
)
from bot.french import format_date, format_time

MAX_LISTED = 5
SOURCE = "Source : annuaire des acteurs locaux de la commune."


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


def asks_opening(ask: Ask) -> bool:
    """A question on the hours, or one the hours settle: « je peux rendre visite à l'EHPAD dimanche ? »,
    « on peut passer au garage samedi matin ? » ask whether the place is open then, as of the mairie."""
    if {"schedule", "opened", "closure", "now"} & ask.cues or ask.first("time") is not None:
        return True
    return bool(asked_day(ask) or day_part(ask)) and asks_whether_open_then(ask)


def asks_whether_open_then(ask: Ask) -> bool:
    """A yes/no question on opening, or one naming a day about a place: « marché le mercredi matin ? »,
    « y a un marché demain ? » ask whether the market is held then, as « ouvert samedi ? » of a shop."""
    if asks_whether_open(ask):
        return True
    yes_no = {"yes_no", "exists"} & ask.cues or "?" in ask.text
    # « et son numéro ? » after « ouverte mardi ? » asks for the number, whatever day the context keeps
    other = (WH_CUES | {"asks_contact"}) & ask.cues
    return bool(yes_no and (asked_day(ask) or day_part(ask)) and not other)


def closing_arrete(actor, ask: Ask, in_force: list):
    """Of the arrêtés in force on the day asked, the one that closes the place (« fermeture de la piscine
    municipale pour vidange jusqu'au 13 décembre »): it overrides the opening hours the directory gives."""
    from bot.answers.arretes import names_place, orders

    own = " ".join(w for w in actor.nom.split() if w.lower() != (ask.commune.nom or "").lower())
    return next((a for a in in_force if names_place(a, own) and "closure" in orders(a)), None)


def open_status(actor, ask: Ask, closing=None) -> str:
    """Whether and when it is open, and its telephone: « ouvert dimanche matin ? » is asked before calling
    or going there. `closing`: the arrêté closing the place on the day asked (closing_arrete), if any."""
    text = _open_status(actor, ask, closing)
    if actor.adresse and actor.adresse not in text:  # « y a un marché demain ? » asks where, too
        text += f"\nAdresse : {actor.adresse}"
    if actor.telephone and actor.telephone not in text:
        text += f"\nTéléphone : {actor.telephone}"
    return text


def _open_status(actor, ask: Ask, closing=None) -> str:
    if closing is not None:
        from bot.answers.arretes import named, validity

        period = validity(closing)
        period = f", {period}" if period else ""
        return f"Non : {named(closing)} ferme « {actor.nom} »{period}."
    if not actor.horaires:
        # what the entry does say may answer (« toute l'année sauf novembre », « départ à 6 h 50 »)
        where = f" ({actor.adresse})" if actor.adresse else ""
        lines = [f"{actor.nom}{where} : ses horaires d'ouverture ne sont pas publiés."]
        lines += [actor.description or "", *labelled(("Téléphone", actor.telephone))]
        return "\n".join(line for line in lines if line)
    day = asked_day(ask)
    at_time = ask.first("time")
    try:
        verdict = open_verdict(ask, actor.horaires, day, asked=asks_whether_open_then(ask))
        if verdict:
            text = f"{verdict} : {_open_detail(actor, ask, day, at_time)}"
            if verdict == "Non" and "closure" not in ask.cues:
                text += _next_opening(actor, ask, day)
            if actor.description and actor.description not in text:
                text += f"\n{actor.description}"  # « sur rendez-vous », « réservé aux professionnels »
            return text
        if at_time is not None:
            moment = datetime.combine(day or ask.today, at_time)
            state = "ouvert" if hours.is_open(actor.horaires, moment) else "fermé"
            when = f"le {format_date(moment.date())} à {format_time(at_time)}"
            return f"{actor.nom} est {state} {when} ({hours.describe_day(actor.horaires, moment.date())})."
        if asks_open_now(ask, day):
            return f"{actor.nom} est {hours.status_sentence(actor.horaires, ask.now)}."
        if day is not None:
            return f"{actor.nom}, le {format_date(day)} : {hours.describe_day(actor.horaires, day)}."
        where = f" ({actor.adresse})" if actor.adresse else ""
        # the seven days from today, as for the mairie: asked on a Sunday, the week past is no use
        lines = [f"{actor.nom}{where}, horaires des sept jours à venir :"]
        week = hours.describe_week(actor.horaires, ask.today)
        lines += [f"– {format_date(d, year=False)} : {text}" for d, text in week]
        if actor.description:
            lines.append(actor.description)
        return "\n".join(lines)
    except hours.HoursError:
        return f"{actor.nom} : horaires publiés « {actor.horaires} »."


def _next_opening(actor, ask: Ask, day) -> str:
    """After « Non », when it opens next: the resident's next question. Asked of an hour or a part of the
    day (« dimanche aprem ? »), after it: not « 9 h 32 » this Sunday morning."""
    at = ask.first("time") or (part[0] if (part := day_part(ask)) else None)
    if at is not None:
        start = max(datetime.combine(day or ask.today, at), ask.now)
    elif day and day != ask.today:
        start = datetime.combine(day + timedelta(days=1), datetime.min.time())
    else:
        start = ask.now
    following = hours.next_opening(actor.horaires, start)
    if following is None:
        return ""
    return f" Prochaine ouverture : le {format_date(following.date())} à {format_time(following.time())}."


def _open_detail(actor, ask: Ask, day, at_time) -> str:
    if group := group_asked(ask, day):
        first, last = format_date(group[0], year=False), format_date(group[-1], year=False)
        lines = [f"{actor.nom}, du {first} au {last} :"]
        lines += [f"– {format_date(d, year=False)} : {hours.describe_day(actor.horaires, d)}" for d in group]
        if actor.description:
            lines.append(actor.description)
        return "\n".join(lines)
    if at_time is not None:
        moment = datetime.combine(day or ask.today, at_time)
        state = "ouvert" if hours.is_open(actor.horaires, moment) else "fermé"
        when = f"le {format_date(moment.date())} à {format_time(at_time)}"
        return f"{actor.nom} est {state} {when} ({hours.describe_day(actor.horaires, moment.date())})."
    if asks_open_now(ask, day):
        return f"{actor.nom} est {hours.status_sentence(actor.horaires, ask.now)}."
    day = day or ask.today
    return f"{actor.nom}, le {format_date(day)} : {hours.describe_day(actor.horaires, day)}."


def named_by_its_own_words(ask: Ask, actor) -> bool:
    """« le docteur Texier consulte le mercredi ? », « la boulangerie Lacoste »: the question holds a word
    of the entry's name that its category does not have, so it asks of that entry, not of its kind."""
    from knowledge.textnorm import stems

    own = set(stems(actor.nom)) - set(stems(actor.categorie or ""))
    asked = {t.term.stem for t in ask.chosen.match.terms}
    return bool(own & asked)


def entries(ask: Ask) -> list:
    """The chosen entry, and the other entries the ranker trusts as much (« une boulangerie ? »); asked
    by its category (« une pharmacie ouverte samedi ? »), every entry of that category."""
    chosen = ask.chosen.doc.record
    if ask.chosen.features.get("actor_match") or named_by_its_own_words(ask, chosen):
        return [chosen]  # named: that one only
    out = [chosen]
    if ask.chosen.features.get("category_match"):
        kin = knowledge.search_acteurs(ask.kb, category=chosen.categorie, limit=MAX_LISTED)
        out += [a for a in kin if a.id != chosen.id]
    for r in ask.confident("acteur"):
        if all(r.doc.record.id != a.id for a in out) and len(out) < MAX_LISTED:
            out.append(r.doc.record)
    return out[:MAX_LISTED]


def asks_whether_there_is(ask: Ask) -> bool:
    """« y a un pédiatre ? », « il existe une chorale ? »: a yes/no question the entry answers « Oui » when
    its name or its category holds the question's rarest word (not only its description)."""
    if "exists" not in ask.cues or ask.wh:
        return False
    top = max(ask.chosen.match.terms, key=lambda t: t.idf, default=None)
    return top is not None and top.title > 0


def compose(ask: Ask) -> Answer:
    shown = entries(ask)
    closings = {}
    if asks_opening(ask):
        in_force = knowledge.arretes_in_force(ask.kb, asked_day(ask) or ask.today)
        closings = {a.id: closing_arrete(a, ask, in_force) for a in shown}
        said = [(open_status(a, ask, closings[a.id]), a) for a in shown]
        # « il y a une pharmacie ouverte ? »: the one that is open answers first
        said.sort(key=lambda pair: not pair[0].startswith("Oui"))
        shown = [a for _, a in said]
        text = "\n".join(t for t, _ in said)
    else:
        text = "\n\n".join(details(a, ask) for a in shown)
        if asks_whether_there_is(ask):
            text = f"Oui : {text}"
    text += "\n" + SOURCE
    remember = {"actor": shown[0].nom} if len(shown) == 1 else {}
    sources = [a.source for a in shown] + [c.source for c in closings.values() if c is not None]
    return Answer(text=text, sources=sources, remember=remember)


def category_buttons(kb) -> list[Button]:
    return [Button(c[:40], f"c:{i}") for i, c in enumerate(knowledge.categories(kb))][:30]


def by_category_index(ask: Ask, index: int) -> Answer:
    categories = knowledge.categories(ask.kb)
    if not 0 <= index < len(categories):
        return not_known(ask.commune, "cette catégorie de l'annuaire")
    found = knowledge.search_acteurs(ask.kb, category=categories[index], limit=MAX_LISTED)
    text = "\n\n".join(details(a, ask) for a in found) + "\n" + SOURCE
    return Answer(text=text, sources=[a.source for a in found])
