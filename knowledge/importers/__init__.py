"""Importers: one module per published format, one transaction per file."""

from __future__ import annotations

import gc
import hashlib
import logging
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from ..errors import KnowledgeBusy, KnowledgeError
from . import (
    annuaire,
    arretes,
    arretes_pdf,
    budget,
    cerema,
    deliberations,
    equipements,
    fiches,
    osm,
    plancomptes,
    profile,
    rejects,
    residents,
    totem,
    vocabulaire,
)
from .base import Context, ImportReport
from .csvread import FileRejected, RowError
from .detect import KINDS, LABELS, detect
from .xmlread import root_of

Importer = Callable[[sqlite3.Connection, str, bytes, ImportReport, Context], None]
IMPORTERS: dict[str, Importer] = {
    "profile": profile.import_file,
    "fiches": fiches.import_file,
    "arretes": arretes.import_file,
    "cerema": cerema.import_file,
    "arretes_pdf": arretes_pdf.import_file,
    "deliberations": deliberations.import_file,
    "budget": budget.import_file,
    "totem": totem.import_file,
    "nomenclature": plancomptes.import_file,
    "annuaire": annuaire.import_file,
    "equipements": equipements.import_file,
    "osm": osm.import_file,
    "inbox": residents.import_inbox,
    "unanswered": residents.import_unanswered,
    "vocabulaire": vocabulaire.import_file,
}
# Page cache while importing, in KiB (SQLite allocates it only as pages are touched). Measured on a
# million arrêtés: with the default 64 MB the place links' foreign-key checks and the FTS merges re-read
# pages from the OS for ~30 % of the import time; with 1 GB the whole new database stays in memory.
IMPORT_CACHE_KIB = 1_048_576
# Walked in folders; any file can be named explicitly.
SUFFIXES = {".csv", ".tsv", ".yml", ".yaml", ".pdf", ".xml"}

__all__ = ["ImportReport", "RowError", "KINDS", "LABELS", "import_paths", "preview_import", "expand_paths"]


UNEXPECTED = (
    "erreur inattendue en lisant ce fichier (un défaut de Clocher, pas de votre fichier) : rien n'a été "
    "modifié ; transmettez le fichier et le journal erreurs.log du dossier des données à la personne qui "
    "s'occupe de Clocher."
)
log = logging.getLogger(__name__)


class _Rejected(Exception):
    pass


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to import: folders walked (sorted, profile first, PDFs last: see _walk_rank); a missing path is
    an error.

    Rejected-rows files (« … .rejets.csv ») are left out of folder walks: they are reports, which a clerk
    imports again by naming them once she has fixed them.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = [
                f
                for f in sorted(p.rglob("*"))
                if f.is_file()
                and (f.suffix.lower() in SUFFIXES or vocabulaire.is_vocabulary(f))
                and not f.name.lower().endswith(rejects.SUFFIX)
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            ]
            out.extend(sorted(found, key=lambda f: (_walk_rank(f), str(f))))
        elif p.is_file():
            out.append(p)
        else:
            raise KnowledgeError(f"« {p} » introuvable : vérifiez le chemin du fichier ou du dossier.")
    return out


def _walk_rank(path: Path) -> int:
    """Order within a folder: the profile, then plans de comptes (the budgets beside them are labelled and
    filed with them), then the other files, PDFs last."""
    suffix = path.suffix.lower()
    if suffix in {".yml", ".yaml"}:
        return 0
    if suffix == ".pdf":
        return 3
    if suffix == ".xml":
        try:
            with path.open("rb") as fh:
                root = root_of(fh.read(65536))
        except OSError:
            root = None
        if root is not None and plancomptes.is_chart(root[1], root[2]):
            return 1
    return 2


def import_paths(
    conn: sqlite3.Connection,
    paths: Iterable[str | Path],
    *,
    fmt: str | None = None,
    skip_invalid: bool = False,
    progress: bool | None = False,
    dry_run: bool = False,
    replace_edited: bool = False,
) -> list[ImportReport]:
    """Import files and folders; each file is one transaction, a rejected file changes nothing.

    Long files show a progress bar on stderr when it is a terminal, or always with progress=True
    (progress=None: never).

    dry_run=True is a preview (for the web console): every check and write runs inside the file's
    transaction, which is then rolled back. The reports are what the real import would give — counts,
    warnings, every error with file, line, column and value, and the rejected rows' cells
    (RowError.cells, under ImportReport.header) — and the base is left exactly as it was. The write lock
    is held while a file is previewed, as during an import.

    A fiche a clerk changed since its last import is kept over the file's version, and the conflict is
    listed in ImportReport.conflicts, unless replace_edited=True (« --remplacer »).
    """
    if fmt is not None and fmt not in IMPORTERS:
        raise KnowledgeError(f"format « {fmt} » inconnu ; formats possibles : {', '.join(KINDS)}.")
    ctx = Context(
        skip_invalid=skip_invalid, progress=progress, dry_run=dry_run, replace_edited=replace_edited
    )
    reports = []
    for path in expand_paths(paths):
        report = import_file(conn, path, fmt=fmt, ctx=ctx)
        if not dry_run:
            rejects.write(report)
        reports.append(report)
    return reports


