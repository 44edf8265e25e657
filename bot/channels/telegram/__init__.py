"""The Telegram channel, on python-telegram-bot 22.

`build_application(config)` wires the PTB `Application` (builder options, handlers, jobs, error handler);
`run(config)` starts it with long polling, or a webhook when `config.webhook_url` is set.
"""

from bot.channels.telegram.app import COMMANDS, ChannelSettings, build_application, run

__all__ = ["COMMANDS", "ChannelSettings", "build_application", "run"]
