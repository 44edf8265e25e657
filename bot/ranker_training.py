"""Training the ranker (bot/ranking.py) from residents' question sets: `python -m bot train-ranker`.

Every candidate the engine retrieves for a question is answered as if it had been chosen, and the answer
is judged on the question's facts (bot/evaluation.py): that is the candidate's label. No record ids to
write by hand, so a commune can add its own labelled questions in the same format as the demo's.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot import evaluation, ranking


def labelled_candidates(conv, cases: list[dict], prefix: str = "") -> tuple[list, list, list, dict]:
    """(feature rows, labels, question ids, question id → whether an answer was expected)."""
    rows: list[dict] = []
    labels: list[int] = []
    groups: list[str] = []
    expects: dict[str, bool] = {}
    for case in cases:
        turn = case["turns"][0] if case.get("session") else case
        now: datetime = evaluation.moment(turn, case)
        qid = f"{prefix}{case['id']}"
        expects[qid] = not turn.get("fallback", False)
        with conv._lock:
            conv._refresh_kb_cache()
            decision = conv.decide(turn["question"], now)
            # Each candidate answers alone: a label must not depend on a ranker trained before.
            decision.threshold = 2.0
            for ranked in decision.ranked:
                answer = conv.compose(decision, ranked, now, {})
                reply = {
                    "answer": answer.text,
                    "fallback": answer.fallback,
                    "sources": [s.as_dict() for s in answer.sources],
                }
                rows.append(ranked.features)
                labels.append(int(not evaluation.check(turn, reply)))
                groups.append(qid)
    return rows, labels, groups, expects


def train(
    models_dir: Path, sets: list[evaluation.QuestionSet], *, target: float = ranking.TARGET_CONFIDENT_WRONG
) -> dict:
    """Fit the ranker on the sets' questions, choose its threshold by cross-validation, save it."""
    rows: list[dict] = []
    labels: list[int] = []
    groups: list[str] = []
    expects: dict[str, bool] = {}
    for qset in sets:
        with evaluation.set_conversation(qset, models_dir) as conv:
            r, lab, g, e = labelled_candidates(conv, qset.cases, prefix=f"{qset.name}:")
        rows += r
        labels += lab
        groups += g
        expects.update(e)
    ranker, report = ranking.fit(rows, labels, groups, expects, target=target)
    report["trained_on"] = [qset.name for qset in sets]
    report["trained_at"] = datetime.now().isoformat(timespec="seconds")
    ranking.save(ranker, ranking.ranker_dir(models_dir))
    return report


def ensure_ranker(models_dir: Path, repo: Path) -> Path:
    """Train the ranker on the development sets when the registry has none (first start, fresh clone)."""
    folder = ranking.ranker_dir(models_dir)
    try:
        ranking.load(models_dir)
    except ranking.RankerError:
        train(models_dir, evaluation.development_sets(repo, _shared(repo)))
    return folder


def _shared(repo: Path) -> Path | None:
    shared = repo.parent / "shared"
    return shared if shared.is_dir() else None
