"""Import a file the commune publishes: upload, see the per-row report before anything changes, then
confirm (all or nothing, or the valid rows only). The preview is knowledge's own dry run (the import's
checks and writes inside a transaction rolled back), so what the clerk sees is what the import will do."""

from __future__ import annotations

import csv
import io
import re
import secrets
import shutil
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.responses import Response

import knowledge

from ..app import Page, Refused, route

MAX_ERRORS_SHOWN = 200
TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def _uploads(page: Page) -> Path:
    return page.console.settings.work_dir / "imports"


def _safe_name(name: str) -> str:
    """Keep the clerk's file name (its extension tells PDF from CSV) without any path or odd character."""
    base = Path(name or "fichier").name
    base = re.sub(r"[^\w.\- ]", "_", base).strip(" .") or "fichier"
    return base[:120]


def _upload(page: Page) -> Path:
    token = page.param("token")
    folder = _uploads(page) / token
    files = sorted(folder.glob("*")) if TOKEN.match(token) and folder.is_dir() else []
    files = [f for f in files if not f.name.endswith(".rejets.csv")]
    if not files:
        raise Refused(404, "Fichier introuvable", "Ce fichier n'est plus en attente : déposez-le à nouveau.")
    return files[0]


def import_page(page: Page) -> Response:
    return page.render(
        "import.html", history=knowledge.import_history(page.kb(), 30), kinds=knowledge.IMPORT_KINDS
    )


def _report_dict(report: knowledge.ImportReport) -> dict:
    return {
        "kind": report.kind,
        "ok": report.ok,
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "rejected": report.rejected,
        "removed": report.removed,
        "errors": len(report.errors),
    }


def check(page: Page) -> Response:
    upload = page.form.get("fichier") if page.form is not None else None
    if not isinstance(upload, UploadFile) or not upload.filename:
        page.flash("Choisissez un fichier à importer.")
        return page.redirect("/import")
    token = secrets.token_urlsafe(18)
    folder = _uploads(page) / token
    folder.mkdir(parents=True)
    path = folder / _safe_name(upload.filename)
    upload.file.seek(0)
    with path.open("wb") as out:
        shutil.copyfileobj(upload.file, out)
    return page.redirect(f"/import/{token}")


def preview(page: Page) -> Response:
    path = _upload(page)
    [report] = knowledge.preview_import(page.kb_writer(), [path], skip_invalid=True)
    return page.render(
        "import_preview.html",
        token=page.param("token"),
        name=path.name,
        report=report,
        errors=report.errors[:MAX_ERRORS_SHOWN],
        kinds=knowledge.IMPORT_KINDS,
        row_errors=any(e.line is not None for e in report.errors),
    )


def rejected_csv(page: Page) -> Response:
    """Every rejected row with its line, column, value and reason, then the row as written; UTF-8 with
    BOM and « ; » so a French spreadsheet opens it right."""
    path = _upload(page)
    [report] = knowledge.preview_import(page.kb_writer(), [path], skip_invalid=True)
    header, rows = knowledge.rejected_rows_table(report)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    name = Path(path.name).stem + ".rejets.csv"
    return Response(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def confirm(page: Page) -> Response:
    path = _upload(page)
    only_valid = page.field("mode") == "valides"
    [report] = knowledge.import_paths(page.kb_writer(), [path], skip_invalid=only_valid)
    page.audit("import", path.name, None, {**_report_dict(report), "lignes valides seulement": only_valid})
    shutil.rmtree(path.parent, ignore_errors=True)
    if not report.ok:
        page.flash(f"Import refusé : {report.summary()} Corrigez le fichier et déposez-le à nouveau.")
    else:
        page.flash(f"Import terminé : {report.summary()} Le bot s'en sert dès maintenant.")
    return page.redirect("/import")


def cancel(page: Page) -> Response:
    path = _upload(page)
    shutil.rmtree(path.parent, ignore_errors=True)
    return page.redirect("/import", f"Import de « {path.name} » annulé : rien n'a été modifié.")


ROUTES = [
    route("/import", import_page),
    route("/import", check, methods=("POST",)),
    route("/import/{token}", preview),
    route("/import/{token}/rejets.csv", rejected_csv),
    route("/import/{token}/confirmer", confirm, methods=("POST",)),
    route("/import/{token}/annuler", cancel, methods=("POST",)),
]
