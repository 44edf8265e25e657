"""The tester shows the engine's candidates when the conversation core can explain its choice."""

from __future__ import annotations

from dataclasses import dataclass, field

from web.routes.tester import _candidates


@dataclass
class _Doc:
    kind: str
    title: str


@dataclass
class _Ranked:
    doc: _Doc
    p: float
    features: dict = field(default_factory=dict)


@dataclass
class _Decision:
    ranked: list
    threshold: float = 0.5

    @property
    def chosen(self):
        return self.ranked[0] if self.ranked and self.ranked[0].p >= self.threshold else None


def test_candidates_rows_name_kind_record_score_and_choice():
    best = _Ranked(_Doc("fiche", "Fiche pratique « Carte d'identité »"), 0.91, {"couverture": 0.8})
    other = _Ranked(_Doc("arrete", "Arrêté n° 2026-014"), 0.12)
    rows = _candidates(_Decision([best, other]))
    assert rows[0] == {
        "kind": "fiche",
        "record": "Fiche pratique « Carte d'identité »",
        "score": 0.91,
        "features": {"couverture": 0.8},
        "chosen": True,
    }
    assert rows[1]["chosen"] is False and rows[1]["kind"] == "arrete"


def test_no_candidate_is_chosen_below_the_threshold():
    rows = _candidates(_Decision([_Ranked(_Doc("fiche", "x"), 0.2)]))
    assert rows[0]["chosen"] is False
