"""The demo commune and a trained model in a scratch directory: what every bot benchmark starts from."""

from __future__ import annotations

from pathlib import Path

import knowledge
import nlu
from bot.config import Config, load_config
from bot.ranker_training import ensure_ranker

REPO = Path(__file__).resolve().parents[1]


def demo_config(home: Path) -> Config:
    """Import demo/ into `home`; reuse the developer's promoted model if any (training is slow)."""
    db = home / "clocher.sqlite"
    conn = knowledge.open_kb(db)
    try:
        knowledge.import_paths(conn, [REPO / "demo"])
    finally:
        conn.close()
    models = REPO / "var" / "models" if (REPO / "var" / "models").exists() else home / "models"
    nlu.ensure_model(models)
    ensure_ranker(models, REPO)
    return load_config(home=home, db_path=db, models_dir=models)
