"""Issue 12: each knowledge base has its own conversation state, so two communes never share drafts."""

from pathlib import Path

from bot.config import load_config


def test_state_lives_next_to_its_base(tmp_path, monkeypatch):
    a = load_config(db_path=tmp_path / "demo" / "clocher.sqlite")
    b = load_config(db_path=tmp_path / "sainte-exemple" / "clocher.sqlite")
    assert a.state_path == tmp_path / "demo" / "clocher.state.sqlite"
    assert b.state_path == tmp_path / "sainte-exemple" / "clocher.state.sqlite"
    monkeypatch.setenv("CLOCHER_DB", str(tmp_path / "x" / "commune.sqlite"))
    assert load_config().state_path == tmp_path / "x" / "commune.state.sqlite"
    monkeypatch.delenv("CLOCHER_DB")
    monkeypatch.setenv("CLOCHER_HOME", str(tmp_path / "home"))
    config = load_config()
    assert config.db_path == tmp_path / "home" / "clocher.sqlite"
    assert config.state_path == tmp_path / "home" / "clocher.state.sqlite"
    assert load_config(state_path=tmp_path / "s.sqlite").state_path == tmp_path / "s.sqlite"


def test_an_existing_bot_keeps_its_state_file(tmp_path, monkeypatch):
    home = tmp_path / "var"
    home.mkdir()
    (home / "state.sqlite").write_bytes(b"")  # a bot set up before the rule
    monkeypatch.setenv("CLOCHER_HOME", str(home))
    assert load_config().state_path == home / "state.sqlite"
    assert load_config(db_path=home / "autre.sqlite").state_path == home / "autre.state.sqlite"
    assert Path(load_config(home=home).state_path).name == "state.sqlite"
