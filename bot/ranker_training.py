"""Training the ranker (bot/ranking.py) from residents' question sets: `python -m bot train-ranker`.

Every candidate the engine retrieves for a question is answered as if it had been chosen, and the answer
is judged on the question's facts (bot/evaluation.py): that is the candidate's label. No record ids to
write by hand, so a commune can add its own labelled questions in the same format as the demo's.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

from bot import evaluation, ranking, term_weights


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
            decision.kind_thresholds = {}
            for ranked in decision.ranked:
                answer = conv.compose(decision, ranked, now, {})
                right = not evaluation.check(turn, evaluation.composed_reply(answer))
                # A wrong « je ne sais pas » (« pas de budget 2025 ») is an honest fallback, not a
                # confident-wrong answer, when the threshold is chosen (as bot/evaluation.py judges it).
                honest = float(answer.fallback and not right)
                rows.append({**ranked.features, ranking.FALLBACK_ANSWER: honest})
                labels.append(int(right))
                groups.append(qid)
    return rows, labels, groups, expects


SYNTHETIC = "fiche:"


def fiche_phrasings(conv, today) -> tuple[list, list, list, dict]:
    """Every fiche's own question and variantes, asked as residents' questions: the fiche is right.

    The clerk wrote them, so they are labelled without anyone's help, on any commune. They teach the
    ranker that a question a fiche names answers from that fiche; they do not choose the threshold.
    """
    import knowledge

    rows: list[dict] = []
    labels: list[int] = []
    groups: list[str] = []
    expects: dict[str, bool] = {}
    now = datetime.combine(today, datetime.min.time().replace(hour=10))
    with conv._lock:
        fiches = knowledge.list_fiches(conv.kb)
    for fiche in fiches:
        for n, phrasing in enumerate((fiche.question, *fiche.variantes)):
            qid = f"{SYNTHETIC}{fiche.id}:{n}"
            decision = conv.decide(phrasing, now)
            expects[qid] = True
            for ranked in decision.ranked:
                rows.append(ranked.features)
                labels.append(int(ranked.doc.kind == "fiche" and ranked.doc.key == str(fiche.id)))
                groups.append(qid)
    return rows, labels, groups, expects


NUMBERED = "numero:"
MAX_NUMBERED = 15  # per kind and commune: enough to learn the feature, not enough to drown the residents


def number_phrasings(conv, today) -> tuple[list, list, list, dict]:
    """« arrêté 2026-018 », « délibération D2026-031 »: a record asked for by its own number is right.

    Labelled without anyone's help on any commune, like the fiches' phrasings, they teach the ranker what
    a number naming a record is worth (residents' sets hold too few such questions for a forest to learn
    it); they do not choose the threshold.
    """
    import knowledge
    from knowledge.importers.arretes import NO_NUMBER

    now = datetime.combine(today, datetime.min.time().replace(hour=10))
    with conv._lock:
        arretes = knowledge.recent_arretes(conv.kb, limit=10_000)
        deliberations = knowledge.recent_deliberations(conv.kb, limit=10_000)
    asked = [
        *(("arrete", a.id, f"arrêté {a.id}") for a in arretes if not a.id.startswith(NO_NUMBER)),
        *(("deliberation", d.id, f"délibération {d.id}") for d in deliberations),
    ]
    rows: list[dict] = []
    labels: list[int] = []
    groups: list[str] = []
    expects: dict[str, bool] = {}
    for kind in ("arrete", "deliberation"):
        mine = sorted((a for a in asked if a[0] == kind), key=lambda a: ranking.hash_of(a[1]))
        for _, key, phrasing in mine[:MAX_NUMBERED]:
            qid = f"{NUMBERED}{kind}:{key}"
            expects[qid] = True
            for ranked in conv.decide(phrasing, now).ranked:
                rows.append(ranked.features)
                labels.append(int(ranked.doc.kind == kind and ranked.doc.key == key))
                groups.append(qid)
    return rows, labels, groups, expects


NAMED = "nomme:"


def directory_phrasings(conv, today) -> tuple[list, list, list, dict]:
    """A directory entry asked for by its name (« Garage de la Doucette ») or, when it is the only one of
    its kind, by its category (« boulangerie »): that entry is right. Labelled without anyone's help on any
    commune, like the fiches' phrasings; they do not choose the threshold."""
    import knowledge

    now = datetime.combine(today, datetime.min.time().replace(hour=10))
    with conv._lock:
        entries = knowledge.list_acteurs(conv.kb, limit=10_000)
    counts = Counter(a.categorie.lower() for a in entries)
    asked = [(a.id, a.nom) for a in entries]
    asked += [(a.id, a.categorie) for a in entries if counts[a.categorie.lower()] == 1]
    asked.sort(key=lambda pair: ranking.hash_of(f"{pair[0]}:{pair[1]}"))
    rows: list[dict] = []
    labels: list[int] = []
    groups: list[str] = []
    expects: dict[str, bool] = {}
    for n, (key, phrasing) in enumerate(asked[:MAX_NUMBERED]):
        qid = f"{NAMED}{key}:{n}"
        expects[qid] = True
        for ranked in conv.decide(phrasing, now).ranked:
            rows.append(ranked.features)
            labels.append(int(ranked.doc.kind == "acteur" and ranked.doc.key == str(key)))
            groups.append(qid)
    return rows, labels, groups, expects


