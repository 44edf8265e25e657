"""Fixtures for the Telegram channel: a fake Bot API server (real HTTP on 127.0.0.1) and the real
`Application` built by `build_application`, running long polling against it with the demo commune's core.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace

import pytest
from fake_bot_api import FakeBotAPI, Sent
from telegram.ext import Application

from bot.channels.telegram import ChannelSettings, build_application
from bot.state import open_state

DEMO_ARRETES_HEADER = (
    "COLL_NOM;COLL_SIRET;ARR_ID;ARR_DATE;ARR_TYPE;ARR_MATIERE_CODE;ARR_MATIERE_NOM;ARR_OBJET;ARR_DEBUT;ARR_FIN;"
    "ARR_LIEU;PREF_ID;PREF_DATE;ARR_URL"
)
STAFF_CHAT = -100_555
CLERK = 31
RESIDENT = 4242
_residents = itertools.count(10_000)
# Fast timings: jobs often, tiny backoffs, short poll timeouts, so the suite stays quick.
FAST = ChannelSettings(
    typing_after=0.5, alerts_every=0.3, outbox_every=0.3, deliveries_every=0.3, purge_every=3600,
    replay_every=0.5, network_retries=3, network_backoff=0.05, read_timeout=2.0, connect_timeout=2.0,
)


@pytest.fixture
def fake_api() -> Iterator[FakeBotAPI]:
    """A fresh fake Bot API server for one test."""
    with FakeBotAPI() as server:
        yield server


async def start_app(app: Application) -> Application:
    """What `run_polling` does, step by step, so the test keeps the event loop."""
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1, bootstrap_retries=0)
    return app


async def stop_app(app: Application) -> None:
    if app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    await app.post_shutdown(app)


def forget_open_updates(state_path) -> None:
    """A test's bot starts with no update left open by an earlier test's (the state file may be shared,
    and that test's Bot API server, where those chats lived, is gone)."""
    state = open_state(state_path)
    try:
        state.execute("DELETE FROM update_journal WHERE done_at IS NULL")
    finally:
        state.close()


class Harness:
    """The running bot plus helpers to talk to it the way a resident and a clerk would."""

    def __init__(self, api: FakeBotAPI, config, conversation, settings: ChannelSettings = FAST):
        self.api = api
        self.config = replace(config, token=api.token, api_base_url=api.base_url,
                              api_base_file_url=api.base_file_url, staff_chat_id=STAFF_CHAT)
        self.conversation = conversation
        self.settings = settings
        self.app: Application | None = None
        self.resident = next(_residents)  # a fresh chat per test, since the core may be shared
        api.add_group(STAFF_CHAT, "Secrétariat", members=(CLERK,))
        api.add_private_chat(RESIDENT)
        api.add_private_chat(self.resident)
        forget_open_updates(self.config.state_path)

    async def start(self, *, own_core: bool = False) -> Application:
        """Start the bot; `own_core` lets `post_init` open the core itself, as in production."""
        self.app = build_application(self.config, None if own_core else self.conversation, self.settings)
        return await start_app(self.app)

    async def stop(self) -> None:
        if self.app is not None:
            await stop_app(self.app)
            self.app = None

    async def say(self, text: str, chat_id: int | None = None, expect: int = 1,
                  timeout: float = 10) -> list[Sent]:
        """Send `text` as the resident; return the `expect` new messages the bot sends back."""
        chat_id = self.resident if chat_id is None else chat_id
        before = len(self.api.sent("sendMessage", chat_id))
        self.api.send_text(chat_id, text)
        sent = await self.api.wait_messages(chat_id, before + expect, timeout)
        return sent[before:]


@pytest.fixture(scope="module")
def shared_core(demo_db_template, models_dir, tmp_path_factory):
    """One conversation core (demo commune, trained model) for a module's tests: opening it takes seconds."""
    from bot.config import load_config
    from bot.conversation import Conversation

    root = tmp_path_factory.mktemp("telegram")
    shutil.copy(demo_db_template, root / "clocher.sqlite")
    config = load_config(home=root / "home", db_path=root / "clocher.sqlite", models_dir=models_dir)
    conversation = Conversation(config)
    yield config, conversation
    conversation.close()


@pytest.fixture
async def harness(fake_api, shared_core) -> AsyncIterator[Harness]:
    """The real Application with the demo commune's core, polling the fake server."""
    h = Harness(fake_api, *shared_core)
    await h.start()
    try:
        yield h
    finally:
        await h.stop()
