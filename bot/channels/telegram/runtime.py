"""What the Telegram handlers and jobs share while the bot runs, and how they reach it off the event loop.

SQLite and the model are blocking; every call into them goes through `Runtime.ask()` (the conversation
core: its own process in production, `bot.core_process`) or `Runtime.db()` (the channel's state
connection, in a worker thread), so one slow answer never freezes the other chats.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from telegram.ext import Application, CallbackContext, ExtBot

from bot import idempotent
from bot.channels.telegram.journal import CURRENT

if TYPE_CHECKING:
    from bot.channels.telegram.journal import Journal
    from bot.config import Config
    from bot.conversation import Conversation

T = TypeVar("T")


@dataclass(frozen=True)
class ChannelSettings:
    """Timings of the channel; the defaults suit production, tests shorten them."""

    typing_after: float = 0.5  # seconds before a slow answer shows « écrit… »
    core_wait: float = 0.05  # a core in this process: seconds the loop blocks on it (see ThreadCore)
    alerts_every: float = 60.0  # seconds between two looks for new arrêtés
    outbox_every: float = 5.0  # seconds between two outbox rounds
    deliveries_every: float = 30.0  # seconds between two looks for answers typed in the clerk CLI
    purge_every: float = 24 * 3600.0
    replay_every: float = 30.0  # seconds between two looks for updates left open by a Telegram outage
    outbox_batch: int = 200
    max_concurrent_updates: int = 64
    overall_per_second: float = 30  # Telegram's flood limits, enforced by the rate limiter
    private_per_second: float = 1
    group_per_minute: float = 20
    network_retries: int = 3
    network_backoff: float = 0.5
    read_timeout: float = 10.0
    # HTTP connections to the Bot API. httpcore checks every pooled connection on each request, so a
    # big pool costs CPU per message (PTB's default is 256); Telegram's 30 messages/s at ≈ 50 ms a round
    # trip keep two or three requests in flight. A request finding all four busy waits up to pool_timeout.
    connection_pool: int = 4
    pool_timeout: float = 10.0
    connect_timeout: float = 5.0


class ThreadCore:
    """A conversation core open in this process (tests, the benchmark's comparisons), fed by one thread.

    The core answers one message at a time (its own lock); one dedicated thread feeds it, so that many
    chats do not make pool threads fight over that lock and the GIL.
    """

    def __init__(self, conversation: Conversation, settings: ChannelSettings) -> None:
        self.conversation = conversation
        self.settings = settings
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clocher-core")

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Run `conversation.name(...)` in the core's thread; wait for it briefly without yielding.

        Why not simply await it: the core is Python (the GIL), so while it answers, an event loop that
        keeps running makes the two threads pass the GIL back and forth. Measured with 40 chats asking
        back to back, that doubled the CPU spent per message (6.4 → 10–12 ms). Most answers take
        1–3 ms, so the loop sleeps until the answer is there, up to `core_wait`; a slow answer (a
        clerk's import holding the knowledge base, a model being reloaded) is then awaited, so the
        other chats go on and « écrit… » still shows.
        """
        future = self._thread.submit(partial(idempotent.call, self.conversation, name, *args, **kwargs))
        with contextlib.suppress(concurrent.futures.TimeoutError):
            return future.result(timeout=min(self.settings.core_wait, self.settings.typing_after))
        return await asyncio.wrap_future(future)

    async def aclose(self) -> None:
        """Stop feeding the core; the conversation itself belongs to whoever opened it."""
        self._thread.shutdown(wait=False, cancel_futures=True)


class Core(Protocol):
    """How the channel reaches the conversation core: `ThreadCore` here, or `bot.core_process.CoreProcess`."""

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any: ...

    async def aclose(self) -> None: ...


@dataclass
class Runtime:
    """The long-lived objects of one running bot: configuration, the core, the channel's state connection."""

    config: Config
    settings: ChannelSettings
    core: Core | None = None
    owns_core: bool = False
    state: sqlite3.Connection | None = None
    kb: sqlite3.Connection | None = None  # read-only, for the alerts job (the core has its own)
    journal: Journal | None = None
    outbox_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    staff_errors: dict[str, float] = field(default_factory=dict)

    async def ask(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Call the core's `Conversation.name(*args, **kwargs)` without blocking the other chats.

        While an update is handled (journal.CURRENT), the call carries the update's key: asked again by a
        replay, the core gives the reply it kept instead of running the turn twice (bot.idempotent).
        """
        if self.core is None:
            raise RuntimeError("the conversation core is not open (post_init has not run)")
        sends = CURRENT.get()
        if sends is not None:
            return await self.core.call(idempotent.ONCE, sends.call_key(), name, *args, **kwargs)
        return await self.core.call(name, *args, **kwargs)

    async def db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn(state_conn, *args)` in a worker thread, one at a time on the channel's connection."""

        def locked() -> T:
            if self.state is None:
                raise RuntimeError("the state file is not open (post_init has not run)")
            with self._lock:
                return fn(self.state, *args, **kwargs)

        return await asyncio.to_thread(locked)


class ClocherContext(CallbackContext[ExtBot, dict, dict, dict]):
    """PTB's context with typed access to the running bot's `Runtime`."""

    @property
    def runtime(self) -> Runtime:
        return self.application.bot_data["clocher"]


def runtime_of(application: Application) -> Runtime:
    return application.bot_data["clocher"]
