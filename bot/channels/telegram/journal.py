"""Every resident message answered exactly once, across a crash of either process: the update journal.

Telegram forgets an update once the bot asks for the next ones (getUpdates' `offset`), and PTB's Updater
asks as soon as it has queued a batch — long before the answers go out. A bot killed then lost every
question whose answer was still on its way (issue 14). So:

- each update is written to the state file (`update_journal`) before Telegram can be told it arrived:
  `JournalQueue.put` is where the Updater (or the webhook) hands it over, and the Updater only moves the
  offset on once every put of the batch has returned;
- at start, the updates not marked done are queued again, before any new one;
- the messages sent while handling an update are numbered; once Telegram accepts one, its number is
  recorded (`sent_messages`), so a replay sends only what the resident does not have yet;
- the core is asked with the update's key and keeps its reply (`bot.idempotent`): a replay gets the same
  answer and runs nothing twice (a signalement is not filed twice, a 👎 not counted twice);
- once the last message is sent, the update is marked done and its text dropped from the journal; its
  number stays a day, to recognise it should Telegram send it again.

The outbox (arrêté alerts, answers queued for later) and clerks' answers use the same numbered sends,
keyed by their row. Where « done » goes: after the send, so a kill can never lose a message. The window
left: Telegram has accepted a message but the bot dies before reading Telegram's reply (one HTTP round
trip, plus the commit that records it). The Bot API has no idempotency key
(https://github.com/tdlib/telegram-bot-api/issues/126), so a replay sends that message again: at most one
duplicate per request in flight at the moment of the kill. tests/bot/telegram/test_telegram_kill.py
measures it.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from telegram import Message, Update
from telegram.error import NetworkError

from bot.state import transaction

if TYPE_CHECKING:
    from telegram.ext import Application

    from bot.channels.telegram.runtime import Runtime

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8  # an update whose handling began this often and never ended is given up (a crash loop)
KEEP_DONE = timedelta(days=1)  # how long a done update's number is kept to recognise a second delivery
KEEP_SENT = timedelta(hours=1)  # how long the log of accepted messages outlives their work


# -- the state file ------------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def update_key(update_id: int) -> str:
    return f"u:{update_id}"


def record_update(conn: sqlite3.Connection, update_id: int, chat_id: int | None, payload: str) -> bool:
    """Journal an update as received; False when it already was (a second delivery, or a replay)."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO update_journal (update_id, chat_id, payload, received_at) VALUES (?, ?, ?, ?)",
        (update_id, None if chat_id is None else str(chat_id), payload, _now()),
    )
    return cur.rowcount == 1


def begin_update(conn: sqlite3.Connection, update_id: int) -> tuple[int, dict[int, int]]:
    """Count one more attempt at handling the update; return the attempts and the messages already sent.

    0 attempts means the update is already answered: a replay queued while the first run was finishing
    (the journal job read it as open a moment before the first run marked it done) must send nothing.
    """
    row = conn.execute("SELECT done_at FROM update_journal WHERE update_id = ?", (update_id,)).fetchone()
    if row is not None and row[0] is not None:
        return 0, {}
    conn.execute("UPDATE update_journal SET attempts = attempts + 1 WHERE update_id = ?", (update_id,))
    row = conn.execute("SELECT attempts FROM update_journal WHERE update_id = ?", (update_id,)).fetchone()
    return (row[0] if row else 1), sent_for(conn, update_key(update_id))


def release_update(conn: sqlite3.Connection, update_id: int) -> None:
    """The attempt ended without crashing (Telegram was unreachable): it does not count towards giving up."""
    conn.execute("UPDATE update_journal SET attempts = attempts - 1 WHERE update_id = ?", (update_id,))


def sent_for(conn: sqlite3.Connection, key: str) -> dict[int, int]:
    """Messages already accepted by Telegram for this piece of work: number → message id."""
    rows = conn.execute("SELECT seq, message_id FROM sent_messages WHERE key = ? AND NOT done", (key,))
    return {seq: message_id for seq, message_id in rows}


