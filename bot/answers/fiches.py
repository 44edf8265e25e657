"""Fiches pratiques: the clerk's own answers, found by the retrieval so a new fiche needs no retraining."""

from __future__ import annotations

import math
import re
from datetime import timedelta

import french
import knowledge
from bot.answers import arretes, tariffs
from bot.answers.arretes import title
from bot.answers.base import Answer, Ask, Button, held_stems, holds
from bot.answers.fallback import not_known, who_can_tell
from bot.answers.profil import asked_day, day_part, open_during
from bot.french import format_date, format_time, format_time_range, join_fr
from french import schedule
from knowledge.kinds import stems_of
from knowledge.retrieval import query_terms, term_credit
from knowledge.textnorm import stems

MAX_CHOICES = 2
MAX_CITED = 2
STANCES = {"permission", "opened", "closure", "prohibition"}


def fiche_text(fiche, cited: list = (), added: list[str] = ()) -> str:
    """The answer first (a « Non. » that opens it answers a yes/no question), then where it comes from.
    `added`: lines completing it from other records, before its source."""
    lines = [fiche.reponse.strip()]
    if fiche.lien:
        lines.append(f"En savoir plus : {fiche.lien}")
    lines.extend(f"Référence : {title(a)}." for a in cited)
    lines.extend(added)
    lines.append(f"Source : fiche pratique « {fiche.question} » de la mairie.")
    return "\n".join(lines)


def show_fiche(fiche, kb, decision=None) -> Answer:
    """The fiche, with the arrêtés it cites by number as sources too: the rule itself, signed and dated;
    and the délibération backing it (`backing`), if any."""
    from bot.answers.deliberations import describe

    cited = knowledge.cited_arretes(kb, fiche.reponse)[:MAX_CITED]
    added = [f"Ce que le conseil municipal a fixé : {describe(decision)}"] if decision else []
    return Answer(
        text=fiche_text(fiche, cited, added),
        sources=[fiche.source, *(a.source for a in cited), *([decision.source] if decision else [])],
        remember={"fiche_id": fiche.id},
    )


def schedule_verdict(ask: Ask, fiche) -> str | None:
    """« Non : d'après la fiche, le dimanche 17 mai 2026 : de 10 h à 12 h. » for « je peux tondre dimanche
    après-midi ? », when the fiche's text is a plain weekly schedule (french.schedule) and the question
    names a day (or « maintenant »); None otherwise — the fiche is then shown as it is."""
    if ask.wh or not ("yes_no" in ask.cues or ("?" in ask.text and STANCES & ask.cues)):
        return None
    day = asked_day(ask) or (ask.today if "now" in ask.cues else None)
    week = schedule.read(fiche.reponse, on=day) if day else None
    if day is None or not week:
        return None
    # a weekly schedule names the days it opens: a day it does not name is closed
    spans = week.get(day.weekday(), [])
    # « ouvert le vendredi en ce moment ? » asks about Fridays this season, not this minute.
    now = "now" in ask.cues and day == ask.today and ask.first("weekday") is None
    at_time = ask.first("time") or (ask.now.time() if now else None)
    part = day_part(ask)
    if at_time is not None:
        inside = any(a <= at_time < b for a, b in spans)
    elif part is not None:
        inside = open_during(spans, part)
    else:
        inside = bool(spans)
    negative = bool({"closure", "prohibition"} & ask.cues) and not {"permission", "opened"} & ask.cues
    verdict = "Oui" if inside != negative else "Non"
    hours = join_fr([format_time_range(a, b) for a, b in spans]) if spans else "aucun horaire ce jour-là"
    moment = f" (question pour {format_time(at_time)})" if at_time else ""
    return f"{verdict} : d'après la fiche, le {format_date(day)} : {hours}{moment}."


DIGIT = re.compile(r"\d")


