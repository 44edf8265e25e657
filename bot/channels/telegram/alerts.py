"""Repeating jobs: arrêté alerts, the outbox round, answers typed in the clerk CLI, the retention purge.

Sends go through the bot, hence through the rate limiter: a broadcast to every subscriber is paced at
Telegram's limits without a single `sleep` here. Each outbox row is marked sent as soon as Telegram
accepts it, so a broadcast cut short by a restart resumes with the next row.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from datetime import date

from telegram.error import BadRequest, Forbidden, TelegramError

from bot import alerts
from bot.channels.telegram.delivery import send_plain
from bot.channels.telegram.journal import forget_sent, numbered
from bot.channels.telegram.runtime import ClocherContext, Runtime
from bot.conversation import KnowledgeBusy
from bot.state import transaction

log = logging.getLogger(__name__)


def _detect(conn, runtime: Runtime, today: date) -> int:  # noqa: ANN001 - sqlite3 connection from Runtime.db
    """Look for new arrêtés through the channel's own read-only connection to the knowledge base.

    Kept open rather than opened each minute: a new connection fills a new 16 MB page cache, and the
    freed ones left the bot's memory growing through a soak (bench/bench_soak.py).
    """
    import knowledge

    if runtime.kb is None:
        runtime.kb = knowledge.open_kb(runtime.config.db_path, readonly=True)
        runtime.kb.execute("PRAGMA cache_size = -2048")  # 2 MB: one query a minute needs no more
    return alerts.detect_new_alerts(runtime.kb, conn, today)


async def detect_alerts_job(context: ClocherContext) -> None:
    """Queue alerts for arrêtés imported since the last look, then send them right away."""
    runtime = context.runtime
    queued = await runtime.db(_detect, runtime, date.today())
    if queued:
        log.info("Queued %d arrêté alert(s)", queued)
        await send_outbox(context.bot, runtime)


async def outbox_job(context: ClocherContext) -> None:
    """Send what is waiting in the outbox (alerts, answers that could not be delivered at once)."""
    await send_outbox(context.bot, context.runtime)


def _settle(conn, item_id: int) -> None:  # noqa: ANN001 - sqlite3 connection from Runtime.db
    """The row is sent: mark it and forget its numbered parts, together."""
    with transaction(conn):
        alerts.mark_sent(conn, item_id)
        forget_sent(conn, f"o:{item_id}")


async def _send_one(bot, runtime: Runtime, item: alerts.OutboxItem) -> bool:  # noqa: ANN001
    """Send one outbox row and record the outcome; False when the round should stop (Telegram trouble).

    Its parts are numbered under the row's key: after a crash, the parts Telegram already accepted are
    not sent again (bot/channels/telegram/journal.py).
    """
    try:
        async with numbered(runtime, f"o:{item.id}"):
            await send_plain(bot, item.chat_id, item.text)
    except (Forbidden, BadRequest) as exc:
        # The resident blocked the bot or the chat is gone: retrying cannot help, stop their alerts.
        log.info("Outbox row %d dropped: %s", item.id, type(exc).__name__)
        await runtime.db(alerts.mark_failed, item.id, final=True)
        if isinstance(exc, Forbidden) or "chat not found" in str(exc).lower():
            await runtime.db(alerts.unsubscribe, item.chat_id)
        return True
    except TelegramError as exc:
        log.warning("Outbox row %d not sent (%s); will retry", item.id, type(exc).__name__)
        await runtime.db(alerts.mark_failed, item.id, final=False)
        return False
    await runtime.db(_settle, item.id)
    return True


async def send_outbox(bot, runtime: Runtime) -> int:  # noqa: ANN001
    """Send pending rows until none is left or Telegram keeps failing; return how many rows were settled.

    Rows go out concurrently (the rate limiter paces them per chat and overall); each is marked as soon
    as Telegram accepts it.
    """
    sent = 0
    async with runtime.outbox_lock:  # the detection job and the outbox job must not send the same row twice
        while True:
            items = await runtime.db(alerts.pending, runtime.settings.outbox_batch)
            if not items:
                return sent
            results = await asyncio.gather(*(_send_one(bot, runtime, item) for item in items))
            sent += sum(results)
            if not all(results):
                return sent


async def deliveries_job(context: ClocherContext) -> None:
    """Deliver clerks' answers typed in the clerk CLI (`python -m knowledge`), then mark them delivered.

    Marking is a write to the knowledge base, which a clerk's import may hold: the parts sent are recorded
    in the state file first (numbered under the answer's key), so the next round only marks it.
    """
    runtime = context.runtime
    for reference, chat_id, text in await runtime.ask("pending_deliveries"):
        key = f"d:{reference}:{hashlib.sha256(text.encode()).hexdigest()[:12]}"
        try:
            async with numbered(runtime, key):
                await send_plain(context.bot, chat_id, text)
        except (Forbidden, BadRequest) as exc:
            log.info("Answer %s undeliverable (%s)", reference, type(exc).__name__)
        except TelegramError as exc:
            log.warning("Answer %s not delivered (%s); will retry", reference, type(exc).__name__)
            return
        try:
            await runtime.ask("mark_delivered", reference)
        except KnowledgeBusy:  # sent and recorded here: the next round marks it without sending again
            log.info("Answer %s sent; marking it delivered waits for the import to end", reference)
            return
        await runtime.db(forget_sent, key)


async def purge_job(context: ClocherContext) -> None:
    """Delete residents' data older than the retention period (CLOCHER_RETENTION_DAYS)."""
    removed = await context.runtime.ask("purge")
    log.info("Retention purge removed %d row(s)", removed)
