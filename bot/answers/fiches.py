"""Fiches pratiques: the clerk's own answers, found by the retrieval so a new fiche needs no retraining."""

from __future__ import annotations

import knowledge
from bot.answers.base import Answer, Ask, Button
from bot.answers.fallback import not_known

MAX_CHOICES = 2


def fiche_text(fiche) -> str:
    """The answer first (a « Non. » that opens it answers a yes/no question), then where it comes from."""
    lines = [fiche.reponse.strip()]
    if fiche.lien:
        lines.append(f"En savoir plus : {fiche.lien}")
    lines.append(f"Source : fiche pratique « {fiche.question} » de la mairie.")
    return "\n".join(lines)


def show_fiche(fiche) -> Answer:
    return Answer(text=fiche_text(fiche), sources=[fiche.source], remember={"fiche_id": fiche.id})


def compose(ask: Ask) -> Answer:
    """The chosen fiche; other fiches the ranker also trusts are offered, never asserted."""
    answer = show_fiche(ask.chosen.doc.record)
    others = [r for r in ask.confident("fiche") if r is not ask.chosen][:MAX_CHOICES]
    if others:
        answer.text += "\n\nVous cherchiez peut-être autre chose :"
        answer.buttons = [Button(r.doc.record.question[:60], f"f:{r.doc.record.id}") for r in others]
    return answer


def by_id(kb, fiche_id: int, commune) -> Answer:
    fiche = knowledge.get_fiche(kb, fiche_id)
    if fiche is None or not fiche.enabled:
        return not_known(commune, "cette fiche, qui a été retirée par la mairie")
    return show_fiche(fiche)
