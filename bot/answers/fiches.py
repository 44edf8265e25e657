"""Fiches pratiques: the clerk's own answers, found by retrieval so a new fiche needs no retraining."""

from __future__ import annotations

import math
from collections import Counter

import knowledge
from bot.answers.base import Answer, Ask, Button
from bot.answers.fallback import not_known
from bot.query import WORD, content_words, covers, search_terms, stem, synonyms

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


def haystack(fiche) -> str:
    return " ".join([fiche.question, *fiche.variantes, fiche.theme or "", fiche.reponse])


_weights_cache: dict[tuple[int, int], dict[str, float]] = {}


def word_weights(kb) -> dict[str, float]:
    """Inverse document frequency of each stem over the fiches, recomputed after an import."""
    version = kb.execute("PRAGMA data_version").fetchone()[0]
    key = (id(kb), version)
    if key not in _weights_cache:
        fiches = knowledge.list_fiches(kb)
        df = Counter(stem_ for f in fiches for stem_ in {stem(w) for w in WORD.findall(haystack(f))})
        n = len(fiches)
        _weights_cache.clear()
        _weights_cache[key] = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
        _weights_cache[key][""] = math.log(n + 1) + 1  # weight of a word no fiche contains
    return _weights_cache[key]


def _weight(word: str, weights: dict[str, float]) -> float:
    known = [weights[stem(w)] for w in (word, *synonyms(word)) if stem(w) in weights]
    return max(known) if known else weights[""]


def is_specific(kb, word: str) -> bool:
    """A word few fiches use (« brocante ») says what a one-word question is about; « horaires » does not."""
    weights = word_weights(kb)
    return _weight(word, weights) >= 0.8 * weights[""]


def relevant(kb, text: str, *, ratio: float = 0.5) -> list[tuple[object, float]]:
    """Fiches that hold at least `ratio` of what the question is about (weighted by rarity), best first.

    Second chances, when the intent model thought of something else, ask for a higher ratio.
    """
    words = content_words(text)
    if not words:
        return []
    weights = word_weights(kb)
    by_stem = {stem(w): _weight(w, weights) for w in words}
    found = knowledge.search_fiches(kb, search_terms(words), limit=6)
    return [(f, score) for f, score in found if covers(words, haystack(f), by_stem, ratio=ratio)]


def answer(ask: Ask) -> Answer:
    if not content_words(ask.text):
        return Answer(
            text="Quelle démarche vous intéresse ? Écrivez-la en quelques mots, par exemple « carte "
            "d'identité », « inscription à l'école » ou « location de la salle des fêtes ».",
            feedback=False,
        )
    found = relevant(ask.kb, ask.text)
    if not found:
        return closest(ask)
    best, best_score = found[0]
    close = [f for f, s in found[1:MAX_CHOICES] if best_score > 0 and s >= best_score * CLOSE_RATIO]
    result = show_fiche(best)
    if close:
        result.text += "\n\nVous cherchiez peut-être autre chose :"
        result.buttons = [Button(f.question[:60], f"f:{f.id}") for f in close]
        result.buttons.append(Button("Autre chose", "x"))
    return result


def closest(ask: Ask) -> Answer:
    """No fiche really covers the question: say so, and offer the nearest ones rather than assert them."""
    result = not_known(ask.commune, "ce sujet dans les fiches pratiques de la mairie")
    near = relevant(ask.kb, ask.text, ratio=0.25)[:MAX_CHOICES]
    if near:
        result.text += "\n\nFiches proches, si l'une d'elles correspond :"
        result.buttons = [Button(f.question[:60], f"f:{f.id}") for f, _ in near]
    return result


def by_id(kb, fiche_id: int, commune) -> Answer:
    fiche = knowledge.get_fiche(kb, fiche_id)
    if fiche is None or not fiche.enabled:
        return not_known(commune, "cette fiche, qui a été retirée par la mairie")
    return show_fiche(fiche)
