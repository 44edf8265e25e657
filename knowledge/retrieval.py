"""One retrieval over every record the commune publishes, whatever its kind.

A question's terms (french.Analyzer.query) fetch candidates from each kind — fiches, arrêtés,
délibérations, directory entries, budget headings, the profile's facts — and each candidate is matched
against the terms with the same statistics (inverse document frequency over the whole base), so that
candidates of different kinds can be ranked together. Deciding which one answers (or none) is the
caller's job: here we only say how well each record holds the question's words.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import french
from french import QueryTerm

from . import kinds
from .kinds import Doc

PREFIX_MIN = 4  # « foot » finds « football »; shorter stems are too ambiguous as prefixes
PREFIX_CREDIT = 0.85
FUZZY_CREDIT = 0.8
FUZZY_MIN = 5  # a typo is corrected only in words of five letters or more
FTS_LIMIT = 10


@dataclass(frozen=True)
class TermMatch:
    term: QueryTerm
    idf: float
    title: float  # 0..1: how well the record's title fields hold the term
    body: float


@dataclass(frozen=True)
class Match:
    """How well one record holds a question's terms."""

    doc: Doc
    terms: tuple[TermMatch, ...]
    origin: str  # « fts » (found by its words) or « entity » (found by a street, a number, a name…)
    fts_rank: int = -1

    @cached_property
    def total_idf(self) -> float:
        return sum(t.idf for t in self.terms) or 1.0

    @cached_property
    def coverage(self) -> float:
        """Share of the question's meaning (weighted by rarity) the record holds anywhere."""
        return sum(t.idf * max(t.title, t.body) for t in self.terms) / self.total_idf

    @cached_property
    def title_coverage(self) -> float:
        return sum(t.idf * t.title for t in self.terms) / self.total_idf

    @cached_property
    def missing_idf(self) -> float:
        """Rarity of the rarest question word the record does not hold (0 when it holds them all)."""
        return max((t.idf for t in self.terms if max(t.title, t.body) == 0), default=0.0)

    @cached_property
    def matched(self) -> int:
        return sum(1 for t in self.terms if max(t.title, t.body) > 0)

    @cached_property
    def title_precision(self) -> float:
        """Share of the record's title the question speaks of — of its closest phrase (a fiche's question
        or one of its variantes): a short title fully asked about wins."""
        best = 0.0
        asked = {t.term.stem for t in self.terms}
        # A phrase's stem meets an asked one as in _stem_credit, both ways, by set lookups (this runs for
        # every candidate): it extends an asked stem of PREFIX_MIN letters or more, or is a prefix (five
        # letters or more) of one.
        long = {stem for stem in asked if len(stem) >= PREFIX_MIN}
        cut = {stem[:k] for stem in long for k in range(5, len(stem))}
        alternatives = [alt for t in self.terms for alt, _ in t.term.alternatives]
        for phrase in self.doc.phrases or (self.doc.title_stems,):
            if not phrase:
                continue
            hit = set(phrase & asked)
            hit |= {
                s for s in phrase - hit if s in cut or any(s[:k] in long for k in range(PREFIX_MIN, len(s)))
            }
            for alt in alternatives:
                if phrase.issuperset(alt):
                    hit.update(alt)
            best = max(best, len(hit) / len(phrase))
        return best


@lru_cache(maxsize=50_000)
def _ordered(stems: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(stems))


def _stem_credit(stem: str, stems: frozenset[str]) -> float:
    if stem in stems:
        return 1.0
    if len(stem) >= PREFIX_MIN:
        ordered = _ordered(stems)
        i = bisect_left(ordered, stem)
        if i < len(ordered) and ordered[i].startswith(stem):  # « foot » ~ « football »
            return PREFIX_CREDIT
        if any(stem[:k] in stems for k in range(5, len(stem))):  # « footballeur » ~ « football »
            return PREFIX_CREDIT
    return 0.0


def term_credit(term: QueryTerm, stems: frozenset[str]) -> float:
    """1 for the word itself, less for a prefix (« foot » ~ « football »), a synonym or a corrected typo."""
    best = _stem_credit(term.stem, stems)
    if best == 1.0:
        return best
    for alt, weight in term.alternatives:
        if weight > best and all(s in stems for s in alt):
            best = weight
    return best


def match(
    terms: list[QueryTerm], doc: Doc, idf: Callable[[str], float], origin: str, rank: int = -1
) -> Match:
    return Match(
        doc,
        tuple(
            TermMatch(
                t, idf(t.stem) * t.weight, term_credit(t, doc.title_stems), term_credit(t, doc.body_stems)
            )
            for t in terms
        ),
        origin,
        rank,
    )


# -- statistics over the whole base -----------------------------------------------------------------


