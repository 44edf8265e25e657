"""Process updates concurrently across chats but in order within a chat.

With PTB's plain `concurrent_updates`, two quick messages from one resident may be answered out of order
(the second is shorter to compute); without it, one slow answer holds up the whole commune. Keying a lock
on the chat gives both: chats run side by side, and each chat's updates run one after the other.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

if TYPE_CHECKING:
    from bot.channels.telegram.journal import Journal


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """At most `max_concurrent_updates` at once; updates from the same chat strictly sequential.

    With a `journal`, each update is handled through it (numbered sends, marked done at the end): the
    journal's attempt counter then only counts an update once its chat's turn has come.
    """

    def __init__(self, max_concurrent_updates: int = 64, journal: Journal | None = None):
        super().__init__(max_concurrent_updates)
        self.journal = journal
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def _run(self, update: object, coroutine: Awaitable[Any]) -> None:
        if self.journal is not None and isinstance(update, Update):
            await self.journal.handle(update, coroutine)
        else:
            await coroutine

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await self._run(update, coroutine)
            return
        key = chat.id
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await self._run(update, coroutine)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:  # nobody else queued for this chat: forget its lock
                del self._waiting[key]
                self._locks.pop(key, None)

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""
