"""Checks on NLU training data before training: duplicates, conflicts, thin intents, test data leaking in."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .lexicon import fold
from .rasa_yaml import NluData


@dataclass
class ValidationReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _key(text: str) -> str:
    """Two examples are the same if they differ only by case, accents, punctuation or spacing."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


example_key = _key  # public: the promotion guard keys training examples the same way


def validate_data(data: NluData, *, test: NluData | None = None, min_examples: int = 10) -> ValidationReport:
    """Duplicates (warning), same text under two intents (error), intents under `min_examples` (warning),
    held-out examples also present in the training data (error: the test would measure memory)."""
    report = ValidationReport(warnings=list(data.warnings))
    seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for example in data.examples:
        seen[_key(example.text)][example.intent].append(example.text)
    for key, by_intent in seen.items():
        if not key:
            continue
        if len(by_intent) > 1:
            intents = ", ".join(sorted(by_intent))
            sample = next(iter(by_intent.values()))[0]
            report.errors.append(f"Exemple en conflit entre les intentions {intents} : « {sample} »")
        for intent, texts in by_intent.items():
            if len(texts) > 1:
                report.warnings.append(f"Doublon dans « {intent} » ({len(texts)} fois) : « {texts[0]} »")
    counts: dict[str, int] = defaultdict(int)
    for example in data.examples:
        counts[example.intent] += 1
    for intent, n in sorted(counts.items()):
        if n < min_examples:
            report.warnings.append(
                f"L'intention « {intent} » n'a que {n} exemple(s) (minimum conseillé : {min_examples})."
            )
    if len(counts) < 2:
        report.errors.append(
            f"Il faut au moins deux intentions pour entraîner un modèle (trouvé : {len(counts)})."
        )
    if test is not None:
        leaked = [e.text for e in test.examples if _key(e.text) in seen]
        for text in leaked:
            report.errors.append(f"Exemple de test présent dans les données d'entraînement : « {text} »")
        unknown = sorted({e.intent for e in test.examples} - set(counts))
        if unknown:
            report.warnings.append(
                f"Intentions du jeu de test absentes de l'entraînement : {', '.join(unknown)}."
            )
    return report
