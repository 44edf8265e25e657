"""Starting the bot on a base made by an older Clocher (bot/startup.py)."""

from __future__ import annotations

import sqlite3

import knowledge
from bot.startup import check_database
from knowledge.migrations import MIGRATIONS, apply_pending, m001_initial
from knowledge.textnorm import stem_text


def test_a_base_made_by_an_older_clocher_is_brought_up_to_date_at_start(tmp_path):
    """The core opens the base read-only: without this, « make run » on a base of an earlier version
    failed at the first question on a column a later migration added (budget_lines.chapitre)."""
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    old.create_function("stem_text", 1, stem_text)
    apply_pending(old, [m001_initial])
    old.close()

    check_database(path)

    conn = knowledge.open_kb(path, readonly=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
        columns = {r[1] for r in conn.execute("PRAGMA table_info(budget_lines)")}
        assert names == [m.__name__ for m in MIGRATIONS]
        assert "chapitre" in columns
        assert knowledge.budget.budget_headings(conn) == []  # the query that failed, on an empty budget
    finally:
        conn.close()


def test_a_ranker_for_an_older_clocher_is_retrained_and_the_admin_told_why(tmp_path, monkeypatch, capsys):
    """After an update that changes the ranker's features, the start retrains it for minutes: the admin
    reads why instead of a silent wait."""
    import json

    from bot import ranker_training, ranking
    from bot.config import load_config
    from bot.startup import ensure_ranker

    models = tmp_path / "models"
    folder = ranking.ranker_dir(models)
    folder.mkdir(parents=True)
    assert not ranking.outdated(models)  # no ranker yet: the first start says so itself
    (folder / "meta.json").write_text(json.dumps({"features": ["coverage", "gap"]}), encoding="utf-8")
    assert ranking.outdated(models)
    trained = []
    monkeypatch.setattr(ranker_training, "ensure_ranker", lambda m, repo: trained.append(m) or folder)
    ensure_ranker(load_config(home=tmp_path / "home", db_path=tmp_path / "kb.sqlite", models_dir=models))
    assert trained == [models]
    assert "version précédente de Clocher" in capsys.readouterr().err
    current = {"features": list(ranking.FEATURES), "term_weights": {}}
    (folder / "meta.json").write_text(json.dumps(current), encoding="utf-8")
    assert not ranking.outdated(models)
    del current["term_weights"]  # from before the learned word weights: its coverages were others
    (folder / "meta.json").write_text(json.dumps(current), encoding="utf-8")
    assert ranking.outdated(models)
    (folder / "meta.json").write_text("{ pas du json", encoding="utf-8")
    assert ranking.outdated(models)
