"""The soak benchmark's one-minute version (bench/bench_soak.py, issue 14): 30 updates a second through
`run_bot.py` and the project's Bot API server while a clerk re-imports a big arrêtés file in a loop.
Deselect with `-m "not soak"`; `make test` runs it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
pytestmark = [pytest.mark.slow, pytest.mark.soak]


def test_a_minute_at_30_updates_a_second_while_a_clerk_imports(models_dir, tmp_path) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from bench_soak import report, run_soak

    result = run_soak(60, 30, 30_000, tmp_path, models=models_dir, log=lambda *_: None)
    print(report(result))
    assert result.imports and not result.import_failures  # the base was busy all along
    assert result.sent >= 1700
    assert result.lost == 0 and result.extra == 0  # every update answered, once
    assert result.errors == 0  # no resident saw the apology
    assert result.unknown_listed + result.unknown_parked == result.unknown_asked  # nothing lost for clerks
    assert result.bot_exit == 0  # SIGINT closes both processes cleanly
    for name in ("bot", "core"):
        assert result.growth(name) <= 0.05, report(result)