def record_sent(conn: sqlite3.Connection, key: str, seq: int, message_id: int) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sent_messages (key, seq, message_id, sent_at) VALUES (?, ?, ?, ?)",
        (key, seq, message_id, _now()),
    )


def forget_sent(conn: sqlite3.Connection, key: str) -> None:
    """The work is done: its numbers no longer count for a replay (a key used again starts afresh); the
    rows stay an hour as a log of what Telegram accepted."""
    conn.execute("UPDATE sent_messages SET done = 1 WHERE key = ?", (key,))


def finish_update(conn: sqlite3.Connection, update_id: int) -> None:
    """Mark the update answered: drop its text, its sent numbers and the core's kept replies."""
    key = update_key(update_id)
    with transaction(conn):
        conn.execute(
            "UPDATE update_journal SET payload = NULL, chat_id = NULL, done_at = ? WHERE update_id = ?",
            (_now(), update_id),
        )
        forget_sent(conn, key)
        conn.execute("DELETE FROM core_replies WHERE key >= ? AND key < ?", (f"{key}:", f"{key};"))


def open_updates(conn: sqlite3.Connection, received_before: datetime | None = None) -> list[tuple[int, str]]:
    """Updates not answered yet, oldest first (only those received before a time, when given)."""
    sql = "SELECT update_id, payload FROM update_journal WHERE done_at IS NULL"
    params: tuple[Any, ...] = ()
    if received_before is not None:
        sql += " AND received_at < ?"
        params = (received_before.isoformat(timespec="seconds"),)
    return [(row[0], row[1]) for row in conn.execute(sql + " ORDER BY update_id", params)]


def purge_journal(conn: sqlite3.Connection, now: datetime) -> int:
    """Forget the numbers of updates answered more than a day ago (they hold no text any more), and the
    log of messages sent for work done more than an hour ago."""
    cutoff = (now - KEEP_DONE).isoformat(timespec="seconds")
    removed = conn.execute("DELETE FROM update_journal WHERE done_at < ?", (cutoff,)).rowcount
    sent_cutoff = (now - KEEP_SENT).isoformat(timespec="seconds")
    return removed + conn.execute(
        "DELETE FROM sent_messages WHERE done AND sent_at < ?", (sent_cutoff,)
    ).rowcount


# -- numbered sends ------------------------------------------------------------------------------------


@dataclass
class Sends:
    """The messages sent for one piece of work (an update, an outbox row, a clerk's answer), in order.

    The n-th message of a replay is the n-th of the first run (the core's reply is kept, so the same text
    is rendered the same way): a number already recorded is skipped.
    """

    key: str
    runtime: Runtime
    done: dict[int, int] = field(default_factory=dict)
    next_seq: int = 0
    calls: int = 0
    retry: bool = False  # Telegram was unreachable: leave the update open, it is tried again later

    async def send(self, send: Callable[[], Awaitable[Message]]) -> int:
        """Send unless already sent; record the message as soon as Telegram accepts it. Returns its id."""
        seq = self.next_seq
        self.next_seq += 1
        if seq in self.done:
            return self.done[seq]
        message = await send()
        await self.runtime.db(record_sent, self.key, seq, message.message_id)
        self.done[seq] = message.message_id
        return message.message_id

    def call_key(self) -> str:
        """The key of the next core call made for this work (bot.idempotent keeps its reply)."""
        self.calls += 1
        return f"{self.key}:{self.calls}"


CURRENT: contextvars.ContextVar[Sends | None] = contextvars.ContextVar("clocher_sends", default=None)


async def send_once(send: Callable[[], Awaitable[Message]]) -> int:
    """Send through the current numbered work if any (an update being handled), else just send."""
    sends = CURRENT.get()
    if sends is None:
        return (await send()).message_id
    return await sends.send(send)


@contextlib.asynccontextmanager
async def numbered(runtime: Runtime, key: str) -> AsyncIterator[Sends]:
    """Number the sends made inside (a job's outbox row or clerk's answer) under `key`."""
    sends = Sends(key, runtime, await runtime.db(sent_for, key))
    token = CURRENT.set(sends)
    try:
        yield sends
    finally:
        CURRENT.reset(token)


