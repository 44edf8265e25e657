"""A PTB rate limiter that keeps Clocher inside Telegram's flood limits, including per private chat.

Telegram asks bots to stay under about 30 messages per second overall, one per second in a private chat
and 20 per minute in a group. PTB's `AIORateLimiter` paces the overall and group rates only, so a long
answer split in three, or an alert landing next to an answer, can trip the per-chat limit and earn a 429.
This limiter paces all three, honours a 429's `retry_after` for every request (Telegram bans the bot, not
one call), and retries transient network errors, so a hiccup never costs a resident an answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

# Requests that put a message in a chat: these are what Telegram's flood limits count.
MESSAGE_ENDPOINTS = frozenset({
    "sendMessage", "sendPhoto", "sendDocument", "sendLocation", "sendVenue", "sendContact", "sendPoll",
    "sendSticker", "sendVoice", "sendAudio", "sendVideo", "sendVideoNote", "sendAnimation",
    "sendMediaGroup", "copyMessage", "copyMessages", "forwardMessage", "forwardMessages", "sendDice",
})


class Window:
    """At most `limit` events in any `period`-second window (per chat: 1 a second, 20 a minute in groups).

    `reserve()` books the next free slot and returns how long to wait for it. Booking before sleeping keeps
    waiters in arrival order without a lock (nothing awaits between reading and updating the schedule).
    """

    __slots__ = ("limit", "period", "slots")

    def __init__(self, limit: int, period: float):
        self.limit = max(1, int(limit))
        self.period = period
        self.slots: deque[float] = deque(maxlen=self.limit)  # the last `limit` booked send times

    def reserve(self, now: float) -> float:
        at = now
        if self.slots:
            at = max(at, self.slots[-1])  # first come, first served
            if len(self.slots) == self.limit:
                at = max(at, self.slots[0] + self.period)
        self.slots.append(at)
        return at - now

    def idle(self, now: float) -> bool:
        return not self.slots or self.slots[-1] + self.period <= now


class Bucket:
    """A token bucket (GCRA): `rate` events per second on average, bursts of up to `burst` events.

    Used for the overall rate: at a steady load right at the limit, a strict one-second window would carry
    every late send over to the send 30 places later, so any hiccup would delay all messages that follow;
    a small burst allowance absorbs the hiccup instead (PTB's `AIORateLimiter` allows a full second's worth).
    """

    __slots__ = ("interval", "tolerance", "tat")

    def __init__(self, rate: float, burst: int):
        self.interval = 1.0 / rate
        self.tolerance = self.interval * (max(1, burst) - 1)
        self.tat = 0.0  # theoretical arrival time of the next event

    def reserve(self, now: float) -> float:
        tat = max(self.tat, now)
        self.tat = tat + self.interval
        return max(0.0, tat - self.tolerance - now)


class ClocherRateLimiter(BaseRateLimiter[int]):
    """Overall, per-group and per-private-chat pacing, 429 handling and network retries.

    `rate_limit_args` (an int) overrides `max_retries` for one call, as with PTB's `AIORateLimiter`.
    """

    def __init__(
        self,
        overall_per_second: float = 30,
        overall_burst: int = 30,
        private_per_second: float = 1,
        group_per_minute: float = 20,
        max_retries: int = 5,
        network_retries: int = 3,
        network_backoff: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.overall_per_second = overall_per_second
        self.private_per_second = private_per_second
        self.group_per_minute = group_per_minute
        self.max_retries = max_retries
        self.network_retries = network_retries
        self.network_backoff = network_backoff
        self._clock = clock
        self._overall = Bucket(overall_per_second, burst=overall_burst)
        self._chats: dict[int | str, Window] = {}
        self._paused_until = 0.0
        self.waited = 0.0  # total seconds spent pacing, for the bench and the logs

    async def initialize(self) -> None:
        """Nothing to open: the limiter lives in memory."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    # -- pacing --------------------------------------------------------------------------------

    def _chat_limiter(self, chat_id: int | str) -> Window:
        limiter = self._chats.get(chat_id)
        if limiter is None:
            if len(self._chats) > 2048:
                now = self._clock()
                self._chats = {k: v for k, v in self._chats.items() if not v.idle(now)}
            is_private = isinstance(chat_id, int) and chat_id > 0
            if is_private:
                limiter = Window(int(self.private_per_second), 1.0)
            else:
                limiter = Window(int(self.group_per_minute), 60.0)
            self._chats[chat_id] = limiter
        return limiter

    async def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.waited += seconds
            await asyncio.sleep(seconds)

    async def _pace(self, chat_id: int | str | None) -> None:
        """Wait for this chat's slot, then for a slot in the overall budget."""
        if chat_id is not None:
            await self._sleep(self._chat_limiter(chat_id).reserve(self._clock()))
        await self._sleep(self._overall.reserve(self._clock()))

    async def _wait_ban(self) -> None:
        """Hold every request while a 429 is running (the ban may have been set while we slept)."""
        while (remaining := self._paused_until - self._clock()) > 0:
            await self._sleep(remaining)

    # -- the BaseRateLimiter hook --------------------------------------------------------------

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        max_retries = self.max_retries if rate_limit_args is None else rate_limit_args
        chat_id = _normalise_chat_id(data.get("chat_id"))
        counted = endpoint in MESSAGE_ENDPOINTS
        rate_limited = network_failures = 0
        paced = not counted
        while True:
            await self._wait_ban()
            if not paced:  # a retry reuses the slot its failed attempt booked: it delivered nothing
                await self._pace(chat_id)
                paced = True
                await self._wait_ban()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                rate_limited += 1
                delay = _seconds(exc) + 0.1
                self._paused_until = max(self._paused_until, self._clock() + delay)
                if rate_limited > max_retries:
                    log.error("Telegram flood limit on %s: giving up after %d retries", endpoint, max_retries)
                    raise
                log.warning("Telegram flood limit on %s: pausing all sends for %.1f s", endpoint, delay)
            except BadRequest:
                raise  # a BadRequest is a NetworkError subclass in PTB, but retrying cannot fix it
            except NetworkError as exc:
                network_failures += 1
                if network_failures > self.network_retries:
                    raise
                delay = self.network_backoff * 2 ** (network_failures - 1)
                log.warning("Network error on %s (%s); retry %d in %.2f s",
                            endpoint, type(exc).__name__, network_failures, delay)
                await asyncio.sleep(delay)


def _normalise_chat_id(chat_id: Any) -> int | str | None:
    if chat_id is None:
        return None
    with contextlib.suppress(TypeError, ValueError):
        return int(chat_id)
    return str(chat_id)


def _seconds(exc: RetryAfter) -> float:
    """`retry_after` in seconds whatever PTB's representation (int, or timedelta in newer versions)."""
    value = exc._retry_after if hasattr(exc, "_retry_after") else exc.retry_after  # noqa: SLF001
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)
