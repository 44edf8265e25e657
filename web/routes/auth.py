"""Logging in and out. The login form is protected by a signed double-submit cookie (there is no
session yet to hold a CSRF token), and failures are counted per account and per address."""

from __future__ import annotations

from starlette.responses import RedirectResponse, Response

from .. import security, store
from ..app import Page, route

FAILED = "Identifiant ou mot de passe incorrect."
LOCKED = (
    "Trop de tentatives de connexion : par sécurité, réessayez dans {minutes} minutes "
    "ou demandez à un administrateur de vérifier votre compte."
)


def _login_form(page: Page, error: str | None = None, status: int = 200, username: str = "") -> Response:
    token = security.new_token()
    signed = security.sign(page.console.settings.secret, "login", token)
    page.new_cookies.append((security.LOGIN_CSRF_COOKIE, signed, 3600))
    return page.render(
        "login.html",
        status=status,
        login_token=token,
        error=error,
        username=username,
        suite=_safe_next(page.query("suite") or page.field("suite")),
    )


def _safe_next(url: str) -> str:
    """Only a path of this site: « //evil.example » or « https://… » would send the clerk elsewhere."""
    if url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    return "/"


def login_page(page: Page) -> Response:
    if page.session is not None:
        return RedirectResponse(_safe_next(page.query("suite")), status_code=303)
    return _login_form(page)


def login(page: Page) -> Response:
    secret = page.console.settings.secret
    expected = security.unsign(
        secret, "login", page.request.cookies.get(security.LOGIN_CSRF_COOKIE), security.timedelta(hours=1)
    )
    if not security.same_token(expected, page.field("login_token")):
        return _login_form(
            page, "Le formulaire de connexion a expiré : saisissez à nouveau vos identifiants.", status=403
        )
    username = page.field("username")
    password = page.form.get("password", "") if page.form is not None else ""
    password = password if isinstance(password, str) else ""
    address = page.request.client.host if page.request.client else "inconnue"
    keys = [f"compte:{username.lower()}", f"adresse:{address}"]
    window = security.LOGIN_WINDOW
    if (
        store.recent_failures(page.store, keys[0], window) >= security.MAX_FAILURES_PER_ACCOUNT
        or store.recent_failures(page.store, keys[1], window) >= security.MAX_FAILURES_PER_ADDRESS
    ):
        minutes = int(window.total_seconds() // 60)
        return _login_form(page, LOCKED.format(minutes=minutes), status=429, username=username)
    found = store.find_user(page.store, username) if username else None
    if found is None:
        security.burn_time(password)
        ok = False
    else:
        user, stored_hash = found
        ok = security.check_password(stored_hash, password) and not user.disabled
    if not ok:
        store.record_failure(page.store, keys)
        return _login_form(page, FAILED, status=401, username=username)
    store.clear_failures(page.store, keys[0])
    token = store.new_session(page.store, user)
    store.audit(page.store, user.username, "connexion", f"compte {user.username}")
    page.new_cookies.append(
        (
            security.SESSION_COOKIE,
            security.sign(secret, "session", token),
            int(security.SESSION_MAX_AGE.total_seconds()),
        )
    )
    page.new_cookies.append((security.LOGIN_CSRF_COOKIE, "", 0))
    return RedirectResponse(_safe_next(page.field("suite")), status_code=303)


def logout(page: Page) -> Response:
    assert page.session is not None
    store.end_session(page.store, page.session.token_hash)
    store.audit(page.store, page.user.username, "déconnexion", f"compte {page.user.username}")
    page.new_cookies.append((security.SESSION_COOKIE, "", 0))
    return RedirectResponse("/connexion", status_code=303)


ROUTES = [
    route("/connexion", login_page, role="public"),
    route("/connexion", login, methods=("POST",), role="public"),
    route("/deconnexion", logout, methods=("POST",)),
]
