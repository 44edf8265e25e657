"""What the municipal council decided, when, the amount or rate it set, and how it voted."""

from __future__ import annotations

import re

import french
from bot.answers import tariffs
from bot.answers.base import Answer, Ask, holds
from bot.answers.fallback import who_can_tell
from bot.answers.fiches import day_named
from bot.french import format_date
from french import schedule
from knowledge.kinds import deliberation_years as years_of
from knowledge.kinds import object_words, same_object

MAX_LISTED = 3
ALIKE = 0.5  # share of the shorter object's words the main budget's vote and an annexe's share
SEASON_SHOWN = "Seul le tarif de la saison demandée est montré ; la délibération en donne d'autres."
SOURCE = "Source : délibérations du conseil municipal publiées par la commune."


def unanimous(d) -> bool:
    return d.vote_pour is not None and not d.vote_contre and not d.vote_abstention


def verdict(ask: Ask, d) -> str | None:
    """« Oui » / « Non » for « le conseil a-t-il voté … ? », « … adopté à l'unanimité ? ».

    The chosen délibération is the council's decision on the subject asked, so a yes/no question on it is
    answered « Oui » — except on unanimity, which its vote decides. An unrecorded vote decides nothing.
    """
    # « les tarifs ont été votés à l'unanimité ? » is a yes/no question on the vote, without « est-ce
    # que », whatever « tarifs » cues
    if "unanimous" in ask.cues and ("yes_no" in ask.cues or "?" in ask.text):
        if d.vote_pour is None:
            return None
        return "Oui" if unanimous(d) else "Non"
    if "yes_no" not in ask.cues or ask.wh:
        return None
    if "asks_permission" in ask.cues or {"prohibition", "closure", "obligation"} & ask.cues:
        return None  # « on peut faire un feu de camp ? », « c'est interdit ? »: the rule's, not the vote's
    asked = {"rise", "fall"} & ask.cues
    if asked:
        return change_verdict(asked, d.objet)
    return "Oui"


def change_verdict(asked: set[str], objet: str) -> str | None:
    """« a augmenté ? » is not answered « Oui » by a délibération merely setting the rate: it says « Non »
    when the rate is kept (« taux inchangés »), « Oui » or « Non » when it names the change, and nothing
    when it gives only the new figure, which alone says neither."""
    cues = french.cues()
    if cues.found("unchanged", objet):
        return "Non"
    said = {name for name in ("rise", "fall") if cues.found(name, objet)}
    if len(said) != 1:
        return None
    return "Oui" if said == asked else "Non"


def vote_text(d) -> str:
    if d.vote_pour is None:
        return "vote non précisé dans le fichier publié"
    parts = [f"{d.vote_pour} pour", f"{d.vote_contre or 0} contre", f"{d.vote_abstention or 0} abstention"]
    if (d.vote_abstention or 0) > 1:
        parts[-1] += "s"
    return ("adoptée à l'unanimité : " if unanimous(d) else "vote : ") + ", ".join(parts)


def describe(d) -> str:
    line = (
        f"Délibération n° {d.id} du {format_date(d.date)} : {d.objet.strip().rstrip('.')} ({vote_text(d)})."
    )
    if d.url:
        line += f"\nTexte : {d.url}"
    return line


def in_force_now(ask: Ask, chosen):
    """Asked without a year, the prices of this year, not next year's voted in advance: of the
    délibérations on the same subject, one naming this year rather than only later ones."""
    if not years_of(chosen) or min(years_of(chosen)) <= ask.today.year:
        return chosen
    current = (r.doc.record for r in ask.on_subject("deliberation"))
    return next((d for d in current if ask.today.year in years_of(d)), chosen)


def latest_version(ask: Ask, chosen):
    """Councils vote the same tariffs, subsidies and rates again each year: asked without a year, a
    decision that a later one on the same object has replaced is not the answer; the latest already voted,
    for no year still to come (« 2026-2027 » waits for 2027), is. The same object: the two alike, years
    aside, and the later one holding the subject the question found in the first."""
    own = object_words(chosen)
    newer = [
        d
        for d in (r.doc.record for r in ask.on_subject("deliberation"))
        if chosen.date < d.date <= ask.today
        and max(years_of(d)) <= ask.today.year
        and same_object(own, object_words(d))
    ]
    return max(newer, key=lambda d: d.date, default=chosen)