def gives_a_quantity(ask: Ask) -> bool:
    """A number of the resident's own (« un abri de 12 m² », « 3 tonnes »), not a day, an hour or a year."""
    dated = [(e.start, e.end) for e in ask.entities if e.type in {"date", "date_range", "time", "year"}]
    return any(not any(a <= m.start() < b for a, b in dated) for m in DIGIT.finditer(ask.text))


def day_named(ask: Ask):
    """The day a question names (« en mai », « le 14 juillet », « en ce moment », « en hiver »), or None."""
    if ask.first("date") is not None or ask.first("date_range") is not None:
        return arretes.period(ask)[0]
    return ask.today if "now" in ask.cues else schedule.season_day(ask.text, ask.today)


def says_yes_or_no(fiche) -> bool:
    """The clerk's answer opens on « Oui » or « Non »: it settles the question by itself."""
    return french.fold(fiche.reponse.lstrip()[:4]).startswith(("oui", "non"))


def rule_verdict(ask: Ask, fiche) -> str | None:
    """« on a le droit de brûler les branches ? » answered by a fiche saying « Le brûlage des déchets verts
    est interdit. »: the fiche's sentence on the subject asked says whether, as an arrêté's clause would
    (same cues, french/data/cues.txt). None when no sentence holds most of the subject, or when it orders
    nothing the question asks about — the fiche is then shown as it is, without « Oui » or « Non »."""
    if says_yes_or_no(fiche):
        return None
    asked = arretes.stance(ask)
    if asked is None and "exists" in ask.cues and "?" in ask.text and not ask.wh:
        asked = "exists"  # « y a toujours le marché en hiver ? »: only a negation answers it
    elif not arretes.asks_yes_no(ask):
        return None
    # the subject as the fiche holds it: the resident's own details (« de ma haie ») are not in it
    held = held_stems(ask.chosen) if ask.chosen is not None else None
    topic = [t for t in arretes.topic_terms(ask, "") if held is None or t.stem in held]
    if asked is None or not topic:
        return None
    weights = arretes.term_weights(ask)
    half = sum(weights.get(t.stem, 1.0) for t in topic) / 2
    own_quantity = gives_a_quantity(ask)
    # of the sentences holding most of the subject, the best one that says whether: « La carte d'identité
    # est gratuite » holds as much of « je peux la refaire à la mairie ? » as « La mairie n'est pas équipée
    # pour … », and says nothing of it
    off_season = None  # a restriction on the subject whose season or hours leave out the moment asked
    restricted_then = False
    for score, sentence in sorted(arretes.sentences_on(fiche.reponse, topic, weights), key=lambda s: -s[0]):
        if score < half:
            break
        if own_quantity and french.cues().found("quantity_condition", sentence) and DIGIT.search(sentence):
            continue  # « … de plus de 20 m² » does not say whether « un abri de 12 m² » needs it
        ordered = arretes.orders_in(sentence)
        if not said_of_then(sentence, ask):
            # « du 1er juin au 30 septembre … de 10 h à 19 h » asked in October, or at 20 h 30
            off_season = off_season or (sentence if ordered & RESTRICTIONS else None)
            continue
        restricted_then = restricted_then or bool(ordered & RESTRICTIONS)
        verdict = arretes.yes_no_verdict(asked, ordered, own_clause=True)
        if verdict is None and asked == "permission" and does_what_is_asked(ask, sentence):
            verdict = "Oui"
        if verdict:
            return f"{verdict} : d'après la fiche, « {sentence} »"
    if off_season and not restricted_then and names_its_moment(ask):
        verdict = lifted_verdict(asked, arretes.orders_in(off_season))
        if verdict:
            rule = f"cette règle ne vaut pas {moment_said(ask, off_season)}"
            return f"{verdict} : d'après la fiche, {rule} : « {off_season} »"
    return None


RESTRICTIONS = {"prohibition", "closure", "obligation"}


def names_its_moment(ask: Ask) -> bool:
    """The question says when (« en octobre », « ce soir à 20 h 30 », « en ce moment »): a seasonal rule
    can then be said not to hold, which a question asked of no moment would not be told."""
    return "now" in ask.cues or any(ask.first(kind) is not None for kind in ("date", "date_range", "time"))


