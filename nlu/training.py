"""Train a model from Rasa NLU files, measure it on held-out data, and give the bot a model on first start."""

from __future__ import annotations

import logging
import os
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

from .guard import training_keys
from .model import DEFAULT_AMBIGUITY, DEFAULT_RANKING, DEFAULT_THRESHOLD
from .pipeline import DEFAULT_PARAMS, build_pipeline
from .rasa_yaml import NluData, read_nlu
from .store import ModelError, Registry, library_versions, load_model, save_model

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
BUNDLED_TRAIN = DATA_DIR / "nlu.yml"
BUNDLED_TEST = DATA_DIR / "test_nlu.yml"
MIN_EXAMPLES_PER_INTENT = 2


class TrainingError(ValueError):
    """The data cannot produce a model (French message naming the cause)."""


def fit_pipeline(data: NluData, **params):
    """Fit `build_pipeline(**params)` on `data`, with the file's synonyms, lookups and regexes."""
    counts: dict[str, int] = {}
    for label in data.labels:
        counts[label] = counts.get(label, 0) + 1
    if len(counts) < 2:
        raise TrainingError(
            f"Il faut au moins deux intentions pour entraîner un classifieur (trouvé : {len(counts)})."
        )
    cv = params.get("calibration_cv", DEFAULT_PARAMS["calibration_cv"])
    too_few = sorted(i for i, n in counts.items() if n < max(MIN_EXAMPLES_PER_INTENT, cv))
    if too_few:
        raise TrainingError(
            f"Intention(s) avec moins de {max(MIN_EXAMPLES_PER_INTENT, cv)} exemples : "
            f"{', '.join(too_few)}. Ajoutez des exemples ou retirez-les."
        )
    params = {
        "synonyms": data.synonyms or None,
        "lookups": data.lookups or None,
        "regexes": data.regexes or None,
        **params,
    }
    pipeline = build_pipeline(**params)
    pipeline.fit(data.texts, data.labels)
    return pipeline, params


def _json_params(params: dict) -> dict:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()}


def train(
    data_paths: list[Path],
    out_dir: Path,
    *,
    test_paths: list[Path] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    ambiguity: float = DEFAULT_AMBIGUITY,
    **params,
) -> Path:
    """Train on exactly `data_paths` (any Rasa NLU YAML, any intent names) and save to `out_dir`.

    With `test_paths`, the model is evaluated on that held-out data and its accuracy recorded in the
    metadata, which is what `Registry.promote` compares.
    """
    data = read_nlu(data_paths)
    for warning in data.warnings:
        log.warning(warning)
    started = time.perf_counter()
    pipeline, used = fit_pipeline(data, **params)
    seconds = time.perf_counter() - started
    created = datetime.now(UTC)
    meta = {
        "version": f"{created:%Y%m%d-%H%M%S}-{data.sha256[:8]}",
        "created": created.isoformat(timespec="seconds"),
        "data_files": [str(p) for p in data_paths],
        "data_sha256": data.sha256,
        "n_examples": len(data.examples),
        "intents": data.intents,
        "params": _json_params({k: v for k, v in used.items()}),
        "fallback": {"threshold": threshold, "ambiguity": ambiguity, "ranking": DEFAULT_RANKING},
        "training_seconds": round(seconds, 3),
        "libraries": library_versions(),
        "warnings": data.warnings,
        "metrics": {},
        # What the promotion guard needs to tell a held-out score from one on seen examples.
        "training_keys": training_keys(data.texts),
    }
    out_dir = Path(out_dir)
    save_model(pipeline, meta, out_dir)
    if test_paths:
        from .evaluate import evaluate_model

        model = load_model(out_dir)
        report = evaluate_model(model, read_nlu(test_paths))
        meta["metrics"] = {**report.metrics(), "test_files": [str(Path(p).resolve()) for p in test_paths]}
        save_model(pipeline, meta, out_dir)
    return out_dir


def ensure_model(registry_root: Path) -> Path:
    """Return the current model directory; on first start (or if it is unusable) train the bundled one.

    The bundled model is trained on `nlu/data/nlu.yml`, evaluated on the held-out `test_nlu.yml`,
    registered and promoted, so a fresh install answers without any admin step.
    """
    registry = Registry(registry_root)
    current = registry.current()
    if current is not None:
        try:
            load_model(current)
            return current
        except ModelError as exc:
            log.warning("Modèle en service inutilisable (%s) ; ré-entraînement du modèle fourni.", exc)
    # A lock of its own, held from the check to the promotion: two bots starting together train once.
    with registry.lock(".ensure.lock"):
        current = registry.current()
        if current is not None:
            try:
                load_model(current)
                return current
            except ModelError:
                pass
        staging = registry.root / "staging" / f"bundled-{os.getpid()}"
        if staging.exists():
            shutil.rmtree(staging)
        train([BUNDLED_TRAIN], staging, test_paths=[BUNDLED_TEST])
        version = registry.register(staging)
        shutil.rmtree(staging, ignore_errors=True)
        registry.promote(version, force=True)
        return registry.current()