def missing_subject(ask: Ask) -> str | None:
    """The question's most telling word when the chosen record does not hold it (« éoliennes » in « a-t-il
    délibéré sur un projet d'éoliennes ? » answered by another project): then it is not the answer."""
    held = [t.idf for t in ask.chosen.match.terms if max(t.title, t.body) > 0]
    # « augmenté » in « le taux a augmenté ? », « parlé » in « ils ont parlé des AESH ? » ask how the
    # council dealt with the subject, not about another subject
    cues = french.cues()
    how = set().union(*(cues.covered(name, ask.text) for name in ("rise", "fall", "discussed")))
    missing = [t for t in ask.chosen.match.terms if max(t.title, t.body) == 0 and t.term.word not in how]
    if not missing:
        return None
    top = max(missing, key=lambda t: t.idf)
    if top.idf < max(held, default=0.0):
        return None
    # said only when no délibération retrieved for the question holds it either
    if any(r.doc.kind == "deliberation" and holds(r, {top.term.stem}) for r in ask.ranked):
        return None
    # as the resident wrote it (« éoliennes »), not folded
    typed = (w for w in re.findall(r"[^\W\d_]+", ask.text) if french.fold(w) == top.term.word)
    return next(typed, top.term.word)


def main_budget(ask: Ask, chosen):
    """« le budget 2026 a été voté à l'unanimité ? » asks of the commune's own budget: a budget annexe's
    vote (the campsite's, the sanitation's) answers only a question naming the annexe. Of the délibérations
    on the same subject, the first that is not about an annexe, and is the same decision for another budget
    (most of its words), is taken instead: a subsidies list « selon tableau annexé » is no annexe's budget,
    and the décision modificative after it is not its main version."""
    cues = french.cues()
    if "annex" in ask.cues or not cues.found("annex", chosen.objet):
        return chosen
    own = object_words(chosen)
    return next(
        (
            d
            for d in (r.doc.record for r in ask.on_subject("deliberation"))
            if not cues.found("annex", d.objet) and _alike(own, object_words(d))
        ),
        chosen,
    )


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Most of the shorter object's words in the other: the main budget's vote and an annexe's."""
    return len(a & b) >= ALIKE * min(len(a), len(b))


def not_found(ask: Ask, said: str, nearest) -> Answer:
    """What was not found, who can tell, and the nearest délibération read (so the resident sees why)."""
    lines = [said, *who_can_tell(ask.commune)]
    lines += ["", f"La plus proche de votre question : {describe(nearest)}", SOURCE]
    return Answer(text="\n".join(lines), sources=[nearest.source, ask.commune.source], fallback=True)


def compose(ask: Ask) -> Answer:
    """The chosen délibération, then the others the ranker trusts (of the year asked, if one was). Asked of
    a year, the one on the same subject of that year answers; none of that year, or none holding the
    question's most telling word for a « a-t-il délibéré sur … ? », is said as such, never replaced by
    another decision asserted as the answer."""
    years = set(ask.all("year"))
    chosen = main_budget(ask, ask.chosen.doc.record)
    if years:
        # « tarifs 2026-2027 »: the one naming most of the years asked (not 2025-2026's, which names one)
        weighed = [chosen, *(r.doc.record for r in ask.on_subject("deliberation"))]
        best = max(weighed, key=lambda d: len(years & years_of(d)))  # the first of equals: the ranker's
        if not years & years_of(best):
            asked = ", ".join(str(y) for y in sorted(years))
            return not_found(ask, f"Aucune délibération publiée sur ce sujet ne porte sur {asked}.", chosen)
        chosen = best
    else:
        chosen = in_force_now(ask, latest_version(ask, chosen))
    absent = missing_subject(ask) if "yes_no" in ask.cues and not ask.wh else None
    if absent:
        return not_found(ask, f"Je ne trouve aucune délibération publiée sur « {absent} ».", chosen)
    shown = [chosen]
    own = object_words(chosen)
    for r in ask.confident("deliberation"):
        d = r.doc.record
        # of the year asked, by what it is about (« tarifs 2027 », voted in 2026, are not 2026's); never
        # another year's version of the decision chosen, which the resident did not ask for
        of_year = years & years_of(d) if years else not same_object(own, object_words(d))
        if d.id != shown[0].id and len(shown) < MAX_LISTED and of_year:
            shown.append(d)
    text = "\n\n".join(describe(d) for d in shown)
    lead = verdict(ask, shown[0])
    if lead:
        text = f"{lead} : {text[0].lower()}{text[1:]}"
    answer = Answer(text=text, sources=[d.source for d in shown])
    if not tariffs.trimmed(answer, ask, "la délibération") and (day := day_named(ask)):
        # « combien la nuit au camping en juillet ? » of a high and a low season's price: July's
        cut = schedule.for_season(answer.text, day)
        if cut:
            answer.text = f"{cut}\n({SEASON_SHOWN})"
    answer.text += f"\n{SOURCE}"
    return answer
