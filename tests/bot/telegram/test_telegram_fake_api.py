"""The fake Bot API server refuses what Telegram refuses, so channel tests can trust it."""

from __future__ import annotations

import asyncio

import pytest
from fake_bot_api import FakeBotAPI, parse_html
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest


def make_bot(api: FakeBotAPI, read_timeout: float = 5.0) -> Bot:
    request = HTTPXRequest(read_timeout=read_timeout)
    return Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url, request=request)


def test_parse_html_accepts_escaped_text_and_refuses_raw_markup() -> None:
    assert parse_html("<b>Mairie</b> &amp; école &lt;3 &#x27;") == "Mairie & école <3 '"
    for bad in ("a < b", "Tom & Jerry", "<div>x</div>", "<b>open", "x > y", "<i>a</b>"):
        with pytest.raises(Exception, match="(?i)can't parse entities"):
            parse_html(bad)


async def test_send_message_validates_like_telegram(fake_api: FakeBotAPI) -> None:
    fake_api.add_private_chat(42)
    async with make_bot(fake_api) as bot:
        assert (await bot.get_me()).username == "clocher_test_bot"
        message = await bot.send_message(42, "<b>Bonjour</b> &amp; bienvenue", parse_mode=ParseMode.HTML)
        assert message.text == "Bonjour & bienvenue"
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await bot.send_message(43, "qui est là ?")
        with pytest.raises(BadRequest, match="(?i)can't parse entities"):
            await bot.send_message(42, "R&D <3", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(42, "é" * 4097)
        await bot.send_message(42, "&amp;" * 4096, parse_mode=ParseMode.HTML)  # 4096 after parsing: fine
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(42, "😀" * 2049)  # UTF-16 units, as Telegram counts
        too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
        with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
            await bot.send_message(42, "choix", reply_markup=too_long)
    assert fake_api.texts(42) == ["Bonjour & bienvenue", "&" * 4096]


async def test_callback_query_can_be_answered_only_once(fake_api: FakeBotAPI) -> None:
    fake_api.add_private_chat(7)
    async with make_bot(fake_api) as bot:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Oui", callback_data="yes")]])
        message = await bot.send_message(7, "Sûr ?", reply_markup=markup)
        query_id = fake_api.click(message.to_dict(), "yes")
        assert fake_api.pending_queries() == [query_id]
        await bot.answer_callback_query(query_id)
        with pytest.raises(BadRequest, match="(?i)query is too old"):
            await bot.answer_callback_query(query_id)
    assert fake_api.pending_queries() == []


async def test_get_updates_long_polls_and_delivers_injected_updates(fake_api: FakeBotAPI) -> None:
    async with make_bot(fake_api) as bot:
        assert await bot.get_updates(timeout=0.2) == ()
        fake_api.send_text(5, "/start")
        fake_api.send_location(5, 45.1, 4.2)
        updates = await bot.get_updates(timeout=1)
        assert updates[0].message.text == "/start"
        assert updates[0].message.entities[0].type == "bot_command"
        assert updates[1].message.location.latitude == pytest.approx(45.1)
        assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0.1) == ()


async def test_injected_faults(fake_api: FakeBotAPI) -> None:
    fake_api.add_private_chat(9)
    async with make_bot(fake_api, read_timeout=0.3) as bot:
        fake_api.fail_next(1, "500")
        with pytest.raises(NetworkError, match="(?i)Internal Server Error"):
            await bot.send_message(9, "a")
        fake_api.fail_next(1, "429", retry_after=1)
        with pytest.raises(RetryAfter, match="Retry in 1 seconds"):
            await bot.send_message(9, "b")
        await asyncio.sleep(0.5)  # past the in-flight grace: the client knew it was banned
        with pytest.raises(RetryAfter):  # inside the ban: refused, and counted against us
            await bot.send_message(9, "too early")
        assert fake_api.flood_violations == 1
        await asyncio.sleep(0.6)
        await bot.send_message(9, "c")
        fake_api.fail_next(1, "timeout", hang=0.6)
        with pytest.raises(TimedOut):
            await bot.send_message(9, "d")
    assert fake_api.texts(9) == ["c"]
