"""Every route that changes something refuses a request without a session, and one without a valid CSRF
token — checked on the application's own route table, so a new route cannot forget it."""

from __future__ import annotations

import re
import sqlite3

import pytest
from starlette.routing import Route

from web import security

from .conftest import ADMIN, login

PUBLIC_POSTS = {"/connexion"}  # protected by its own signed double-submit token (test_auth.py)
SAMPLE = {
    "fiche_id": "1",
    "qid": "1",
    "reference": "SIG-2026-0001",
    "token": "abc",
    "version": "v1",
    "user_id": "1",
    "intent": "faq",
}


def _posts(app) -> list[str]:
    paths = []
    for r in app.routes:
        if isinstance(r, Route) and "POST" in (r.methods or ()) and r.path not in PUBLIC_POSTS:
            paths.append(re.sub(r"\{(\w+)(:\w+)?\}", lambda m: SAMPLE.get(m.group(1), "x"), r.path))
    return sorted(set(paths))


def _snapshot(settings) -> tuple:
    """Everything a POST could change: the knowledge base and the console's own file."""
    kb = sqlite3.connect(settings.config.db_path)
    web = sqlite3.connect(settings.store_path)
    try:
        return (
            kb.execute("SELECT count(*), total(enabled), group_concat(reponse) FROM fiches").fetchone(),
            kb.execute("SELECT count(*), group_concat(status) FROM inbox").fetchone(),
            kb.execute("SELECT count(*), count(resolved_at) FROM unanswered").fetchone(),
            kb.execute("SELECT count(*) FROM imports").fetchone(),
            web.execute("SELECT count(*), group_concat(role), group_concat(disabled) FROM users").fetchone(),
            web.execute("SELECT count(*) FROM audit WHERE action NOT IN ('connexion')").fetchone(),
        )
    finally:
        kb.close()
        web.close()


def test_there_are_state_changing_routes_to_check(app):
    posts = _posts(app)
    assert "/deconnexion" in posts and "/fiches/nouvelle" in posts and len(posts) >= 20


def test_every_post_without_a_session_is_refused(app, client, web_settings):
    before = _snapshot(web_settings)
    for path in _posts(app):
        response = client.post(path, data={"question": "q", "reponse": "r", "csrf_token": "x"})
        assert response.status_code == 403, path
    assert _snapshot(web_settings) == before


@pytest.mark.parametrize("csrf", [None, "", "un-jeton-inventé"])
def test_every_post_without_a_valid_csrf_token_is_refused(app, client, web_settings, csrf):
    assert login(client, ADMIN).status_code == 303  # admin: past every role check, only CSRF is left
    before = _snapshot(web_settings)
    data = {"question": "q", "reponse": "r", "texte": "t", "username": "x", "role": "admin"}
    if csrf is not None:
        data["csrf_token"] = csrf
    for path in _posts(app):
        response = client.post(path, data=data)
        assert response.status_code == 403, path
        assert "Formulaire expiré" in response.text, path
    assert _snapshot(web_settings) == before
    assert client.cookies.get(security.SESSION_COOKIE)  # still logged in: only the forms were refused