def lifted_verdict(asked: str | None, ordered: set[str]) -> str | None:
    """The answer when the rule's restriction does not hold at the moment asked: not forbidden, not
    closed, not required then; « je peux … ? » is then « Oui ». None when the rule orders nothing asked."""
    if asked in {"prohibition", "closure"} and ordered & {"prohibition", "closure"}:
        return "Non"
    if asked == "obligation" and "obligation" in ordered:
        return "Non"
    if asked in {"permission", "opened"} and ordered & {"prohibition", "closure"}:
        return "Oui"
    return None


PARTS_SAID = {"morning": "le matin", "afternoon": "l'après-midi", "evening": "le soir"}


def moment_said(ask: Ask, sentence: str) -> str:
    """What leaves the moment asked out of the rule: its day (« le samedi 3 octobre 2026 ») when the
    rule's season does, else its hour or part of the day (« à 20 h 30 », « le soir »)."""
    day, _, when = arretes.period(ask)
    if schedule.out_of_its_period(sentence, day) or not schedule.in_its_months(sentence, day):
        return when
    at = ask.first("time")
    part = next((said for name, said in PARTS_SAID.items() if name in ask.cues), None)
    return f"à {format_time(at)}" if at is not None else part or when


def stems_after(cue: str, text: str, count: int = 3) -> list[str]:
    """The stems of the first word with meaning after a cue list's phrase, itself no cue of that list:
    « un taxi » after « y a-t-il », « surveiller » after « peut »."""
    cues = french.cues()
    after = [w for w in cues.following(cue, text, count) if not cues.found(cue, w)]
    return next((found for w in after if (found := french.analyzer().stems(w))), [])


QUESTION_PARTS = re.compile(r"(?<=[.?!])\s+|\n+")


def presence_verdict(ask: Ask, fiche) -> str | None:
    """« y a un marché le jeudi soir l'été ? » answered « Oui » by the fiche's sentence « En juillet et
    août, un marché nocturne a lieu le jeudi soir de 18 h à 22 h »: one sentence (with the fiche's own
    question) holds what is asked to exist and every word of the asking sentence, names the weekday asked
    (a schedule naming other days says nothing of it), gives hours meeting the time of day asked, holds
    the season asked, and forbids, closes, denies or moves nothing ([absent]). Otherwise None: the fiche is
    shown as it is (« le mercredi matin » does not say that there is none on Thursday evening).

    Only « Oui » is given here: « Non » needs a sentence saying there is none (`rule_verdict`). A fiche
    that opens on « Oui » itself says so in its own words: a second « Oui » before it would only repeat it,
    on whichever of its sentences held the words best (« La navette est gratuite pour tous. »)."""
    if "exists" not in ask.cues or ask.wh or arretes.stance(ask) is not None or says_yes_or_no(fiche):
        return None
    if "?" not in ask.text and "yes_no" not in ask.cues:
        return None
    # what is asked to exist: the first word after « y a-t-il » (« un taxi », « une collecte »), which the
    # sentence or the fiche's question must hold; the resident's other details need not be there
    cues = french.cues()
    thing = stems_after("exists", ask.text)
    # every word of the sentence asking it counts (« … pour les étudiants ? » is not answered by a reduced
    # price for the under-18s); a letter's other sentences do not
    asking = next((part for part in QUESTION_PARTS.split(ask.text) if cues.found("exists", part)), "")
    own = set(cues.normal(asking))
    topic = [t for t in arretes.topic_terms(ask, "") if french.fold(t.word) in own]
    if not thing or not topic:
        return None
    weights = arretes.term_weights(ask)
    whole = sum(weights.get(t.stem, 1.0) for t in topic)
    weekday = ask.first("weekday")
    day, last, _ = arretes.period(ask)
    dated = ask.first("date") is not None and day == last
    moment = arretes.asked_moment(ask)
    # the fiche's own question is every sentence's subject: « le ramassage des poubelles » for « une
    # collecte supplémentaire des ordures a lieu le samedi »
    title = stems_of(fiche.question or "")
    for _, sentence in sorted(arretes.sentences_on(fiche.reponse, topic, weights), key=lambda s: -s[0]):
        held_here = stems_of(sentence) | title
        if not set(thing) <= held_here:
            continue
        if sum(weights.get(t.stem, 1.0) * term_credit(t, held_here) for t in topic) < whole - 1e-9:
            continue
        named = schedule.weekdays_named(sentence)
        if weekday is not None and weekday not in named:
            continue
        if dated and named and day.weekday() not in named:
            continue  # « y a la collecte demain ? » of « collecte le lundi », tomorrow a Tuesday
        if moment is not None and not at_some_hours(
            sentence, day if weekday is not None or dated else None, moment
        ):
            continue
        if not schedule.in_its_months(sentence, day):  # a « du … au … » period too
            continue
        if cues.found("orders_negation", sentence) or cues.found("absent", sentence):
            continue
        if arretes.orders_in(sentence) & {"prohibition", "closure", "negation"}:
            continue
        return f"Oui : d'après la fiche, « {sentence} »"
    return None


