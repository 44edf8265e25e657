"""Duplicates of one question grouped, so a clerk answers « horaires piscine ? » once, not five times."""

from __future__ import annotations

from dataclasses import dataclass, field

import french
from knowledge import UnansweredQuestion


@dataclass
class QuestionGroup:
    key: str
    questions: list[UnansweredQuestion] = field(default_factory=list)

    @property
    def first(self) -> UnansweredQuestion:
        return self.questions[0]

    @property
    def ids(self) -> list[int]:
        return [q.id for q in self.questions]

    @property
    def reasons(self) -> list[str]:
        return sorted({q.reason for q in self.questions})


def question_key(text: str) -> str:
    """Same content words, any order, accents and case ignored: « Horaires de la piscine ? » and
    « piscine horaires » are one question."""
    words = [t.stem for t in french.analyzer().query(text)] or french.fold(text).split()
    return " ".join(sorted(set(words)))


def group_questions(questions: list[UnansweredQuestion]) -> list[QuestionGroup]:
    """Groups with the most-asked first, then the oldest first."""
    groups: dict[str, QuestionGroup] = {}
    for q in questions:
        key = question_key(q.question)
        groups.setdefault(key, QuestionGroup(key)).questions.append(q)
    return sorted(groups.values(), key=lambda g: (-len(g.questions), g.first.created_at))
