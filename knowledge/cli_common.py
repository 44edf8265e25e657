"""Shared pieces of the clerk CLI: where the KB is, how it is opened, French formatting of times."""

from __future__ import annotations

import logging
import os
import sqlite3
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click

import knowledge as api

from .cli_french import FrenchCli
from .errors import KnowledgeError
from .migrations import MIGRATIONS
from .textnorm import french_date

T = TypeVar("T")

IMPORT_HINT = "importez d'abord les fichiers de la commune : python -m knowledge --db {db} import DOSSIER/"
MAX_ERRORS_SHOWN = 20


ERROR_LOG = "erreurs.log"


def log_errors_to_file() -> None:
    """Tracebacks of the clerk's commands go to $CLOCHER_HOME/erreurs.log, not to her terminal.

    Why: a defect met while importing a file is reported to her in French (importers.UNEXPECTED); the
    details are for whoever maintains Clocher. The file is only created when something is logged.
    """
    logger = logging.getLogger("knowledge")
    for old in [h for h in logger.handlers if getattr(h, "clocher_cli", False)]:
        logger.removeHandler(old)
        old.close()
    path = Path(os.environ.get("CLOCHER_HOME") or "var") / ERROR_LOG
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, delay=True, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()  # with a handler, Python no longer prints records to stderr
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.clocher_cli = True  # type: ignore[attr-defined]
    logger.addHandler(handler)


def visible(text: str, *, multiline: bool = False, indent: str = "    ") -> str:
    """Residents' text as plain characters for the clerk's terminal, never as terminal commands.

    Why: a message may carry escape sequences (colours, cursor moves, a fake prompt), bidirectional
    overrides that reverse what follows, or zero-width characters; printed raw, the clerk's terminal
    would obey them (issue 14). Control characters become their visible symbols (ESC → ␛), invisible
    formatting characters become <U+202E>; line breaks become ⏎ on one-line listings, and stay
    (indented) when multiline.
    """
    out = []
    for ch in text:
        if ch == "\n" and multiline:
            out.append("\n" + indent)
        elif ch == "\n":
            out.append(" ⏎ ")
        elif ch == "\t":
            out.append("    " if multiline else " ")
        else:
            category = unicodedata.category(ch)
            if category == "Cc":
                code = ord(ch)
                out.append(chr(0x2400 + code) if code < 0x20 else "␡" if code == 0x7F else f"<U+{code:04X}>")
            elif category in {"Cf", "Zl", "Zp", "Co", "Cs", "Cn"}:
                out.append(f"<U+{ord(ch):04X}>")
            else:
                out.append(ch)
    return "".join(out)


def when(value: datetime | str | None) -> str:
    if value is None:
        return "—"
    dt = datetime.fromisoformat(value) if isinstance(value, str) else value
    return f"{french_date(dt.date())} à {dt:%H:%M} (UTC)"


class KBContext:
    """The --db path; connections are opened per command (read-only when the command only reads)."""

    def __init__(self, db: Path) -> None:
        self.db = db

    def writable(self) -> sqlite3.Connection:
        try:
            return api.open_kb(self.db)
        except KnowledgeError as exc:
            raise click.ClickException(str(exc)) from None

    def readonly(self) -> sqlite3.Connection:
        try:
            conn = api.open_kb(self.db, readonly=True)
        except KnowledgeError as exc:  # missing file (says how to import) or not a database
            raise click.ClickException(str(exc)) from None
        # A file made by an older version is migrated first, then read.
        try:
            pending = conn.execute("SELECT count(*) FROM _migrations").fetchone()[0] < len(MIGRATIONS)
        except sqlite3.DatabaseError:
            raise click.ClickException(
                f"« {self.db} » n'est pas une base de connaissances Clocher."
            ) from None
        if pending:
            conn.close()
            self.writable().close()
            conn = api.open_kb(self.db, readonly=True)
        return conn


DB_HELP = "Fichier de la base (défaut : $CLOCHER_DB, sinon var/clocher.sqlite)."


def _take_db(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    """--db written after a command or group name: it names the base as it would before it."""
    if value is not None:
        kb = ctx.find_object(KBContext)
        if kb is not None:
            kb.db = value


# « python -m knowledge import X --db B » and « python -m knowledge --db B import X » both work: the
# README says every command takes --db, and clerks write options at the end.
db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    expose_value=False,
    callback=_take_db,
    help=DB_HELP,
)


def pass_kb(func: Callable[..., Any]) -> Callable[..., Any]:
    """Hand the command its KBContext, and accept --db on the command itself."""
    return db_option(click.make_pass_decorator(KBContext)(func))


def run(func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call the API; a KnowledgeError becomes a clean CLI error (message, exit code 1, no traceback)."""
    try:
        return func(*args, **kwargs)
    except KnowledgeError as exc:
        raise click.ClickException(str(exc)) from None


class FrenchCommand(FrenchCli, click.Command):
    """A command whose help, usage and errors are in French."""


class FrenchGroup(FrenchCli, click.Group):
    """A group whose help, usage and errors, and its subcommands', are in French."""

    command_class = FrenchCommand


FrenchGroup.group_class = FrenchGroup
