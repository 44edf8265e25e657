"""Start Clocher: on Telegram when TELEGRAM_BOT_TOKEN is set, otherwise as a chat in this terminal.

With --web, the mairie's web console starts too (alone when no token is set, or with --web-only).
"""

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
    parser.add_argument(
        "--web", action="store_true",
        help="lancer aussi la console web de la mairie (seule si aucun jeton Telegram n'est défini)",
    )
    parser.add_argument("--web-only", action="store_true", help="lancer la console web sans le bot Telegram")
    parser.add_argument(
        "--web-address", metavar="HÔTE:PORT",
        help="adresse de la console web (défaut : $CLOCHER_WEB_ADDRESS ou 127.0.0.1:8080)",
    )
    return parser.parse_args(argv)


def start_web(config, args: argparse.Namespace) -> int:
    """The console alone in the foreground, or in a thread when the Telegram bot runs too."""
    from web.server import parse_address, serve, serve_in_thread

    try:
        parse_address(args.web_address)
    except ValueError as exc:
        print(f"Console web : {exc}", file=sys.stderr)
        return 2
    if config.token and not args.web_only and not args.console:
        from bot.channels.telegram.app import run

        serve_in_thread(config, args.web_address)
        run(config)
        return 0
    serve(config, args.web_address)  # uvicorn handles Ctrl-C itself and returns
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL, and Telegram URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    config = load_config(db_path=args.db, webhook_url=args.webhook)
    if args.web or args.web_only:
        return start_web(config, args)
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
