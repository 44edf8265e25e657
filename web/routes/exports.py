"""Export everything in the published formats (the same files as `python -m knowledge export`), as one
zip a clerk can keep as a backup or open in a spreadsheet."""

from __future__ import annotations

import io
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from starlette.responses import Response

import knowledge

from ..app import Page, route


def export_page(page: Page) -> Response:
    return page.render("export.html")


def export_zip(page: Page) -> Response:
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="clocher-export-") as tmp:
        written = knowledge.export_kb(page.kb(), tmp)
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in written:
                archive.write(path, Path(path).relative_to(tmp).as_posix())
    name = f"clocher-export-{date.today().isoformat()}.zip"
    return Response(
        buffer.getvalue(),
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


ROUTES = [route("/export", export_page), route("/export/clocher.zip", export_zip)]