WANTS_SOMETHING = {"asks_how_much", "asks_when", "asks_who", "asks_where", "asks_list", "asks_what"}


def asks_whether(ask: Ask) -> bool:
    """A yes/no question (« est-ce que … ? », « je peux … ? », « y a-t-il … ? »), not a polite request for
    something the fiche gives (« je peux avoir les horaires ? » wants the hours: [asks_what] and the like)."""
    if ask.wh or WANTS_SOMETHING & ask.cues:
        return False
    if arretes.asks_yes_no(ask):
        return True
    return "exists" in ask.cues and "?" in ask.text


def at_some_hours(sentence: str, day, moment) -> bool:
    """Whether the hours the sentence gives (on that day, or on any day when none is asked) meet the time
    asked: a sentence giving no hours says nothing of « le soir »."""
    week = schedule.read(sentence, day, dated=True) or {}
    spans = (week.get(day.weekday(), []) if day else [s for v in week.values() for s in v]) or (
        schedule.daily_hours(sentence)
    )
    return arretes.meets(spans, moment)


NUMBER = r"(\d+(?:[.,]\d+)?)"
SURFACE = rf"{NUMBER}\s*(?:m2|m 2|metres? carres?)\b"
CLAUSE_END = re.compile(r"(?<=[.;])\s+")


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def surface_asked(ask: Ask) -> float | None:
    """The surface the resident gives (« un abri de 12 m² », « 30 mètres carrés »), if one."""
    found = re.findall(SURFACE, french.fold(ask.text))
    return _number(found[0]) if len(found) == 1 else None


def surface_conditions(clause: str) -> list[tuple[float, float]]:
    """The surfaces a clause's condition holds, as (low, high) bounds: « de plus de 5 m² » is (5, ∞),
    « de moins de 20 m² » (0, 20), « de 5 à 20 m² » (5, 20); lists [quantity_above] and [quantity_below]."""
    folded = french.fold(clause)
    phrases = french.cues().phrases
    out = []
    for name, bounds in (("quantity_above", lambda n: (n, math.inf)), ("quantity_below", lambda n: (0.0, n))):
        words = "|".join(r"[\s'-]+".join(p) for p in phrases[name])
        for m in re.finditer(rf"\b(?:{words})\s+(?:de\s+|d['’]\s*)?{SURFACE}", folded):
            out.append(bounds(_number(m.group(1))))
    for m in re.finditer(rf"\b(?:de|entre)\s+{NUMBER}\s*(?:m2\s*)?(?:a|et)\s+{SURFACE}", folded):
        out.append((_number(m.group(1)), _number(m.group(2))))
    return out


