"""The console over the demo commune, two accounts (a clerk and an admin), and helpers to log in and
post forms the way a browser does (reading the CSRF token from the page)."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from web import security, store
from web.app import WebSettings, create_app

CLERK = ("martine", "secretariat-2026")
ADMIN = ("paul", "administration-2026")
TOKEN = re.compile(r'name="(csrf_token|login_token)" value="([^"]+)"')


@pytest.fixture
def web_settings(bot_config) -> WebSettings:
    settings = WebSettings.from_config(bot_config)
    conn = store.open_store(settings.store_path)
    for (name, password), role in ((CLERK, "clerk"), (ADMIN, "admin")):
        store.create_user(conn, name, role, security.hash_password(password))
    conn.close()
    return settings


@pytest.fixture
def app(web_settings):
    application = create_app(web_settings)
    yield application
    application.state.console.close()


@pytest.fixture
def client(app) -> TestClient:
    with TestClient(app, follow_redirects=False) as c:
        yield c


def token(html: str) -> str:
    found = TOKEN.search(html)
    assert found, "no CSRF token in the page"
    return found.group(2)


def login(client: TestClient, who: tuple[str, str] = CLERK):
    page = client.get("/connexion")
    return client.post(
        "/connexion", data={"username": who[0], "password": who[1], "login_token": token(page.text)}
    )


def post_form(client: TestClient, page_url: str, action: str, data: dict | None = None, **kw):
    """Open the page holding the form, then post it with that page's CSRF token."""
    page = client.get(page_url)
    assert page.status_code == 200, page.text
    return client.post(action, data={"csrf_token": token(page.text), **(data or {})}, **kw)


@pytest.fixture
def clerk(client) -> TestClient:
    assert login(client, CLERK).status_code == 303
    return client


@pytest.fixture
def admin(client) -> TestClient:
    assert login(client, ADMIN).status_code == 303
    return client
