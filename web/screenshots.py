"""`python -m web.screenshots`: PNG pictures of the console's main pages, for a person to look at.

It serves the console over a copy of the knowledge base (with a few residents' questions and requests
added so the pages are not empty), logs in as a throw-away admin in Debian's headless Chromium and saves
one full-page picture per page. The real base and accounts are never touched.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

PAGES = [
    ("01-connexion", "/connexion", None),
    ("02-tableau-de-bord", "/", None),
    ("03-fiches", "/fiches", None),
    ("04-fiche", "/fiches/1", None),
    ("05-tester", "/tester?q=il faut quoi pour une carte d'identité ?", None),
    ("06-import", "/import", None),
    ("07-import-verification", None, "import"),
    ("08-demandes", "/demandes", None),
    ("09-questions", "/questions", None),
    ("10-budget", "/consulter/budget", None),
    ("11-arretes", "/consulter/arretes", None),
    ("12-exemples", "/admin/exemples?intention=mairie_hours", None),
    ("13-modeles", "/admin/modeles", None),
    ("14-evaluation", None, "evaluation"),
    ("15-comptes", "/admin/utilisateurs", None),
    ("16-journal", "/admin/journal", None),
]
BAD_FILE = (
    "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_LIEU\n"
    "2026-090;2026-06-02;temporaire;Fête de la musique : circulation interdite;place de l'Église\n"
    "2026-091;31/06/2026;temporaire;Travaux de voirie;rue des Tilleuls\n"
    "2026-092;2026-06-05;provisoire;Marché nocturne;place de l'Église\n"
)


def seed(db: Path) -> None:
    import knowledge

    conn = knowledge.open_kb(db)
    try:
        for chat, text in (
            ("101", "Horaires de la piscine l'été ?"),
            ("102", "piscine horaires"),
            ("103", "Horaires piscine ?"),
            ("104", "Peut-on louer la salle des fêtes ?"),
            ("105", "Quand passe la balayeuse rue des Tilleuls ?"),
        ):
            knowledge.add_unanswered(conn, text, chat_id=chat, reason="fallback")
        knowledge.add_inbox_item(
            conn,
            "signalement",
            "201",
            "Lampadaire éteint devant le n° 12 rue de la Gare",
            latitude=45.1,
            longitude=4.9,
        )
        knowledge.add_inbox_item(
            conn, "demande", "202", "Je voudrais parler à quelqu'un pour un acte de naissance"
        )
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="var/clocher.sqlite", help="base de connaissances à copier")
    parser.add_argument(
        "--models", default=None, help="registre des modèles (défaut : $CLOCHER_MODELS ou var/models)"
    )
    parser.add_argument("--out", default="var/screenshots", help="dossier des images PNG")
    parser.add_argument(
        "--sans-evaluation", action="store_true", help="ne pas entraîner ni évaluer de candidat"
    )
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from bot.config import load_config
    from web import security, store
    from web.app import WebSettings, create_app
    from web.browser import CHROMIUM, chromium_context, live_server

    if not CHROMIUM.exists():
        print(f"{CHROMIUM} manque : installez le paquet Debian « chromium » (make browser).", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="clocher-captures-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        db = home / "clocher.sqlite"
        shutil.copyfile(args.db, db)
        seed(db)
        # The registry is copied too: the candidate trained for the pictures must not join the real one.
        shutil.copytree(
            Path(args.models or load_config().models_dir),
            home / "models",
            ignore=shutil.ignore_patterns("staging", ".*lock"),
        )
        config = load_config(home=home, db_path=db, models_dir=home / "models")
        settings = WebSettings.from_config(config)
        conn = store.open_store(settings.store_path)
        store.create_user(conn, "secretariat", "clerk", security.hash_password("captures-ecran-1"))
        store.create_user(conn, "admin", "admin", security.hash_password("captures-ecran-1"))
        conn.close()
        app = create_app(settings)
        with (
            live_server(app) as url,
            sync_playwright() as p,
            chromium_context(
                p, Path(tmp) / "profil", base_url=url, viewport={"width": 1280, "height": 900}
            ) as context,
        ):
            context.set_default_timeout(120_000)
            page = context.new_page()
            page.goto("/connexion")
            page.screenshot(path=str(out / "01-connexion.png"), full_page=True)
            page.get_by_label("Identifiant").fill("admin")
            page.get_by_label("Mot de passe").fill("captures-ecran-1")
            page.get_by_role("button", name="Se connecter").click()
            page.wait_for_url("**/")
            version = None if args.sans_evaluation else _train(page, app)
            for name, path, special in PAGES[1:]:
                if special == "import":
                    bad = Path(tmp) / "arretes-juin.csv"
                    bad.write_text(BAD_FILE, encoding="utf-8")
                    page.goto("/import")
                    page.get_by_label("Fichier (CSV, YAML, PDF ou XML)").set_input_files(str(bad))
                    page.get_by_role("button", name="Vérifier le fichier").click()
                elif special == "evaluation":
                    if version is None:
                        continue
                    page.goto(f"/admin/modeles/{version}")
                else:
                    page.goto(path)
                page.screenshot(path=str(out / f"{name}.png"), full_page=True)
                print(out / f"{name}.png")
        app.state.console.close()
    return 0


def _train(page, app) -> str | None:
    """Train and evaluate a candidate through the page, as an admin would."""
    page.goto("/admin/modeles")
    page.get_by_role("button", name="Entraîner un candidat").click()
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        job = app.state.console.jobs.get("current")
        if job is not None and job.state != "en cours":
            return job.version if job.state == "terminé" else None
        time.sleep(1)
    return None


if __name__ == "__main__":
    sys.exit(main())
