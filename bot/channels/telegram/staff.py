"""The staff relay: handoffs and signalements go to the staff chat; a clerk's reply goes back to the resident.

The staff chat only ever sees what the resident wrote for the mairie (the core's notice); the link from a
staff post back to the request is kept in `staff_posts`, so a reply to any post of a request — text or
photo — reaches the right resident, and the resident's chat id never appears in the staff chat.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from typing import Any

from telegram import Bot, Message
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot.channels.telegram import texts
from bot.channels.telegram.delivery import send_plain
from bot.channels.telegram.journal import send_once
from bot.channels.telegram.render import escape
from bot.channels.telegram.runtime import Runtime
from bot.conversation import KnowledgeBusy
from bot.textguard import clean

log = logging.getLogger(__name__)
MEMBER_STATUSES = {ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.MEMBER}
REPLY_KIND = "reponse"


def remember_post(conn: sqlite3.Connection, message_id: int, reference: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO staff_posts (message_id, reference, created_at) VALUES (?, ?, ?)",
        (message_id, reference, datetime.now().isoformat(timespec="seconds")),
    )


def reference_for(conn: sqlite3.Connection, message_id: int) -> str | None:
    row = conn.execute("SELECT reference FROM staff_posts WHERE message_id = ?", (message_id,)).fetchone()
    return row[0] if row else None


def queue_for_later(conn: sqlite3.Connection, chat_id: str, text: str) -> None:
    """Put an answer we could not deliver now in the outbox, which retries it."""
    conn.execute(
        "INSERT OR IGNORE INTO outbox (chat_id, kind, text, status, attempts, created_at) "
        "VALUES (?, ?, ?, 'pending', 0, ?)",
        (chat_id, REPLY_KIND, text, datetime.now().isoformat(timespec="seconds")),
    )


async def post_notice(bot: Bot, runtime: Runtime, reply: Any) -> None:
    """Post a new handoff or signalement to the staff chat, with its photo, and remember the posts."""
    staff_chat = runtime.config.staff_chat_id
    if staff_chat is None or not reply.staff_notice:
        return
    reference = reply.inbox_reference
    # What the resident typed is plain text here: cleaned again (bot.textguard), then escaped for HTML.
    posts = await send_plain(bot, staff_chat, clean(reply.staff_notice))
    if reply.photo_file_id:
        caption = escape(texts.STAFF_PHOTO.format(reference=reference or ""))
        photo = reply.photo_file_id
        posts.append(await send_once(lambda: bot.send_photo(staff_chat, photo, caption=caption)))
    if reference:
        for message_id in posts:
            await runtime.db(remember_post, message_id, reference)


async def is_staff_member(bot: Bot, staff_chat: int, user_id: int) -> bool:
    """Ask Telegram whether this user belongs to the staff chat now (not when the post was made)."""
    try:
        member = await bot.get_chat_member(staff_chat, user_id)
    except TelegramError:
        return False
    return member.status in MEMBER_STATUSES or (
        member.status == ChatMemberStatus.RESTRICTED and bool(getattr(member, "is_member", False))
    )


async def relay_reply(bot: Bot, runtime: Runtime, message: Message) -> str | None:
    """Handle a clerk's reply in the staff chat; return the confirmation to show there.

    None when the reply is not to one of the bot's posts: clerks talking among themselves are left alone.
    """
    original = message.reply_to_message
    if original is None or original.from_user is None or original.from_user.id != bot.id:
        return None
    staff_chat = runtime.config.staff_chat_id
    user = message.from_user
    if staff_chat is None or user is None or message.sender_chat is not None:
        return texts.STAFF_NOT_MEMBER
    if not await is_staff_member(bot, staff_chat, user.id):
        return texts.STAFF_NOT_MEMBER
    reference = await runtime.db(reference_for, original.message_id)
    if reference is None:
        return texts.STAFF_UNKNOWN
    try:
        result = await runtime.ask("staff_answer", reference, message.text or "", user.full_name)
    except KnowledgeBusy:
        return texts.STAFF_BUSY
    if result is None:
        return texts.STAFF_UNKNOWN
    chat_id, text = result
    try:
        await send_plain(bot, chat_id, text)
    except TelegramError as exc:
        log.warning("Staff answer %s not delivered now (%s); queued", reference, type(exc).__name__)
        await runtime.db(queue_for_later, chat_id, text)
        return texts.STAFF_QUEUED.format(reference=reference)
    return texts.STAFF_SENT.format(reference=reference)
