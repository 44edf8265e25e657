"""Send a conversation `Reply` (or a plain text) to a chat, rendered for Telegram."""

from __future__ import annotations

from typing import Any

from telegram import Bot, Message

from bot.channels.telegram import texts
from bot.channels.telegram.render import Outgoing, escape, render_reply, split_message


def feedback_rows(reply: Any) -> list[tuple[str, str]]:
    """The 👍/👎 pair when the core asks for feedback on this answer."""
    if not getattr(reply, "feedback", False) or not getattr(reply, "reply_id", None):
        return []
    from bot.conversation import feedback_data

    return [(texts.FEEDBACK_UP, feedback_data(reply.reply_id, True)),
            (texts.FEEDBACK_DOWN, feedback_data(reply.reply_id, False))]


async def send_outgoing(bot: Bot, chat_id: int | str, messages: list[Outgoing]) -> list[Message]:
    """Send rendered messages in order (the rate limiter paces them)."""
    return [await bot.send_message(chat_id, m.html, reply_markup=m.markup) for m in messages]


async def send_reply(bot: Bot, chat_id: int | str, reply: Any) -> list[Message]:
    """Render and send the core's reply: escaped text, split if long, sources, buttons, feedback."""
    return await send_outgoing(bot, chat_id, render_reply(reply, feedback_rows(reply)))


async def send_plain(bot: Bot, chat_id: int | str, text: str) -> list[Message]:
    """Send plain text (escaped, split if long)."""
    return await send_outgoing(bot, chat_id, [Outgoing(escape(chunk)) for chunk in split_message(text)])
