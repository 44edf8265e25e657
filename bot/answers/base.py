"""What every answer composer receives and returns.

Composers are plain functions `(Ask) -> Answer`: they read the knowledge base through `knowledge`'s public
API only, and never format for a channel. Facts always travel with their `Source`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

import french
from knowledge.records import Source


def labelled(*pairs: tuple[str, str | None]) -> list[str]:
    """« Téléphone : 04 … » lines for the values a record has; missing ones are left out, not invented."""
    return [f"{label} : {value}" for label, value in pairs if value]


def held_stems(candidate) -> dict[str, float]:
    """The question's stems a candidate holds, with how well (1 as written, less through a synonym)."""
    return {t.term.stem: max(t.title, t.body) for t in candidate.match.terms if max(t.title, t.body) > 0}


def holds(candidate, stems: set[str], *, literal: bool = False) -> bool:
    """Whether a candidate holds every one of the question's stems given (anywhere, a synonym counts), and
    if `literal`, one of them as written: « tronçonneuse » stands for « jardinage », which a « jardin du
    souvenir » holds too, so a synonym alone does not make a record about it."""
    held = held_stems(candidate)
    if not stems or not stems <= held.keys():
        return False
    return not literal or any(held[s] >= 1.0 for s in stems)


@dataclass(frozen=True)
class Button:
    """An inline choice. `data` is ASCII and at most 64 bytes, Telegram's limit for callback data."""

    label: str
    data: str

    def __post_init__(self) -> None:
        if len(self.data.encode()) > 64:
            raise ValueError(f"callback data too long: {self.data!r}")


@dataclass
class Answer:
    text: str
    sources: list[Source] = field(default_factory=list)
    buttons: list[Button] = field(default_factory=list)
    fallback: bool = False
    # Slots remembered for follow-ups (« et en 2024 ? », « son numéro ? »), merged into the chat context.
    remember: dict = field(default_factory=dict)
    feedback: bool = True


# Cues of a question wanting a date, a place, a person, an amount or a list: never answered « Oui » / « Non ».
WH_CUES = frozenset({"asks_when", "asks_where", "asks_who", "asks_how_much", "asks_list", "asks_what"})


@dataclass
class Ask:
    """One understood question, with everything a composer may need to answer it."""

    kb: sqlite3.Connection
    text: str
    entities: list  # list[nlu.Entity]
    now: datetime
    context: dict  # slots from earlier turns of the same chat (may be empty)
    commune: object  # knowledge.Commune
    terms: list = field(default_factory=list)  # french.QueryTerm: the question's meaningful words
    chosen: object = None  # bot.engine.Ranked: the candidate answering
    ranked: list = field(default_factory=list)  # every candidate, best first
    threshold: float = 0.5
    kind_thresholds: dict = field(default_factory=dict)

    @property
    def today(self) -> date:
        return self.now.date()

    def first(self, kind: str):
        """The first entity of a kind, or None."""
        return next((e.value for e in self.entities if e.type == kind), None)

    def all(self, kind: str) -> list:
        return [e.value for e in self.entities if e.type == kind]

    @cached_property
    def cues(self) -> set[str]:
        """Which cue lists of french/data/cues.txt the question holds (« yes_no », « permission »…)."""
        return french.cues().of_question(self.text)

    @cached_property
    def wh(self) -> frozenset[str]:
        """The question's wh- cues that forbid a « Oui » / « Non »: none when it asks whether first and
        then when, where or how much (« la route sera fermée le jour du triathlon ? à quelle heure ») —
        the verdict leads and the record shown gives the hours."""
        found = WH_CUES & self.cues
        head, mark, rest = self.text.partition("?")
        if found and mark and rest.strip() and not WH_CUES & french.cues().of_question(head):
            return frozenset()
        return frozenset(found)

    def subject(self) -> set[str]:
        """The question's words the chosen record holds in its own title: the subject they share
        (« louer », « salle polyvalente »), which a record completing or weighed with it must hold too."""
        return {t.term.stem for t in self.chosen.match.terms if t.title > 0}

    def on_subject(self, kind: str) -> list:
        """Candidates of a kind, best first, that hold the chosen record's subject, whatever the ranker
        thinks of them: « aucun arrêté ne s'applique » must be said of every arrêté on it."""
        subject = self.subject()
        return [r for r in self.ranked if r.doc.kind == kind and holds(r, subject)]

    def confident(self, kind: str | None = None) -> list:
        """Candidates the ranker would answer with (of one kind), best first."""
        return [
            r
            for r in self.ranked
            if r.p >= self.kind_thresholds.get(r.doc.kind, self.threshold)
            and (kind is None or r.doc.kind == kind)
        ]
