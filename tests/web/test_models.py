"""Admin's models: train a candidate from the commune's examples, compare it with the model in service on
the same test files (reports, confusion matrices, residents' questions end to end), promote through the
guard — which refuses an intent no answer composer handles."""

from __future__ import annotations

import time

import pytest

import nlu
from bot.evaluation import demo_set
from web import examples, modeljobs

from .conftest import post_form


@pytest.fixture
def small_question_sets(monkeypatch):
    """Three of the demo commune's questions: enough to show the table, quick on a shared machine."""
    qset = demo_set(modeljobs.REPO)
    small = type(qset)(qset.name, qset.cases[:3], qset.files)
    monkeypatch.setattr(modeljobs, "question_sets", lambda: [small])


def _wait(app, timeout=600):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = app.state.console.jobs.get("current")
        if job is not None and job.state != "en cours":
            return job
        time.sleep(0.5)
    raise AssertionError("the training job did not finish")


@pytest.mark.slow
def test_train_compare_promote_and_flag_an_unhandled_intent(app, admin, bot_config, small_question_sets):
    for text in (
        "il pleut demain ?",
        "quel temps fera-t-il",
        "météo du week-end",
        "va-t-il neiger",
        "prévisions météo",
        "fera-t-il beau samedi",
    ):
        post_form(admin, "/admin/exemples", "/admin/exemples", {"texte": text, "intent": "meteo"})
    assert post_form(admin, "/admin/modeles", "/admin/modeles/entrainer").status_code == 303
    running = admin.get("/admin/modeles").text
    assert 'http-equiv="refresh"' in running or "terminé" in running
    job = _wait(app)
    assert job.state == "terminé", job.message
    page = admin.get(f"/admin/modeles/{job.version}")
    assert page.status_code == 200
    text = page.text
    assert "Matrices de confusion" in text and "Questions d'habitants" in text
    assert "Mise en service refusée" in text and "meteo" in text  # no answer composer for it
    assert (
        admin.get(f"/admin/modeles/{job.version}/matrice/candidat.png").headers["content-type"] == "image/png"
    )
    before = nlu.Registry(bot_config.models_dir).current_version()
    post_form(admin, f"/admin/modeles/{job.version}", f"/admin/modeles/{job.version}/promouvoir")
    assert nlu.Registry(bot_config.models_dir).current_version() == before
    assert "aucune réponse du bot ne traite" in admin.get(f"/admin/modeles/{job.version}").text

    # Without the unhandled intent, the same data trains a model the guard accepts.
    for text in (
        "il pleut demain ?",
        "quel temps fera-t-il",
        "météo du week-end",
        "va-t-il neiger",
        "prévisions météo",
        "fera-t-il beau samedi",
    ):
        examples.delete_example(bot_config.home, text, "meteo")
    post_form(admin, "/admin/modeles", "/admin/modeles/entrainer")
    job = _wait(app)
    assert job.state == "terminé", job.message
    response = post_form(admin, f"/admin/modeles/{job.version}", f"/admin/modeles/{job.version}/promouvoir")
    assert response.status_code == 303
    assert nlu.Registry(bot_config.models_dir).current_version() == job.version
    assert "modèle promu" in admin.get("/admin/journal").text


def test_the_rankers_evaluation_is_shown_next_to_the_intent_models(admin):
    page = admin.get("/admin/modeles").text
    assert "Modèle de choix des réponses" in page
    assert "Évaluation croisée" in page and "Fausses affirmées" in page  # the ranker of the test registry
