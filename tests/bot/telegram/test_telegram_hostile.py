"""Hostile messages through the real Application and our Bot API server (issue 14, item 2, Telegram side):
whatever a resident sends — markup, controls, lone surrogates, 4 096 characters, forged button data,
commands with junk — gets exactly one reply that Telegram accepts, never the apology, and what reaches the
staff chat is the resident's text shown as text (must-be-true 3, bot side)."""

from __future__ import annotations

import asyncio
import itertools
import os

from conftest import STAFF_CHAT, Harness
from fake_bot_api import FakeBotAPI
from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

from bot.channels.telegram import texts
from tests.bot.hostile import callback_data, command_name, junk, message_text, nasty

_chats = itertools.count(60_000)
BATCH = 6


async def _exchange(shared_core, messages: list[str], presses: list[str]) -> None:
    """Each message from a chat of its own, then a forged press under each answer: one reply each."""
    with FakeBotAPI() as api:
        h = Harness(api, *shared_core)
        await h.start()
        try:
            chats = [next(_chats) for _ in messages]
            for chat, text in zip(chats, messages, strict=True):
                api.add_private_chat(chat)
                api.send_text(chat, text)
            answers = [(await api.wait_messages(chat, 1, timeout=30))[0] for chat in chats]
            for answer, data in zip(answers, presses, strict=True):
                api.click(answer.result, data)
            for chat in chats:
                await api.wait_messages(chat, 2, timeout=30)
            await asyncio.sleep(0.3)
        finally:
            await h.stop()
        for chat in chats:
            replies = api.sent("sendMessage", chat)
            assert len(replies) == 2, [r.text for r in replies]
            assert texts.TECHNICAL_ERROR not in [r.text for r in replies]
        # Telegram refused nothing: HTML, lengths and button data were all valid. (A forged press under a
        # message may find nothing to retire: "message is not modified" is expected then.)
        refused = [e for e in api.errors if e[0] not in {"getChatMember", "editMessageReplyMarkup"}]
        assert not refused, refused


command_text = st.builds(lambda name, args: f"/{name} {args}".rstrip(), command_name, st.one_of(nasty, junk))
# Telegram delivers no empty message and none over 4 096 characters.
telegram_text = st.one_of(message_text, command_text).filter(lambda t: t.strip()).map(lambda t: t[:4096])


# Each example starts a bot: few examples (CLOCHER_HOSTILE_BATCHES=80 for a longer search), and no
# shrinking (minutes per failing case); a failure prints the batch, to be cut down by hand and kept as an
# @example.
BATCHES = int(os.environ.get("CLOCHER_HOSTILE_BATCHES", "6"))


@settings(max_examples=BATCHES, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(
    messages=st.lists(telegram_text, min_size=BATCH, max_size=BATCH),
    presses=st.lists(callback_data.filter(bool), min_size=BATCH, max_size=BATCH),
)
@example(
    messages=["\ud800 mairie", "x" * 4096, "<b>horaires</b> &amp; *gras*", "NEAR(mairie \"",
              "/budget \x00\x1b[2J", "\u202ehoraires\u200b"],
    presses=["f:99999999999999999999999", "c:²", "fb:00000000:d", "i:\x00", "m:/oubli", "zz"],
)
def test_hostile_updates_get_one_reply_each(shared_core, messages: list[str], presses: list[str]) -> None:
    asyncio.run(_exchange(shared_core, messages, presses))


async def test_what_a_resident_typed_reaches_the_staff_chat_as_text(harness: Harness) -> None:
    await harness.say("Je voudrais parler à quelqu'un de la mairie")
    typed = ("<b>Urgent</b> &amp; \x1b[31mrouge\x1b[0m \u202eetirw\u202c "
             "<a href=\"http://x\">lien</a> \ud800 fin")
    [filed] = await harness.say(typed)
    assert "référence" in filed.text
    [post] = await harness.api.wait_messages(STAFF_CHAT, 1)
    shown = post.text  # the text the clerks read, as Telegram parsed it
    assert "<b>Urgent</b> &amp; " in shown and '<a href="http://x">lien</a>' in shown  # text, not markup
    assert "\x1b" not in shown and "\u202e" not in shown and "\ud800" not in shown
    assert "[31mrouge[0m etirw" in shown
    assert not post.params.get("entities")  # nothing became bold or a link
