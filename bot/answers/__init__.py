"""One answer builder per kind of question; the intent names are the NLU's."""

from __future__ import annotations

from collections.abc import Callable

from bot.answers import annuaire, arretes, budget, deliberations, fiches, mairie, smalltalk
from bot.answers.base import Answer, Ask
from bot.query import matched_words

ROUTES: dict[str, Callable[[Ask], Answer]] = {
    "greet": smalltalk.greet,
    "thanks": smalltalk.thanks,
    "goodbye": smalltalk.goodbye,
    "help": smalltalk.help_,
    "mairie_hours": mairie.opening_hours,
    "mairie_contact": mairie.contact,
    "faq": fiches.answer,
    "arrete_search": arretes.answer,
    "arrete_in_force": arretes.answer,
    "arrete_by_number": arretes.answer,
    "deliberation": deliberations.answer,
    "budget": budget.answer,
    "annuaire_category": annuaire.answer,
    "annuaire_name": annuaire.answer,
    "annuaire_open": annuaire.answer,
    # Handled by the conversation itself (they open a dialogue), listed so clarification may offer them.
    "handoff": smalltalk.help_,
    "signalement": smalltalk.help_,
}

LABELS = {
    "mairie_hours": "Les horaires de la mairie",
    "mairie_contact": "Les coordonnées de la mairie",
    "faq": "Une démarche (fiches pratiques)",
    "arrete_search": "Un arrêté municipal",
    "arrete_in_force": "Circulation, stationnement, travaux",
    "arrete_by_number": "Un arrêté par son numéro",
    "deliberation": "Une décision du conseil municipal",
    "budget": "Le budget de la commune",
    "annuaire_category": "Un commerce ou un service",
    "annuaire_name": "Les coordonnées d'un commerce ou d'une association",
    "annuaire_open": "Les horaires d'un commerce ou d'un service",
    "handoff": "Parler à quelqu'un de la mairie",
    "signalement": "Signaler un problème",
    "help": "Ce que je sais faire",
}


def clarify_label(intent: str) -> str | None:
    """The button offering this topic, or None for what is not a topic (greetings, out of scope)."""
    return LABELS.get(intent)


def second_chance(ask: Ask, exclude: str | None, baseline: Answer | None = None) -> tuple[str, Answer] | None:
    """Look in the other kinds of records before saying « je ne sais pas ».

    The intent model routes by how a question is phrased; a resident's « combien coûte la cantine ? »
    reads like a budget question but is answered by a fiche. Every candidate must pass its builder's
    strict relevance gate; the one that explains most of the question's words wins, and it must explain
    more of them than `baseline`, the partial answer we already have.
    """
    words = ask.keywords()
    found = fiches.relevant(ask.kb, ask.text, ratio=0.75)
    candidates: list[tuple[str, Answer]] = []
    if found and exclude != "faq":
        candidates.append(("faq", fiches.show_fiche(found[0][0])))
    ask.strict = True
    for intent, build in (
        ("annuaire_name", annuaire.answer),
        ("arrete_search", arretes.search),
        ("deliberation", deliberations.answer),
    ):
        if exclude and exclude.split("_")[0] == intent.split("_")[0]:
            continue
        ask.intent = intent
        answer = build(ask)
        if not answer.fallback and answer.sources:
            candidates.append((intent, answer))
    if not candidates:
        return None

    def explained(answer: Answer) -> int:
        return len(matched_words(words, answer.text))

    best = max(candidates, key=lambda c: explained(c[1]))
    if baseline is not None and not baseline.fallback and explained(best[1]) <= explained(baseline):
        return None
    return best
