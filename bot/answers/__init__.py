"""Answer composers, one per kind of record (knowledge/kinds.py): how to answer from the record chosen.

A kind with no composer of its own is answered by `generic`, from the record's title and source, so that
a new kind of record (knowledge/kinds.py) is answerable as soon as it is registered there.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answers import annuaire, arretes, budget, deliberations, fiches, profil
from bot.answers.base import Answer, Ask, Button
from bot.answers.fallback import not_known

COMPOSERS: dict[str, Callable[[Ask], Answer]] = {
    "fiche": fiches.compose,
    "profil": profil.compose,
    "arrete": arretes.compose,
    "deliberation": deliberations.compose,
    "acteur": annuaire.compose,
    "budget": budget.compose,
}

# The topics a menu or a « vous cherchiez peut-être » button offers, by kind.
LABELS = {
    "fiche": "Une démarche (fiches pratiques)",
    "profil": "La mairie : horaires, contacts",
    "arrete": "Un arrêté municipal (circulation, travaux…)",
    "deliberation": "Une décision du conseil municipal",
    "budget": "Le budget de la commune",
    "acteur": "Un commerce, un service, une association",
}


def generic(ask: Ask) -> Answer:
    doc = ask.chosen.doc
    source = doc.source
    lines = [doc.title]
    if source is not None:
        lines.append(f"Source : {source.title}.")
    return Answer(text="\n".join(lines), sources=[source] if source else [])


def compose(ask: Ask) -> Answer:
    return COMPOSERS.get(ask.chosen.doc.kind, generic)(ask)


def suggestion(ranked, index: int) -> Button:
    """A button offering a candidate the ranker did not trust enough to assert."""
    doc = ranked.doc
    label = doc.title
    # numbered records say which one (three « Tarifs de la restauration scolaire » of three years)
    if doc.kind in {"arrete", "deliberation"} and hasattr(doc.record, "source"):
        label = f"{doc.record.source.title} : {doc.title}"
    return Button(label[:60], f"r:{index}")


__all__ = ["Answer", "Ask", "Button", "COMPOSERS", "LABELS", "compose", "generic", "not_known", "suggestion"]
