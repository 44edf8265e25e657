"""The conversation core in its own process: answers, errors and busy signals cross the pipe; a core
that dies is replaced at the next call; start-up problems come back as French StartupErrors."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
from dataclasses import replace

import pytest

import knowledge
from bot.conversation import KnowledgeBusy, Reply
from bot.core_process import CoreProcess, CoreUnavailable
from bot.startup import StartupError

pytestmark = pytest.mark.slow  # each test starts a process that loads spaCy and the model


@pytest.fixture(scope="module")
def core_config(demo_db_template, models_dir, tmp_path_factory):
    from bot.config import load_config

    root = tmp_path_factory.mktemp("core")
    shutil.copy(demo_db_template, root / "clocher.sqlite")
    return load_config(home=root / "home", db_path=root / "clocher.sqlite", models_dir=models_dir)


@pytest.fixture(scope="module")
def core(core_config):
    """One core process for the module: starting one loads spaCy and the model (seconds)."""
    process = CoreProcess(replace(core_config, token="123:SECRET")).start()
    yield process
    process.close()


async def test_answers_come_back_from_the_process(core: CoreProcess) -> None:
    assert core.config.token is None  # the child never holds the Telegram token
    reply = await core.call("command", "77", "contact")
    assert isinstance(reply, Reply)
    assert "mairie" in reply.text.lower()
    asked = (core.call("text", str(100 + i), "horaires de la mairie") for i in range(5))
    replies = await asyncio.gather(*asked)
    assert all(r.sources for r in replies)  # concurrent calls, each with its own answer


async def test_errors_and_busy_signals_cross_the_pipe(core: CoreProcess, core_config) -> None:
    with pytest.raises(AttributeError):
        await core.call("no_such_method")
    holder = knowledge.open_kb(core_config.db_path)
    holder.execute("BEGIN IMMEDIATE")  # a clerk's import holds the write lock
    try:
        with pytest.raises(KnowledgeBusy):
            await core.call("purge")
    finally:
        holder.rollback()
        holder.close()
    assert "mairie" in (await core.call("command", "77", "contact")).text.lower()  # still serving


async def test_a_dead_core_fails_its_pending_calls_and_is_restarted(core: CoreProcess) -> None:
    first = core._process.pid
    os.kill(first, signal.SIGSTOP)  # frozen: the call below cannot be answered before it dies
    pending = asyncio.ensure_future(core.call("command", "77", "contact"))
    await asyncio.sleep(0.2)
    os.kill(first, signal.SIGKILL)
    with pytest.raises(CoreUnavailable):
        await asyncio.wait_for(pending, 10)
    reply = await core.call("command", "77", "contact")  # a new core answers
    assert "mairie" in reply.text.lower()
    assert core._process.pid != first


async def test_close_ends_the_process_cleanly(core_config) -> None:
    own = CoreProcess(core_config).start()
    process = own._process
    await own.call("text", "55", "je ne sais pas quoi demander zzz")
    await own.aclose()
    assert not own.alive
    assert process.exitcode == 0


def test_a_missing_knowledge_base_is_a_french_startup_error(core_config, tmp_path) -> None:
    with pytest.raises(StartupError, match="n'existe pas encore"):
        CoreProcess(replace(core_config, db_path=tmp_path / "absente.sqlite")).start()


class _TwoArguments(Exception):
    def __init__(self, code: int, detail: str) -> None:
        super().__init__(f"{code}: {detail}")


def test_an_exception_that_cannot_be_rebuilt_arrives_as_a_runtime_error() -> None:
    from bot.core_process import _portable

    busy = KnowledgeBusy("Une importation est en cours.")
    assert _portable(busy) is busy
    odd = _portable(_TwoArguments(7, "boom"))
    assert isinstance(odd, RuntimeError)
    assert "_TwoArguments: 7: boom" in str(odd)


def test_the_pipe_to_the_core_is_private(core: CoreProcess) -> None:
    """Calls and replies cross it as pickles, and unpickling runs code: its two ends are an anonymous
    socket pair held by this process and its child only (no path, no port anyone else could open)."""
    import socket

    end = socket.socket(fileno=os.dup(core._conn.fileno()))
    try:
        assert end.family == socket.AF_UNIX
        assert end.getsockname() in ("", b"") and end.getpeername() in ("", b"")
    finally:
        end.close()
