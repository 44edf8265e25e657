"""Turning a resident's sentence into the words worth searching for.

Full-text search over a whole question matches on « est-ce que », « la », « commune »… and returns a
neighbouring record. Keeping only content words is what lets the builders say « je ne sais pas » when
nothing really matches.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.lang.fr.stop_words import STOP_WORDS

# Words residents use to ask, not to say what about.
QUESTION_WORDS = {
    "bonjour",
    "salut",
    "svp",
    "stp",
    "merci",
    "please",
    "question",
    "savoir",
    "voudrais",
    "voudrait",
    "aimerais",
    "souhaite",
    "souhaiterais",
    "besoin",
    "faut",
    "falloir",
    "comment",
    "combien",
    "quand",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "ou",
    "est",
    "ce",
    "qui",
    "quoi",
    "koi",
    "kel",
    "kelle",
    "c",
    "ca",
    "cela",
    "pouvez",
    "pourriez",
    "peux",
    "peut",
    "possible",
    "dire",
    "indiquer",
    "renseigner",
    "info",
    "infos",
    "information",
    "informations",
    "renseignement",
    "renseignements",
    "madame",
    "monsieur",
    "mairie",
    "commune",
    "village",
    "y",
    "a",
    "il",
    "t",
    "on",
    "l",
    "d",
    "j",
    "qu",
    "n",
    "aujourd",
    "hui",
    "demain",
    "maintenant",
    "actuellement",
    "prochain",
    "prochaine",
    "semaine",
    "week",
    "end",
    "weekend",
    "dimanche",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "bjr",
    "slt",
    "mrc",
    "pr",
    "pk",
    "pq",
    "pourquoi",
    "fait",
    "faire",
    "dois",
    "doit",
}
STOP = {
    unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in STOP_WORDS
} | QUESTION_WORDS

WORD = re.compile(r"[0-9a-zA-Zà-öø-ÿÀ-ÖØ-ß]+")


def fold(text: str) -> str:
    """Lower case without accents, so « Fermée » and « fermee » compare equal."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def content_words(text: str, extra_stop: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The words of a question that say what it is about (accents kept, order kept, no duplicates)."""
    seen: set[str] = set()
    words: list[str] = []
    for word in WORD.findall(text):
        folded = fold(word)
        if len(folded) < 2 or folded in STOP or folded in extra_stop or folded.isdigit():
            continue
        if folded not in seen:
            seen.add(folded)
            words.append(word.lower())
    return words


def stem(word: str) -> str:
    """A crude French stem for overlap checks: enough to pair « fermée » with « fermeture »."""
    folded = fold(word)
    return folded[:5] if len(folded) > 5 else folded


def overlap(query_words: list[str], text: str) -> int:
    """How many of the query's words (by stem) appear in a record's text."""
    stems = {stem(w) for w in WORD.findall(text)}
    return sum(1 for w in query_words if stem(w) in stems)
