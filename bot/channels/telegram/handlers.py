"""Telegram update handlers: one job each — read the update, call the conversation core, send the reply.

No SQL and no model code here: the core answers, `delivery` renders, `staff` relays.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from typing import Any

from telegram import Update
from telegram.constants import ChatAction
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application

from bot.channels.telegram import staff, texts
from bot.channels.telegram.delivery import send_plain, send_reply
from bot.channels.telegram.runtime import ClocherContext
from bot.core_process import CoreUnavailable
from bot.state import park_question
from bot.textguard import clean

log = logging.getLogger(__name__)


async def _ask_core(context: ClocherContext, chat_id: int, name: str, *args: Any) -> Any:
    """Call the core off the event loop; show « écrit… » if the answer takes longer than a moment.

    A core process that dies while answering is replaced at the next call: the question is asked once
    more (the new core takes seconds to load). Dying twice on it, it is the question: the caller apologises.
    """
    try:
        return await _ask_core_once(context, chat_id, name, *args)
    except CoreUnavailable:
        log.warning("The core stopped while answering; asking a new one")
        return await _ask_core_once(context, chat_id, name, *args)


async def _ask_core_once(context: ClocherContext, chat_id: int, name: str, *args: Any) -> Any:
    task = asyncio.ensure_future(context.runtime.ask(name, *args))
    done, _ = await asyncio.wait({task}, timeout=context.runtime.settings.typing_after)
    if not done:
        with contextlib.suppress(TelegramError):
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
    return await task


async def _answer(context: ClocherContext, chat_id: int, name: str, *args: Any) -> None:
    """Ask the core (`Conversation.<name>`), send its reply, relay a new handoff or signalement to staff."""
    await _send(context, chat_id, await _ask_core(context, chat_id, name, *args))


async def _send(context: ClocherContext, chat_id: int, reply: Any) -> None:
    await send_reply(context.bot, chat_id, reply)
    if getattr(reply, "staff_notice", None):
        await staff.post_notice(context.bot, context.runtime, reply)


async def on_command(update: Update, context: ClocherContext) -> None:
    """Run a slash command (/start, /aide, /menu, /oubli…) through the core."""
    message = update.effective_message
    head, _, args = (message.text or "").partition(" ")
    name = head.lstrip("/").split("@", 1)[0].lower()
    chat_id = update.effective_chat.id
    await _answer(context, chat_id, "command", str(chat_id), name, args.strip())


async def on_text(update: Update, context: ClocherContext) -> None:
    """Answer a free-text question through the answer pipeline.

    If the core fails on it (a bug, its process stopped), the question is parked in the state file
    before the error handler apologises: the core moves it to the clerks' « questions sans réponse »
    at its next round, so a clerk can still answer it.
    """
    chat_id = update.effective_chat.id
    text = update.effective_message.text
    try:
        reply = await _ask_core(context, chat_id, "text", str(chat_id), text)
    except Exception:
        await context.runtime.db(park_question, str(chat_id), clean(text), "erreur technique", datetime.now())
        raise
    await _send(context, chat_id, reply)


async def on_button(update: Update, context: ClocherContext) -> None:
    """Answer an inline-button press: acknowledge it at once, then reply and retire the keyboard."""
    query = update.callback_query
    try:
        await query.answer()
    except BadRequest as exc:  # too old (the bot was down): still act on the press
        log.info("Callback query not acknowledged: %s", exc.message)
    chat = update.effective_chat
    if chat is None or chat.type != "private" or not query.data:
        return
    if query.message is not None:
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(reply_markup=None)
    await _answer(context, chat.id, "button", str(chat.id), query.data)


async def on_photo(update: Update, context: ClocherContext) -> None:
    """Attach a photo to a signalement in progress (the core explains otherwise)."""
    message = update.effective_message
    chat_id = update.effective_chat.id
    largest = max(message.photo, key=lambda p: p.width * p.height)
    await _answer(context, chat_id, "photo", str(chat_id), largest.file_id,
                  message.caption)


async def on_location(update: Update, context: ClocherContext) -> None:
    """Attach a location to a signalement in progress (the core explains otherwise)."""
    location = update.effective_message.location
    chat_id = update.effective_chat.id
    await _answer(context, chat_id, "location", str(chat_id),
                  location.latitude, location.longitude)


async def on_unsupported(update: Update, context: ClocherContext) -> None:
    """Say politely that stickers, voice messages, files… cannot be read."""
    await send_plain(context.bot, update.effective_chat.id, texts.UNSUPPORTED)


async def on_edited(update: Update, context: ClocherContext) -> None:
    """Explain that an edited message is not re-read (answering twice would confuse the thread)."""
    await send_plain(context.bot, update.effective_chat.id, texts.EDITED)


async def on_group_command(update: Update, context: ClocherContext) -> None:
    """In a group, point residents to a private chat: answers may carry personal data."""
    await send_plain(context.bot, update.effective_chat.id, texts.GROUP_ONLY_PRIVATE)


async def on_staff_reply(update: Update, context: ClocherContext) -> None:
    """Relay a clerk's reply to a staff post back to the resident, and confirm in the staff chat."""
    message = update.effective_message
    confirmation = await staff.relay_reply(context.bot, context.runtime, message)
    if confirmation:
        await send_plain(context.bot, message.chat_id, confirmation, reply_to=message.message_id)


async def give_up(application: Application, update: Update) -> None:
    """An update whose handling keeps killing the bot (journal.MAX_ATTEMPTS): apologise, and keep a
    question for the clerks, instead of crashing on it at every start."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or chat.type != "private":
        return
    if message is not None and message.text:
        runtime = application.bot_data["clocher"]
        await runtime.db(park_question, str(chat.id), clean(message.text), "erreur technique", datetime.now())
    await send_plain(application.bot, chat.id, texts.TECHNICAL_ERROR)
