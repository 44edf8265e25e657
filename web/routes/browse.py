"""Browse and search what the bot answers from: arrêtés, délibérations, budget (by document and
chapter) and the directory — read-only, through knowledge's public functions."""

from __future__ import annotations

from itertools import groupby

from starlette.responses import Response

import knowledge

from ..app import Page, route

LIMIT = 100
SECTIONS = {"fonctionnement": "Fonctionnement", "investissement": "Investissement"}
CARRIED_OVER = {"001", "002"}
DIRECTIONS = {"dépenses": "Dépenses", "recettes": "Recettes"}


def index(page: Page) -> Response:
    return page.render("browse_index.html")


def arretes(page: Page) -> Response:
    q = page.query("q")
    kb = page.kb()
    found = knowledge.search_arretes(kb, q, limit=LIMIT) if q else knowledge.recent_arretes(kb, limit=LIMIT)
    return page.render("browse_arretes.html", q=q, arretes=found, limit=LIMIT)


def deliberations(page: Page) -> Response:
    q = page.query("q")
    kb = page.kb()
    found = (
        knowledge.search_deliberations(kb, q, limit=LIMIT) if q else knowledge.recent_deliberations(kb, LIMIT)
    )
    return page.render("browse_deliberations.html", q=q, deliberations=found, limit=LIMIT)


def annuaire(page: Page) -> Response:
    q = page.query("q")
    category = page.query("categorie")
    kb = page.kb()
    if q or category:
        found = knowledge.search_acteurs(kb, q or None, category or None, limit=500)
    else:
        found = knowledge.list_acteurs(kb)
    return page.render(
        "browse_annuaire.html", q=q, categorie=category, acteurs=found, categories=knowledge.categories(kb)
    )


def budget(page: Page) -> Response:
    kb = page.kb()
    years = knowledge.budget_years(kb)
    year_raw = page.query("annee")
    year = int(year_raw) if year_raw.isdigit() and int(year_raw) in years else (years[-1] if years else None)
    documents = knowledge.budget_documents_of_year(kb, year) if year else []
    document = page.query("document")
    if document not in documents:
        document = documents[0] if documents else ""
    names = knowledge.budget_names(kb, year, document) if document else []
    budget_nom = page.query("budget") if page.query("budget") in names else (names[0] if names else None)
    lines = knowledge.document_lines(kb, year, document, budget_nom) if document else []
    # 001 and 002 carry last year's results over: not spending or receipts of the year (FORMATS.md),
    # so they stay out of the totals and are shown apart.
    carried = [ln for ln in lines if ln.nature in CARRIED_OVER]
    lines = [ln for ln in lines if ln.nature not in CARRIED_OVER]
    blocks = []
    for (section, direction), group in groupby(lines, key=lambda ln: (ln.section, ln.direction)):
        group = list(group)
        chapters = [(ch, list(items)) for ch, items in groupby(group, key=lambda ln: ln.chapter)]
        blocks.append(
            {
                "title": f"{SECTIONS.get(section, section)} — {DIRECTIONS.get(direction, direction)}",
                "total": sum(ln.amount for ln in group),
                "chapters": [(ch, items, sum(i.amount for i in items)) for ch, items in chapters],
            }
        )
    return page.render(
        "browse_budget.html",
        years=years,
        year=year,
        documents=documents,
        document=document,
        names=names,
        budget_nom=budget_nom,
        blocks=blocks,
        carried=carried,
    )


ROUTES = [
    route("/consulter", index),
    route("/consulter/arretes", arretes),
    route("/consulter/deliberations", deliberations),
    route("/consulter/budget", budget),
    route("/consulter/annuaire", annuaire),
]
