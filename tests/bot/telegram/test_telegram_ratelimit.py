"""Clocher's rate limiter against the fake server: pacing per chat, 429 honoured, network errors retried."""

from __future__ import annotations

import asyncio
import time

import pytest
from fake_bot_api import FakeBotAPI
from telegram.error import BadRequest
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.channels.telegram.ratelimit import Bucket, ClocherRateLimiter, Window


def make_bot(api: FakeBotAPI, limiter: ClocherRateLimiter, read_timeout: float = 2.0) -> ExtBot:
    return ExtBot(api.token, base_url=api.base_url, rate_limiter=limiter,
                  request=HTTPXRequest(read_timeout=read_timeout, connection_pool_size=64))


def test_window_allows_a_burst_then_never_more_than_the_limit_per_period() -> None:
    group = Window(20, 60.0)
    waits = [group.reserve(0.0) for _ in range(41)]
    assert waits[:20] == [0.0] * 20 and waits[20:40] == [60.0] * 20 and waits[40] == 120.0
    private = Window(1, 1.0)
    assert [private.reserve(10.0) for _ in range(3)] == [0.0, 1.0, 2.0]
    assert private.reserve(20.0) == 0.0 and not private.idle(20.5) and private.idle(21.0)


def test_bucket_absorbs_a_burst_then_holds_the_average_rate() -> None:
    overall = Bucket(30, burst=30)
    waits = [overall.reserve(0.0) for _ in range(60)]
    assert waits[:30] == [0.0] * 30
    assert waits[59] == pytest.approx(1.0)
    steady = Bucket(30, burst=30)  # at exactly 30/s with jitter, nothing waits: no backlog builds up
    assert all(steady.reserve(k / 30 + (0.02 if k % 7 == 0 else 0.0)) == 0.0 for k in range(300))


async def test_private_chat_paced_one_per_second_other_chats_not_held(fake_api: FakeBotAPI) -> None:
    for chat in (1, 2, 3):
        fake_api.add_private_chat(chat)
    async with make_bot(fake_api, ClocherRateLimiter()) as bot:
        await asyncio.gather(
            bot.send_message(1, "premier"), bot.send_message(1, "second"),
            bot.send_message(2, "autre"), bot.send_message(3, "encore"),
        )
    first, second = (s.at for s in fake_api.sent("sendMessage", 1))
    assert second - first >= 0.95
    others = [s.at for s in fake_api.sent("sendMessage") if s.chat_id in (2, 3)]
    assert max(others) - first < 0.5  # other chats were not made to wait for chat 1


async def test_overall_rate_stays_under_thirty_per_second(fake_api: FakeBotAPI) -> None:
    chats = list(range(100, 190))
    for chat in chats:
        fake_api.add_private_chat(chat)
    async with make_bot(fake_api, ClocherRateLimiter()) as bot:
        await asyncio.gather(*(bot.send_message(chat, "alerte") for chat in chats))
    times = sorted(s.at for s in fake_api.sent("sendMessage"))
    assert len(times) == 90
    # A burst of 30 (as PTB's AIORateLimiter allows), then one every 1/30 s: 60 more take 2 seconds.
    assert times[-1] - times[0] >= 1.9
    assert times[45] - times[0] >= 0.4


async def test_429_storm_is_honoured_and_nothing_is_lost(fake_api: FakeBotAPI) -> None:
    chats = list(range(10, 20))
    for chat in chats:
        fake_api.add_private_chat(chat)
    fake_api.fail_next(3, "429", methods=("sendMessage",), retry_after=1)
    started = time.monotonic()
    async with make_bot(fake_api, ClocherRateLimiter()) as bot:
        await asyncio.gather(*(bot.send_message(chat, f"message {chat}") for chat in chats))
    assert time.monotonic() - started >= 1.0
    assert fake_api.flood_violations == 0  # nothing sent while the ban ran
    assert sorted(s.chat_id for s in fake_api.sent("sendMessage")) == chats  # each exactly once


async def test_network_errors_are_retried_bad_requests_are_not(fake_api: FakeBotAPI) -> None:
    fake_api.add_private_chat(5)
    limiter = ClocherRateLimiter(network_retries=3, network_backoff=0.05)
    async with make_bot(fake_api, limiter, read_timeout=0.3) as bot:
        fake_api.fail_next(2, "500")
        await bot.send_message(5, "après deux erreurs 500")
        fake_api.fail_next(1, "timeout", hang=0.6)
        await bot.send_message(5, "après un délai dépassé")
        before = len(fake_api.requests("sendMessage"))
        with pytest.raises(BadRequest):
            await bot.send_message(6, "chat inconnu")
        assert len(fake_api.requests("sendMessage")) == before + 1
    assert fake_api.texts(5) == ["après deux erreurs 500", "après un délai dépassé"]