def quantity_verdict(ask: Ask, fiche) -> str | None:
    """« faut-il un permis de construire pour agrandir de 30 m² ? » answered by the fiche's clause on the
    permit and its size condition: « Oui » when the condition holds the resident's surface (« plus de
    20 m² »), « Non » when every clause naming the permit has a condition and none holds it. None when the
    question gives no surface, asks no obligation, or the fiche's clauses on what is asked give no size."""
    size = surface_asked(ask)
    if size is None or ask.wh or arretes.stance(ask) != "obligation":
        return None
    cues = french.cues()
    thing = stems_after("obligation", ask.text)
    if not thing:
        return None
    clauses = [" ".join(c.split()) for c in CLAUSE_END.split(fiche.reponse)]
    naming = [
        c
        for c in clauses
        if set(thing) <= stems_of(c) and not cues.found("orders_negation", c) and not cues.found("absent", c)
    ]
    sized = [(c, [low < size <= high for low, high in surface_conditions(c)]) for c in naming]
    if any(any(held) and not all(held) for _, held in sized):
        return None  # « plus de 20 m² (plus de 40 m² en zone urbaine) » for 30 m²: it depends
    for clause, held in sized:
        if held and all(held):
            return f"Oui : d'après la fiche, « {clause} »"
    if sized and all(held for _, held in sized):
        return f"Non : d'après la fiche, « {sized[0][0]} »"
    return None


def only_way_verdict(ask: Ask, fiche) -> str | None:
    """« passeport, faut prendre rdv ? » answered « Oui » by « la demande se fait uniquement sur
    rendez-vous »: what the question asks to be required (the first word with meaning after « faut »,
    « faut-il ») is what a sentence makes the only way ([only_way] in cues.txt). « faut-il un
    justificatif pour le rendez-vous ? » asks of the paper, not of the appointment: no verdict."""
    if ask.wh or arretes.stance(ask) != "obligation":
        return None
    cues = french.cues()
    wanted = {t.stem for t in query_terms(" ".join(cues.following("obligation", ask.text, 3)))[:1]}
    if not wanted:
        return None
    for sentence in arretes.SENTENCE_END.split(fiche.reponse):
        sentence = " ".join(sentence.split())
        said = cues.covered("only_way", sentence) | set(cues.following("only_way", sentence))
        if said and wanted & {t.stem for t in query_terms(" ".join(sorted(said)))}:
            return f"Oui : d'après la fiche, « {sentence} »"
    return None


def said_of_then(sentence: str, ask: Ask) -> bool:
    """The sentence's own season and hours, if it gives some, hold the day and the hour asked."""
    day = arretes.period(ask)[0]
    return not schedule.out_of_its_period(sentence, day) and arretes.at_the_hours(
        sentence, day, arretes.asked_moment(ask)
    )


def does_what_is_asked(ask: Ask, sentence: str) -> bool:
    """« la police peut surveiller ma maison ? » answered by « la police municipale surveille votre
    domicile »: the sentence plainly does what is asked — the first word after « peut » (« surveiller »,
    not a cue itself like « passer ») is in it — and orders nothing (no ban, no negation, no limit)."""
    wanted = stems_after("permission", ask.text, 2)
    return bool(wanted) and set(wanted) <= stems_of(sentence) and not arretes.orders_in(sentence)


def cost_verdict(ask: Ask, fiche) -> str | None:
    """« c'est payant ? » / « c'est gratuit ? » answered by the fiche's sentence that says it is free, or
    that gives a price: « Non : d'après la fiche, « La délivrance est gratuite. » ». None when the fiche says
    both (free for residents, a price for others) or neither: it is then shown as it is."""
    cues = french.cues()
    asked = {name for name in ("paid", "free") if name in ask.cues}
    if len(asked) != 1 or ask.wh or not ("?" in ask.text or "yes_no" in ask.cues):
        return None
    free, priced = [], []
    for sentence in arretes.SENTENCE_END.split(fiche.reponse):
        sentence = " ".join(sentence.split())
        says_free = cues.found("free", sentence)
        if says_free and cues.found("orders_negation", sentence):
            continue  # « ce n'est pas gratuit »: read neither way
        if says_free:
            free.append(sentence)
        elif french.facts.QUANTITY in french.facts.held(sentence):
            priced.append(sentence)
    if bool(free) == bool(priced):
        return None
    is_free = bool(free)
    verdict = "Oui" if is_free == ("free" in asked) else "Non"
    return f"{verdict} : d'après la fiche, « {(free or priced)[0]} »"


