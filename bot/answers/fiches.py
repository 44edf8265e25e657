"""Fiches pratiques: the clerk's own answers, found by retrieval so a new fiche needs no retraining."""

from __future__ import annotations

import knowledge
from bot.answers.base import Answer, Ask, Button
from bot.answers.fallback import not_known
from bot.query import content_words, overlap

# A second fiche this close to the best one makes the choice the resident's, not ours.
CLOSE_RATIO = 0.85
MAX_CHOICES = 3


def fiche_text(fiche) -> str:
    lines = [fiche.question, "", fiche.reponse.strip()]
    if fiche.lien:
        lines.append(f"En savoir plus : {fiche.lien}")
    lines.append(f"Source : fiche pratique « {fiche.question} » de la mairie.")
    return "\n".join(lines)


def show_fiche(fiche) -> Answer:
    return Answer(text=fiche_text(fiche), sources=[fiche.source], remember={"fiche_id": fiche.id})


def relevant(kb, text: str) -> list[tuple[object, float]]:
    """Fiches that share real words with the question, best first."""
    words = content_words(text)
    if not words:
        return []
    found = knowledge.search_fiches(kb, " ".join(words), limit=6)
    kept = []
    for fiche, score in found:
        haystack = " ".join([fiche.question, *fiche.variantes, fiche.theme or "", fiche.reponse])
        if overlap(words, haystack) >= max(1, min(2, len(words) // 2)):
            kept.append((fiche, score))
    return kept


def answer(ask: Ask) -> Answer:
    found = relevant(ask.kb, ask.text)
    if not found:
        return not_known(ask.commune, "ce sujet dans les fiches pratiques de la mairie")
    best, best_score = found[0]
    close = [f for f, s in found[1:MAX_CHOICES] if best_score > 0 and s >= best_score * CLOSE_RATIO]
    result = show_fiche(best)
    if close:
        result.text += "\n\nVous cherchiez peut-être autre chose :"
        result.buttons = [Button(f.question[:60], f"f:{f.id}") for f in close]
        result.buttons.append(Button("Autre chose", "x"))
    return result


def by_id(kb, fiche_id: int, commune) -> Answer:
    fiche = knowledge.get_fiche(kb, fiche_id)
    if fiche is None or not fiche.enabled:
        return not_known(commune, "cette fiche, qui a été retirée par la mairie")
    return show_fiche(fiche)
