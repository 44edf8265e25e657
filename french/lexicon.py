"""The language data files, read once: stop words, SMS spellings, abbreviations, synonyms, street types.

Files are plain text so that an administrator can read and change them without reading code; a commune's
own words (`vocabulaire.txt`, imported by the clerk) are rules in the synonyms format, added on top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .text import fold, tokens

DATA = Path(__file__).with_name("data")


class LexiconError(ValueError):
    """A line of a word file that cannot be read; the message is French and names the line."""


@dataclass(frozen=True)
class Rule:
    """One synonym rule: each phrase of `left` also finds each phrase of `right`.

    An equivalence line (« a, b, c ») is a rule whose left and right are the same phrases.
    Phrases are tuples of folded tokens.
    """

    left: tuple[tuple[str, ...], ...]
    right: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Lexicon:
    stop_words: frozenset[str]
    time_words: frozenset[str]
    sms: dict[str, tuple[str, ...]]
    abbreviations: dict[str, tuple[str, ...]]
    rules: tuple[Rule, ...]
    street_types: dict[str, str]
    street_type_words: frozenset[str]
    extra_rules: tuple[Rule, ...] = field(default=())

    def with_rules(self, rules: tuple[Rule, ...]) -> Lexicon:
        """This lexicon plus a commune's own words (its vocabulaire.txt)."""
        return replace(self, extra_rules=tuple(rules))

    @property
    def all_rules(self) -> tuple[Rule, ...]:
        return self.rules + self.extra_rules

    def meant(self, text: str) -> str:
        """The text with the commune's one-way names (« parking de la plage => parking de l'Estran ») put
        for what they mean, so that the place they name is found in it (« avenue de la Plage » is not);
        unchanged when it holds none."""
        folded = fold(text)
        changed = folded
        for rule in self.extra_rules:
            if rule.left == rule.right or not rule.right:
                continue
            meaning = " ".join(rule.right[0])
            for phrase in rule.left:
                pattern = r"\b" + r"\W+".join(re.escape(w) for w in phrase) + r"\b"

                def put(m: re.Match, meaning: str = meaning) -> str:
                    # « route de la Balme » keeps its name: « la Balme => alpage de la Balme » is said alone
                    before = [w for w in tokens(m.string[: m.start()])[-2:] if w not in LINKS]
                    return m.group(0) if before and before[-1] in self.street_type_words else meaning

                changed = re.sub(pattern, put, changed)
        return text if changed == folded else changed


def _lines(path: Path) -> list[tuple[int, str]]:
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append((number, line))
    return out


def _mapping(path: Path) -> dict[str, tuple[str, ...]]:
    """« key = words » lines: folded key → folded tokens (« s'il vous plait » → s, il, vous, plait)."""
    out: dict[str, tuple[str, ...]] = {}
    for number, line in _lines(path):
        key, sep, value = line.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise LexiconError(f"{path.name}, ligne {number} : « abréviation = mot » attendu, lu « {line} ».")
        out[fold(key.strip())] = tuple(tokens(value))
    return out


LINKS = frozenset({"de", "du", "des", "d"})  # between a street's type and its name
_SEPARATOR = re.compile(r"\s*,\s*")


def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(p for p in (tuple(tokens(part)) for part in _SEPARATOR.split(text)) if p)


def parse_rules(text: str, source: str = "vocabulaire") -> tuple[Rule, ...]:
    """Synonym rules in the Solr format: « a, b, c » (interchangeable) or « a, b => c, d » (one way)."""
    rules = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        left_text, arrow, right_text = line.partition("=>")
        left = _phrases(left_text)
        if arrow:
            right = _phrases(right_text)
            if not left or not right:
                raise LexiconError(
                    f"{source}, ligne {number} : il faut des mots de chaque côté de « => » (lu « {line} »)."
                )
            rules.append(Rule(left, right))
        else:
            if len(left) < 2:
                raise LexiconError(
                    f"{source}, ligne {number} : écrivez au moins deux expressions séparées par des "
                    f"virgules (« la Vogue, fête patronale ») ou « mot => autres mots » (lu « {line} »)."
                )
            rules.append(Rule(left, left))
    return tuple(rules)


def _words(path: Path) -> set[str]:
    out: set[str] = set()
    for _, line in _lines(path):
        out.update(fold(w) for w in line.split())
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Clocher's general French, from french/data/."""
    stop = _words(DATA / "stop_words.txt")
    types: dict[str, str] = {}
    words: set[str] = set()
    for _, line in _lines(DATA / "street_types.txt"):
        key, sep, value = line.partition("=")
        if sep:
            types[fold(key.strip())] = fold(value.strip())
            words.add(fold(value.strip()))
        else:
            words.add(fold(line))
    return Lexicon(
        stop_words=frozenset(stop),
        time_words=frozenset(_words(DATA / "time_words.txt")),
        sms=_mapping(DATA / "sms.txt"),
        abbreviations=_mapping(DATA / "abbreviations.txt"),
        rules=parse_rules((DATA / "synonyms.txt").read_text(encoding="utf-8"), "synonyms.txt"),
        street_types=types,
        street_type_words=frozenset(words),
    )