def backing(ask: Ask):
    """« c'est combien ? » answered by a fiche that states no price (« les tarifs sont fixés par le conseil
    municipal »): the délibération among the candidates that states one and holds most of the fiche's
    subject (« acheter une concession au cimetière » is backed by « Tarifs des concessions du cimetière »),
    of the year asked when one is (« et en 2025 ? » after this year's price)."""
    wanted = french.facts.wanted(ask.cues)
    missing = wanted - ask.chosen.doc.facts
    if wanted and not missing and french.cues().found("defers", ask.chosen.doc.record.reponse):
        missing = wanted  # a deposit is not the price the council sets
    if not missing:
        return None
    subject = ask.subject()
    stating = [
        r
        for r in ask.ranked
        if r.doc.kind == "deliberation" and missing & r.doc.facts and holds_most(r, subject)
    ]
    return max(stating, key=lambda r: (r.features.get("year_match", 0.0), r.p), default=None)


def backing_decision(ask: Ask):
    """The délibération backing the fiche (`backing`); asked without a year, its version in force, as the
    délibération asked for would be given: not last year's tariffs the ranker happens to trust more."""
    from bot.answers.deliberations import in_force_now, latest_version

    backed = backing(ask)
    if backed is None or ask.all("year"):
        return backed and backed.doc.record
    return in_force_now(ask, latest_version(ask, backed.doc.record))


def referred_arrete(ask: Ask):
    """« le bois doit être sorti avant la date fixée par l'arrêté d'exploitation »: a fiche leaving a date
    or a rule to an arrêté ([defers_arrete] in cues.txt) is completed by the arrêté among the candidates that
    holds most of its subject and applies now or in the coming weeks."""
    if not french.cues().found("defers_arrete", ask.chosen.doc.record.reponse):
        return None
    subject = ask.subject()
    horizon = ask.today + timedelta(days=arretes.UPCOMING_DAYS)
    referred = [
        r
        for r in ask.ranked
        if r.doc.kind == "arrete"
        and hasattr(r.doc.record, "objet")
        and holds_most(r, subject)
        and arretes.applies(r.doc.record, ask.today, horizon)
    ]
    return max(referred, key=lambda r: r.p, default=None)


def holds_most(candidate, subject: set[str]) -> bool:
    """Two thirds of the subject's words (all of one or two words)."""
    held = subject & held_stems(candidate).keys()
    return bool(held) and len(held) * 3 >= len(subject) * 2


def deciding_arrete(ask: Ask) -> tuple | None:
    """« je peux brûler des branches en ce moment ? » answered by the fiche on burning garden waste: an
    arrêté on the same subject, in force on the days asked, that decides the question (« Non : d'après
    l'arrêté n° … ») leads, since a fiche states the usual rule and the arrêté what holds then."""
    if not arretes.asks_yes_no(ask):
        return None
    asked = arretes.stance(ask)
    topic = arretes.topic_terms(ask, "")
    # the subject, not the asking: « c autorisé ? » shares « autoris » with every arrêté that permits
    subject = ask.subject() & {t.stem for t in topic}
    if not subject:
        return None
    # a subject made of the place's name only (« … sur la plage de Kermor ? ») is decided by a measure
    # closing that place, not by any rule there (the dogs' ban on that beach says nothing of a barbecue)
    place = arretes.asked_street(ask)
    only_place = subject <= set(stems(str(place or "")))
    start, end, when = arretes.period(ask)
    weights = arretes.term_weights(ask)
    for r in ask.ranked:
        record = r.doc.record
        if r.doc.kind != "arrete" or not hasattr(record, "objet"):
            continue
        # « mettre mon bateau à l'eau à la cale du port ? »: the place asked, closed, answers whatever one
        # wanted to do there, though its arrêté does not speak of boats
        closes_place = (
            place is not None
            and "closure" in arretes.orders(record)
            and arretes.names_place(record, str(place))
            and not arretes.only_as_way_round(record, str(place))
        )
        if not closes_place and not (
            holds(r, subject, literal=True) and subject & arretes.restricted_stems(record)
        ):
            continue
        if not arretes.holds_then(record, ask, start, end, topic):
            continue  # « le disque bleu dimanche ? » of a blue zone from Monday to Saturday
        if only_place and "closure" not in arretes.orders(record):
            continue
        verdict = arretes.yes_no_verdict(asked, *arretes.orders_on(record, topic, weights))
        if verdict:
            span = arretes.validity(record) if end > start and "future" in ask.cues else None
            return record, f"{verdict} : d'après {arretes.named(record)}, {span or when}."
    return None


