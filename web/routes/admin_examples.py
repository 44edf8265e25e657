"""Training examples (admins): by intent, add, move between intents, delete, and the conflicts the
validator finds (one text under two intents, test examples in the training data)."""

from __future__ import annotations

from starlette.responses import Response

from .. import examples
from ..app import Page, route


def examples_page(page: Page) -> Response:
    home = page.config.home
    data = examples.load(home)
    intent = page.query("intention")
    q = page.query("q").lower()
    shown = [
        e for e in data.examples if (not intent or e.intent == intent) and (not q or q in e.text.lower())
    ]
    counts: dict[str, int] = {}
    for e in data.examples:
        counts[e.intent] = counts.get(e.intent, 0) + 1
    report = examples.problems(home)
    return page.render(
        "admin_examples.html",
        intents=data.intents,
        counts=counts,
        shown=shown[:300],
        n_shown=len(shown),
        intention=intent,
        q=page.query("q"),
        problems=report,
        path_file=str(examples.examples_path(home)),
    )


def _back(page: Page) -> str:
    intent = page.field("retour")
    return f"/admin/exemples?intention={intent}" if intent else "/admin/exemples"


def add(page: Page) -> Response:
    text, intent = page.field("texte"), page.field("intent")
    try:
        examples.add_example(page.config.home, text, intent)
    except examples.ExampleError as exc:
        return page.redirect(_back(page), f"Exemple non ajouté : {exc}")
    page.audit("exemple ajouté", f"intention {intent}", None, {"texte": text, "intention": intent})
    return page.redirect(_back(page), f"Exemple ajouté à « {intent} ».")


def move(page: Page) -> Response:
    text, old, new = page.field("texte"), page.field("de"), page.field("intent")
    try:
        examples.move_example(page.config.home, text, old, new)
    except examples.ExampleError as exc:
        return page.redirect(_back(page), f"Exemple non déplacé : {exc}")
    page.audit("exemple déplacé", f"exemple « {text} »", {"intention": old}, {"intention": new})
    return page.redirect(_back(page), f"« {text} » déplacé de « {old} » vers « {new} ».")


def delete(page: Page) -> Response:
    text, intent = page.field("texte"), page.field("de")
    try:
        examples.delete_example(page.config.home, text, intent)
    except examples.ExampleError as exc:
        return page.redirect(_back(page), f"Exemple non supprimé : {exc}")
    page.audit("exemple supprimé", f"exemple « {text} »", {"intention": intent}, None)
    return page.redirect(_back(page), f"« {text} » retiré de « {intent} ».")


ROUTES = [
    route("/admin/exemples", examples_page, role="admin"),
    route("/admin/exemples", add, methods=("POST",), role="admin"),
    route("/admin/exemples/deplacer", move, methods=("POST",), role="admin"),
    route("/admin/exemples/supprimer", delete, methods=("POST",), role="admin"),
]
