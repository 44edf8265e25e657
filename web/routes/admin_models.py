"""Models (admins): versions, train a candidate, its evaluation next to the model in service on the same
test files (intent report, confusion matrices, residents' questions end to end), promote through the
guard, roll back."""

from __future__ import annotations

from starlette.responses import FileResponse, Response

import nlu
from bot.evaluation import OUTCOME_LABELS, OUTCOMES

from .. import modeljobs
from ..app import Page, Refused, route


def _registry(page: Page) -> nlu.Registry:
    return nlu.Registry(page.config.models_dir)


def models(page: Page) -> Response:
    registry = _registry(page)
    versions = list(reversed(registry.versions()))
    job = page.console.jobs.get("current")
    evaluated = {
        v["version"]
        for v in versions
        if modeljobs.load_evaluation(page.console.settings.work_dir, v["version"])
    }
    return page.render(
        "admin_models.html",
        ranker=ranker_report(page.config.models_dir),
        versions=versions,
        job=job,
        evaluated=evaluated,
        running=job is not None and job.state == "en cours",
    )


def ranker_report(models_dir) -> dict | None:
    """The answer-choosing model's own evaluation (`python -m bot train-ranker`), shown next to the
    intent model's: its threshold, its cross-validated right / honest fallback / confident-wrong."""
    import json

    from bot import ranking

    path = ranking.ranker_dir(models_dir) / "meta.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def train(page: Page) -> Response:
    job = modeljobs.start(page.console, "entraînement", None, page.user.username)
    if job is None:
        return page.redirect("/admin/modeles", "Une tâche est déjà en cours : attendez qu'elle se termine.")
    page.audit("entraînement lancé", "nouveau candidat")
    return page.redirect("/admin/modeles", "Entraînement lancé : cette page se met à jour toute seule.")


def _version(page: Page) -> str:
    version = page.param("version")
    try:
        _registry(page).path(version)
    except nlu.RegistryError:
        raise Refused(404, "Version inconnue", f"Aucune version « {version} » dans le registre.") from None
    return version


def evaluate(page: Page) -> Response:
    version = _version(page)
    job = modeljobs.start(page.console, "évaluation", version, page.user.username)
    if job is None:
        return page.redirect("/admin/modeles", "Une tâche est déjà en cours : attendez qu'elle se termine.")
    return page.redirect("/admin/modeles", f"Évaluation de « {version} » lancée.")


def evaluation(page: Page) -> Response:
    version = _version(page)
    result = modeljobs.load_evaluation(page.console.settings.work_dir, version)
    current = _registry(page).current_version()
    intents = []
    if result:
        reports = [m["report"] for m in result["models"].values()]
        intents = sorted({k for r in reports for k in r if k not in ("macro avg", "weighted avg")})
    return page.render(
        "admin_evaluation.html",
        version=version,
        result=result,
        current=current,
        intents=intents,
        outcomes=OUTCOMES,
        outcome_labels=OUTCOME_LABELS,
    )


def matrix(page: Page) -> Response:
    version = _version(page)
    which = page.param("which")
    if which not in ("candidat", "en-service"):
        raise Refused(404, "Image introuvable", "Cette image n'existe pas.")
    path = modeljobs.matrix_path(page.console.settings.work_dir, version, which)
    if not path.exists():
        raise Refused(404, "Image introuvable", "Évaluez d'abord ce modèle.")
    return FileResponse(path, media_type="image/png")


def promote(page: Page) -> Response:
    version = _version(page)
    registry = _registry(page)
    before = registry.current_version()
    try:
        registry.promote(version, handled=modeljobs.HANDLED, test_paths=modeljobs.examples.test_paths())
    except (nlu.RegistryError, nlu.ModelError) as exc:
        page.audit("promotion refusée", f"modèle {version}", {"en service": before}, {"motif": str(exc)})
        page.flash(str(exc))
        return page.redirect(f"/admin/modeles/{version}")
    page.audit("modèle promu", f"modèle {version}", {"en service": before}, {"en service": version})
    return page.redirect(
        "/admin/modeles", f"« {version} » est en service : le bot l'utilise sans redémarrer."
    )


def rollback(page: Page) -> Response:
    registry = _registry(page)
    before = registry.current_version()
    try:
        previous = registry.rollback()
    except nlu.RegistryError as exc:
        return page.redirect("/admin/modeles", str(exc))
    page.audit(
        "retour au modèle précédent", f"modèle {previous}", {"en service": before}, {"en service": previous}
    )
    return page.redirect("/admin/modeles", f"Retour à « {previous} » : le bot l'utilise déjà.")


ROUTES = [
    route("/admin/modeles", models, role="admin"),
    route("/admin/modeles/entrainer", train, methods=("POST",), role="admin"),
    route("/admin/modeles/retour", rollback, methods=("POST",), role="admin"),
    route("/admin/modeles/{version}", evaluation, role="admin"),
    route("/admin/modeles/{version}/evaluer", evaluate, methods=("POST",), role="admin"),
    route("/admin/modeles/{version}/promouvoir", promote, methods=("POST",), role="admin"),
    route("/admin/modeles/{version}/matrice/{which}.png", matrix, role="admin"),
]
