"""Fiches through the console: the knowledge base changes, the bot answers with it at once, the audit log
keeps before and after."""

from __future__ import annotations

from markupsafe import escape

import knowledge
from web import store

from .conftest import post_form


def _fiche_about(db, word):
    conn = knowledge.open_kb(db, readonly=True)
    try:
        return next(
            f for f in knowledge.list_fiches(conn, include_disabled=True) if word in f.question.lower()
        )
    finally:
        conn.close()


def test_list_search_and_disabled_shown(clerk, bot_config):
    fiche = _fiche_about(bot_config.db_path, "carte d")
    post_form(clerk, f"/fiches/{fiche.id}", f"/fiches/{fiche.id}/desactiver")
    page = clerk.get("/fiches", params={"q": "carte"})
    assert page.status_code == 200
    assert escape(fiche.question) in page.text and "désactivée" in page.text


def test_edit_changes_the_bots_answer_and_is_audited(clerk, bot_config, web_settings):
    fiche = _fiche_about(bot_config.db_path, "carte d")
    before = clerk.get("/tester", params={"q": fiche.question})
    assert "Gâteau-Témoin" not in before.text
    response = post_form(
        clerk,
        f"/fiches/{fiche.id}",
        f"/fiches/{fiche.id}",
        {
            "question": fiche.question,
            "reponse": "Prenez rendez-vous au Gâteau-Témoin.",
            "variantes": "\n".join(fiche.variantes),
            "theme": fiche.theme or "",
            "lien": fiche.lien or "",
        },
    )
    assert response.status_code == 303
    after = clerk.get("/tester", params={"q": fiche.question})
    assert "Gâteau-Témoin" in after.text
    assert f"/fiches/{fiche.id}" in after.text  # the record the answer came from
    conn = store.open_store(web_settings.store_path)
    entry = next(e for e in store.audit_entries(conn) if e.action == "fiche modifiée")
    conn.close()
    assert entry.username == "martine"
    assert entry.before["reponse"] == fiche.reponse and entry.after["reponse"].endswith("Gâteau-Témoin.")


def test_create_with_variantes_then_delete_after_confirmation(clerk, bot_config):
    response = post_form(
        clerk,
        "/fiches/nouvelle",
        "/fiches/nouvelle",
        {
            "question": "Où garer un camping-car ?",
            "reponse": "Sur l'aire du stade.",
            "variantes": "aire camping-car\nstationnement camping car",
        },
    )
    assert response.status_code == 303
    fiche = _fiche_about(bot_config.db_path, "camping-car")
    assert fiche.variantes == ("aire camping-car", "stationnement camping car")
    confirm = clerk.get(f"/fiches/{fiche.id}/supprimer")
    assert "définitivement" in confirm.text
    post_form(clerk, f"/fiches/{fiche.id}/supprimer", f"/fiches/{fiche.id}/supprimer")
    conn = knowledge.open_kb(bot_config.db_path, readonly=True)
    assert knowledge.get_fiche(conn, fiche.id) is None
    conn.close()


def test_a_fiche_without_answer_is_refused_with_a_message(clerk):
    response = post_form(clerk, "/fiches/nouvelle", "/fiches/nouvelle", {"question": "Vide ?", "reponse": ""})
    assert response.status_code == 400
    assert "La réponse est obligatoire." in response.text
