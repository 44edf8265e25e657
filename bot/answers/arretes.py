"""Arrêtés municipaux: whether something is allowed, closed or required on a date, what applies to a
street, what arrêté n° X says, and the standing rules on a subject.

A yes/no question gets « Oui » or « Non » first, with the deciding arrêté and its dates, and nothing
else listed; a street asked about on a date gets the arrêtés that apply there then, temporary ones first.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from functools import lru_cache

import french
import knowledge
from bot.answers.base import Answer, Ask
from bot.answers.fallback import who_can_tell
from bot.french import format_date, plural
from french import schedule
from knowledge import Arrete
from knowledge.arretes import operative_part, ruling_stems
from knowledge.retrieval import term_credit

MAX_LISTED = 5
UPCOMING_DAYS = 90  # « travaux rue X, c'est quand ? » looks this far ahead


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


def title(arrete) -> str:
    """« Arrêté n° 2025-017 du lundi 3 mars 2025 »; one published without a number is named by its date."""
    if arrete.numero:
        return f"Arrêté n° {arrete.numero} du {format_date(arrete.date)}"
    return f"Arrêté du {format_date(arrete.date)}"


def describe(arrete, place: str | None = None) -> str:
    """One arrêté in a resident's words, with its number and date as the source; about one `place`, only
    the clauses of its object that name it (« … 19 t — Chemin du Taude » without « … 26 t — Route … »)."""
    head = title(arrete)
    details = [part for part in ((arrete.type or "").lower(), validity(arrete)) if part]
    if details:
        head += f" ({', '.join(details)})"
    lines = [f"{head} : {object_for(arrete.objet, place).strip().rstrip('.')}."]
    if arrete.lieux:
        lines.append("Lieux : " + " ; ".join(arrete.lieux) + ".")
    if arrete.url:
        lines.append(f"Texte signé : {arrete.url}")
    return "\n".join(lines)


def object_for(objet: str, place: str | None) -> str:
    """Of an object listing rules with their roads (« rule — roads ; rule — roads », as CEREMA arrêtés are
    imported), the rules on the place asked; any other object whole (« route barrée ; déviation par … »)."""
    clauses = objet.split(" ; ")
    if not place or len(clauses) < 2 or not all(" — " in c for c in clauses):
        return objet
    # a road named only inside another's extent (« Chemin de la Clue (côté est de la route de Cagnes) »)
    # is not a road the clause rules
    kept = [c for c in clauses if _names(re.sub(r"\([^)]*\)", " ", c), place)]
    kept = kept or [c for c in clauses if _names(c, place)]
    return " ; ".join(kept) if kept else objet


def applies(arrete, start: date, end: date) -> bool:
    first = arrete.debut or arrete.date
    return first <= end and (arrete.fin is None or arrete.fin >= start)


def at_its_hours(arrete, day: date, moment: tuple[time, time] | None, topic: list | None = None) -> bool:
    """At the hours its object names for that weekday, or for every day when it names no weekday:
    « stationnement interdit chaque mercredi de 6 h à 14 h » does not forbid parking on a Wednesday at 15 h,
    nor « barbecues interdits de 10 h à 21 h » a barbecue at 21 h 30. `moment`: the hour asked (both ends
    alike) or the part of the day (« cet après-midi »), or None.

    The hours are those of the clauses on the subject asked (`topic`), or of the article saying more of it:
    « alcool interdit de 21 h à 7 h » does not give the hours of a glass bottle its article forbids at any
    hour."""
    if moment is None:
        return True
    from knowledge.textnorm import stems

    text = arrete.objet or ""
    if topic:
        clauses = [c for c in re.split(r"\s*;\s*", text) if c.strip()]
        about = [c for c in clauses if any(term_credit(t, frozenset(stems(c))) for t in topic)]
        text = " ; ".join(about) or text
        if arrete.text:
            # an article saying more of the subject than the object has its own hours, or none
            article = on_subject(articles_excerpt(arrete.text, limit=4000) or "", topic)
            if article[0] > on_subject(text, topic)[0]:
                text = article[1]
    return at_the_hours(text, day, moment, dated=True)


def at_the_hours(
    text: str | None, day: date, moment: tuple[time, time] | None, *, dated: bool = False
) -> bool:
    """Whether a rule written in `text` (an arrêté's object, a fiche's sentence) holds at the moment asked;
    « en dehors des heures de surveillance (14 h à 19 h) » holds at the other hours ([outside_hours]).
    `dated`: the rule's own dates bound its season (an arrêté's)."""
    if moment is None:
        return True
    spans = (schedule.read(text, day, dated=dated) or {}).get(day.weekday()) or schedule.daily_hours(text)
    if not spans:
        return True
    # a span past midnight (« de 21 h à 6 h ») is the evening's and the morning's
    spans = [part for a, b in spans for part in ([(a, b)] if a < b else [(a, time.max), (time.min, b)])]
    lo, hi = moment
    within = meets(spans, moment)
    if french.cues().found("outside_hours", text or ""):
        return not within or (lo != hi and not any(a <= lo and hi <= b for a, b in spans))
    return within


def meets(spans: list[tuple[time, time]], moment: tuple[time, time]) -> bool:
    """Whether the hour asked falls in a span, or the part of the day asked overlaps one; a span past
    midnight (« de 21 h à 6 h ») is the evening's and the morning's."""
    lo, hi = moment
    for a, b in spans:
        for start, end in [(a, b)] if a < b else [(a, time.max), (time.min, b)]:
            if (start <= lo < end) if lo == hi else (start < hi and lo < end):
                return True
    return False


def holds_then(arrete, ask: Ask, start: date, end: date, topic: list | None = None) -> bool:
    """In force on the days asked, on the weekdays and at the hours its object names (for the subject
    asked, `topic`), if it names some. Today, when no day is asked, is only a guess (« le marché c'est quel
    jour ? on peut se garer ce jour-là ? »): the weekdays are then not checked."""
    day_asked = ask.first("date") is not None or ask.first("date_range") is not None
    moment = asked_moment(ask) if start == end else None
    return (
        applies(arrete, start, end)
        and (not day_asked or on_its_days(arrete, start, end))
        and at_its_hours(arrete, start, moment, topic)
    )


def asked_moment(ask: Ask) -> tuple[time, time] | None:
    """The hour (« vers 15 h ») or the part of the day (« cet aprem ») a question asks about, if any."""
    from bot.answers.profil import day_part

    at = ask.first("time")
    return (at, at) if at is not None else day_part(ask)


def on_its_days(arrete, start: date, end: date) -> bool:
    """On one of the weekdays its object names, if it names some: « fermeture de la rue des Tilleuls les
    lundis, mardis, jeudis et vendredis » does not answer « fermée le mercredi ? »."""
    days = schedule.weekdays_named(arrete.objet)
    span = min((end - start).days + 1, 7)
    return not days or any((start + timedelta(days=n)).weekday() in days for n in range(span))


def period(ask: Ask) -> tuple[date, date, str]:
    """The days asked about, and how to say them (« le samedi 14 juin 2025 », « du … au … »)."""
    span = ask.first("date_range")
    day = ask.first("date")
    if day is not None and span is None:
        return day, day, f"le {format_date(day)}"
    if span is not None:
        start, end = span
        return start, end, f"du {format_date(start)} au {format_date(end)}"
    if {"asks_when", "future"} & ask.cues:
        end = ask.today + timedelta(days=UPCOMING_DAYS)
        return ask.today, end, f"du {format_date(ask.today)} au {format_date(end)}"
    return ask.today, ask.today, f"aujourd'hui, {format_date(ask.today)}"


def orders_in(text: str) -> set[str]:
    """The orders a text states (cues.txt's [orders_…] lists), without their prefix. A text lifting a ban
    (« levée de l'interdiction de baignade ») permits what it names."""
    named = french.cues().which(text)
    found = {n.removeprefix("orders_") for n in named if n.startswith("orders_")}
    if "prohibition" in found and "kept_open" not in found and "traffic_ways" in named:
        # « circulation et stationnement interdits »: the way is closed (not with alternating traffic)
        found.add("closure")
    if "lifting" in found:
        found = (found - {"lifting", "prohibition", "closure"}) | {"permission"}
    return found


def orders(arrete) -> set[str]:
    """What the arrêté orders — prohibition, closure, obligation, limit, permission — read from its object,
    or else from its first article (« l'aire de jeux est fermée au public »)."""
    found = orders_in(arrete.objet)
    if not found & {"prohibition", "closure", "obligation"} and arrete.text:
        # « Réglementation temporaire de la circulation » says what only the articles spell out.
        found |= orders_in(articles_excerpt(arrete.text, limit=600) or "")
    return found


def orders_on(
    arrete, topic: list, weights: dict[str, float] | None = None, place: str | None = None
) -> tuple[set[str], bool]:
    """What the arrêté orders about the subject asked, and whether a clause of its own said it: « feux
    interdits en forêt ; barbecues autorisés sur les foyers du lac » permits a barbecue at the lake."""
    from knowledge.kinds import stems_of
    from knowledge.textnorm import stems

    if place and arrete.text and not _names(arrete.objet or "", place):
        # the object rules on other places; the article naming the place asked says what holds there:
        # « baignade interdite plage centrale » — « la baignade reste possible à la plage des Dunes »
        found = set()
        for sentence in SENTENCE_END.split(operative_part(arrete.text) or ""):
            if not _names(sentence, place):
                continue
            held = stems_of(sentence)
            if not topic or any(term_credit(t, held) for t in topic):
                found |= orders_in(sentence)
        if found:
            return found, True
    clauses = [c for c in re.split(r"\s*;\s*", arrete.objet or "") if c.strip()]
    if topic and len(clauses) > 1:
        about = [c for c in clauses if any(term_credit(t, frozenset(stems(c))) for t in topic)]
        if about and len(about) < len(clauses):
            found = orders_in(" ; ".join(about))
            if found:
                return found, True
    strong = orders_in(arrete.objet) & {"prohibition", "closure", "obligation"}
    if topic and arrete.text and not strong:
        # « Réglementation du brûlage des sarments »: its articles permit burning in the vines and forbid
        # it near houses; the sentence holding most of the subject asked says which applies.
        score, sentence = on_subject(articles_excerpt(arrete.text, limit=600) or "", topic)
        found = orders_in(sentence) if score > 0 else set()
        if found:
            return found, True
    if topic and arrete.text and strong:
        # an object that forbids yields to the article saying more of the subject than it does, and at
        # least half of it: « les barbecues au gaz restent autorisés » under a ban on charcoal barbecues,
        # asked of a gas one — not « la baignade est autorisée face à la plage » asked of a dog on the beach
        weights = weights or {}
        whole = sum(weights.get(t.stem, 1.0) for t in topic)
        score, sentence = on_subject(articles_excerpt(arrete.text, limit=4000) or "", topic, weights)
        found = orders_in(sentence) if score >= whole / 2 else set()
        if found and score > on_subject(arrete.objet or "", topic, weights)[0]:
            return found, True
    return orders(arrete), False


def on_subject(text: str, topic: list, weights: dict[str, float] | None = None) -> tuple[float, str]:
    """The sentence of a text holding most of the subject asked (its rare words weighing most, the first
    of equals), and how much of it: the article or the fiche's sentence that says « est-ce permis ? »."""
    return max(sentences_on(text, topic, weights), key=lambda scored: scored[0], default=(0.0, ""))


def sentences_on(text: str, topic: list, weights: dict[str, float] | None = None) -> list[tuple[float, str]]:
    """Each sentence of a text holding some of the subject asked, with how much (rare words weigh most)."""
    from knowledge.kinds import stems_of

    weights = weights or {}
    found = []
    for sentence in SENTENCE_END.split(text):
        held = stems_of(sentence)
        got = sum(weights.get(t.stem, 1.0) * term_credit(t, held) for t in topic)
        if got > 0:
            found.append((got, " ".join(sentence.split())))
    return found


STANCES = ("closure", "prohibition", "obligation", "permission", "opened")


def stance(ask: Ask) -> str | None:
    """What a yes/no question asks: is it closed, forbidden, required, open, or may I — « je peux »,
    « ai-je le droit » when said, else the one asked first (« c'est interdit ou fermé ? »)."""
    asked = [name for name in STANCES if name in ask.cues]
    if len(asked) < 2:
        return asked[0] if asked else None
    if "permission" in asked and "asks_permission" in ask.cues:
        return "permission"  # « pendant l'interdiction des feux, ai-je le droit de … ? »
    cues = french.cues()
    return min(asked, key=lambda name: cues.position(name, ask.text) or 0)


def asks_yes_no(ask: Ask) -> bool:
    """« est-ce que … ? », or a question mark on « fermé », « interdit », « on peut »… — or a message that
    opens on « on peut », « je peux » without one (SMS style); not « où ? », « quand ? », « combien ? », which
    want a place, a date or an amount."""
    if ask.wh:
        return False
    if "yes_no" in ask.cues:
        return True
    if stance(ask) is None:
        return False
    return "?" in ask.text or french.cues().starts("permission", ask.text)


def asks_whether_any(ask: Ask, place: str) -> bool:
    """« des travaux rue des Tilleuls à partir du 14 ? »: a subject and a place, a question mark and no
    question word — whether there is such a measure there."""
    wants = {"asks_how_much", "asks_when", "asks_who", "asks_where", "asks_list", "asks_what"}
    return (
        "?" in ask.text
        and not ask.wh
        and not wants & ask.cues
        and bool(topic_terms(ask, place))
    )


def on_condition(arrete) -> bool:
    """A standing rule for when something happens (« fermeture du parking de l'Estran lors des grandes
    marées de coefficient 95 ou plus »): in force every day, it says on none of them whether it applies."""
    return not (arrete.debut or arrete.fin) and french.cues().found("event_condition", arrete.objet or "")


def for_its_class(arrete, ask: Ask) -> bool:
    """The measure is for one class of vehicles (« plus de 3,5 tonnes », « camping-cars ») the question
    does not speak of: it does not say whether a car may pass or park."""
    cues = french.cues()
    return any(
        cues.found(name, arrete.objet) and not cues.found(f"{name}_asked", ask.text)
        for name in VEHICLE_CLASSES
    )


VEHICLE_CLASSES = ("heavy_vehicle", "camper")  # cue lists of cues.txt, each with its « _asked » list


def yes_no_verdict(ask_stance: str | None, ordered: set[str], own_clause: bool = False) -> str | None:
    """`own_clause`: the orders were read in the clause on the subject asked, so a permission there
    answers « Oui » (a whole object that permits something may still forbid what was asked), and a
    negation there (« n'est pas autorisé », « ne délivre ni … ») answers « Non » to « je peux … ? »; a
    negated prohibition (« n'est pas interdit ») decides nothing."""
    stops = bool(ordered & {"prohibition", "closure"})
    if "kept_open" in ordered and "closure" not in ordered and ask_stance in {"closure", "opened"}:
        # « circulation alternée et stationnement interdit au droit du chantier »: the street is not closed
        return "Non" if ask_stance == "closure" else "Oui"
    if own_clause and "negation" in ordered:
        if stops:
            return None
        if ask_stance in {"permission", "opened", "exists"} and "obligation" not in ordered:
            return "Non"
        if ask_stance == "obligation" and "obligation" in ordered:
            return "Non"
        return None
    if own_clause and ask_stance == "permission" and "permission" in ordered and not stops:
        return "Oui"
    if ask_stance == "prohibition" and stops or ask_stance == "closure" and "closure" in ordered:
        # « fermée ? » of a parking or alcohol ban: the way stays open, so that measure does not say « Oui »
        return "Oui"
    if ask_stance == "permission" and stops or ask_stance == "opened" and "closure" in ordered:
        # « rouvert ? » is answered « Non » by a closure, not by an alcohol ban on the same place
        return "Non"
    if ask_stance == "obligation" and "obligation" in ordered:
        return "Oui"
    return None


def without_what_it_requires(ask: Ask, arrete) -> bool:
    """« mon chien peut courir sans laisse au parc ? » of a measure requiring the leash there: the word
    after « sans » ([without] in cues.txt) is what the measure's object requires."""
    from knowledge.textnorm import stems

    if "obligation" not in orders(arrete):
        return False
    after = {s for w in french.cues().following("without", ask.text) for s in stems(w)}
    return bool(after & set(stems(arrete.objet or "")))


def named(arrete) -> str:
    """« l'arrêté n° 2025-017 du … », inside a sentence."""
    head = title(arrete)
    return f"l'{head[0].lower()}{head[1:]}"


NOTHING = {
    "closure": "ne ferme",
    "prohibition": "ne l'interdit",
    "permission": "ne l'interdit",
    "obligation": "ne l'impose",
}


def event_ahead(ask: Ask, arretes: list, topic: list, weights: dict[str, float]) -> tuple | None:
    """« rue de la République fermée le soir de la fête de la musique ? » gives no date but names the
    event: the coming arrêté whose object holds most of the question's subject decides, for its own days.
    Not when a day is asked (« demain », « en ce moment ») — that day's arrêtés answer."""
    if not topic or ask.first("date") or ask.first("date_range") or ask.first("weekday") or "now" in ask.cues:
        return None
    whole = sum(weights.get(t.stem, 1.0) for t in topic)
    horizon = ask.today + timedelta(days=UPCOMING_DAYS)
    ahead = [
        (subject_weight(a, topic, weights), a)
        for a in arretes
        if a.debut is not None and ask.today < a.debut <= horizon and not for_its_class(a, ask)
    ]
    asked = stance(ask)
    for weight, a in sorted(ahead, key=lambda wa: (-wa[0], wa[1].debut)):
        if weight < whole / 2:
            break
        verdict = yes_no_verdict(asked, *orders_on(a, topic, weights))
        if verdict:
            return a, verdict
    return None


def decide(ask: Ask, arretes: list, place: str | None = None) -> Answer:
    """A yes/no question on a subject or a street: the deciding arrêté in force, or none."""
    where = f" ({place})" if place else ""
    start, end, when = period(ask)
    asked = stance(ask)
    moment = asked_moment(ask) if start == end else None
    topic = topic_terms(ask, place or "")
    in_force = [a for a in arretes if holds_then(a, ask, start, end, topic)]
    gone = lifted(in_force)
    in_force = [a for a in in_force if a.id not in gone]
    # A measure on the very place asked (« rue du Moulin », not « passerelle du Moulin ») decides first,
    # not one offering it as the way round, then the one on the subject asked (« pendant la fête » : the
    # fête's, not the weekly market's), then what changes a resident's day: temporary measures before
    # standing rules; among equals, the latest signed.
    weights = term_weights(ask)
    in_force.sort(
        key=lambda a: (
            not _lists_place(a, place),
            bool(place) and only_as_way_round(a, place),  # « déviation par la rue de la Gare » comes last
            -subject_weight(a, topic, weights),
            0 if a.debut or a.fin else 1,
            -days_covered(a, start, end),  # « en juillet »: the month's measure before the 14th's
            -a.date.toordinal(),  # then the latest signed: it was written knowing the others
        )
    )
    named_event = event_ahead(ask, arretes, topic, weights)
    event_weight = subject_weight(named_event[0], topic, weights) if named_event else 0.0
    for a in in_force:
        if subject_weight(a, topic, weights) < event_weight:
            break  # « le soir du feu d'artifice » names the fireworks' arrêté, not today's fire ban
        # a rule on the place asked that speaks of nothing one wants to do there (a fire ban on the beach
        # for « la baignade était interdite ? ») decides only by closing the place
        if not speaks_of(a, topic):
            continue
        if place and not _lists_place(a, place) and only_as_way_round(a, place):
            continue  # « déviation par la route de Chaumoux » does not close the route de Chaumoux
        if place and rules_elsewhere(a, place, {t.stem for t in ask.terms}):
            continue  # « fermeture nocturne du parc des Tilleuls » does not close the impasse leading to it
        if on_condition(a):
            continue  # shown below if nothing decides, never asserted
        ordered, own_clause = orders_on(a, topic, weights, place)
        # a lifting arrêté permits what it lifts: that is all its object says
        verdict = yes_no_verdict(asked, ordered, own_clause or lifts(a))
        if verdict is None and asked == "permission" and without_what_it_requires(ask, a):
            verdict = "Non"  # « courir sans laisse ? » where the leash is required
        if verdict and not for_its_class(a, ask):
            said = describe_for(a, ask.terms, place, ask.cues, weights)
            # asked of the coming weeks (« sera fermée ? »), the measure's own dates say when
            span = validity(a) if end > start and "future" in ask.cues else None
            text = f"{verdict} : d'après {named(a)}, {span or when}.\n{said}"
            return Answer(text=text, sources=[a.source])
    if named_event:
        a, verdict = named_event
        said = describe_for(a, ask.terms, place, ask.cues, weights)
        return Answer(text=f"{verdict} : d'après {named(a)}, {validity(a)}.\n{said}", sources=[a.source])
    # « encore barrée ? » asks nothing but the closure: a 30 km/h limit in force there does not answer it;
    # « sans laisse au parc ? » has a subject of its own, and the measure on it is shown.
    # a standing rule « lors des grandes marées » neither closes nor leaves open: shown, not asserted
    conditional = [a for a in in_force if on_condition(a)]
    # asked whether something is allowed there, a measure in force on something else (a boats' speed limit
    # on the beach asked about dogs) says nothing of it: « aucun arrêté ne l'interdit » answers when some
    # measure on the subject exists at other dates (the summer's dog ban asked in October), so the
    # subject's words are the arrêtés' own; otherwise the measure in force is shown, nothing asserted
    relevant = in_force
    if asked is not None and topic and any(rules_on(a, topic) for a in arretes):
        relevant = [a for a in in_force if speaks_of(a, topic)]
    if relevant and (asked is None or topic or conditional):
        a = relevant[0] if asked is None or topic else conditional[0]
        said = describe_for(a, ask.terms, place, ask.cues, term_weights(ask))
        whole = sum(weights.get(t.stem, 1.0) for t in topic)
        if asked is None and (
            subject_weight(a, topic, weights) >= whole / 2 if topic else "exists" in ask.cues
        ):
            # « des travaux rue des Tilleuls la semaine prochaine ? », « les places sont bien réservées ? »,
            # « y a-t-il un arrêté pour le chemin de la Tour ? »: whether there is such a measure; there is
            return Answer(text=f"Oui : d'après {named(a)}, {when}.\n{said}", sources=[a.source])
        # asked yes or no, and the measure in force says neither: it is shown, but nothing is asserted
        # « sera fermée ? » asks of the coming weeks: not « du 5 décembre au 5 mars », which reads as the
        # measure's own dates (they follow)
        implicit = end > start and ask.first("date") is None and ask.first("date_range") is None
        lines = [
            "Les arrêtés publiés ne me permettent pas de répondre par oui ou par non.",
            f"Celui qui s'applique {'dans les semaines à venir' if implicit else when}{where} :",
            said,
            *who_can_tell(ask.commune),
        ]
        return Answer(text="\n".join(lines), sources=[a.source, ask.commune.source], fallback=True)
    phrase = NOTHING.get(asked or "", "ne s'applique")
    if asked in {"closure", "opened"}:
        # « ne ferme cette voie (route de Chaumoux) »: a street's name has no article of its own
        verdict = "Non" if asked == "closure" else "Oui"
        text = f"{verdict} : aucun arrêté publié ne ferme cette voie{where} {when}."
    elif asked == "permission":
        # « on peut se garer rue du Vieux-Village la nuit ? »: nothing published forbids it
        text = f"Oui : aucun arrêté publié {phrase} {when}{where}."
    elif asked in {"prohibition", "obligation"} or (asked is None and topic):
        # « les barbecues, c'est encore interdit ? », « la rue des Vergers toujours en sens unique ? »:
        # whether such a measure is in force; none is
        text = f"Non : aucun arrêté publié {phrase} {when}{where}."
    else:
        text = f"Aucun arrêté publié {phrase} {when}{where}."
    cited = []
    # « fermée le mercredi aussi ? », « se garer vers 15 h ? »: the measure in force on the other days or
    # at the other hours it names says which
    other_times = [
        a
        for a in arretes
        if applies(a, start, end)
        and not (on_its_days(a, start, end) and at_its_hours(a, start, moment, topic))
        and (asked is None or yes_no_verdict(asked, orders(a)))
        and speaks_of(a, topic)
    ]
    if other_times:
        text += f"\nEn vigueur d'autres jours ou à d'autres heures : {describe(other_times[0], place)}"
        cited.append(other_times[0].source)
    # « encore barrée ? »: the measure that has just ended says when it did.
    ended = [
        a
        for a in arretes
        if a.fin is not None and a.fin < start and (asked is None or yes_no_verdict(asked, orders(a)))
    ]
    # « les chiens sont autorisés sur la plage en octobre ? »: the season's ban that ended says when it was
    ended = [a for a in ended if "still" in ask.cues or (topic and rules_on(a, topic))]
    if ended:
        last = max(ended, key=lambda a: a.fin)
        text += f"\nLa dernière mesure, {named(last)}, s'appliquait {validity(last)}."
        cited.append(last.source)
    # « c'est barré aujourd'hui ? » the day before the works: the measure about to start says when.
    coming = [
        a
        for a in arretes
        if a.debut is not None
        and end < a.debut <= end + timedelta(days=UPCOMING_DAYS)
        and (asked is None or yes_no_verdict(asked, orders(a)))
        and speaks_of(a, topic)
    ]
    if coming and start <= ask.today:  # asked of another day, a later measure is not news
        first = min(coming, key=lambda a: a.debut)
        text += f"\nÀ venir : {named(first)} s'appliquera {validity(first)}."
        cited.append(first.source)
    sources = cited or [ask.commune.source]
    return Answer(text=text + "\n(D'après les arrêtés publiés par la mairie.)", sources=sources)


def lifts(arrete) -> bool:
    """« Levée de l'interdiction de baignade », « réouverture de la route »: the measure ends another."""
    return french.cues().found("orders_lifting", arrete.objet or "")


def lifted(arretes: list) -> set[str]:
    """The ids of the arrêtés that another of `arretes`, signed later, lifts by number (« levée de
    l'interdiction prononcée par l'arrêté n° 2026-034 », « abroge l'arrêté … »): from then on the lifted
    one no longer rules, whatever end date it was given."""
    from knowledge.textnorm import number_groups

    out: set[str] = set()
    for lifting in filter(lifts, arretes):
        named = number_groups(lifting.objet)
        out |= {
            a.id
            for a in arretes
            if a.id != lifting.id and a.date <= lifting.date and number_groups(a.id) & named
        }
    return out


def days_covered(arrete, start: date, end: date) -> int:
    """How many of the days asked the arrêté applies on."""
    first = max(arrete.debut or arrete.date, start)
    last = min(arrete.fin or end, end)
    return max((last - first).days + 1, 0)


def _lists_place(arrete, place: str | None) -> bool:
    """Whether the arrêté lists the place asked, its kind of way included (« rue du Moulin »)."""
    from knowledge.textnorm import key

    wanted = set(key(place).split()) if place else set()
    return bool(wanted) and any(wanted <= set(key(lieu).split()) for lieu in arrete.lieux)


def only_as_way_round(arrete, name: str) -> bool:
    """Whether every sentence of the arrêté naming the place offers it as the way round (« déviation par
    la rue de Kerlaz »): the measure is then elsewhere."""
    return _only_as_way_round(arrete.objet or "", arrete.text or "", name)


@lru_cache(maxsize=4096)
def _only_as_way_round(objet: str, text: str, name: str) -> bool:
    """Cached by text: the same arrêtés come back for every question on their street."""
    whole = f"{objet}. {operative_part(text) or text}"
    naming = [s for part in re.split(r"\s*;\s*", whole) for s in SENTENCE_END.split(part) if _names(s, name)]
    return bool(naming) and all("alternative" in orders_in(s) for s in naming)


def rules_elsewhere(arrete, name: str, asked: set[str]) -> bool:
    """Whether the measure is on another place of the same name that its object names, the one asked
    being listed as its access: « fermeture nocturne du parc des Tilleuls » does not close the impasse des
    Tilleuls it lists — unless the question's own words (`asked`, stems) name that other place (« au
    complexe des Verchères » read as the chemin des Verchères)."""
    from knowledge.textnorm import stems

    if not arrete.objet or not _lists_place(arrete, name) or _names(arrete.objet, name):
        return False
    if orders_the_place(arrete.text or "", name):
        return False  # « le stationnement est interdit avenue du Parc » under a fireworks' object
    kinds = french.lexicon().street_type_words
    own = {s for w in name.split() if french.fold(w) not in kinds for s in stems(w)}
    for lieu in arrete.lieux:
        other = set(stems(lieu))
        if own and own <= other and not _names(lieu, name) and _names(arrete.objet, lieu):
            return not (other - set(stems(name))) & asked
    return False


@lru_cache(maxsize=4096)
def orders_the_place(text: str, name: str) -> bool:
    """Whether an article names the place, with its kind of way, in a sentence that orders something
    other than a way round: the measure is then on it too, whatever place its object names."""
    return any(
        _names(sentence, name) and orders_in(sentence) - {"alternative"}
        for sentence in SENTENCE_END.split(operative_part(text) or "")
    )


def names_place(arrete, name: str) -> bool:
    """Whether the arrêté's object, or one of its places, spells out every word of the place's name: not
    the words of two places put together (« avenue de la Gare » and « parking du parc Nord » do not name
    the avenue du Parc)."""
    return _names(arrete.objet or "", name) or any(_names(lieu, name) for lieu in arrete.lieux)


def _names(text: str, name: str) -> bool:
    """Whether `text` spells out every word of the place's name; a name made of common words only
    (« le bourg ») is compared on those words, stemmed."""
    from knowledge.textnorm import stems

    wanted = set(stems(name))
    if wanted:
        return wanted <= set(stems(text))
    wanted = {w for w in stems(name, drop_stop_words=False) if len(w) > 3}
    return bool(wanted) and wanted <= set(stems(text, drop_stop_words=False))


def topic_terms(ask: Ask, street: str) -> list:
    """The question's words that are not the street's name (« travaux », « stationnement ») nor what it
    asks of it (« fermée », « interdit »: orders() reads that, and « route barrée » closes as « fermée »)."""
    street_stems = set(french.analyzer().stems(street))
    cues = french.cues()
    # the day asked is the period's, not the subject's (« le 10 juillet », « samedi »)
    moments = schedule.moment_words()

    # « fermée », « interdit » are what is asked of the subject; « arrêté », « existe » the kind of answer
    asking = cues.covered_by_any((*STANCES, "exists", "names_arrete"), ask.text)

    def stance_word(term) -> bool:
        return french.fold(term.word) in asking or any(cues.found(name, term.word) for name in STANCES)

    # « à partir du 14 », « à compter de lundi »: the words opening a date ([opens_date]) are the period's
    dated = {"date", "date_range", "weekday", "time"}
    for entity in (e for e in ask.entities if e.type in dated):
        before = cues.normal(ask.text[: entity.start])
        moments = moments | {w for p in cues.phrases["opens_date"] if before[-len(p) :] == p for w in p}

    def moment_word(term) -> bool:
        return term.word.isdigit() or french.fold(term.word) in moments

    return [
        t for t in ask.terms if t.stem not in street_stems and not stance_word(t) and not moment_word(t)
    ]


def rules_on(arrete, topic: list) -> bool:
    """Whether the arrêté's object or articles speak of one of the subject's words (its places say where
    it rules, not what)."""
    held = ruling_stems(arrete)
    return any(term_credit(t, held) for t in topic)


def speaks_of(arrete, topic: list) -> bool:
    """Whether the measure can answer a question on that subject: it rules on it, or closes the place
    (whatever one wanted to do there)."""
    return not topic or "closure" in orders(arrete) or rules_on(arrete, topic)


def subject_weight(arrete, terms: list, weights: dict[str, float]) -> float:
    """How much of the question's subject (its rare words weighing most) the arrêté's object holds."""
    from knowledge.kinds import arrete_doc

    stems = arrete_doc(arrete).title_stems
    return sum(weights.get(t.stem, 1.0) * term_credit(t, stems) for t in terms)


def on_topic(arretes: list, terms: list) -> list:
    if not terms:
        return arretes
    from knowledge.kinds import arrete_doc

    kept = []
    for a in arretes:
        doc = arrete_doc(a)
        if any(term_credit(t, doc.title_stems) for t in terms):
            kept.append(a)
    return kept or arretes


def street(ask: Ask, name: str, chosen=None, whether: bool = False) -> Answer:
    """What the arrêtés say about a street on the days asked.

    `chosen` is the arrêté the ranker picked for a yes/no question that also names a place: a measure that
    names the place in its object (« … dans la traversée du bourg ») without listing it among its places is
    weighed with the place's own arrêtés rather than dropped. `whether`: the question asks whether there is
    a measure there, yes or no, though no verb says so (« des travaux rue X ? »).
    """
    start, end, when = period(ask)
    found = knowledge.arretes_in_force(ask.kb, start, place=name, until=end if end != start else None)
    topic = topic_terms(ask, name)
    found = on_topic(found, topic)
    where = f" {name}"
    if whether or asks_yes_no(ask):
        # « monter aux Granges » names the hamlet and the road to it alike: the rules of both decide.
        places = same_words(ask, name)
        everything = [a for place in places for a in knowledge.arretes_on_place(ask.kb, place)]
        candidates = found + [a for a in everything if a not in found]
        weighed = on_topic(candidates, topic)
        # a closed place answers whatever one wanted to do there (« monter en voiture », « se garer »);
        # a street closed elsewhere with a detour through this one does not
        weighed += [
            a
            for a in candidates
            if a not in weighed and "closure" in orders(a) and any(_lists_place(a, p) for p in places)
        ]
        if chosen is not None and all(a.id != chosen.id for a in weighed) and names_place(chosen, name):
            weighed = [chosen, *weighed]
        # so is every other arrêté retrieved that names the place in its object: « aucun arrêté ne
        # l'interdit (bourg) » must not be said while « … dans la traversée du bourg » forbids it
        weighed += [
            a
            for a in (r.doc.record for r in ask.ranked if r.doc.kind == "arrete")
            if isinstance(a, Arrete) and all(a.id != w.id for w in weighed) and names_place(a, name)
        ]
        return decide(ask, weighed, name)
    found.sort(key=lambda a: (0 if a.debut or a.fin else 1, a.debut or a.date))
    if not found:
        text = (
            f"Aucun arrêté publié ne s'applique{where} {when}. (D'après les arrêtés publiés par la mairie.)"
        )
        return Answer(text=text, sources=[ask.commune.source], remember={"street": name})
    shown = found[:MAX_LISTED]
    lines = [f"{plural(len(found), 'arrêté s’applique', 'arrêtés s’appliquent')}{where} {when} :"]
    weights = term_weights(ask)
    lines.extend(describe_for(a, ask.terms, name, ask.cues, weights) for a in shown)
    if len(found) > len(shown):
        lines.append(f"… et {len(found) - len(shown)} autre(s). Précisez une date.")
    return Answer(text="\n\n".join(lines), sources=[a.source for a in shown], remember={"street": name})


def same_words(ask: Ask, name: str) -> list[str]:
    """`name` and the other places read from the same words of the question, in the order found."""
    spans = {(e.start, e.end) for e in ask.entities if e.type == "street" and str(e.value) == name}
    others = [str(e.value) for e in ask.entities if e.type == "street" and (e.start, e.end) in spans]
    return list(dict.fromkeys([name, *others]))


def by_number(ask: Ask, arrete) -> Answer:
    text = describe(arrete)
    excerpt = articles_excerpt(arrete.text)
    if excerpt:
        text += f"\nExtrait : {excerpt}"
    return Answer(text=text, sources=[arrete.source], remember={"arrete_number": arrete.id})


def articles_excerpt(full_text: str | None, limit: int = 700) -> str | None:
    """The operative part of an arrêté (from « Article 1 »), cut at a sentence end."""
    part = operative_part(" ".join((full_text or "").split()))
    if part is None:
        return None
    if len(part) > limit:
        cut = part.rfind(". ", 0, limit)
        part = part[: cut + 1] if cut > 0 else part[:limit] + "…"
    return part


# Not at « : »: « Circulation autorisée : livraisons de 5 h à 10 h » is one clause.
SENTENCE_END = re.compile(r"(?<=[.;])\s+|\n(?=Article)", re.IGNORECASE)


def restricted_stems(arrete) -> frozenset[str]:
    """The stems of what an arrêté rules, without what it exempts: « interdit aux poids lourds, sauf
    desserte locale et collecte des déchets » rules on heavy vehicles, not on waste — a question on the
    déchetterie is not decided by it."""
    cues = french.cues()
    text = f"{arrete.objet or ''}. {operative_part(arrete.text) or arrete.text or ''}"
    kept: list[str] = list(arrete.lieux)
    for sentence in SENTENCE_END.split(text):
        words = cues.normal(sentence)
        cut = cues.position("exception", sentence, words=words)
        kept.append(" ".join(words[:cut] if cut is not None else words))
    return frozenset(french.stems(" ".join(kept)))


def term_weights(ask: Ask) -> dict[str, float]:
    """Each question word's rarity in the commune's records, the rarest 1: in « à quelle heure le feu
    d'artifice du 13 juillet ? », « artifice » says more than « 13 »."""
    match = getattr(ask.chosen, "match", None)
    idf = {t.term.stem: t.idf for t in match.terms} if match is not None else {}
    if ask.first("date") or ask.first("date_range"):
        # « du 13 juillet »: the day of the month is the date's, which chose the arrêtés, not the subject's
        idf = {stem: 0.0 if stem.isdigit() and len(stem) <= 2 else value for stem, value in idf.items()}
    top = max(idf.values(), default=0.0)
    return {stem: value / top for stem, value in idf.items()} if top else {}


def describe_for(
    arrete, terms: list, place: str | None = None, cues: frozenset = frozenset(), weights: dict | None = None
) -> str:
    """An arrêté, plus the sentence of its signed text that answers the question when its object does not.
    `weights`: term_weights, how much each word counts in choosing that sentence (1 when not given)."""
    from knowledge.kinds import stems_of

    text = describe(arrete, place)
    if not arrete.text or not terms:
        return text
    head = stems_of(f"{arrete.objet} {' '.join(arrete.lieux)}")
    missing = [t for t in terms if not term_credit(t, head)]
    # An arrêté on several places says in its articles what applies to each, and when: the place asked is
    # worth its sentence even when the object holds every word of the question.
    several = bool(place) and len(arrete.lieux) > 1
    # « on passe par où pendant les travaux ? »: the object names what is closed, an article the way round
    elsewhere = "asks_where" in cues and "moving" in cues
    if not missing and not several and not elsewhere:
        return text
    wanted = missing or terms
    # The articles decide; the « vu » and « considérant » before them only explain.
    signed = operative_part(arrete.text) or arrete.text
    sentences = [" ".join(s.split()) for s in SENTENCE_END.split(signed) if 20 <= len(s.strip()) <= 400]
    # « à quelle heure … ? »: of two sentences on the subject, the one stating a moment answers, an hour
    # of the day more than a day; the question's other words break ties.
    facts = french.facts.wanted(cues) | ({french.facts.MOMENT} if several else set())
    if "hour" in cues:
        facts |= {french.facts.MOMENT, french.facts.CLOCK}
    if elsewhere:
        facts |= {french.facts.PLACE}
    weights = weights or {}

    def held(chosen: list, sentence: str) -> float:
        stems = stems_of(sentence)
        return sum(weights.get(t.stem, 1.0) * term_credit(t, stems) for t in chosen)

    others = [t for t in terms if t not in wanted]
    scored = [
        (
            held(wanted, s)
            + 0.25 * held(others, s)
            + 0.5 * len(facts & french.facts.held(s))
            + (several and _names(s, place) and held(wanted, s) > 0)
            + (elsewhere and "alternative" in orders_in(s)),
            s,
        )
        for s in sentences
    ]
    best = max(scored, default=(0, None))
    if best[0] > 0:
        text += f"\nExtrait : « {best[1]} »"
    return text


def asked_street(ask: Ask):
    """The place the question names: one written with its kind of way (« place de l'église ») before one
    read from a bare word (« marché » in « le marché de Noël », which is also « place du Marché »)."""
    types = french.lexicon().street_type_words

    def with_its_kind(entity) -> bool:
        words = french.fold(entity.text).split()
        return bool(words) and words[0] in types

    streets = [e for e in ask.entities if e.type == "street"]
    chosen = [e for e in streets if with_its_kind(e)] or streets
    return chosen[0].value if chosen else None


def compose(ask: Ask) -> Answer:
    from bot.engine import Street

    record = ask.chosen.doc.record
    if isinstance(record, Street):
        return street(ask, record.name)
    if ask.chosen.features.get("number_match"):
        return by_number(ask, record)
    named = asked_street(ask)
    # « je peux me garer place X samedi ? », « des travaux rue X la semaine prochaine ? »: every rule on
    # that place then
    if named and (asks_yes_no(ask) or asks_whether_any(ask, str(named))):
        return street(ask, str(named), chosen=record, whether=True)
    if named:
        # « la rue Pasteur avait été barrée en octobre, c'était pour quoi ? »: the measures on that place
        # then, not every measure on the subject (a « rue aux écoles » elsewhere)
        on_place = street(ask, str(named))
        if on_place.sources and on_place.sources[0].kind == "arrete":
            return on_place
    # every arrêté on the subject is weighed, not only those the ranker trusts: « aucun arrêté sur ce sujet
    # ne s'applique » is said of all of them (last winter's parking rules are not this winter's)
    related = [record] + [
        r.doc.record
        for r in ask.on_subject("arrete")
        if not isinstance(r.doc.record, Street) and r.doc.record.id != record.id
    ]
    if asks_yes_no(ask):
        return decide(ask, related)
    if ask.first("date") or ask.first("date_range") or {"now", "asks_when"} & ask.cues:
        start, end, when = period(ask)
        current = [a for a in related if applies(a, start, end)]
        if not current:
            text = f"Aucun arrêté publié sur ce sujet ne s'applique {when}."
            return Answer(
                text=text + "\n" + describe(record, str(named) if named else None), sources=[record.source]
            )
        related = current
    related.sort(key=lambda a: (a.fin is not None and a.fin < ask.today, 0 if a.debut or a.fin else 1))
    shown = related[:3]
    place = str(named) if named else None
    text = "\n\n".join(describe_for(a, ask.terms, place, ask.cues, term_weights(ask)) for a in shown)
    return Answer(text=text, sources=[a.source for a in shown])


def in_force(ask: Ask) -> Answer:
    """Every arrêté in force today (the /arretes command)."""
    found = knowledge.arretes_in_force(ask.kb, ask.today)
    found.sort(key=lambda a: (0 if a.debut or a.fin else 1, a.debut or a.date))
    if not found:
        return Answer(text=f"Aucun arrêté publié ne s'applique aujourd'hui, {format_date(ask.today)}.")
    shown = found[:MAX_LISTED]
    lines = [f"{plural(len(found), 'arrêté s’applique', 'arrêtés s’appliquent')} aujourd'hui :"]
    lines.extend(describe(a) for a in shown)
    return Answer(text="\n\n".join(lines), sources=[a.source for a in shown])


def recent(ask: Ask) -> Answer:
    found = knowledge.recent_arretes(ask.kb, limit=3)
    lines = ["Les derniers arrêtés publiés :"] + [describe(a) for a in found]
    return Answer(text="\n\n".join(lines), sources=[a.source for a in found])