@dataclass
class Stats:
    """Document frequencies and the vocabulary, per data version of the base (recomputed after imports)."""

    version: tuple
    total: int
    small_docs: dict[str, list[Doc]]
    small_df: dict[str, int]
    fts_vocab: dict[str, int]
    by_shape: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    _holding: dict[tuple[str, QueryTerm], frozenset[int]] = field(default_factory=dict, repr=False)

    def holding(self, kind: str, term: QueryTerm) -> frozenset[int]:
        """Positions in small_docs[kind] of the records crediting `term`. Kept: residents ask with the
        same few hundred words, and testing each against every budget heading was a tenth of an answer."""
        key = (kind, term)
        held = self._holding.get(key)
        if held is None:
            docs = self.small_docs.get(kind, [])
            held = frozenset(i for i, d in enumerate(docs) if term_credit(term, d.stems))
            if len(self._holding) > 50_000:
                self._holding.clear()
            self._holding[key] = held
        return held

    def df(self, stem: str) -> int:
        return self.small_df.get(stem, 0) + self.fts_vocab.get(stem, 0)

    def idf(self, stem: str) -> float:
        df = self.df(stem)
        return math.log(1 + (self.total - df + 0.5) / (df + 0.5))

    def near(self, stem: str) -> list[str]:
        """Known stems one typo away (insertion, deletion, substitution, transposition)."""
        out = []
        for length in (len(stem) - 1, len(stem), len(stem) + 1):
            for candidate in self.by_shape.get((stem[0], length), ()):
                if _one_edit(stem, candidate):
                    out.append(candidate)
        return out


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


_stats_lock = threading.Lock()
# Per connection: the connection itself is kept with its statistics, so that a new connection that
# happens to get a closed one's id() never sees that one's statistics.
_stats: dict[int, tuple[sqlite3.Connection, Stats]] = {}


def stats(conn: sqlite3.Connection) -> Stats:
    """The base's statistics, rebuilt when a clerk has imported since we last looked."""
    from .db import content_version

    version = content_version(conn)
    with _stats_lock:
        held = _stats.get(id(conn))
        if held is not None and held[0] is conn and held[1].version == version:
            return held[1]
    small = {k.name: k.all_docs(conn) for k in kinds.KINDS if k.all_docs is not None}
    small_df: dict[str, int] = {}
    total = 0
    for docs in small.values():
        total += len(docs)
        for d in docs:
            for s in d.title_stems | d.body_stems:
                small_df[s] = small_df.get(s, 0) + 1
    vocab: dict[str, int] = {}
    for kind in kinds.KINDS:
        if kind.fts_table is None:
            continue
        total += conn.execute(f"SELECT count(*) FROM {kind.fts_table}").fetchone()[0]
        for term, doc in conn.execute(f"SELECT term, doc FROM {kind.fts_table}_vocab"):
            vocab[term] = vocab.get(term, 0) + doc
    built = Stats(version, max(total, 1), small, small_df, vocab)
    for s in set(vocab) | set(small_df):
        if len(s) >= FUZZY_MIN - 1 and not s.isdigit():
            built.by_shape.setdefault((s[0], len(s)), []).append(s)
    with _stats_lock:
        if len(_stats) > 32:
            _stats.clear()
        _stats[id(conn)] = (conn, built)
    return built


def with_typos(terms: list[QueryTerm], base: Stats) -> list[QueryTerm]:
    """A word the base never uses gets the known words one typo away as alternatives (« debarasser »)."""
    out = []
    for t in terms:
        if len(t.stem) >= FUZZY_MIN and not t.stem.isdigit() and base.df(t.stem) == 0:
            near = base.near(t.stem)
            if near:
                extra = tuple(((n,), FUZZY_CREDIT) for n in near[:5])
                t = QueryTerm(t.stem, t.word, t.alternatives + extra)
        out.append(t)
    return out


def search_stems(terms: list[QueryTerm]) -> list[str]:
    """Every stem worth asking the full-text index for: the words, their synonyms, corrected typos."""
    out: list[str] = []
    for t in terms:
        for s in (t.stem, *(s for alt, _ in t.alternatives for s in alt)):
            if s not in out:
                out.append(s)
    return out


def retrieve(
    conn: sqlite3.Connection,
    terms: list[QueryTerm],
    *,
    extra: Iterable[Doc] = (),
    limit: int = FTS_LIMIT,
) -> list[Match]:
    """Candidates of every kind for the question's terms, each matched against them.

    `extra`: records the caller found by an entity (a street's arrêtés, a named shop); they are matched
    like the others and marked « entity ».
    """
    base = stats(conn)
    terms = with_typos(terms, base)
    wanted = search_stems(terms)
    out: list[Match] = []
    seen: set[tuple[str, str]] = set()
    for doc in extra:
        if (doc.kind, doc.key) not in seen:
            seen.add((doc.kind, doc.key))
            out.append(match(terms, doc, base.idf, "entity"))
    if not wanted:
        return out
    for kind in kinds.KINDS:
        if kind.all_docs is not None:
            docs = base.small_docs.get(kind.name, [])
            held = frozenset().union(*(base.holding(kind.name, t) for t in terms))
            ranked = [d for i, d in enumerate(docs) if i in held]
        else:
            ranked = kind.search(conn, wanted, limit)
        for rank, doc in enumerate(ranked):
            if (doc.kind, doc.key) in seen:
                continue
            seen.add((doc.kind, doc.key))
            out.append(match(terms, doc, base.idf, "fts", rank))
    return out


def query_terms(text: str, analyzer: french.Analyzer | None = None, drop: frozenset[str] = frozenset()):
    return (analyzer or french.analyzer()).query(text, drop=drop)
