"""Debian's Chromium, driven by Playwright, for the console's browser tests and screenshots.

Never a browser download: `make test` and `make screenshots` install the `chromium` package with apt,
and Playwright drives /usr/bin/chromium. The flags keep Chromium from reaching the network on its own
(this machine has none) and the profile is a fresh empty folder each time.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path(os.environ.get("CLOCHER_CHROMIUM", "/usr/bin/chromium"))
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--lang=fr-FR",  # date fields in jj/mm/aaaa, as a French browser shows them
]


@contextmanager
def chromium_context(playwright, profile_dir: Path, **options):
    """A browser context in headless Debian Chromium with an empty --user-data-dir."""
    profile_dir.mkdir(parents=True, exist_ok=True)
    context = playwright.chromium.launch_persistent_context(
        str(profile_dir),
        executable_path=str(CHROMIUM),
        headless=True,
        args=FLAGS,
        locale="fr-FR",
        timezone_id="Europe/Paris",
        accept_downloads=True,
        **options,
    )
    try:
        yield context
    finally:
        context.close()


@contextmanager
def live_server(app):
    """Serve an ASGI app on 127.0.0.1 on a free port, in a thread; yields the base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("le serveur de la console n'a pas démarré")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
