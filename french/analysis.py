"""The one French analysis chain, declared once (as Lucene's French analyzer is), used for indexing and for
questions: fold → tokens → (questions only: SMS spellings) → abbreviations → stop words → light stems.

A question's terms also carry the synonyms the lexicon gives for them, each weighted a little less than
the resident's own word, so a record that uses the resident's word wins a tie.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .cues import cues
from .lexicon import Lexicon, Rule, lexicon
from .signature import without_signature
from .stemmer import after_word, stem
from .text import tokens

SYNONYM_WEIGHT = 0.7
MAX_PHRASE = 5
# Cue lists whose words say what happened to the subject (« augmenté », « discuté »), which document is
# meant (« réalisé », « prévu »), who pays or receives (« payé », « donne », « touché ») or which of its
# facts is wanted (« numéro »), not what the subject is: a record about the subject that does not repeat
# them still answers (« les taux ont augmenté ? » is answered by « taux inchangés », « le numéro du club »
# by its entry). They still fetch records; their rarity counts for this share of itself.
PREDICATE_CUES = (
    "rise", "fall", "unchanged", "discussed", "realised", "voted", "pays", "receives", "asks_contact"
)  # fmt: skip
PREDICATE_WEIGHT = 0.3


@dataclass(frozen=True)
class QueryTerm:
    """One meaningful word of a question: its stem, the word typed, and what else may stand for it.

    `alternatives` are stem phrases (a record matches one when it holds all its stems), with a weight.
    """

    stem: str
    word: str
    alternatives: tuple[tuple[tuple[str, ...], float], ...] = ()
    weight: float = 1.0  # less for a word that asks how the subject changed, not what it is


class Analyzer:
    """The chain with its lexicon; build one per lexicon (a commune's vocabulary makes a new one)."""

    def __init__(self, lex: Lexicon):
        self.lexicon = lex
        self._synonyms: dict[tuple[str, ...], dict[tuple[str, ...], float]] = defaultdict(dict)
        for rule in lex.all_rules:
            self._add_rule(rule)

    def _add_rule(self, rule: Rule) -> None:
        right = [self._phrase_stems(p) for p in rule.right]
        for phrase in rule.left:
            left = self._phrase_stems(phrase)
            if not left or len(left) > MAX_PHRASE:
                continue
            for alt in right:
                if alt and alt != left:
                    self._synonyms[left][alt] = SYNONYM_WEIGHT

    def _phrase_stems(self, phrase: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(stem(w) for w in self._expand(list(phrase), query=False) if self._keep(w))

    def _expand(self, words: list[str], *, query: bool) -> list[str]:
        out: list[str] = []
        sms = self.lexicon.sms if query else {}
        abbreviations = self.lexicon.abbreviations
        read_as = after_word()
        previous = ""
        for w in words:
            replaced = sms.get(w) or abbreviations.get(w)
            if replaced:
                out.extend(replaced)
            else:
                out.append(read_as.get((previous, w), w))
            previous = out[-1] if out else ""
        return out

    def _keep(self, word: str, query: bool = False) -> bool:
        if word in self.lexicon.stop_words or (query and (word in self.lexicon.time_words or _is_year(word))):
            return False
        return len(word) > 1 or word.isdigit()

    def words(self, text: str | None, *, query: bool = False) -> list[str]:
        """The meaningful folded words of a text, in order (stop words and lone letters dropped).

        A question also drops time words (« samedi », « demain ») and years: the entity extractor reads them;
        and its signature (« Cordialement, Mme Lefebvre »).
        """
        if query and text:
            text = without_signature(text)
        return [w for w in self._expand(tokens(text), query=query) if self._keep(w, query)]

    def stems(self, text: str | None) -> list[str]:
        """What the index stores for a text: the stems of its meaningful words, in order."""
        return [stem(w) for w in self.words(text)]

    def query(self, text: str | None, *, drop: frozenset[str] = frozenset()) -> list[QueryTerm]:
        """A question's terms (distinct stems, in order), each with its synonyms.

        `drop`: stems not to search for (the commune's own name matches every record).
        """
        words = self.words(text, query=True)
        stems_ = [stem(w) for w in words]
        alternatives: list[dict[tuple[str, ...], float]] = [{} for _ in stems_]
        for i in range(len(stems_)):
            for n in range(1, MAX_PHRASE + 1):
                phrase = tuple(stems_[i : i + n])
                if len(phrase) < n:
                    break
                found = self._synonyms.get(phrase)
                if found:
                    for j in range(i, i + n):
                        for alt, weight in found.items():
                            if alt not in alternatives[j] or alternatives[j][alt] < weight:
                                alternatives[j][alt] = weight
        predicates = cues().covered_by_any(PREDICATE_CUES, text)
        out: list[QueryTerm] = []
        seen: set[str] = set()
        for w, s, alts in zip(words, stems_, alternatives, strict=True):
            if s in seen or s in drop:
                continue
            seen.add(s)
            weight = PREDICATE_WEIGHT if w in predicates else 1.0
            out.append(QueryTerm(s, w, tuple(sorted(alts.items())), weight))
        return out


def _is_year(word: str) -> bool:
    """A year in a question is a date (the entity extractor reads it), not a word to search for."""
    return len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}


@lru_cache(maxsize=1)
def analyzer() -> Analyzer:
    """The analyzer over Clocher's general French (no commune vocabulary)."""
    return Analyzer(lexicon())


def stems(text: str | None) -> list[str]:
    """Index analysis with the general lexicon."""
    return analyzer().stems(text)