def collect(
    qset: evaluation.QuestionSet, models_dir: Path, weights: dict[str, float] | None = None
) -> tuple[list, list, list, dict]:
    """One set's labelled candidates: its residents' questions, then the phrasings its records give.

    `weights`: the questions' word weights to retrieve with (bot/term_weights.py), learned without this
    set, so that its features are those of a commune the weights never saw."""
    # Candidates and their answers as a fresh clone's first training sees them, whatever ranker is in
    # place: answers are composed from the candidates in the ranker's order (a budget total gathers
    # the lines ranked near it) and the forest draws its samples by row position, so a retrain learned
    # from the ranker it replaced (on the demo, 21 candidates labelled otherwise).
    with evaluation.set_conversation(qset, models_dir, with_ranker=False) as conv:
        conv.engine.term_weights = weights or {}
        residents = labelled_candidates(conv, qset.cases, prefix=f"{qset.name}:")
        today = evaluation.moment(qset.cases[0], qset.cases[0]).date()
        selfmade = [
            fiche_phrasings(conv, today),
            number_phrasings(conv, today),
            directory_phrasings(conv, today),
        ]
    prefixed = [
        (r, lab, [f"{qset.name}:{x}" for x in g], {f"{qset.name}:{k}": v for k, v in e.items()})
        for r, lab, g, e in selfmade
    ]
    return _concatenated([residents, *prefixed])


def _concatenated(parts) -> tuple[list, list, list, dict]:
    rows: list[dict] = []
    labels: list[int] = []
    groups: list[str] = []
    expects: dict[str, bool] = {}
    for r, lab, g, e in parts:
        rows += r
        labels += lab
        groups += g
        expects.update(e)
    return rows, labels, groups, expects


MAX_WORKERS = 4  # each loads spaCy and imports a commune's base of its own: a small server's memory


def set_evidence(qset: evaluation.QuestionSet, models_dir: Path) -> term_weights.Evidence:
    """One set's evidence for the word weights, retrieved without any."""
    with evaluation.set_conversation(qset, models_dir, with_ranker=False) as conv:
        conv.engine.term_weights = {}
        return term_weights.evidence(conv, qset.cases)


def held_out_weights(evidences: list[term_weights.Evidence]) -> list[dict[str, float]]:
    """For each set, the word weights learned from all the others."""
    return [term_weights.weights(e for j, e in enumerate(evidences) if j != i) for i in range(len(evidences))]


def collect_all(
    sets: list[evaluation.QuestionSet], models_dir: Path, weights: list[dict[str, float]] | None = None
) -> list[tuple[list, list, list, dict]]:
    """Every set's labelled candidates, in the sets' order, one process per core (`weights`: each set's).

    Collecting is single-threaded Python (spaCy, SQLite, composing each candidate's answer) and takes most
    of a training: on two cores, the development sets' 109 697 candidates took 75 s instead of 137 s
    (the forests' fitting, already on every core, is the rest of the eight minutes). The order of the sets is
    kept, so the forest sees the same rows in the same positions as a collection in one process.
    """
    return _in_processes(collect, sets, models_dir, weights or [None] * len(sets))


def evidence_all(sets: list[evaluation.QuestionSet], models_dir: Path) -> list[term_weights.Evidence]:
    return _in_processes(set_evidence, sets, models_dir)


def _in_processes(job, sets, models_dir: Path, *per_set) -> list:
    """job(set, models_dir, *per_set[i]) for every set, in the sets' order, one process per core."""
    workers = min(len(sets), os.cpu_count() or 1, MAX_WORKERS)
    if workers <= 1:
        return [job(qset, models_dir, *extra) for qset, *extra in zip(sets, *per_set, strict=True)]
    # spawn, not fork: the parent may hold threads (the bot's, pytest's) that a fork would copy mid-lock
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(job, sets, [models_dir] * len(sets), *per_set))


def train(
    models_dir: Path, sets: list[evaluation.QuestionSet], *, target: float = ranking.TARGET_CONFIDENT_WRONG
) -> dict:
    """Learn the word weights, then fit the ranker on the sets' questions retrieved with them (each set's
    candidates with the weights learned from the others), choose its threshold by cross-validation, save
    both together."""
    evidences = evidence_all(sets, models_dir)
    collected = collect_all(sets, models_dir, held_out_weights(evidences))
    rows, labels, groups, expects = _concatenated(collected)
    ranker, report = ranking.fit(rows, labels, groups, expects, target=target, judged=is_residents)
    ranker.term_weights = term_weights.weights(evidences)
    report["light_words"] = len(ranker.term_weights)
    report["trained_on"] = [qset.name for qset in sets]
    report["trained_at"] = datetime.now().isoformat(timespec="seconds")
    ranking.save(ranker, ranking.ranker_dir(models_dir))
    return report


def is_residents(qid: str) -> bool:
    """A resident's question (it chooses the threshold), not a phrasing the records gave themselves."""
    return not any(f":{mark}" in qid for mark in (SYNTHETIC, NUMBERED, NAMED))


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
