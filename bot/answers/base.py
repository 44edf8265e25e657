"""What every answer builder receives and returns.

Builders are plain functions `(Ask) -> Answer`: they read the knowledge base through `knowledge`'s public
API only, and never format for a channel. Facts always travel with their `Source`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.query import WORD, content_words, covers, fold
from knowledge.records import Source


def labelled(*pairs: tuple[str, str | None]) -> list[str]:
    """« Téléphone : 04 … » lines for the values a record has; missing ones are left out, not invented."""
    return [f"{label} : {value}" for label, value in pairs if value]


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
    # The question named a precise record (an arrêté number, a budget year) that does not exist: looking
    # elsewhere would answer another question.
    final: bool = False
    # An answer about the right kind of record that leaves part of the question unexplained (« subvention
    # du comité des fêtes » answered with the association's card): used only if nothing fits better.
    tentative: bool = False


@dataclass
class Ask:
    """One understood question, with everything a builder may need to answer it."""

    kb: sqlite3.Connection
    text: str
    intent: str
    entities: list  # list[nlu.Entity]
    now: datetime
    context: dict  # slots from earlier turns of the same chat (may be empty)
    commune: object  # knowledge.Commune
    # Second chances (the intent model thought of something else) demand a fuller match.
    strict: bool = False

    def keywords(self, extra_stop: set[str] | frozenset[str] = frozenset()) -> list[str]:
        """Content words of the question, without the commune's own name (it matches everything)."""
        own = {fold(w) for w in WORD.findall(self.commune.nom)}
        return content_words(self.text, set(extra_stop) | own)

    def covers(self, words: list[str], text: str) -> bool:
        return covers(words, text, strict=self.strict)

    @property
    def today(self) -> date:
        return self.now.date()

    def first(self, kind: str):
        """The first entity of a kind, or None."""
        return next((e.value for e in self.entities if e.type == kind), None)

    def all(self, kind: str) -> list:
        return [e.value for e in self.entities if e.type == kind]
