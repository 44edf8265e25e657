"""`run_bot.py` end to end: configured by documented environment variables, polling our Bot API server."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from fake_bot_api import FakeBotAPI

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.slow
async def test_run_bot_polls_a_self_hosted_api_server_and_never_logs_the_token(
    fake_api: FakeBotAPI, demo_db, models_dir, tmp_path
) -> None:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake_api.token,
        "TELEGRAM_API_BASE_URL": fake_api.base_url,
        "TELEGRAM_API_BASE_FILE_URL": fake_api.base_file_url,
        "CLOCHER_HOME": str(tmp_path / "home"),
        "CLOCHER_DB": str(demo_db),
        "CLOCHER_MODELS": str(models_dir),
        "CLOCHER_STAFF_CHAT_ID": "-100777",
    }
    process = subprocess.Popen([sys.executable, "run_bot.py"], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        await fake_api.wait_for(lambda: fake_api.commands, timeout=90, what="setMyCommands at start-up")
        fake_api.send_text(61, "/contact")
        [reply] = await fake_api.wait_messages(61, 1, timeout=30)
        assert "mairie" in reply.text.lower()
    finally:
        process.send_signal(signal.SIGINT)
        try:
            output, _ = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
    await asyncio.sleep(0)
    assert process.returncode == 0, output
    assert fake_api.token not in output
    assert fake_api.token.split(":", 1)[1] not in output
