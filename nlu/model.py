"""A trained intent model: text → `Understanding` (intent, confidence, ranking, entities, fallback)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
from sklearn.pipeline import Pipeline

from .entities import Entity, Gazetteers, extract_entities
from .fastpath import FastScorer

DEFAULT_THRESHOLD = 0.35
DEFAULT_AMBIGUITY = 0.05
DEFAULT_RANKING = 10


@dataclass(frozen=True)
class Understanding:
    """What the model understood of one message.

    `fallback` is True when the top confidence is below the threshold or the two best intents are closer
    than the ambiguity margin (Rasa FallbackClassifier semantics); `intent` still holds the top intent so
    the bot can ask « vouliez-vous dire … ? ».
    """

    text: str
    intent: str
    confidence: float
    ranking: list[tuple[str, float]]
    entities: list[Entity]
    fallback: bool


class IntentModel:
    """A fitted pipeline plus its metadata and fallback settings."""

    def __init__(self, pipeline: Pipeline, meta: dict):
        self.pipeline = pipeline
        self.meta = meta
        fallback = meta.get("fallback", {})
        self.threshold = float(fallback.get("threshold", DEFAULT_THRESHOLD))
        self.ambiguity = float(fallback.get("ambiguity", DEFAULT_AMBIGUITY))
        self.ranking_size = int(fallback.get("ranking", DEFAULT_RANKING))
        self.classes = [str(c) for c in pipeline.classes_]
        self._fast = FastScorer.build(pipeline)
        lookups = (meta.get("params") or {}).get("lookups") or {}
        categories = [e for name, entries in lookups.items() if _is_category_table(name) for e in entries]
        # Without gazetteers from the knowledge base, the training file's category lookup tables still
        # let « y a une boulangerie ? » carry a category entity.
        self.default_gazetteers = (
            Gazetteers(streets=[], categories=categories, actors=[]) if categories else None
        )

    @property
    def intents(self) -> list[str]:
        return list(self.classes)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """Class probabilities (columns in `self.classes` order); one text takes the fast path."""
        if len(texts) == 1 and self._fast is not None:
            return self._fast.predict_proba_one(texts[0])[np.newaxis, :]
        return self.pipeline.predict_proba(texts)

    def _understand(self, text: str, probs: np.ndarray, today: date | None, gazetteers: Gazetteers | None):
        order = np.argsort(-probs)
        ranking = [(self.classes[i], round(float(probs[i]), 4)) for i in order[: self.ranking_size]]
        top = float(probs[order[0]])
        second = float(probs[order[1]]) if len(order) > 1 else 0.0
        fallback = top < self.threshold or (top - second) < self.ambiguity
        entities = extract_entities(text, today=today, gazetteers=gazetteers or self.default_gazetteers)
        return Understanding(
            text=text,
            intent=self.classes[order[0]],
            confidence=round(top, 4),
            ranking=ranking,
            entities=entities,
            fallback=fallback,
        )

    def predict(
        self, text: str, *, today: date | None = None, gazetteers: Gazetteers | None = None
    ) -> Understanding:
        text = text if isinstance(text, str) else ("" if text is None else str(text))
        probs = self.probabilities([text])[0]
        return self._understand(text, probs, today, gazetteers)

    def predict_many(
        self, texts: Iterable[str], *, today: date | None = None, gazetteers: Gazetteers | None = None
    ) -> list[Understanding]:
        texts = [t if isinstance(t, str) else ("" if t is None else str(t)) for t in texts]
        if not texts:
            return []
        probs = self.probabilities(texts)
        return [self._understand(t, p, today, gazetteers) for t, p in zip(texts, probs, strict=True)]

    def predict_intents(self, texts: list[str]) -> list[str]:
        """Top intent per text, without entities (evaluation and benchmarks)."""
        probs = self.probabilities(texts)
        return [self.classes[i] for i in probs.argmax(axis=1)]


def _is_category_table(name: str) -> bool:
    return name.lower().rstrip("s") in {"categorie", "category", "categorie_acteur", "actor_category"}
