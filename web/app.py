"""The console's application: settings, the per-request `Page`, and the one wrapper every route goes
through (session, role, CSRF, security headers), so no page can forget a check."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import knowledge
from bot.config import Config

from . import security, store
from .render import make_env

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
MAX_FIELD_BYTES = 2 * 1024 * 1024
MAX_UPLOAD_BYTES = 200 * 1024 * 1024
SECURITY_HEADERS = {
    # No script at all: the console works without JavaScript, so none is allowed to run.
    "Content-Security-Policy": "default-src 'self'; script-src 'none'; object-src 'none'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class WebSettings:
    """Where the console keeps its things; everything under the bot's CLOCHER_HOME."""

    config: Config
    store_path: Path
    work_dir: Path
    secret: bytes = field(repr=False)
    secure_cookies: bool = False

    @classmethod
    def from_config(cls, config: Config, *, secure_cookies: bool = False) -> WebSettings:
        return cls(
            config=config,
            store_path=config.home / "web.sqlite",
            work_dir=config.home / "web",
            secret=security.load_secret(config.home),
            secure_cookies=secure_cookies,
        )


class Console:
    """What lives as long as the server: settings, templates, the conversation core for « tester »."""

    def __init__(self, settings: WebSettings) -> None:
        self.settings = settings
        self.env: jinja2.Environment = make_env()
        self._conversation = None
        self._conv_lock = threading.Lock()
        self.jobs: dict[str, Any] = {}  # background work (model training), by name
        self.jobs_lock = threading.Lock()
        store.open_store(settings.store_path).close()  # create and migrate now, not on the first page

    @property
    def config(self) -> Config:
        return self.settings.config

    def conversation(self):
        """The conversation core the bot uses, opened once (it loads the model: seconds).

        It has its own state file, so a clerk's test questions never mix with residents' conversations.
        """
        with self._conv_lock:
            if self._conversation is None:
                import nlu
                from bot.conversation import Conversation

                config = replace(self.config, state_path=self.settings.work_dir / "test-state.sqlite")
                self._conversation = Conversation(config, models=nlu.ModelHandle(config.models_dir))
            return self._conversation

    def close(self) -> None:
        with self._conv_lock:
            if self._conversation is not None:
                self._conversation.close()
                self._conversation = None


class Refused(Exception):
    """Stop a request with an error page (status, French title and text)."""

    def __init__(self, status: int, title: str, text: str) -> None:
        super().__init__(title)
        self.status, self.title, self.text = status, title, text


@dataclass
class Page:
    """One request as a handler sees it: who asks, the form, and connections closed after the reply."""

    request: Request
    console: Console
    store: sqlite3.Connection
    session: store.Session | None
    form: FormData | None
    _kb: sqlite3.Connection | None = None
    _kb_writer: sqlite3.Connection | None = None
    new_cookies: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def user(self) -> store.User:
        assert self.session is not None
        return self.session.user

    @property
    def config(self) -> Config:
        return self.console.config

    def kb(self) -> sqlite3.Connection:
        """Read-only connection to the knowledge base, as the bot reads it."""
        if self._kb is None:
            self._kb = knowledge.open_kb(self.config.db_path, readonly=True)
        return self._kb

    def kb_writer(self) -> sqlite3.Connection:
        if self._kb_writer is None:
            self._kb_writer = knowledge.open_kb(self.config.db_path)
        return self._kb_writer

    def close(self) -> None:
        for conn in (self._kb, self._kb_writer, self.store):
            if conn is not None:
                conn.close()

    def field(self, name: str, default: str = "") -> str:
        """A text field of the posted form, stripped of surrounding spaces."""
        value = self.form.get(name) if self.form is not None else None
        return value.strip() if isinstance(value, str) else default

    def query(self, name: str, default: str = "") -> str:
        return self.request.query_params.get(name, default).strip()

    def param(self, name: str) -> str:
        return str(self.request.path_params[name])

    def audit(self, action: str, target: str, before: Any = None, after: Any = None) -> None:
        store.audit(self.store, self.user.username, action, target, before, after)

    def flash(self, message: str) -> None:
        if self.session is not None:
            store.set_flash(self.store, self.session.token_hash, message)

    def redirect(self, url: str, message: str | None = None) -> RedirectResponse:
        """After a change, go back to a page with GET (post/redirect/get), with an optional message."""
        if message:
            self.flash(message)
        return RedirectResponse(url, status_code=303)

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.console.env.get_template(template).render(
            page=self,
            user=self.session.user if self.session else None,
            csrf=self.session.csrf if self.session else "",
            flash=self.session.flash if self.session else None,
            path=self.request.url.path,
            commune=_commune_name(self),
            **context,
        )
        return HTMLResponse(html, status_code=status)


