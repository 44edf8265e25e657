"""Serving the console with uvicorn, in the foreground or in a thread beside the Telegram bot."""

from __future__ import annotations

import logging
import os
import threading

from bot.config import Config

DEFAULT_ADDRESS = "127.0.0.1:8080"
log = logging.getLogger(__name__)


def parse_address(text: str | None) -> tuple[str, int]:
    """« 127.0.0.1:8080 », « 0.0.0.0:80 », « [::1]:8080 » or a bare port « 8081 »."""
    text = (text or os.environ.get("CLOCHER_WEB_ADDRESS") or DEFAULT_ADDRESS).strip()
    host, sep, port = text.rpartition(":")
    if not sep:
        host, port = "127.0.0.1", text
    host = host.strip("[]") or "127.0.0.1"
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"adresse « {text} » invalide : attendu HÔTE:PORT, par exemple 127.0.0.1:8080.")
    return host, int(port)


def _server(config: Config, address: str | None):
    import uvicorn

    from .app import WebSettings, create_app

    host, port = parse_address(address)
    settings = WebSettings.from_config(config, secure_cookies=os.environ.get("CLOCHER_WEB_HTTPS") == "1")
    app = create_app(settings)
    uv = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, proxy_headers=False)
    return uvicorn.Server(uv), host, port


def serve(config: Config, address: str | None = None) -> None:
    """Serve until Ctrl-C."""
    server, host, port = _server(config, address)
    print(f"Console web de Clocher : http://{host}:{port}/ (Ctrl-C pour arrêter)", flush=True)
    server.run()


def serve_in_thread(config: Config, address: str | None = None) -> threading.Thread:
    """Serve beside the Telegram bot (which needs the main thread for its signals)."""
    server, host, port = _server(config, address)
    thread = threading.Thread(target=server.run, name="clocher-web", daemon=True)
    thread.start()
    print(f"Console web de Clocher : http://{host}:{port}/", flush=True)
    return thread
