"""Accounts, login, sessions: what docs/security.md (« Console web ») promises."""

from __future__ import annotations

import subprocess
import sys

from web import security, store

from .conftest import ADMIN, CLERK, login, post_form, token


def test_login_sets_a_signed_httponly_samesite_cookie(client):
    response = login(client, CLERK)
    assert response.status_code == 303
    cookie = next(
        v for k, v in response.headers.multi_items() if k == "set-cookie" and "clocher_session" in v
    )
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    value = client.cookies.get(security.SESSION_COOKIE)
    assert value and "." in value  # itsdangerous signature
    assert client.get("/").status_code == 200


def test_a_forged_or_tampered_cookie_opens_nothing(client):
    login(client, CLERK)
    value = client.cookies.get(security.SESSION_COOKIE)
    client.cookies.set(security.SESSION_COOKIE, value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    response = client.get("/")
    assert response.status_code == 303 and response.headers["location"].startswith("/connexion")


def test_the_store_keeps_only_a_hash_of_the_session_token(client, web_settings):
    login(client, CLERK)
    raw = security.unsign(
        web_settings.secret, "session", client.cookies.get(security.SESSION_COOKIE), security.SESSION_MAX_AGE
    )
    conn = store.open_store(web_settings.store_path)
    hashes = [r[0] for r in conn.execute("SELECT token_hash FROM sessions")]
    stored = [r[0] for r in conn.execute("SELECT password_hash FROM users")]
    conn.close()
    assert raw not in hashes and len(hashes) == 1
    assert all(h.startswith("$argon2id$") for h in stored)


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(client):
    response = login(client, (CLERK[0], "mauvais-mot-de-passe"))
    assert response.status_code == 401
    assert "Identifiant ou mot de passe incorrect." in response.text
    unknown = login(client, ("personne", "mauvais-mot-de-passe"))
    assert unknown.status_code == 401 and "Identifiant ou mot de passe incorrect." in unknown.text


def test_login_attempts_are_rate_limited_per_account(client):
    for _ in range(security.MAX_FAILURES_PER_ACCOUNT):
        assert login(client, (CLERK[0], "faux-mot-de-passe")).status_code == 401
    blocked = login(client, CLERK)  # even the right password, while blocked
    assert blocked.status_code == 429
    assert "Trop de tentatives" in blocked.text
    assert login(client, ADMIN).status_code == 303  # another account is not blocked


def test_login_form_without_its_token_is_refused(client):
    response = client.post("/connexion", data={"username": CLERK[0], "password": CLERK[1]})
    assert response.status_code == 403
    assert client.cookies.get(security.SESSION_COOKIE) is None


def test_login_never_redirects_to_another_site(client):
    page = client.get("/connexion?suite=//evil.example/")
    response = client.post(
        "/connexion",
        data={
            "username": CLERK[0],
            "password": CLERK[1],
            "login_token": token(page.text),
            "suite": "//evil.example/",
        },
    )
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_logout_ends_the_session_server_side(clerk):
    old = clerk.cookies.get(security.SESSION_COOKIE)
    assert post_form(clerk, "/", "/deconnexion").status_code == 303
    clerk.cookies.set(security.SESSION_COOKIE, old)  # replaying the old cookie
    assert clerk.get("/").status_code == 303


def test_pages_need_a_session(client):
    response = client.get("/fiches")
    assert response.status_code == 303
    assert response.headers["location"] == "/connexion?suite=/fiches"


def test_security_headers_forbid_scripts_and_framing(clerk):
    response = clerk.get("/")
    assert "script-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"


def test_first_admin_from_the_command_line(tmp_path, monkeypatch):
    home = tmp_path / "maison"
    monkeypatch.setenv("CLOCHER_HOME", str(home))
    ok = subprocess.run(
        [sys.executable, "-m", "web", "create-admin", "jeanne", "--password-stdin"],
        input="un-mot-de-passe-solide\n",
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert "Compte d'administration « jeanne » créé" in ok.stdout
    short = subprocess.run(
        [sys.executable, "-m", "web", "create-admin", "marc", "--password-stdin"],
        input="court\n",
        capture_output=True,
        text=True,
    )
    assert short.returncode != 0 and "au moins 10 caractères" in short.stderr
    conn = store.open_store(home / "web.sqlite")
    users = store.list_users(conn)
    entries = store.audit_entries(conn)
    conn.close()
    assert [(u.username, u.role) for u in users] == [("jeanne", "admin")]
    assert entries[0].action == "compte créé"
