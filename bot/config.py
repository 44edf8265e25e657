"""Settings read once from the environment, so every channel and command agrees on where things live."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_HOME = Path("var")


@dataclass(frozen=True)
class Config:
    """Everything the bot needs to start. The token is kept out of `repr` so it never reaches a log."""

    home: Path
    db_path: Path
    state_path: Path
    models_dir: Path
    token: str | None = field(default=None, repr=False)
    api_base_url: str | None = None
    api_base_file_url: str | None = None
    staff_chat_id: int | None = None
    retention_days: int = 90
    session_minutes: int = 30
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    fallback_threshold: float | None = None


def _int_env(name: str, default: int | None) -> int | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(
            f"La variable d'environnement {name} doit être un nombre entier (reçu : {raw!r})."
        ) from exc


def load_config(**overrides: object) -> Config:
    """Build the configuration from the environment; keyword arguments (from the command line) win."""
    home = Path(os.environ.get("CLOCHER_HOME") or DEFAULT_HOME)
    db_env = os.environ.get("CLOCHER_DB")
    config = Config(
        home=home,
        db_path=Path(db_env) if db_env else home / "clocher.sqlite",
        state_path=home / "state.sqlite",  # replaced below: each base has its own state
        models_dir=Path(os.environ.get("CLOCHER_MODELS") or home / "models"),
        token=os.environ.get("TELEGRAM_BOT_TOKEN") or None,
        api_base_url=os.environ.get("TELEGRAM_API_BASE_URL") or None,
        api_base_file_url=os.environ.get("TELEGRAM_API_BASE_FILE_URL") or None,
        staff_chat_id=_int_env("CLOCHER_STAFF_CHAT_ID", None),
        retention_days=_int_env("CLOCHER_RETENTION_DAYS", 90) or 90,
        session_minutes=_int_env("CLOCHER_SESSION_MINUTES", 30) or 30,
        webhook_secret=os.environ.get("CLOCHER_WEBHOOK_SECRET") or None,
        webhook_listen=os.environ.get("CLOCHER_WEBHOOK_LISTEN") or "127.0.0.1",
        webhook_port=_int_env("CLOCHER_WEBHOOK_PORT", 8443) or 8443,
    )
    given = {key: value for key, value in overrides.items() if value is not None}
    if "home" in given and "state_path" not in given:
        home = Path(given["home"])  # type: ignore[arg-type]
        given.setdefault("models_dir", home / "models")
        if not db_env:
            given.setdefault("db_path", home / "clocher.sqlite")
    for key in ("home", "db_path", "state_path", "models_dir"):
        if key in given:
            given[key] = Path(given[key])  # type: ignore[arg-type]
    config = replace(config, **given)  # type: ignore[arg-type]
    if "state_path" not in given:
        config = replace(config, state_path=state_path_for(config.db_path, config.home))
    return config


def state_path_for(db_path: Path, home: Path) -> Path:
    """The conversation state of a base lives next to it: « x.sqlite » → « x.state.sqlite ».

    Why: the state holds drafts, subscriptions and pending messages of that commune's residents; shared
    between bases, a report drafted on the demo landed in another commune's inbox (issue 12). A bot set
    up before this rule kept the default base's state in $CLOCHER_HOME/state.sqlite: that file stays in
    use for that base, so nothing is lost on update.
    """
    path = db_path.with_name(f"{db_path.stem}.state.sqlite")
    legacy = home / "state.sqlite"
    if db_path == home / "clocher.sqlite" and legacy.exists() and not path.exists():
        return legacy
    return path
