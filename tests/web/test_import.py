"""Import through the console: the per-row report comes first and changes nothing; a rejected file
changes nothing; the rejected rows download as a spreadsheet CSV; confirmed imports reach the history."""

from __future__ import annotations

import re

import knowledge

from .conftest import post_form, token

GOOD = "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET\n2026-901;2026-05-02;temporaire;Fermeture de la rue du Test\n"
BAD = GOOD + "2026-902;32/13/2026;temporaire;Date impossible\n"


def _count(db) -> int:
    conn = knowledge.open_kb(db, readonly=True)
    try:
        return sum(knowledge.get_arrete(conn, n) is not None for n in ("2026-901", "2026-902"))
    finally:
        conn.close()


def _upload(client, name: str, content: str):
    page = client.get("/import")
    response = client.post(
        "/import",
        data={"csrf_token": token(page.text)},
        files={"fichier": (name, content.encode("utf-8"), "text/csv")},
    )
    assert response.status_code == 303, response.text
    return response.headers["location"]


def test_a_file_with_a_bad_row_is_shown_then_rejected_whole(clerk, bot_config):
    url = _upload(clerk, "arretes.csv", BAD)
    preview = clerk.get(url)
    assert preview.status_code == 200
    assert "32/13/2026" in preview.text and "ARR_DATE" in preview.text  # line, column, value
    assert _count(bot_config.db_path) == 0  # the preview changed nothing
    rejects = clerk.get(url + "/rejets.csv")
    assert rejects.content.startswith("\ufeff".encode())
    lines = rejects.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("ligne;colonne;valeur;erreur;ARR_ID;ARR_DATE")
    assert lines[1].startswith("3;ARR_DATE;32/13/2026;")
    assert "attachment" in rejects.headers["content-disposition"]
    # « Importer » (all or nothing) is not even offered; the valid rows only are, on request.
    assert 'value="valides"' in preview.text and 'value="tout"' not in preview.text
    post_form(clerk, url, url + "/confirmer", {"mode": "valides"})
    assert _count(bot_config.db_path) == 1


def test_all_or_nothing_changes_nothing_on_a_bad_row(clerk, bot_config):
    url = _upload(clerk, "arretes.csv", BAD)
    response = post_form(clerk, url, url + "/confirmer", {"mode": "tout"})
    assert response.status_code == 303
    assert _count(bot_config.db_path) == 0
    assert "Import refusé" in clerk.get("/import").text


def test_a_good_file_imports_and_shows_in_history(clerk, bot_config, web_settings):
    url = _upload(clerk, "nouveaux arrêtés.csv", GOOD)
    assert "Aucune erreur" in clerk.get(url).text
    post_form(clerk, url, url + "/confirmer", {"mode": "tout"})
    assert _count(bot_config.db_path) == 1
    history = clerk.get("/import").text
    assert "Import terminé" in history and re.search(r"nouveaux arr.t.s\.csv", history)


def test_a_file_of_unknown_kind_is_refused_with_a_message(clerk, bot_config):
    url = _upload(clerk, "liste.csv", "nom;prenom\nDupont;Jean\n")
    page = clerk.get(url)
    assert "ne peut pas être importé" in page.text
    post_form(clerk, url, url + "/annuler")
    assert clerk.get(url).status_code == 404