def compose(ask: Ask) -> Answer:
    """The chosen fiche; other fiches the ranker also trusts are offered, never asserted."""
    answer = show_fiche(ask.chosen.doc.record, ask.kb, backing_decision(ask))
    deciding = deciding_arrete(ask)
    if deciding:
        arrete, lead = deciding
        answer.text = f"{lead}\n{arretes.describe(arrete)}\n\n{answer.text}"
        answer.sources.insert(0, arrete.source)
    elif referred := referred_arrete(ask):
        arrete = referred.doc.record
        answer.text = f"{arretes.describe(arrete)}\n\n{answer.text}"
        answer.sources.insert(0, arrete.source)
    elif lead := (
        schedule_verdict(ask, ask.chosen.doc.record)
        or cost_verdict(ask, ask.chosen.doc.record)
        or quantity_verdict(ask, ask.chosen.doc.record)
        or only_way_verdict(ask, ask.chosen.doc.record)
        or rule_verdict(ask, ask.chosen.doc.record)
        or presence_verdict(ask, ask.chosen.doc.record)
    ):
        answer.text = f"{lead}\n{answer.text}"
    elif asks_whether(ask) and not says_yes_or_no(ask.chosen.doc.record):
        # asked yes or no, and no sentence of the fiche says which: it is shown, nothing is asserted
        answer.text = "\n".join(
            [
                "La fiche ne me permet pas de répondre par oui ou par non. Voici ce qu'elle dit :",
                answer.text,
                *who_can_tell(ask.commune),
            ]
        )
        answer.sources.append(ask.commune.source)
        answer.fallback = True
    fiche = ask.chosen.doc.record
    if tariffs.trimmed(answer, ask, "la fiche"):
        answer.buttons.append(Button("Tous les tarifs", f"f:{fiche.id}"))
    elif (day := day_named(ask)) and (
        cut := schedule.for_period(answer.text, day) or schedule.for_season(answer.text, day)
    ):
        # « ouvert jusqu'à quelle heure en mai ? »: the summer hours, not the winter ones beside them;
        # « passeport, délai en ce moment ? » in August: « 5 semaines en été », not the rest of the year's
        answer.text = f"{cut}\n(Seule la période demandée est montrée ; la fiche en donne d'autres.)"
        answer.buttons.append(Button("Toute la fiche", f"f:{fiche.id}"))
    others = [r for r in ask.confident("fiche") if r is not ask.chosen][:MAX_CHOICES]
    if others:
        answer.text += "\n\nVous cherchiez peut-être autre chose :"
        answer.buttons += [Button(r.doc.record.question[:60], f"f:{r.doc.record.id}") for r in others]
    return answer


def by_id(kb, fiche_id: int, commune) -> Answer:
    fiche = knowledge.get_fiche(kb, fiche_id)
    if fiche is None or not fiche.enabled:
        return not_known(commune, "cette fiche, qui a été retirée par la mairie")
    return show_fiche(fiche, kb)
