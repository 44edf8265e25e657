"""The knowledge base's use of the one French analysis (french/): what the FTS5 index stores, and keys.

The same folding, stop words and stems are applied to what is indexed and to what a resident types, so
that « Fermée », « fermeture » and « FERMER » meet on one stem (« ferm ») in the index.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import french
from french import analyzer

_WORD = re.compile(r"[0-9a-z]+")
_ANALYZER = analyzer()

# The index drops the same stop words as the questions (french/data/stop_words.txt).
STOP_WORDS = _ANALYZER.lexicon.stop_words
fold = french.fold_signs  # keys and numbers: « n°2025-017 » reads « n 2025-017 »
stem = french.stem


def words(text: str | None) -> list[str]:
    """Folded word tokens of a text (digits kept, one-letter elisions dropped)."""
    if not text:
        return []
    return [w for w in _WORD.findall(fold(text)) if len(w) > 1 or w.isdigit()]


def stems(text: str | None, *, drop_stop_words: bool = True) -> list[str]:
    """Stems of the meaningful words of a text, in order (the index's own analysis)."""
    if drop_stop_words:
        return _ANALYZER.stems(text)
    return [stem(w) for w in words(text)]


_TEXTS: dict[str, str] = {}


def stem_text(text: str | None) -> str:
    """What goes into the FTS shadow columns: space-separated stems (french.Analyzer.stems).

    Whole short texts are memoised: places, themes and templated objects repeat across big files.
    """
    if not text:
        return ""
    done = _TEXTS.get(text)
    if done is not None:
        return done
    result = " ".join(_ANALYZER.stems(text))
    if len(text) < 300:
        if len(_TEXTS) >= 200_000:
            _TEXTS.clear()
        _TEXTS[text] = result
    return result


def fts_query(text: str | None) -> str | None:
    """A safe FTS5 MATCH expression (quoted stems joined by OR), or None when nothing is searchable.

    Every term is double-quoted, so resident text can never inject FTS syntax (NEAR, *, column filters).
    """
    seen: list[str] = []
    for s in stems(text):
        if s not in seen:
            seen.append(s)
    if not seen:
        return None
    return " OR ".join(f'"{s}"' for s in seen)


def key(text: str | None) -> str:
    """Comparison key: folded, punctuation as spaces (« Place de l'Église » → « place de l eglise »)."""
    return " ".join(_WORD.findall(fold(text or "")))


MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
# The week as arrêtés write it (« du lundi 15 juin au vendredi 3 juillet »), Monday first like date.weekday().
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def french_date(day: date) -> str:
    """« 3 mars 2025 », « 1er juin 2025 » — as titles of sources are written."""
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


_DIGIT_RUN = re.compile(r"\d+(?:[-_./]\d+)+")


@lru_cache(maxsize=8192)  # asked of every arrêté and délibération candidate's id, at every question
def number_groups(text: str | None) -> frozenset[tuple[int, ...]]:
    """The multi-part numbers a text holds, as digit groups: « 2022.00116 », « D2026-018 », « 2026_18 »
    all give (2022, 116) or (2026, 18), however the commune writes its arrêtés' and délibérations' ids."""
    return frozenset(tuple(int(p) for p in re.findall(r"\d+", m)) for m in _DIGIT_RUN.findall(text or ""))


def plain_numbers(text: str | None) -> frozenset[str]:
    """The numbers written alone in a text, as written (« compte 002 » → « 002 »): a budget account's code."""
    return frozenset(re.findall(r"(?<!\d\s)(?<![\d,.\-_/])\d{2,7}(?![\d,\-_/]|\.\d)", text or ""))


_NUM_PREFIX = re.compile(r"^\s*(?:arrete\s*)?(?:municipal\s*)?(?:n|no|num|numero)?\s*[.:]?\s*(?=[0-9])")
_NUM_PARTS = re.compile(r"[a-z]+|[0-9]+")


def numero_key(value: str | None) -> str:
    """Arrêté number key tolerant to « 2025-17 », « 2025-017 », « 2025_017 », « n°2025-017 »."""
    text = _NUM_PREFIX.sub("", fold(value or ""))
    parts = _NUM_PARTS.findall(text)
    return "-".join(str(int(p)) if p.isdigit() else p for p in parts)
