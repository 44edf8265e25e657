"""Send a conversation `Reply` (or a plain text) to a chat, rendered for Telegram.

Every message goes through `journal.send_once`: while an update (or an outbox row, a clerk's answer) is
being handled, a message Telegram has already accepted for it is not sent again by a replay.
"""

from __future__ import annotations

from typing import Any

from telegram import Bot, ReplyParameters

from bot.channels.telegram import texts
from bot.channels.telegram.journal import send_once
from bot.channels.telegram.render import Outgoing, escape, render_reply, split_message


def feedback_rows(reply: Any) -> list[tuple[str, str]]:
    """The 👍/👎 pair when the core asks for feedback on this answer."""
    if not getattr(reply, "feedback", False) or not getattr(reply, "reply_id", None):
        return []
    from bot.conversation import feedback_data

    return [(texts.FEEDBACK_UP, feedback_data(reply.reply_id, True)),
            (texts.FEEDBACK_DOWN, feedback_data(reply.reply_id, False))]


async def send_outgoing(
    bot: Bot, chat_id: int | str, messages: list[Outgoing], *, reply_to: int | None = None
) -> list[int]:
    """Send rendered messages in order (the rate limiter paces them); return their message ids.

    `reply_to` quotes that message of the chat above the first one.
    """
    ids = []
    quote = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    for m in messages:
        ids.append(await send_once(lambda m=m, quote=quote: bot.send_message(
            chat_id, m.html, reply_markup=m.markup, reply_parameters=quote
        )))
        quote = None
    return ids


async def send_reply(bot: Bot, chat_id: int | str, reply: Any) -> list[int]:
    """Render and send the core's reply: escaped text, split if long, sources, buttons, feedback."""
    return await send_outgoing(bot, chat_id, render_reply(reply, feedback_rows(reply)))


async def send_plain(bot: Bot, chat_id: int | str, text: str, *, reply_to: int | None = None) -> list[int]:
    """Send plain text (escaped, split if long)."""
    chunks = [Outgoing(escape(chunk)) for chunk in split_message(text)]
    return await send_outgoing(bot, chat_id, chunks, reply_to=reply_to)
