"""The conversation core in a child process of its own, called from an asyncio event loop.

Why a process: the core (intent model, knowledge base, state file) is Python, so in the Telegram bot's
process it competes with the event loop for the GIL, and answering one chat slows the HTTP work of all the
others. In its own process it runs on the other CPU core, and a crash in it (a C extension, memory) does
not take the Telegram connection down: the next call starts a new core.

The parent sends `(call id, method name, args, kwargs)` over a pipe; the child calls that method of its
`Conversation` and sends back `(call id, ok, result or exception)`, one call at a time, as the in-process
core did under its lock. The event loop learns of answers through `loop.add_reader` on the pipe: no
helper thread in the parent, so nothing there competes for the GIL either.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import multiprocessing
import pickle
import signal
import threading
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.config import Config

log = logging.getLogger(__name__)

READY = "ready"
FAILED = "failed"


class CoreUnavailable(RuntimeError):
    """The core's process stopped while answering (it is restarted on the next call)."""


def _exit(*_: object) -> None:
    raise SystemExit(0)


def _portable(exc: Exception) -> Exception:
    """The exception itself if the parent can rebuild it, else a RuntimeError that says what it was.

    An exception class whose constructor takes other arguments than it stores pickles fine but fails
    to unpickle on the other side, where it would leave the caller waiting forever.
    """
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _serve(conn: Connection, config: Config, log_level: int) -> None:
    """Child process: open the core, then answer calls until the pipe closes or `close` is asked."""
    logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s [core]: %(message)s")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which closes us cleanly
    signal.signal(signal.SIGTERM, _exit)  # closes the core (its `finally`) before exiting
    from bot import idempotent
    from bot.startup import StartupError, open_conversation

    try:
        conversation = open_conversation(config)
    except StartupError as exc:
        conn.send((FAILED, str(exc)))
        return
    conn.send((READY, None))
    try:
        while True:
            try:
                call_id, name, args, kwargs = conn.recv()
            except EOFError:  # the parent is gone
                return
            if name == "close":
                conn.send((call_id, True, None))
                return
            try:
                result: tuple[bool, Any] = (True, idempotent.call(conversation, name, *args, **kwargs))
            except Exception as exc:  # noqa: BLE001 - handed to the caller, who decides
                result = (False, _portable(exc))
            try:
                conn.send((call_id, *result))
            except Exception as exc:  # noqa: BLE001 - a result that does not pickle
                conn.send((call_id, False, RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conversation.close()


class CoreProcess:
    """The parent's handle on the core's process: start it, call it from a coroutine, close it."""

    def __init__(self, config: Config, *, start_timeout: float = 600.0) -> None:
        # The child needs no Telegram secret: keep the token and webhook secret in this process only.
        self.config = replace(config, token=None, webhook_secret=None)
        self.start_timeout = start_timeout
        self._context = multiprocessing.get_context("spawn")  # fork would copy the event loop's threads
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pending: dict[int, asyncio.Future] = {}
        self._ids = itertools.count()
        self._start_lock = threading.RLock()

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> CoreProcess:
        """Start the child and wait until its core is open; a StartupError says what to fix."""
        from bot.startup import StartupError

        with self._start_lock:
            if self.alive:
                return self
            parent, child = self._context.Pipe()
            process = self._context.Process(
                target=_serve, args=(child, self.config, logging.getLogger().getEffectiveLevel()),
                name="clocher-core", daemon=True,
            )
            process.start()
            child.close()
            if not parent.poll(self.start_timeout):
                process.kill()
                raise StartupError("Le cœur du bot (modèle et base) ne s'est pas ouvert à temps.")
            try:
                status, message = parent.recv()
            except EOFError:
                status, message = FAILED, "le processus du cœur du bot s'est arrêté au démarrage"
            if status != READY:
                process.join(5)
                raise StartupError(message)
            self._process, self._conn = process, parent
            log.info("Conversation core started (process %s)", process.pid)
            return self

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive() and self._conn is not None

    async def aclose(self) -> None:
        """`close()` from the event loop: stop listening here, wait for the child in a thread."""
        self._detach()
        await asyncio.to_thread(self.close)
        self._fail_pending()  # here, in the loop that owns the futures

    def close(self, timeout: float = 30.0) -> None:
        """Ask the core to close (it moves parked questions to the clerks' list), then reap it."""
        process, conn = self._process, self._conn
        self._detach()
        self._process = self._conn = None
        if process is None or conn is None:
            return
        with contextlib.suppress(OSError, EOFError):
            conn.send((-1, "close", (), {}))
            if conn.poll(timeout):
                conn.recv()
        conn.close()
        process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join(5)

    # -- calls ---------------------------------------------------------------------------------

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """`conversation.name(*args, **kwargs)` in the core's process, awaited without blocking the loop."""
        if not self.alive:
            await asyncio.to_thread(self._restart)
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._attach(loop)
        call_id = next(self._ids)
        future = loop.create_future()
        self._pending[call_id] = future
        try:
            self._conn.send((call_id, name, args, kwargs))
        except OSError as exc:
            self._pending.pop(call_id, None)
            self._lost()
            raise CoreUnavailable("the conversation core's process is gone") from exc
        return await future

    def _restart(self) -> None:
        with self._start_lock:
            old = self._process
            if self.alive:
                return
            if old is not None:
                log.error("The conversation core's process stopped (exit code %s): restarting it",
                          old.exitcode)
                if old.is_alive():  # its pipe broke but it still runs: never leave two cores
                    old.kill()
                old.join(5)
            self.start()

    def _attach(self, loop: asyncio.AbstractEventLoop) -> None:
        self._detach()
        loop.add_reader(self._conn.fileno(), self._on_readable)
        self._loop = loop

    def _detach(self) -> None:
        if self._loop is not None and self._conn is not None and not self._loop.is_closed():
            self._loop.remove_reader(self._conn.fileno())
        self._loop = None

    def _on_readable(self) -> None:
        """Answers are ready on the pipe (or the child is gone): resolve their futures."""
        try:
            while self._conn is not None and self._conn.poll():
                call_id, ok, value = self._conn.recv()
                future = self._pending.pop(call_id, None)
                if future is None or future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        except (EOFError, OSError):
            self._lost()
        except Exception:  # a message that does not unpickle: its caller is unknown, start afresh
            log.exception("Unreadable answer from the conversation core: restarting it")
            if self._process is not None:
                self._process.kill()
            self._lost()

    def _lost(self) -> None:
        """The child died: stop listening, fail what it was answering; the next call restarts it."""
        self._detach()
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        self._fail_pending()

    def _fail_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(CoreUnavailable("the conversation core's process stopped"))
