"""Every page answers, in French, for the right role; a clerk is refused on admin pages."""

from __future__ import annotations

import pytest
from starlette.routing import Route

from .conftest import CLERK, login

SAMPLE_GETS = [
    "/",
    "/fiches",
    "/fiches?q=carte&etat=actives",
    "/fiches/nouvelle",
    "/fiches/1",
    "/fiches/1/supprimer",
    "/tester",
    "/tester?q=la+mairie+est+ouverte+samedi+%3F",
    "/import",
    "/demandes",
    "/demandes?statut=tous",
    "/questions",
    "/consulter",
    "/consulter/arretes",
    "/consulter/arretes?q=rue",
    "/consulter/deliberations",
    "/consulter/deliberations?q=budget",
    "/consulter/budget",
    "/consulter/annuaire",
    "/consulter/annuaire?categorie=boulangerie",
    "/export",
]
ADMIN_GETS = [
    "/admin/exemples",
    "/admin/exemples?intention=faq",
    "/admin/modeles",
    "/admin/utilisateurs",
    "/admin/journal",
]


def test_every_get_route_is_covered(app):
    paths = {r.path for r in app.routes if isinstance(r, Route) and "GET" in (r.methods or ())}
    sampled = {p.split("?")[0] for p in SAMPLE_GETS + ADMIN_GETS}
    parametrised = {p for p in paths if "{" in p}
    assert paths - parametrised - {"/connexion", "/export/clocher.zip"} <= sampled  # the zip: its own test


@pytest.mark.parametrize("url", SAMPLE_GETS + ADMIN_GETS)
def test_pages_render_for_an_admin(admin, url):
    response = admin.get(url)
    assert response.status_code == 200, response.text[:2000]
    assert '<html lang="fr">' in response.text
    assert "<h1>" in response.text


@pytest.mark.parametrize("url", ADMIN_GETS)
def test_a_clerk_is_refused_on_admin_pages(client, url):
    login(client, CLERK)
    response = client.get(url)
    assert response.status_code == 403
    assert "Cette page est réservée aux comptes" in response.text


def test_clerk_menu_has_no_admin_links(clerk):
    page = clerk.get("/").text
    assert "/admin/" not in page and "Tableau de bord" in page


def test_budget_page_shows_french_money(admin):
    page = admin.get("/consulter/budget?annee=2026&document=budget+primitif").text
    assert "\u00a0€" in page and "Chapitre" in page
    # 002 (last year's result carried over) is shown apart, not counted as a receipt of the year.
    assert "Fonctionnement — Recettes : 571\u202f000,00\u00a0€" in page
    assert "Résultats reportés" in page


def test_export_is_a_zip_of_the_published_formats(admin):
    import io
    import zipfile

    response = admin.get("/export/clocher.zip")
    assert response.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "commune.yml" in names and "fiches.csv" in names and "budget.csv" in names
