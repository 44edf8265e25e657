"""The promotion guard: a candidate goes into service only if it is at least as good as the current
model **on the same test files**, and only if its score does not come from examples it was trained on.

Why: a model at 99,5 % intent accuracy measured on its own training file was promoted over a better one
(issue 13). Stored accuracies can come from different test sets, so both models are evaluated again here,
on one set of files; and every training example's key is kept in the model's metadata (`training_keys`)
so a test example it has already seen is found even after the training files moved.

`handled` (the intents some answer composer handles) is handed in by the caller that knows them (the bot
or its web console): this package imports nothing of the bot.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .rasa_yaml import NluData, NluDataError, read_nlu
from .validate import example_key


def key_hash(text: str) -> str:
    """A short hash of an example's normalised text (case, accents, punctuation and spacing ignored)."""
    return hashlib.sha1(example_key(text).encode()).hexdigest()[:12]


def training_keys(texts: Iterable[str]) -> list[str]:
    return sorted({key_hash(t) for t in texts if example_key(t)})


@dataclass
class ModelScore:
    version: str
    accuracy: float
    macro_f1: float
    n_test: int
    report: object = None  # the EvalReport, for the console's intent report and confusion matrix


@dataclass
class PromotionCheck:
    """What the guard found; `refusals` empty means the candidate may go into service."""

    version: str
    current: str | None
    test_files: list[str]
    candidate: ModelScore | None = None
    in_service: ModelScore | None = None
    leaked: list[str] = field(default_factory=list)  # test examples the candidate was trained on
    new_intents: list[str] = field(default_factory=list)  # intents the current model does not know
    unhandled: list[str] = field(default_factory=list)  # intents no answer composer handles
    refusals: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.refusals


def _pct(x: float) -> str:
    return f"{x * 100:.1f} %".replace(".", ",")


def _keys_of(meta: dict) -> set[str] | None:
    """The candidate's training keys: recorded at training, else recomputed from its files if present."""
    if meta.get("training_keys"):
        return set(meta["training_keys"])
    files = [Path(p) for p in meta.get("data_files") or []]
    if files and all(p.is_file() for p in files):
        try:
            data = read_nlu(files)
        except NluDataError:
            return None
        if data.sha256 == meta.get("data_sha256"):
            return set(training_keys(data.texts))
    return None


def _score(version: str, model_dir: Path, data: NluData) -> ModelScore:
    from .evaluate import evaluate_model
    from .store import load_model

    report = evaluate_model(load_model(model_dir), data)
    metrics = report.metrics()
    return ModelScore(version, report.accuracy, metrics["macro_f1"], len(data.examples), report)


def check_promotion(
    registry,
    version: str,
    *,
    test_paths: list[Path] | None = None,
    handled: Collection[str] | None = None,
) -> PromotionCheck:
    """Evaluate `version` and the version in service on the same test files and say whether promoting
    is allowed. `test_paths` default to the files the candidate was evaluated on when trained."""
    from .store import read_meta

    target = registry.path(version)
    meta = read_meta(target)
    current = registry.current_version()
    recorded = (meta.get("metrics") or {}).get("test_files") or []
    paths = [Path(p) for p in (test_paths or recorded)]
    check = PromotionCheck(version=version, current=current, test_files=[str(p) for p in paths])
    intents = list(meta.get("intents") or [])
    if handled is not None:
        check.unhandled = sorted(set(intents) - set(handled))
        if check.unhandled:
            check.refusals.append(
                "Refusé : aucune réponse du bot ne traite les intentions "
                f"{', '.join(check.unhandled)} ; ajoutez-leur un constructeur de réponse ou retirez-les."
            )
    if not paths:
        check.refusals.append(
            f"Refusé : « {version} » n'a pas de fichiers de test connus. Entraînez-le avec « --test » "
            "ou donnez les fichiers de test (« promote --test FICHIER »)."
        )
        return check
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        check.refusals.append(f"Refusé : fichiers de test introuvables : {', '.join(missing)}.")
        return check
    test = read_nlu(paths)
    keys = _keys_of(meta)
    if keys is None:
        check.refusals.append(
            f"Refusé : impossible de savoir sur quels exemples « {version} » a été entraîné (données "
            "d'entraînement introuvables) : son score sur les fichiers de test n'est pas vérifiable."
        )
    else:
        check.leaked = [e.text for e in test.examples if key_hash(e.text) in keys]
        if check.leaked:
            check.refusals.append(
                f"Refusé : {len(check.leaked)} exemple(s) de test sur {len(test.examples)} figurent dans "
                f"les données d'entraînement de « {version} » (par exemple « {check.leaked[0]} ») : son "
                "score viendrait d'exemples qu'il a appris, il ne mesure rien."
            )
    check.candidate = _score(version, target, test)
    if current is not None and current != version:
        current_dir = registry.root / "versions" / current
        check.in_service = _score(current, current_dir, test)
        check.new_intents = sorted(set(intents) - set(read_meta(current_dir).get("intents") or []))
        if check.candidate.accuracy < check.in_service.accuracy:
            check.refusals.append(
                f"Refusé : sur les mêmes fichiers de test ({len(test.examples)} exemples), la précision "
                f"de « {version} » ({_pct(check.candidate.accuracy)}) est inférieure à celle de la "
                f"version en service « {current} » ({_pct(check.in_service.accuracy)})."
            )
        if check.new_intents and handled is None:
            check.warnings.append(
                f"Nouvelle(s) intention(s) : {', '.join(check.new_intents)}. Vérifiez qu'une réponse du "
                "bot les traite (la console web le vérifie pour vous)."
            )
    return check
