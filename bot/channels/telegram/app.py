"""Build and run Clocher's PTB `Application`: all the wiring in one place.

Builder options (token, self-hosted Bot API server URLs, rate limiter, per-chat ordered concurrency,
HTML by default), handlers in group 0 with one job each, the error handler, and the named repeating jobs.
The model and the knowledge base open in `post_init`, never at import.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    filters,
)

from bot.channels.telegram import alerts, handlers
from bot.channels.telegram.errors import on_error, protect_token
from bot.channels.telegram.journal import Journal, JournalQueue, journal_job
from bot.channels.telegram.ordering import PerChatUpdateProcessor
from bot.channels.telegram.ratelimit import ClocherRateLimiter
from bot.channels.telegram.runtime import (
    ChannelSettings,
    ClocherContext,
    Core,
    Runtime,
    ThreadCore,
    runtime_of,
)

if TYPE_CHECKING:
    from bot.config import Config
    from bot.conversation import Conversation

log = logging.getLogger(__name__)

__all__ = ["COMMANDS", "ChannelSettings", "build_application", "run"]

# Registered with setMyCommands, in the order Telegram's menu shows them.
COMMANDS: list[tuple[str, str]] = [
    ("start", "Présentation du bot et confidentialité"),
    ("aide", "Ce que je sais faire, avec des exemples"),
    ("menu", "Les thèmes, en boutons"),
    ("contact", "Coordonnées et horaires de la mairie"),
    ("arretes", "Arrêtés en vigueur et récents"),
    ("budget", "Le budget de la commune"),
    ("annuaire", "Associations, commerces et services"),
    ("signaler", "Signaler un problème (voirie, éclairage…)"),
    ("abonner", "Recevoir les alertes (travaux, circulation)"),
    ("desabonner", "Ne plus recevoir les alertes"),
    ("mesdonnees", "Voir ce que je garde sur vous"),
    ("oubli", "Effacer ce que je garde sur vous"),
    ("annuler", "Abandonner la demande en cours"),
]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
UNSUPPORTED = (
    filters.Sticker.ALL | filters.VOICE | filters.AUDIO | filters.VIDEO | filters.VIDEO_NOTE
    | filters.Document.ALL | filters.ANIMATION | filters.CONTACT | filters.POLL | filters.Dice.ALL
)


async def _post_init(application: Application) -> None:
    """Open the core (its own process, unless one was handed in), the state file; register the menu."""
    runtime = runtime_of(application)
    from bot.state import open_state

    if runtime.core is None:
        from bot.core_process import CoreProcess

        runtime.core = await asyncio.to_thread(CoreProcess(runtime.config).start)
        runtime.owns_core = True
    runtime.state = await asyncio.to_thread(open_state, runtime.config.state_path)
    await runtime.journal.replay(application)  # what a crash left unanswered goes first
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])


async def _post_shutdown(application: Application) -> None:
    """Close what `_post_init` opened; a core of our own closes last, after its last answer."""
    runtime = runtime_of(application)
    if runtime.state is not None:
        runtime.state.close()
        runtime.state = None
    if runtime.kb is not None:
        runtime.kb.close()
        runtime.kb = None
    if runtime.owns_core and runtime.core is not None:
        await runtime.core.aclose()
        runtime.core = None


def _add_handlers(application: Application, staff_chat_id: int | None) -> None:
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    add = application.add_handler
    add(MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.ChatType.PRIVATE, handlers.on_edited))
    if staff_chat_id is not None:
        add(MessageHandler(
            filters.Chat(staff_chat_id) & filters.UpdateType.MESSAGE & filters.REPLY & filters.TEXT
            & ~filters.COMMAND,
            handlers.on_staff_reply,
        ))
    add(CommandHandler([name for name, _ in COMMANDS], handlers.on_command, filters=private))
    add(MessageHandler(filters.COMMAND & filters.ChatType.GROUPS & filters.UpdateType.MESSAGE,
                       handlers.on_group_command))
    add(MessageHandler(private & filters.TEXT & ~filters.COMMAND, handlers.on_text))
    add(MessageHandler(private & filters.COMMAND, handlers.on_command))  # unknown: the core explains
    add(MessageHandler(private & filters.PHOTO, handlers.on_photo))
    add(MessageHandler(private & (filters.LOCATION | filters.VENUE), handlers.on_location))
    add(MessageHandler(private & UNSUPPORTED, handlers.on_unsupported))
    add(CallbackQueryHandler(handlers.on_button))
    application.add_error_handler(on_error)


def _add_jobs(application: Application, settings: ChannelSettings) -> None:
    jobs = application.job_queue
    jobs.run_repeating(alerts.detect_alerts_job, settings.alerts_every, first=1.0, name="arrete-alerts")
    jobs.run_repeating(alerts.outbox_job, settings.outbox_every, first=settings.outbox_every, name="outbox")
    jobs.run_repeating(alerts.deliveries_job, settings.deliveries_every, first=2.0, name="clerk-answers")
    jobs.run_repeating(alerts.purge_job, settings.purge_every, first=60.0, name="retention-purge")
    jobs.run_repeating(journal_job, settings.replay_every, first=settings.replay_every, name="update-journal")


def build_application(
    config: Config,
    conversation: Conversation | None = None,
    settings: ChannelSettings | None = None,
    *,
    core: Core | None = None,
) -> Application:
    """The configured Application.

    By default `post_init` starts the conversation core in its own process (`bot.core_process`). Tests
    and benchmarks may hand in an open `conversation` (run in a thread of this process) or a started
    `core` to share between Applications; neither is closed with the Application.
    """
    if not config.token:
        raise SystemExit("TELEGRAM_BOT_TOKEN n'est pas défini : indiquez le jeton donné par @BotFather.")
    protect_token(config.token)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # it logs every run of every job at INFO
    settings = settings or ChannelSettings()
    runtime = Runtime(config=config, settings=settings, core=core)
    runtime.journal = journal = Journal(runtime)
    queue = JournalQueue()
    queue.journal = journal
    builder = (
        ApplicationBuilder()
        .token(config.token)
        .update_queue(queue)
        .context_types(ContextTypes(context=ClocherContext))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW))
        .rate_limiter(ClocherRateLimiter(
            overall_per_second=settings.overall_per_second,
            private_per_second=settings.private_per_second,
            group_per_minute=settings.group_per_minute,
            network_retries=settings.network_retries,
            network_backoff=settings.network_backoff,
        ))
        .concurrent_updates(PerChatUpdateProcessor(settings.max_concurrent_updates, journal))
        .connection_pool_size(settings.connection_pool)
        .pool_timeout(settings.pool_timeout)
        .connect_timeout(settings.connect_timeout)
        .read_timeout(settings.read_timeout)
        .write_timeout(settings.read_timeout)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if config.api_base_url:
        builder = builder.base_url(config.api_base_url)
    if config.api_base_file_url:
        builder = builder.base_file_url(config.api_base_file_url)
    application = builder.build()
    journal.give_up = partial(handlers.give_up, application)
    if core is None and conversation is not None:
        runtime.core, runtime.owns_core = ThreadCore(conversation, settings), True
    application.bot_data["clocher"] = runtime
    _add_handlers(application, config.staff_chat_id)
    _add_jobs(application, settings)
    return application


def webhook_options(config: Config) -> dict[str, object]:
    """Arguments for `run_webhook`: the path taken from the public URL, and a secret token.

    Telegram echoes the secret in `X-Telegram-Bot-Api-Secret-Token`; PTB's webhook server refuses any
    request without it (403). Without CLOCHER_WEBHOOK_SECRET a random one is made for this run.
    """
    url = config.webhook_url or ""
    return {
        "listen": config.webhook_listen,
        "port": config.webhook_port,
        "url_path": urlparse(url).path.lstrip("/"),
        "webhook_url": url,
        "secret_token": config.webhook_secret or secrets.token_urlsafe(32),
    }


def run(config: Config) -> None:
    """Run the bot until interrupted: long polling, or a webhook when `config.webhook_url` is set.

    The core's process is started before connecting to Telegram, so a missing knowledge base or model
    stops the start with `bot.startup.StartupError` and its French explanation, not a traceback from
    post_init.
    """
    from bot.core_process import CoreProcess

    core = CoreProcess(config).start()
    application = build_application(config, core=core)
    runtime_of(application).owns_core = True
    try:
        if config.webhook_url:
            log.info("Starting the Telegram webhook on %s:%s", config.webhook_listen, config.webhook_port)
            application.run_webhook(allowed_updates=Update.ALL_TYPES, **webhook_options(config))
        else:
            log.info("Starting Telegram long polling")
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken as exc:
        raise SystemExit(
            "Telegram refuse le jeton TELEGRAM_BOT_TOKEN : vérifiez-le auprès de @BotFather."
        ) from exc
    finally:
        core.close()  # a no-op when post_shutdown has closed it
