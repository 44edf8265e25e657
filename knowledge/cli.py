"""`python -m knowledge`: the clerk's tool to import the commune's files, check and edit the knowledge base.

Every command is a thin shell over the package's Python API; user errors end as a French message with
a hint, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

import knowledge as api

from .cli_clerk import fiches, inbox, privacy, unanswered
from .cli_common import (
    DB_HELP,
    IMPORT_HINT,
    MAX_ERRORS_SHOWN,
    FrenchGroup,
    KBContext,
    log_errors_to_file,
    pass_kb,
    run,
    when,
)
from .db import default_db_path
from .export import PERSONAL
from .importers.detect import KINDS, LABELS
from .nomenclature import chart, in_use


@click.group(cls=FrenchGroup)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None, help=DB_HELP)
@click.pass_context
def cli(ctx: click.Context, db: Path | None) -> None:
    """Base de connaissances de Clocher : importer les fichiers de la commune, vérifier, corriger.

    Exemple : python -m knowledge --db var/clocher.sqlite import demo/
    """
    ctx.obj = KBContext(db or default_db_path())
    log_errors_to_file()


@cli.command()
@pass_kb
def init(kb: KBContext) -> None:
    """Créer la base (ou appliquer les migrations en attente) ; dit ce qu'elle contient déjà.

    Pour une nouvelle commune, préférez « nouvelle-commune DOSSIER ».

    Exemple : python -m knowledge --db var/clocher.sqlite init
    """
    conn = kb.writable()
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    click.echo(f"Base prête : {kb.db} (schéma : {', '.join(names)}).")
    commune = api.get_commune(conn)
    if commune is not None:
        fiches = conn.execute("SELECT count(*) FROM fiches").fetchone()[0]
        arretes = conn.execute("SELECT count(*) FROM arretes").fetchone()[0]
        click.echo(
            f"Attention : cette base contient déjà la commune {commune.nom} (INSEE {commune.code_insee}), "
            f"{fiches} fiche(s) et {arretes} arrêté(s). Pour une autre commune, créez une nouvelle base : "
            "python -m knowledge nouvelle-commune DOSSIER"
        )


@cli.command(name="nouvelle-commune")
@click.argument("folder", metavar="DOSSIER", type=click.Path(path_type=Path))
def new_commune_cmd(folder: Path) -> None:
    """Créer le dossier d'une nouvelle commune : une base vide et un modèle commenté de commune.yml.

    Le bot se lance ensuite sur ce dossier (CLOCHER_HOME=DOSSIER make run), sans rien de la commune de
    démonstration ; l'état des conversations y est gardé à part.

    Exemple : python -m knowledge nouvelle-commune communes/sainte-exemple
    """
    made = run(api.new_commune, folder)
    click.echo(f"Base créée : {made.db} (vide).")
    if made.profile_written:
        click.echo(f"Modèle de profil écrit : {made.profile}")
    else:
        click.echo(f"Profil existant gardé tel quel : {made.profile}")
    click.echo("Ensuite :")
    click.echo(f"  1. complétez {made.profile} (nom, code INSEE, coordonnées et horaires de la mairie) ;")
    click.echo(
        "  2. importez-le, puis les fichiers de la commune : "
        f"python -m knowledge --db {made.db} import {made.profile}"
    )
    click.echo(f"  3. lancez le bot sur cette commune : CLOCHER_HOME={made.folder} make run")


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(KINDS), default=None, help="Forcer le type de fichier.")
@click.option("--skip-invalid", is_flag=True, help="Importer les lignes valides et lister les autres.")
@click.option("--progress/--no-progress", default=None, help="Barre de progression (défaut : si terminal).")
@click.option("--essai", "dry_run", is_flag=True, help="Tout vérifier sans rien modifier dans la base.")
@click.option(
    "--remplacer",
    "replace_edited",
    is_flag=True,
    help="Remplacer aussi les fiches modifiées par le secrétariat depuis le dernier import.",
)
@pass_kb
def import_cmd(
    kb: KBContext,
    paths: tuple[Path, ...],
    fmt: str | None,
    skip_invalid: bool,
    progress: bool | None,
    dry_run: bool,
    replace_edited: bool,
) -> None:
    """Importer des fichiers ou des dossiers (profil, fiches, arrêtés, délibérations, budget, annuaire…).

    Chaque fichier est importé en une transaction : un fichier refusé ne modifie rien.

    Exemple : python -m knowledge --db var/clocher.sqlite import demo/ --skip-invalid
    """
    conn = kb.writable()
    reports = run(
        api.import_paths,
        conn,
        paths,
        fmt=fmt,
        skip_invalid=skip_invalid,
        progress={None: False, True: True, False: None}[progress],
        dry_run=dry_run,
        replace_edited=replace_edited,
    )
    if not reports:
        sheets = [
            f.name
            for p in paths
            if p.is_dir()
            for f in p.rglob("*")
            if f.suffix.lower() in {".xlsx", ".xlsm", ".xls", ".ods"}
        ]
        hint = (
            f" Ce dossier contient des classeurs ({', '.join(sheets[:3])}) : ouvrez chacun dans le tableur "
            "et enregistrez le classeur au format CSV (« CSV UTF-8 » ou « CSV séparateur point-virgule »)."
            if sheets
            else ""
        )
        raise click.ClickException(f"aucun fichier à importer (formats reconnus : .csv, .yml, .pdf).{hint}")
    rejected = 0
    for report in reports:
        label = LABELS.get(report.kind, report.kind)
        line = report.summary().replace(f"({report.kind})", f"({label})")
        click.echo(("✔ " if report.ok else "✘ ") + line)
        for warning in report.warnings:
            click.echo(f"    attention : {warning}")
        for conflict in report.conflicts:
            click.echo(f"    conflit : {conflict}")
        for note in report.notes:
            click.echo(f"    ajout : {note}")
        for error in report.errors[:MAX_ERRORS_SHOWN]:
            click.echo(f"    erreur : {error}")
        if len(report.errors) > MAX_ERRORS_SHOWN:
            click.echo(f"    … et {len(report.errors) - MAX_ERRORS_SHOWN} autre(s) erreur(s).")
        if report.rejects_path:
            click.echo(
                f"    toutes les lignes rejetées, avec leur ligne et le motif : {report.rejects_path} "
                "(à ouvrir avec le tableur ; corrigez-les puis importez ce fichier)"
            )
        rejected += not report.ok
    if dry_run:
        click.echo("Essai seulement : la base n'a pas été modifiée.")
    if rejected:
        rows = any(e.cells is not None for r in reports if not r.ok for e in r.errors)
        skip = rows and not skip_invalid  # --skip-invalid only helps when rows were refused
        hint = " Corrigez ce qui est cité" + (", ou relancez avec --skip-invalid." if skip else ".")
        click.echo(f"{rejected} fichier(s) refusé(s), sans aucune modification.{hint}", err=True)
        sys.exit(1)


@cli.command()
@click.option("--limit", default=30, show_default=True, help="Nombre d'imports affichés.")
@pass_kb
def history(kb: KBContext, limit: int) -> None:
    """Historique des imports (date, fichier, empreinte sha256, comptes).

    Exemple : python -m knowledge history
    """
    conn = kb.readonly()
    rows = conn.execute("SELECT * FROM imports ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    if not rows:
        click.echo("Aucun import pour l'instant : " + IMPORT_HINT.format(db=kb.db))
        return
    for r in rows:
        click.echo(
            f"{when(r['imported_at'])} — {r['file_name']} ({LABELS.get(r['kind'], r['kind'])}) : "
            f"{r['added']} ajouté(s), {r['updated']} mis à jour, {r['unchanged']} inchangé(s), "
            f"{r['rejected']} rejeté(s), {r['removed']} supprimé(s) — sha256 {r['sha256'][:12]}…"
        )


@cli.command()
@pass_kb
def status(kb: KBContext) -> None:
    """État de la base : commune, nombre de fiches, arrêtés, délibérations, lignes de budget, acteurs.

    Exemple : python -m knowledge status
    """
    conn = kb.readonly()
    commune = api.get_commune(conn)
    if commune is None:
        click.echo(f"Base {kb.db} sans profil de commune : " + IMPORT_HINT.format(db=kb.db))
    else:
        click.echo(f"Commune : {commune.nom} (INSEE {commune.code_insee}) — base {kb.db}")
    counts = [
        ("fiches pratiques actives", "SELECT count(*) FROM fiches WHERE enabled = 1"),
        ("fiches désactivées", "SELECT count(*) FROM fiches WHERE enabled = 0"),
        ("arrêtés", "SELECT count(*) FROM arretes"),
        ("délibérations", "SELECT count(*) FROM deliberations"),
        ("lignes de budget", "SELECT count(*) FROM budget_lines"),
        ("acteurs de l'annuaire", "SELECT count(*) FROM acteurs"),
        ("signalements et demandes ouverts", "SELECT count(*) FROM inbox WHERE status = 'ouvert'"),
        ("questions sans réponse", "SELECT count(*) FROM unanswered WHERE resolved_at IS NULL"),
    ]
    for label, sql in counts:
        click.echo(f"  {conn.execute(sql).fetchone()[0]:>7} {label}")
    origin = "importé" if in_use(conn) else "fourni avec Clocher"
    click.echo(f"Plan de comptes du budget : {chart(conn).name} ({origin}).")
    last = conn.execute("SELECT imported_at, file_name FROM imports ORDER BY id DESC LIMIT 1").fetchone()
    if last:
        click.echo(f"Dernier import : {last['file_name']}, {when(last['imported_at'])}.")


@cli.command()
@click.argument("text")
@click.option("--limit", default=3, show_default=True)
@pass_kb
def search(kb: KBContext, text: str, limit: int) -> None:
    """Chercher dans les fiches, arrêtés, délibérations et l'annuaire, comme le ferait le bot.

    Exemple : python -m knowledge search "rue fermée"
    """
    conn = kb.readonly()
    if api.is_empty(conn):
        click.echo("La base est vide : " + IMPORT_HINT.format(db=kb.db))
    found = False
    for fiche, score in api.search_fiches(conn, text, limit):
        found = True
        click.echo(f"[fiche {fiche.id}] {fiche.question} (score {score:.2f})")
    for a in api.search_arretes(conn, text, limit):
        found = True
        click.echo(f"[{a.source.title}] {a.objet}")
    for d in api.search_deliberations(conn, text, limit):
        found = True
        click.echo(f"[{d.source.title}] {d.objet}")
    for act in api.search_acteurs(conn, text, limit=limit):
        found = True
        click.echo(f"[annuaire] {act.nom} — {act.categorie}" + (f", {act.adresse}" if act.adresse else ""))
    if not found:
        click.echo("Aucun résultat.")


@cli.command(name="export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@pass_kb
def export_cmd(kb: KBContext, directory: Path) -> None:
    """Exporter toute la base dans les formats d'import (commune.yml, fiches.csv, arretes.csv…).

    Les CSV s'ouvrent directement dans Excel ou LibreOffice (UTF-8 avec BOM, séparés par « ; ») ;
    réimporter le dossier obtenu redonne la même base, signalements et questions sans réponse compris.

    Exemple : python -m knowledge export sauvegarde/
    """
    conn = kb.readonly()
    written = run(api.export_kb, conn, directory)
    if not written:
        click.echo("La base est vide : rien à exporter.")
    for path in written:
        note = " (données personnelles des habitants : en lieu sûr)" if path.name in PERSONAL else ""
        click.echo(f"écrit : {path}{note}")


@cli.command()
@click.option("--days", type=click.IntRange(min=0), required=True, help="Âge maximal en jours.")
@pass_kb
def purge(kb: KBContext, days: int) -> None:
    """Effacer les signalements, demandes et questions des habitants plus anciens que N jours (RGPD).

    Exemple : python -m knowledge purge --days 365
    """
    n = run(api.purge_resident_data, kb.writable(), days)
    click.echo(f"{n} enregistrement(s) de plus de {days} jour(s) effacé(s).")


for group in (fiches, inbox, unanswered, privacy):
    cli.add_command(group)