# -- the journal as PTB sees it ------------------------------------------------------------------------


class Journal:
    """Receive, replay and close updates for one running bot."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.in_flight: set[int] = set()  # queued or being handled in this process
        # What a resident gets for an update given up after MAX_ATTEMPTS (set by build_application).
        self.give_up: Callable[[Update], Awaitable[None]] | None = None

    async def receive(self, update: Update) -> bool:
        """Journal a new update; False when it is already known (do not queue it twice).

        A journal that cannot be written is reported as a network error: PTB's polling loop then retries
        the same getUpdates (the offset has not moved), and a webhook answers 500 so Telegram resends.
        """
        chat = update.effective_chat
        try:
            new = await self.runtime.db(
                record_update, update.update_id, chat.id if chat else None, update.to_json()
            )
        except (sqlite3.Error, RuntimeError) as exc:
            raise NetworkError(f"the update journal could not be written ({type(exc).__name__})") from exc
        if new:
            self.in_flight.add(update.update_id)
        return new

    async def replay(self, application: Application, received_before: datetime | None = None) -> int:
        """Queue the updates left open (by a crash, or Telegram being unreachable); return how many."""
        rows = await self.runtime.db(open_updates, received_before)
        queued = 0
        for update_id, payload in rows:
            if update_id in self.in_flight:
                continue
            try:
                update = Update.de_json(json.loads(payload), application.bot)
            except Exception:  # noqa: BLE001 - never block the start on one unreadable row
                log.exception("Journaled update %s is unreadable: dropped", update_id)
                await self.runtime.db(finish_update, update_id)
                continue
            self.in_flight.add(update_id)
            application.update_queue.put_nowait(update)  # the queue's plain put: already journaled
            queued += 1
        if queued:
            log.info("Replaying %d update(s) not answered before", queued)
        return queued

    async def handle(self, update: Update, coroutine: Awaitable[Any]) -> None:
        """Run PTB's handling of `update` with numbered sends, then mark it done (or leave it open)."""
        attempts, done = await self.runtime.db(begin_update, update.update_id)
        if attempts == 0:  # answered meanwhile by the run this replay raced
            coroutine.close()  # type: ignore[attr-defined]
            self.in_flight.discard(update.update_id)
            return
        sends = Sends(update_key(update.update_id), self.runtime, done)
        token = CURRENT.set(sends)
        try:
            if attempts > MAX_ATTEMPTS:
                coroutine.close()  # type: ignore[attr-defined]
                log.error("Update %s given up after %d attempts", update.update_id, attempts - 1)
                if self.give_up is not None:
                    await self.give_up(update)
            else:
                await coroutine  # PTB's handlers and error handler; an exception leaves the update open
        finally:
            CURRENT.reset(token)
        # Out of `in_flight` only once the journal says done or open: until then a replay must not queue it.
        try:
            if sends.retry:
                log.warning("Update %s left open: it will be tried again", update.update_id)
                await self.runtime.db(release_update, update.update_id)
            else:
                await self.runtime.db(finish_update, update.update_id)
        finally:
            self.in_flight.discard(update.update_id)


async def journal_job(context: Any) -> None:
    """Try again the updates left open by a Telegram outage; forget the numbers of old answered ones."""
    runtime = context.application.bot_data["clocher"]
    now = datetime.now()
    await runtime.journal.replay(context.application, now - timedelta(seconds=runtime.settings.replay_every))
    await runtime.db(purge_journal, now)


class JournalQueue(asyncio.Queue):
    """PTB's update queue (`ApplicationBuilder.update_queue`), journaling each `Update` as it is put.

    The Updater puts a batch, then moves the offset on; the webhook puts, then answers Telegram 200. Either
    way the journal is written before Telegram may forget the update. `put_nowait` stays plain: replays
    and PTB's own stop signal go through it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.journal: Journal | None = None

    async def put(self, item: object) -> None:
        if isinstance(item, Update) and self.journal is not None and not await self.journal.receive(item):
            return  # already journaled: queued, being answered, or answered
        await super().put(item)
