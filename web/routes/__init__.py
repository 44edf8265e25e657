"""Routes per area; each module exposes `ROUTES`, gathered here in menu order."""

from __future__ import annotations

from starlette.routing import Route


def all_routes() -> list[Route]:
    from . import (
        admin_examples,
        admin_models,
        admin_users,
        auth,
        browse,
        dashboard,
        exports,
        fiches,
        imports,
        inbox,
        tester,
    )

    return [
        *auth.ROUTES,
        *dashboard.ROUTES,
        *fiches.ROUTES,
        *tester.ROUTES,
        *imports.ROUTES,
        *inbox.ROUTES,
        *browse.ROUTES,
        *exports.ROUTES,
        *admin_examples.ROUTES,
        *admin_models.ROUTES,
        *admin_users.ROUTES,
    ]
