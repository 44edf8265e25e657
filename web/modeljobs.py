"""Training a candidate and evaluating it next to the model in service, in a background thread.

Training takes tens of seconds and the end-to-end question sets a minute or two: a page must not wait.
One job runs at a time; its state is shown by the models page, which refreshes itself while it runs
(a meta refresh: no JavaScript). Results are written under CLOCHER_HOME/web/evaluations/ so they survive
a restart and are read by the evaluation page.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import threading
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import nlu
from bot.engine import HANDLED_INTENTS
from nlu.guard import check_promotion

from . import examples

log = logging.getLogger(__name__)
REPO = Path(__file__).resolve().parents[1]
# Intents some answer composer handles; « out_of_scope » is the bot's « je ne sais pas ».
HANDLED = HANDLED_INTENTS


@dataclass
class Job:
    kind: str  # « entraînement » or « évaluation »
    version: str | None = None
    state: str = "en cours"  # en cours | terminé | échec
    message: str = ""
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    steps: list[str] = field(default_factory=list)


def evaluations_dir(work_dir: Path) -> Path:
    return Path(work_dir) / "evaluations"


def load_evaluation(work_dir: Path, version: str) -> dict | None:
    path = evaluations_dir(work_dir) / f"{_safe(version)}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def matrix_path(work_dir: Path, version: str, which: str) -> Path:
    return evaluations_dir(work_dir) / f"{_safe(version)}-{which}.png"


def _safe(version: str) -> str:
    return "".join(c for c in version if c.isalnum() or c in "-_.")


def start(console, kind: str, version: str | None, actor: str) -> Job | None:
    """Start a job unless one is running; returns it (None: busy)."""
    with console.jobs_lock:
        running = console.jobs.get("current")
        if running is not None and running.state == "en cours":
            return None
        job = Job(kind=kind, version=version)
        console.jobs["current"] = job
    thread = threading.Thread(target=_run, args=(console, job, actor), name="clocher-web-job", daemon=True)
    thread.start()
    return job


def _run(console, job: Job, actor: str) -> None:
    config = console.config
    registry = nlu.Registry(config.models_dir)
    try:
        if job.kind == "entraînement":
            job.steps.append("Entraînement sur les exemples de la commune…")
            out = console.settings.work_dir / "candidats" / datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            nlu.train([examples.examples_path(config.home)], out, test_paths=examples.test_paths())
            job.version = registry.register(out)
            shutil.rmtree(out, ignore_errors=True)
            job.steps.append(f"Candidat « {job.version} » enregistré.")
        evaluate(console, registry, job)
        job.state = "terminé"
        done = "entraîné et évalué" if job.kind == "entraînement" else "évalué"
        job.message = f"Candidat « {job.version} » {done}."
    except Exception as exc:  # the admin sees the reason; the log keeps the traceback
        log.error("Tâche %s en échec : %s", job.kind, traceback.format_exc())
        job.state = "échec"
        job.message = f"{job.kind.capitalize()} en échec : {exc}"
    from . import store

    conn = store.open_store(console.settings.store_path)
    try:
        store.audit(
            conn,
            actor,
            job.kind,
            f"modèle {job.version or '?'}",
            None,
            {"état": job.state, "message": job.message},
        )
    finally:
        conn.close()


def evaluate(console, registry: nlu.Registry, job: Job) -> dict:
    """Both models on the same test files (the promotion guard), their intent reports and confusion
    matrices, and the end-to-end answer table of the residents' question sets."""
    work = console.settings.work_dir
    version = job.version
    job.steps.append("Comparaison sur les mêmes fichiers de test…")
    check = check_promotion(registry, version, test_paths=examples.test_paths(), handled=HANDLED)
    result: dict = {
        "version": version,
        "in_service_version": check.current if check.current != version else None,
        "test_files": [Path(p).name for p in check.test_files],
        "refusals": check.refusals,
        "warnings": check.warnings,
        "leaked": check.leaked[:20],
        "n_leaked": len(check.leaked),
        "unhandled": check.unhandled,
        "new_intents": check.new_intents,
        "evaluated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "models": {},
    }
    evaluations_dir(work).mkdir(parents=True, exist_ok=True)
    for which, score in (("candidat", check.candidate), ("en-service", check.in_service)):
        if score is None:
            continue
        report = score.report
        with tempfile.TemporaryDirectory() as tmp:
            paths = report.write(Path(tmp))
            shutil.copyfile(paths[2], matrix_path(work, version, which))
        result["models"][which] = {
            "version": score.version,
            "accuracy": score.accuracy,
            "macro_f1": score.macro_f1,
            "n_test": score.n_test,
            "report": {k: v for k, v in report.report().items() if isinstance(v, dict)},
        }
    job.steps.append("Questions d'habitants de bout en bout…")
    result["end_to_end"] = end_to_end(console, registry, version, result["in_service_version"], job)
    path = evaluations_dir(work) / f"{_safe(version)}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return result


def question_sets():
    """The development commune and the held-out communes (those whose files are on this machine)."""
    from bot.evaluation import commune_sets, demo_set

    shared = REPO.parent / "shared"
    if not (REPO / "tests" / "bot" / "questions.yml").exists():
        return []  # installed without the repository's question sets: no end-to-end table
    sets = [demo_set(REPO)]
    sets += [s for s in commune_sets(REPO, shared if shared.is_dir() else None) if not s.missing]
    return sets


def end_to_end(console, registry: nlu.Registry, version: str, in_service: str | None, job: Job) -> dict:
    """Per question set and kind: right / honest fallback / confident-wrong, for each model."""
    from bot.evaluation import evaluate_set, summary

    out: dict = {}
    for which, v in (("candidat", version), ("en-service", in_service)):
        if v is None:
            continue
        with tempfile.TemporaryDirectory(prefix="clocher-e2e-") as tmp:
            single = nlu.Registry(Path(tmp) / "models")
            single.register(registry.path(v))
            single.promote(single.versions()[0]["version"], force=True)
            for qset in question_sets():
                job.steps.append(f"  {qset.name} avec « {v} »…")
                table = summary(evaluate_set(qset, single.root))
                out.setdefault(qset.name, {})[which] = {kind: dict(counts) for kind, counts in table.items()}
    return out
