"""What the municipal council decided, when, the amount or rate it set, and how it voted."""

from __future__ import annotations

from bot.answers.base import WH_CUES, Answer, Ask
from bot.french import format_date

MAX_LISTED = 3


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
    if "yes_no" not in ask.cues or ask.cues & WH_CUES:
        return None
    return "Oui"


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


def compose(ask: Ask) -> Answer:
    """The chosen délibération, then the others the ranker trusts (of the year asked, if one was)."""
    years = set(ask.all("year"))
    shown = [ask.chosen.doc.record]
    for r in ask.confident("deliberation"):
        d = r.doc.record
        if d.id != shown[0].id and len(shown) < MAX_LISTED and (not years or d.date.year in years):
            shown.append(d)
    text = "\n\n".join(describe(d) for d in shown)
    lead = verdict(ask, shown[0])
    if lead:
        text = f"{lead} : {text[0].lower()}{text[1:]}"
    text += "\nSource : délibérations du conseil municipal publiées par la commune."
    return Answer(text=text, sources=[d.source for d in shown])
