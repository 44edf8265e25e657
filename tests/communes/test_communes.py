"""The held-out and development communes of tests/communes/, as a new commune would try Clocher.

Each commune's files are imported into a fresh base and its residents' questions asked through the core.
The figures are the benchmark's (bench/bench_communes.py prints them per kind); the assertions here are
floors that catch a regression, not the targets (≥ 90 % right, ≤ 1 % confident-wrong), which the closing
notes report. A commune whose files live in ../shared is skipped on a fresh clone.
"""

from __future__ import annotations

import pytest

from bot import evaluation
from tests.conftest import REPO, SHARED

SETS = evaluation.commune_sets(REPO, SHARED if SHARED.is_dir() else None)
# Floors under the figures measured on 2026-12-05 (right share, confident-wrong ceiling), with a margin:
# they catch a regression; the targets are in bench/bench_communes.py.
# commune-f, held out: 53 % / 3,6 % with the ranker trained on every development set (CI, with ../shared);
# on a fresh clone the ranker learns without the real-file communes a and e (6,2 % on 2026-12-05, morning).
FLOORS = {"commune-f": (0.20, 0.10)}
DEFAULT_FLOOR = (0.20, 0.06)


@pytest.mark.parametrize("qset", SETS, ids=[s.name for s in SETS])
def test_commune(qset, models_dir):
    if qset.missing:
        pytest.skip(f"files missing on this machine: {', '.join(qset.missing)}")
    assert len([c for c in qset.cases]) >= 80, "a commune's set holds at least 80 questions"
    outcomes = evaluation.evaluate_set(qset, models_dir)
    table = evaluation.format_summary(qset.name, outcomes)
    print(f"\n{qset.name} ({evaluation.role(REPO, qset.name)})\n{table}")
    right_floor, wrong_ceiling = FLOORS.get(qset.name, DEFAULT_FLOOR)
    assert evaluation.share(outcomes) >= right_floor, table
    assert evaluation.share(outcomes, evaluation.CONFIDENT_WRONG) <= wrong_ceiling, table
