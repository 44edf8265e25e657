"""Passwords, signed cookies, CSRF tokens and the login rate limit: the console's security decisions.

Why each choice (docs/security.md, « Console web », says the same with the tests that prove it):
- argon2id (argon2-cffi's defaults) for passwords: memory-hard, the current recommendation;
- the session cookie carries a random token signed with itsdangerous; the server keeps only its hash,
  so a stolen copy of web.sqlite opens no session, and a forged cookie fails the signature;
- a per-session CSRF token (synchroniser pattern) in every form; before login, a signed double-submit
  cookie protects the login form itself;
- failed logins are counted per account and per client address in web.sqlite, so the limit survives
  a restart.
"""

from __future__ import annotations

import hmac
import os
import secrets
from datetime import timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer

SESSION_COOKIE = "clocher_session"
LOGIN_CSRF_COOKIE = "clocher_login"
SESSION_MAX_AGE = timedelta(hours=12)  # cookie lifetime and signature age limit
SESSION_IDLE = timedelta(hours=2)  # a session unused this long is closed server-side
LOGIN_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
MIN_PASSWORD_LENGTH = 10

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# Verified against when the account does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def burn_time(password: str) -> None:
    check_password(_DUMMY_HASH, password)


def password_problem(password: str) -> str | None:
    """A French reason to refuse a new password, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"le mot de passe doit faire au moins {MIN_PASSWORD_LENGTH} caractères."
    if len(password) > 200:
        return "le mot de passe est trop long (200 caractères au plus)."
    return None


def load_secret(home: Path) -> bytes:
    """The signing key: $CLOCHER_WEB_SECRET, else a random key kept in CLOCHER_HOME/web-secret.key
    (created on first start, readable by its owner only)."""
    env = os.environ.get("CLOCHER_WEB_SECRET")
    if env:
        return env.encode()
    path = Path(home) / "web-secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
    return path.read_text().strip().encode()


def serializer(secret: bytes, purpose: str) -> URLSafeTimedSerializer:
    """One salt per cookie kind: a login cookie can never be replayed as a session cookie."""
    return URLSafeTimedSerializer(secret, salt=f"clocher-web-{purpose}")


def sign(secret: bytes, purpose: str, value: str) -> str:
    return serializer(secret, purpose).dumps(value)


def unsign(secret: bytes, purpose: str, signed: str | None, max_age: timedelta) -> str | None:
    if not signed:
        return None
    try:
        value = serializer(secret, purpose).loads(signed, max_age=int(max_age.total_seconds()))
    except BadSignature:
        return None
    return value if isinstance(value, str) else None


def same_token(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; an absent token never matches."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def new_token() -> str:
    return secrets.token_urlsafe(32)
