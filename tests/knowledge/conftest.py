"""Fixtures for the knowledge tests: a fresh writable KB, and helpers to write small files."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge


@pytest.fixture
def conn(tmp_path):
    """A fresh, empty, writable knowledge base in tmp_path."""
    c = knowledge.open_kb(tmp_path / "kb.sqlite")
    yield c
    c.close()


@pytest.fixture
def demo_conn(demo_db):
    c = knowledge.open_kb(demo_db)
    yield c
    c.close()


@pytest.fixture
def write(tmp_path):
    """write(name, text_or_bytes, encoding="utf-8") → Path of a file in tmp_path/in/."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return _write


def dump(conn) -> str:
    """The whole base as SQL text: two dumps are equal when nothing changed (FTS tables included)."""
    return "\n".join(conn.iterdump())


def one(conn, path, **kwargs) -> knowledge.ImportReport:
    (report,) = knowledge.import_paths(conn, [path], **kwargs)
    return report


def make_pdf(path: Path, lines: list[str]) -> Path:
    """A real PDF with a text layer (fpdf2 core font, latin-1: fine for French)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
