"""Start Clocher: on Telegram when TELEGRAM_BOT_TOKEN is set, otherwise as a chat in this terminal."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.config import load_config
from bot.startup import StartupError, open_conversation


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="base de connaissances (défaut : $CLOCHER_DB ou var/clocher.sqlite)")
    parser.add_argument("--webhook", metavar="URL", help="mode webhook : URL publique HTTPS du bot")
    parser.add_argument(
        "--console", action="store_true", help="chat dans le terminal même si un jeton est défini"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL, and Telegram URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    config = load_config(db_path=args.db, webhook_url=args.webhook)
    try:
        if config.token and not args.console:
            from bot.channels.telegram.app import run

            run(config)
            return 0
        conv = open_conversation(config)
    except StartupError as exc:
        print(exc, file=sys.stderr)
        return 2
    from bot.channels.console import chat

    try:
        chat(conv)
    except KeyboardInterrupt:
        print("\nAu revoir !")
    finally:
        conv.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