def _commune_name(page: Page) -> str | None:
    try:
        commune = knowledge.get_commune(page.kb())
    except (knowledge.KnowledgeError, sqlite3.Error):
        return None
    return commune.nom if commune else None


Handler = Callable[[Page], Response]


def route(path: str, handler: Handler, *, methods: tuple[str, ...] = ("GET",), role: str = "clerk") -> Route:
    """A console route. `role`: « public » (login), « clerk » (any account) or « admin ».

    Every POST to a non-public route needs a live session and the session's CSRF token in the form;
    anything else is refused before the handler runs.
    """

    async def endpoint(request: Request) -> Response:
        console: Console = request.app.state.console
        form = None
        try:
            if request.method == "POST":
                form = await request.form(max_part_size=MAX_FIELD_BYTES)
            response = await run_in_threadpool(_serve, console, request, form, handler, role)
        finally:
            if form is not None:
                await form.close()
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    endpoint.__name__ = handler.__name__
    return Route(path, endpoint, methods=list(methods), name=handler.__name__)


def _serve(
    console: Console, request: Request, form: FormData | None, handler: Handler, role: str
) -> Response:
    conn = store.open_store(console.settings.store_path)
    session = _session(console, conn, request)
    page = Page(request=request, console=console, store=conn, session=session, form=form)
    try:
        _check(page, role)
        response = handler(page)
    except _ToLogin as exc:
        response = RedirectResponse(exc.url, status_code=303)
    except Refused as exc:
        response = page.render("error.html", status=exc.status, title=exc.title, text=exc.text)
    except knowledge.KnowledgeBusy:
        response = page.render(
            "error.html",
            status=503,
            title="Base occupée",
            text="Un import est en cours dans la base de connaissances. Réessayez dans une minute.",
        )
    except knowledge.KnowledgeBaseMissing:
        response = page.render(
            "error.html",
            status=503,
            title="Base de connaissances absente",
            text=f"La base « {console.config.db_path} » n'existe pas encore : importez d'abord les "
            "fichiers de la commune (page Import, ou « python -m knowledge import »).",
        )
    finally:
        page.close()
    for name, value, max_age in page.new_cookies:
        if not value:
            response.delete_cookie(name, path="/", httponly=True, samesite="strict")
            continue
        response.set_cookie(
            name,
            value,
            max_age=max_age,
            httponly=True,
            samesite="strict",
            secure=console.settings.secure_cookies,
            path="/",
        )
    return response


def _session(console: Console, conn: sqlite3.Connection, request: Request) -> store.Session | None:
    token = security.unsign(
        console.settings.secret,
        "session",
        request.cookies.get(security.SESSION_COOKIE),
        security.SESSION_MAX_AGE,
    )
    return store.load_session(conn, token, security.SESSION_IDLE) if token else None


def _check(page: Page, role: str) -> None:
    if role == "public":
        return
    if page.session is None:
        if page.request.method == "GET":
            raise _ToLogin(page.request)
        raise Refused(
            403, "Session expirée", "Vous n'êtes pas connecté(e) : reconnectez-vous, puis recommencez."
        )
    if page.request.method == "POST" and not security.same_token(page.session.csrf, page.field("csrf_token")):
        raise Refused(
            403,
            "Formulaire expiré",
            "Ce formulaire n'est plus valable (page ouverte trop longtemps, ou envoyée depuis un autre "
            "site). Rechargez la page et recommencez.",
        )
    if role == "admin" and not page.user.is_admin:
        raise Refused(403, "Accès réservé", "Cette page est réservée aux comptes d'administration.")


class _ToLogin(Refused):
    def __init__(self, request: Request) -> None:
        super().__init__(303, "", "")
        self.url = "/connexion?suite=" + quote(
            request.url.path + ("?" + request.url.query if request.url.query else "")
        )


def create_app(settings: WebSettings) -> Starlette:
    """The console as an ASGI application (uvicorn serves it; tests call it with TestClient)."""
    from .routes import all_routes

    console = Console(settings)
    app = Starlette(
        routes=[*all_routes(), Mount("/static", StaticFiles(directory=STATIC), name="static")],
        max_body_size=MAX_UPLOAD_BYTES,
    )
    app.state.console = console
    return app


def now() -> datetime:
    return datetime.now()
