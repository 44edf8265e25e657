"""Keep the bot running when something breaks, and keep the token out of every log line.

`on_error` logs first (update id and exception, never the resident's text nor the token), apologises in
French to the resident, and tells the staff chat — at most once per kind of error per quarter hour, so an
outage does not flood the clerks.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError

from bot.channels.telegram import texts
from bot.channels.telegram.delivery import send_plain
from bot.channels.telegram.journal import CURRENT
from bot.channels.telegram.runtime import ClocherContext

log = logging.getLogger(__name__)
STAFF_ALERT_EVERY = 15 * 60.0
_QUIET_LOGGERS = ("httpx", "httpcore")  # they log request URLs, which contain the token
_installed_tokens: set[str] = set()


def redact(text: str, secrets: set[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<jeton masqué>")
    return text


def protect_token(token: str | None) -> None:
    """Make every log record (message and traceback) show « <jeton masqué> » instead of the token.

    A record factory covers all loggers and handlers, including ones configured after this call.
    """
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    if not token or token in _installed_tokens:
        return
    _installed_tokens.add(token)
    if len(_installed_tokens) > 1:
        return  # the factory below already reads the shared set
    previous = logging.getLogRecordFactory()
    formatter = logging.Formatter()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        message = record.getMessage()
        clean = redact(message, _installed_tokens)
        if clean != message:
            record.msg, record.args = clean, ()
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact(formatter.formatException(record.exc_info), _installed_tokens)
        return record

    logging.setLogRecordFactory(factory)


def retryable(error: object) -> bool:
    """Telegram unreachable, slow or flooded: the same call may work later (a BadRequest never will)."""
    return isinstance(error, NetworkError | RetryAfter) and not isinstance(error, BadRequest)


async def on_error(update: object, context: ClocherContext) -> None:
    """Log the failure, apologise to the resident, warn the staff chat; never raise.

    When Telegram itself is unreachable while an update is handled, there is no one to apologise to: the
    update stays open in the journal and is handled again later (journal.journal_job), answer included.
    """
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    sends = CURRENT.get()
    if sends is not None and retryable(error):
        log.warning("Update %s not answered, Telegram unreachable (%s)", update_id, type(error).__name__)
        sends.retry = True
        return
    log.error("Update %s failed: %s", update_id, type(error).__name__, exc_info=error)
    chat = update.effective_chat if isinstance(update, Update) else None
    try:
        if chat is not None and chat.type == "private":
            await send_plain(context.bot, chat.id, texts.TECHNICAL_ERROR)
        await _tell_staff(context, type(error).__name__)
    except TelegramError as exc:
        log.warning("Could not report the error to Telegram: %s", type(exc).__name__)


async def _tell_staff(context: ClocherContext, kind: str) -> None:
    runtime = context.runtime
    staff_chat = runtime.config.staff_chat_id
    now = time.monotonic()
    if staff_chat is None or now - runtime.staff_errors.get(kind, -STAFF_ALERT_EVERY) < STAFF_ALERT_EVERY:
        return
    runtime.staff_errors[kind] = now
    await send_plain(context.bot, staff_chat, texts.STAFF_ERROR.format(kind=kind))
