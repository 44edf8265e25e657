"""What the municipal council decided, when, and how it voted."""

from __future__ import annotations

import knowledge
from bot.answers.base import Answer, Ask
from bot.answers.fallback import not_known
from bot.french import format_date
from bot.query import fold

GENERIC = {
    fold(w)
    for w in (
        "conseil",
        "municipal",
        "municipaux",
        "délibération",
        "deliberation",
        "délibérations",
        "deliberations",
        "délibéré",
        "delibere",
        "décidé",
        "decide",
        "décision",
        "decision",
        "décisions",
        "voté",
        "vote",
        "votes",
        "élus",
        "elus",
        "séance",
        "seance",
        "réunion",
        "reunion",
        "dernier",
        "dernière",
        "derniere",
        "adopté",
        "adopte",
        "approuvé",
        "approuve",
        "sujet",
        "concernant",
        "propos",
    )
}


def vote_text(d) -> str:
    if d.vote_pour is None:
        return "vote non précisé dans le fichier publié"
    parts = [f"{d.vote_pour} pour", f"{d.vote_contre or 0} contre", f"{d.vote_abstention or 0} abstention"]
    if (d.vote_abstention or 0) > 1:
        parts[-1] += "s"
    unanimous = not d.vote_contre and not d.vote_abstention
    return ("adoptée à l'unanimité : " if unanimous else "vote : ") + ", ".join(parts)


def describe(d) -> str:
    line = (
        f"Délibération n° {d.id} du {format_date(d.date)} : {d.objet.strip().rstrip('.')} ({vote_text(d)})."
    )
    if d.url:
        line += f"\nTexte : {d.url}"
    return line


def answer(ask: Ask) -> Answer:
    words = ask.keywords(GENERIC)
    year = ask.first("year")
    words = [w for w in words if w != str(year)]
    if not words:
        return Answer(
            text="Sur quel sujet cherchez-vous une décision du conseil municipal "
            "(budget, école, tarifs, travaux…) ?",
            feedback=False,
        )
    found = knowledge.search_deliberations(ask.kb, " ".join(words), limit=8)
    found = [d for d in found if ask.covers(words, f"{d.objet} {d.matiere or ''}")]
    if year:
        found = [d for d in found if d.date.year == year or d.budget_annee == year]
    if not found:
        return not_known(ask.commune, "une décision du conseil municipal sur ce sujet")
    shown = found[:3]
    return Answer(text="\n\n".join(describe(d) for d in shown), sources=[d.source for d in shown])
