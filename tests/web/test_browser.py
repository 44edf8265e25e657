"""The console in a real headless browser: Playwright driving Debian's chromium (installed by
`make test`), against the console served by uvicorn on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge
from web.browser import CHROMIUM, chromium_context, live_server

from .conftest import ADMIN, CLERK

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (make test installs it)"
)
TIMEOUT_MS = 30_000  # a shared 2-core machine: generous, never a sleep


@pytest.fixture
def browser_page(app, tmp_path):
    from playwright.sync_api import sync_playwright

    with (
        live_server(app) as base,
        sync_playwright() as p,
        chromium_context(p, tmp_path / "profil", base_url=base) as context,
    ):
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        yield page


def _login(page, who):
    page.goto("/connexion")
    page.get_by_label("Identifiant").fill(who[0])
    page.get_by_label("Mot de passe").fill(who[1])
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/")


def test_login_with_the_keyboard_only(browser_page):
    page = browser_page
    page.goto("/connexion")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.textContent") == "Aller au contenu"
    page.get_by_label("Identifiant").focus()
    page.keyboard.type(CLERK[0])
    page.keyboard.press("Tab")
    page.keyboard.type(CLERK[1])
    page.keyboard.press("Enter")
    page.wait_for_url("**/")
    assert page.get_by_role("heading", level=1).inner_text() == "Tableau de bord"
    assert page.get_by_text("martine (secrétariat)").is_visible()


def test_a_fiche_edit_changes_the_bots_answer_in_the_tester(browser_page, bot_config):
    page = browser_page
    _login(page, CLERK)
    conn = knowledge.open_kb(bot_config.db_path, readonly=True)
    fiche = next(f for f in knowledge.list_fiches(conn) if "carte d" in f.question.lower())
    conn.close()
    page.goto(f"/tester?q={fiche.question}")
    assert "Tampon-Bleu" not in page.locator("#reponse").inner_text()
    page.goto(f"/fiches/{fiche.id}")
    page.get_by_label("Réponse du bot").fill("Rendez-vous à la mairie de Tampon-Bleu, sur rendez-vous.")
    page.get_by_role("button", name="Enregistrer").click()
    assert "Fiche enregistrée" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Tester cette question").click()
    assert "Tampon-Bleu" in page.locator("#reponse").inner_text()
    assert page.locator("#sources a", has_text=fiche.question).count() == 1


def test_an_import_with_a_rejected_row_and_its_report(browser_page, bot_config, tmp_path):
    page = browser_page
    _login(page, CLERK)
    bad = tmp_path / "arretes.csv"
    bad.write_text(
        "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET\n2026-951;2026-05-02;temporaire;Rue des Essais fermée\n"
        "2026-952;31/02/2026;temporaire;Date impossible\n",
        encoding="utf-8",
    )
    page.goto("/import")
    page.get_by_label("Fichier (CSV, YAML, PDF ou XML)").set_input_files(str(bad))
    page.get_by_role("button", name="Vérifier le fichier").click()
    assert "1 ligne refusée" in page.locator("#rejets").inner_text()
    assert page.get_by_role("cell", name="31/02/2026").is_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Télécharger les lignes refusées (CSV pour tableur)").click()
    saved = download_info.value.path()
    content = Path(saved).read_text(encoding="utf-8-sig")
    assert content.splitlines()[1].startswith("3;ARR_DATE;31/02/2026;")
    conn = knowledge.open_kb(bot_config.db_path, readonly=True)
    assert knowledge.get_arrete(conn, "2026-951") is None  # nothing changed yet
    conn.close()
    page.get_by_role("button", name="Annuler").click()
    assert "rien n'a été modifié" in page.get_by_role("status").inner_text()


def test_answering_an_inbox_item_that_the_bot_then_delivers(browser_page, bot_config, conversation):
    conn = knowledge.open_kb(bot_config.db_path)
    item = knowledge.add_inbox_item(conn, "signalement", "777", "Lampadaire éteint rue de la Gare")
    conn.close()
    page = browser_page
    _login(page, CLERK)
    page.goto("/demandes")
    page.get_by_role("link", name=item.reference).click()
    page.get_by_label("Votre réponse").fill("L'électricien passe jeudi. Merci !")
    page.get_by_role("button", name="Envoyer la réponse").click()
    assert "le bot l'envoie" in page.get_by_role("status").inner_text()
    # The running bot's delivery round (bot/channels/telegram) sends exactly these to the resident.
    [(reference, chat_id, text)] = conversation.pending_deliveries()
    assert (reference, chat_id) == (item.reference, "777")
    assert text.endswith("L'électricien passe jeudi. Merci !")
    conversation.mark_delivered(reference)
    page.reload()
    assert "Envoyée le" in page.locator("main").inner_text()


def test_a_clerk_is_refused_on_an_admin_page(browser_page):
    page = browser_page
    _login(page, CLERK)
    response = page.goto("/admin/modeles")
    assert response.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "Accès réservé"
    assert page.get_by_role("link", name="Modèles").count() == 0


def test_every_form_field_has_a_label(browser_page):
    page = browser_page
    _login(page, ADMIN)
    for url in (
        "/",
        "/fiches",
        "/fiches/nouvelle",
        "/tester",
        "/import",
        "/questions",
        "/consulter/budget",
        "/consulter/annuaire",
        "/admin/exemples",
        "/admin/utilisateurs",
        "/admin/modeles",
    ):
        page.goto(url)
        unlabelled = page.evaluate(
            "[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
            ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.name)"
        )
        assert unlabelled == [], url
        assert page.locator("h1").count() == 1, url