def preview_import(
    conn: sqlite3.Connection, paths: Iterable[str | Path], **options: object
) -> list[ImportReport]:
    """What importing `paths` would do, changing nothing: import_paths(..., dry_run=True)."""
    return import_paths(conn, paths, dry_run=True, **options)  # type: ignore[arg-type]


def import_file(conn: sqlite3.Connection, path: Path, *, fmt: str | None, ctx: Context) -> ImportReport:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KnowledgeError(
            f"impossible de lire « {path} » (droits d'accès ? erreur {exc.errno})."
        ) from None
    report = ImportReport(str(path), fmt or "inconnu", dry_run=ctx.dry_run)
    try:
        report.kind = fmt or detect(path, data)
    except FileRejected as exc:
        report.ok = False
        report.errors.append(RowError(str(path), exc.line, exc.column, None, exc.message))
        return report
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        raise KnowledgeBusy(
            "la base de connaissances est occupée (un autre import ou le bot y écrit) : réessayez dans "
            "un instant."
        ) from None
    # A big file builds millions of small objects and no reference cycles: the cyclic collector would
    # rescan the growing heap again and again (measured: a fifth of the import's CPU), so it waits.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        IMPORTERS[report.kind](conn, str(path), data, report, ctx)
        if report.errors and not ctx.skip_invalid:
            raise _Rejected
        if ctx.dry_run:
            conn.execute("ROLLBACK")
            return report
        conn.execute(
            "INSERT INTO imports(imported_at, file_name, path, sha256, kind, added, updated, unchanged, "
            "rejected, "
            "removed, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                datetime.now(UTC).isoformat(timespec="seconds"),
                path.name,
                str(path.resolve()),
                hashlib.sha256(data).hexdigest(),
                report.kind,
                report.added,
                report.updated,
                report.unchanged,
                report.rejected,
                report.removed,
                "partiel" if report.rejected else "complet",
            ),
        )
        conn.execute("COMMIT")
    except FileRejected as exc:
        conn.execute("ROLLBACK")
        _reject(report)
        report.errors.insert(0, RowError(str(path), exc.line, exc.column, None, exc.message))
    except _Rejected:
        conn.execute("ROLLBACK")
        _reject(report)
    except sqlite3.OperationalError as exc:
        conn.execute("ROLLBACK")
        raise KnowledgeError(_write_refused(exc)) from None
    except (KnowledgeError, KeyboardInterrupt, SystemExit, MemoryError):
        conn.execute("ROLLBACK")
        raise
    except Exception:
        # A bug of ours, met on some file: the clerk gets a French refusal, the administrator the
        # traceback in the log, and the base is as it was. Tests treat UNEXPECTED as a failure.
        conn.execute("ROLLBACK")
        log.exception("import of %s failed", path)
        _reject(report)
        report.errors.insert(0, RowError(str(path), None, None, None, UNEXPECTED))
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
        if gc_was_enabled:
            gc.enable()
    return report


def _write_refused(exc: sqlite3.OperationalError) -> str:
    """SQLite's refusal to write, in French, with what to do."""
    text = str(exc).lower()
    if "full" in text:
        return "le disque est plein : libérez de la place, puis réessayez l'import (rien n'a été modifié)."
    if "readonly" in text or "read-only" in text:
        return "la base est en lecture seule : vérifiez les droits du fichier et de son dossier, puis réessayez."  # noqa: E501
    if "locked" in text or "busy" in text:
        return "la base de connaissances est occupée : réessayez dans un instant (rien n'a été modifié)."
    return (
        "la base de connaissances a refusé l'écriture (rien n'a été modifié) : réessayez ; si cela se "
        "répète, vérifiez le disque."
    )


def _reject(report: ImportReport) -> None:
    report.ok = False
    report.added = report.updated = report.unchanged = report.removed = 0
