"""Cues: phrases that say what kind of answer a question wants (when, how much, yes or no, permission…)
or what an arrêté orders (a prohibition, a closure…), read from french/data/cues.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import DATA, LexiconError, lexicon
from .text import tokens

# Cue lists that hold a verb: one of them makes a question ending in « ? » a yes/no question.
TONE_VERBS = frozenset(
    {"verb_forms", "permission", "prohibition", "closure", "obligation", "opened", "rise", "fall"}
)


@dataclass(frozen=True)
class Cues:
    phrases: dict[str, tuple[tuple[str, ...], ...]]

    def normal(self, text: str | None) -> tuple[str, ...]:
        """The question's folded words with SMS spellings expanded (stop words kept: they are cues)."""
        sms = lexicon().sms
        words = tokens(text)
        out: list[str] = []
        for i, w in enumerate(words):
            spelled = sms.get(w, (w,))
            # « c'est » is « c » + « est »: « c » spelled out (« c est ») must not say « est » twice
            if len(spelled) > 1 and i + 1 < len(words) and spelled[-1] == words[i + 1]:
                spelled = spelled[:-1]
            out.extend(spelled)
        return tuple(out)

    def found(self, name: str, text: str | None, *, words: tuple[str, ...] | None = None) -> bool:
        words = self.normal(text) if words is None else words
        return any(_contains(words, p) for p in self.phrases[name])

    def position(self, name: str, text: str | None, *, words: tuple[str, ...] | None = None) -> int | None:
        """Where in the text (in words) the first phrase of a list begins, or None: of « on peut … ou
        c'est interdit ? », the asking verb comes first."""
        words = self.normal(text) if words is None else words
        found = [
            i
            for p in self.phrases[name]
            for i in range(len(words) - len(p) + 1)
            if words[i : i + len(p)] == p
        ]
        return min(found, default=None)

    def _at(self, name: str, words: tuple[str, ...]) -> set[int]:
        """The positions of the words one of the list's phrases covers."""
        return {
            i + k
            for p in self.phrases[name]
            for i in range(len(words) - len(p) + 1)
            if words[i : i + len(p)] == p
            for k in range(len(p))
        }

    def covered(self, name: str, text: str | None) -> set[str]:
        """The text's words inside one of the list's phrases: « droit » in « on a le droit de brûler », a
        word that asks whether, not what about."""
        return self.covered_by_any((name,), text)

    def covered_by_any(self, names: tuple[str, ...], text: str | None) -> set[str]:
        """The text's words inside a phrase of any of the lists (the text read once)."""
        words = self.normal(text)
        return {words[i] for name in names for i in self._at(name, words)}

    def following(self, name: str, text: str | None, count: int = 2) -> list[str]:
        """The `count` words after each of the list's phrases in the text: « laisse » after « sans »."""
        words = self.normal(text)
        return [w for i in sorted(self._at(name, words)) for w in words[i + 1 : i + 1 + count]]

    def starts(self, name: str, text: str | None) -> bool:
        """The question begins with one of the phrases (« et samedi ? »)."""
        words = self.normal(text)
        return any(words[: len(p)] == p for p in self.phrases[name])

    def which(self, text: str | None) -> set[str]:
        """Every cue list one of whose phrases the text holds."""
        words = self.normal(text)
        present = set(words)
        return {
            name
            for name, (singles, longer) in self._split().items()
            if not singles.isdisjoint(present)
            or any(p[0] in present and _contains(words, p) for p in longer)
        }

    def of_question(self, text: str | None) -> set[str]:
        """`which`, plus « yes_no » for a question asked by its tone alone: « la rue est barrée demain ? »
        asks for a yes or a no as surely as « est-ce que la rue est barrée demain ? » — when it has a verb:
        « budget 2026 ? » asks for the budget."""
        found = self.which(text)
        if "or_not" in found and "asks_where" in found:
            words = self.normal(text)
            if self._at("asks_where", words) <= self._at("or_not", words):
                found -= {"asks_where"}
                found.add("yes_no")
        toned = (text or "").rstrip().endswith("?") and not any(n.startswith("asks_") for n in found)
        if toned and found & TONE_VERBS:
            found.add("yes_no")
        head, mark, rest = (text or "").partition("?")
        if mark and rest.strip():
            # « l'ancien presbytère a été vendu ? à qui ? »: the first question is asked by its tone too
            first = self.which(head)
            if first & TONE_VERBS and not any(n.startswith("asks_") for n in first):
                found.add("yes_no")
        return found

    def _split(self) -> dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]]:
        """Per list, its one-word phrases as a set and the longer ones: `which` runs on every question."""
        cached = self.__dict__.get("_split_cache")
        if cached is None:
            cached = {
                name: (
                    frozenset(p[0] for p in phrases if len(p) == 1),
                    tuple(p for p in phrases if len(p) > 1),
                )
                for name, phrases in self.phrases.items()
            }
            object.__setattr__(self, "_split_cache", cached)
        return cached


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if n == 1:
        return phrase[0] in words
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


_HEADER = re.compile(r"^\[([a-z_]+)\]$")


@lru_cache(maxsize=1)
def cues() -> Cues:
    phrases: dict[str, list[tuple[str, ...]]] = {}
    current: list[tuple[str, ...]] | None = None
    path = DATA / "cues.txt"
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        header = _HEADER.match(line)
        if header:
            current = phrases.setdefault(header.group(1), [])
        elif current is None:
            raise LexiconError(f"cues.txt, ligne {number} : une liste « [nom] » doit précéder « {line} ».")
        else:
            current.append(tuple(tokens(line)))
    return Cues({k: tuple(v) for k, v in phrases.items()})
