"""Fixtures shared by every package's tests: the demo commune in a real SQLite file, a trained model.

Both are built once per test session (training takes seconds, not milliseconds) and copied where a test
writes, so tests stay independent.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property-based tests: the same examples on every run (no flaky CI); HYPOTHESIS_PROFILE=explore searches
# afresh with many more. A case it finds is kept as an @example or a plain test.
settings.register_profile(
    "clocher", derandomize=True, database=None, deadline=None, max_examples=100,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "explore", deadline=None, max_examples=3000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "clocher"))

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo"
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Never touch the developer's var/: every test gets its own data directory."""
    monkeypatch.setenv("CLOCHER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CLOCHER_DB", raising=False)
    monkeypatch.delenv("CLOCHER_MODELS", raising=False)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (fresh clone): real-data tests skipped")
    return SHARED


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory) -> Path:
    """The demo commune imported once, through the same API as `python -m knowledge import demo/`."""
    import knowledge

    path = tmp_path_factory.mktemp("kb") / "demo.sqlite"
    conn = knowledge.open_kb(path)
    try:
        reports = knowledge.import_paths(conn, [DEMO])
    finally:
        conn.close()
    problems = [r for r in reports if r.rejected or r.errors]
    assert not problems, f"the demo commune must import cleanly: {problems}"
    return path


@pytest.fixture
def demo_db(demo_db_template, tmp_path) -> Path:
    """A private copy of the demo knowledge base, free to write into."""
    path = tmp_path / "clocher.sqlite"
    shutil.copy(demo_db_template, path)
    return path


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    """A registry holding the intent model trained from the bundled nlu/data and the ranker trained on
    the development question sets, as on a bot's first start (`python -m bot setup-model`)."""
    import nlu
    from bot.ranker_training import ensure_ranker

    root = tmp_path_factory.mktemp("models")
    nlu.ensure_model(root)
    ensure_ranker(root, REPO)
    return root


@pytest.fixture
def bot_config(demo_db, models_dir, tmp_path):
    from bot.config import load_config

    return load_config(home=tmp_path / "home", db_path=demo_db, models_dir=models_dir)


@pytest.fixture
def conversation(bot_config):
    from bot.conversation import Conversation

    conv = Conversation(bot_config)
    yield conv
    conv.close()
