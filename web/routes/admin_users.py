"""Accounts and roles, and the audit log: admins only. Changing someone's role, status or password ends
their sessions at once (store.update_user)."""

from __future__ import annotations

from starlette.responses import Response

from .. import security, store
from ..app import Page, Refused, route

PAGE_SIZE = 100


def users(page: Page, errors: list[str] | None = None, status: int = 200) -> Response:
    return page.render(
        "admin_users.html",
        status=status,
        users=store.list_users(page.store),
        errors=errors or [],
        roles=store.ROLE_LABELS,
        min_length=security.MIN_PASSWORD_LENGTH,
    )


def create(page: Page) -> Response:
    username, role = page.field("username"), page.field("role")
    password = page.form.get("password", "") if page.form is not None else ""
    problem = security.password_problem(password if isinstance(password, str) else "")
    if problem:
        return users(page, [problem[:1].upper() + problem[1:]], status=400)
    try:
        user = store.create_user(page.store, username, role, security.hash_password(password))
    except store.AccountError as exc:
        return users(page, [str(exc)[:1].upper() + str(exc)[1:]], status=400)
    page.audit(
        "compte créé", f"compte {user.username}", None, {"identifiant": user.username, "rôle": user.role}
    )
    return page.redirect("/admin/utilisateurs", f"Compte « {user.username} » créé.")


def _target(page: Page) -> store.User:
    user = store.get_user(page.store, int(page.param("user_id")))
    if user is None:
        raise Refused(404, "Compte introuvable", "Ce compte n'existe pas.")
    return user


def update(page: Page) -> Response:
    user = _target(page)
    action = page.field("action")
    changes: dict = {}
    if action == "role":
        changes["role"] = page.field("role")
    elif action in ("desactiver", "activer"):
        changes["disabled"] = action == "desactiver"
    elif action == "mot_de_passe":
        password = page.form.get("password", "") if page.form is not None else ""
        problem = security.password_problem(password if isinstance(password, str) else "")
        if problem:
            return users(page, [problem[:1].upper() + problem[1:]], status=400)
        changes["password_hash"] = security.hash_password(password)
    else:
        return users(page, ["Action inconnue."], status=400)
    try:
        after = store.update_user(page.store, user.id, **changes)
    except store.AccountError as exc:
        return users(page, [str(exc)[:1].upper() + str(exc)[1:]], status=400)
    before_view = {"rôle": user.role, "désactivé": user.disabled}
    after_view = {"rôle": after.role, "désactivé": after.disabled}
    if action == "mot_de_passe":
        before_view, after_view = None, {"mot de passe": "changé"}
    page.audit("compte modifié", f"compte {user.username}", before_view, after_view)
    return page.redirect("/admin/utilisateurs", f"Compte « {user.username} » modifié.")


def journal(page: Page) -> Response:
    who = page.query("qui")
    offset = int(page.query("depuis", "0")) if page.query("depuis", "0").isdigit() else 0
    entries = store.audit_entries(page.store, limit=PAGE_SIZE + 1, offset=offset, username=who or None)
    return page.render(
        "admin_journal.html",
        entries=entries[:PAGE_SIZE],
        more=len(entries) > PAGE_SIZE,
        offset=offset,
        qui=who,
        page_size=PAGE_SIZE,
        users=store.list_users(page.store),
    )


ROUTES = [
    route("/admin/utilisateurs", users, role="admin"),
    route("/admin/utilisateurs", create, methods=("POST",), role="admin"),
    route("/admin/utilisateurs/{user_id:int}", update, methods=("POST",), role="admin"),
    route("/admin/journal", journal, role="admin"),
]
