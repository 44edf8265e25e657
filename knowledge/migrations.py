"""Schema history of the knowledge base: ordered, named steps, each applied once in its own transaction.

Never edit an applied step; add a new one. `apply_pending(conn)` runs whatever the file has not seen yet
and records it in `_migrations`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

Migration = Callable[[sqlite3.Connection], None]
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
OPEN_END = "9999-12-31"  # end_day of place links for arrêtés without an end


def m001_initial(conn: sqlite3.Connection) -> None:
    """Commune profile, fiches, arrêtés, délibérations, budget, annuaire and the import history."""
    _script(
        conn,
        """
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            imported_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            kind TEXT NOT NULL,
            added INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL
        );
        CREATE TABLE commune (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            nom TEXT NOT NULL, code_insee TEXT NOT NULL, siret TEXT, population INTEGER, site_web TEXT,
            maire TEXT, adresse TEXT, telephone TEXT, email TEXT, horaires TEXT, description TEXT,
            source_file TEXT
        );
        CREATE TABLE fiches (
            id INTEGER PRIMARY KEY,
            question_key TEXT NOT NULL UNIQUE,
            question TEXT NOT NULL, reponse TEXT NOT NULL, variantes TEXT NOT NULL DEFAULT '',
            theme TEXT, lien TEXT, enabled INTEGER NOT NULL DEFAULT 1,
            row_hash TEXT, source_file TEXT
        );
        CREATE TABLE arretes (
            id INTEGER PRIMARY KEY,
            numero_key TEXT NOT NULL UNIQUE,
            numero TEXT NOT NULL, date TEXT NOT NULL, type TEXT NOT NULL, objet TEXT NOT NULL,
            debut TEXT, fin TEXT, matiere_code TEXT, matiere TEXT, lieux TEXT NOT NULL DEFAULT '',
            url TEXT, text TEXT, coll_nom TEXT, coll_siret TEXT, pref_id TEXT, pref_date TEXT,
            start_day TEXT NOT NULL, end_day TEXT,
            origin TEXT NOT NULL DEFAULT 'csv', row_hash TEXT, source_file TEXT
        );
        CREATE INDEX arretes_period ON arretes(end_day, start_day);
        CREATE INDEX arretes_date ON arretes(date);
        CREATE TABLE lieux (
            id INTEGER PRIMARY KEY, lieu_key TEXT NOT NULL UNIQUE, core TEXT NOT NULL, nom TEXT NOT NULL
        );
        CREATE TABLE arrete_lieux (
            lieu_id INTEGER NOT NULL REFERENCES lieux(id),
            arrete_id INTEGER NOT NULL REFERENCES arretes(id) ON DELETE CASCADE,
            PRIMARY KEY (lieu_id, arrete_id)
        ) WITHOUT ROWID;
        CREATE INDEX arrete_lieux_arrete ON arrete_lieux(arrete_id);
        CREATE TABLE deliberations (
            id INTEGER PRIMARY KEY,
            delib_key TEXT NOT NULL UNIQUE,
            delib_id TEXT NOT NULL, date TEXT NOT NULL, objet TEXT NOT NULL, matiere_code TEXT, matiere TEXT,
            budget_annee INTEGER, budget_nom TEXT, pref_id TEXT, pref_date TEXT,
            vote_effectif INTEGER, vote_reel INTEGER, vote_pour INTEGER, vote_contre INTEGER,
            vote_abstention INTEGER, url TEXT, coll_nom TEXT, coll_siret TEXT, row_hash TEXT, source_file TEXT
        );
        CREATE TABLE budget_lines (
            id INTEGER PRIMARY KEY,
            line_key TEXT NOT NULL UNIQUE,
            annee INTEGER NOT NULL, document TEXT NOT NULL, natdec TEXT NOT NULL, siret TEXT,
            budget_nom TEXT NOT NULL, contnat TEXT, contnat_label TEXT, nature TEXT NOT NULL,
            nature_label TEXT,
            fonction TEXT, fonction_label TEXT, operation TEXT, section_raw TEXT, section TEXT NOT NULL,
            opbudg TEXT NOT NULL, codrd TEXT NOT NULL, direction TEXT NOT NULL,
            mtreal INTEGER, mtbudgprec INTEGER, mtrarprec INTEGER, mtpropnouv INTEGER, mtprev INTEGER,
            credouv INTEGER, mtrar3112 INTEGER, artspe TEXT,
            amount_cents INTEGER NOT NULL, row_hash TEXT, source_file TEXT
        );
        CREATE INDEX budget_lines_doc ON budget_lines(annee, document, opbudg);
        CREATE TABLE acteurs (
            id INTEGER PRIMARY KEY,
            acteur_key TEXT NOT NULL UNIQUE,
            nom TEXT NOT NULL, categorie TEXT NOT NULL, adresse TEXT, telephone TEXT, email TEXT,
            site_web TEXT,
            horaires TEXT, description TEXT, categorie_key TEXT NOT NULL, origin TEXT NOT NULL DEFAULT 'csv',
            row_hash TEXT, source_file TEXT
        );
        CREATE INDEX acteurs_categorie ON acteurs(categorie_key);
        """,
    )
    _fts(
        conn,
        "fiches",
        ("question", "variantes", "reponse"),
        "stem_text(new.question), stem_text(new.variantes), stem_text(new.reponse)",
    )
    _fts(
        conn,
        "arretes",
        ("objet", "lieux", "body"),
        "stem_text(new.objet), stem_text(new.lieux), stem_text(coalesce(new.text, '') || ' ' || "
        "coalesce(new.matiere, '') || ' ' || new.numero)",
    )
    _fts(
        conn,
        "deliberations",
        ("objet", "body"),
        "stem_text(new.objet), stem_text(coalesce(new.matiere, '') || ' ' || coalesce(new.budget_nom, '') "
        "|| ' ' || new.delib_id)",
    )
    _fts(
        conn,
        "acteurs",
        ("nom", "categorie", "body"),
        "stem_text(new.nom), stem_text(new.categorie), stem_text(coalesce(new.description, '') || ' ' || "
        "coalesce(new.adresse, ''))",
    )


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run several statements inside the caller's transaction (executescript would COMMIT first)."""
    buffer = ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                conn.execute(buffer)
            buffer = ""


def _fts(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], values: str) -> None:
    """FTS5 table holding stemmed shadows of `table`, kept in sync by triggers calling stem_text()."""
    cols = ", ".join(columns)
    conn.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, tokenize='{FTS_TOKENIZER}')")
    _fts_triggers(conn, table, columns, values)


def _fts_triggers(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], values: str) -> None:
    cols = ", ".join(columns)
    _script(
        conn,
        f"""
        CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {values});
        END;
        CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
            DELETE FROM {table}_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN
            DELETE FROM {table}_fts WHERE rowid = old.id;
            INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {values});
        END;
        """,
    )


def m002_inbox(conn: sqlite3.Connection) -> None:
    """Residents' signalements and requests for a human, and the questions the bot could not answer."""
    _script(
        conn,
        """
        CREATE TABLE inbox (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('signalement', 'demande')),
            chat_id TEXT NOT NULL, text TEXT NOT NULL, photo_file_id TEXT, latitude REAL, longitude REAL,
            created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'ouvert',
            answer TEXT, answered_by TEXT, answered_at TEXT, delivered_at TEXT
        );
        CREATE INDEX inbox_status ON inbox(status);
        CREATE INDEX inbox_chat ON inbox(chat_id);
        CREATE TABLE unanswered (
            id INTEGER PRIMARY KEY,
            question TEXT NOT NULL, chat_id TEXT, reason TEXT NOT NULL,
            created_at TEXT NOT NULL, resolved_at TEXT
        );
        CREATE INDEX unanswered_chat ON unanswered(chat_id);
        """,
    )


def m003_budget_periode(conn: sqlite3.Connection) -> None:
    """BUDGET_ANNEE may be a period (« 2024/2025 », school years): keep it as written for export."""
    conn.execute("ALTER TABLE deliberations ADD COLUMN budget_periode TEXT")


def m004_fts_without_triggers(conn: sqlite3.Connection) -> None:
    """Keep the FTS tables in sync from Python (knowledge/fts.py) instead of per-row triggers.

    Measured: an FTS5 insert fired by a trigger costs ~10x a bulk INSERT … SELECT, which made a
    million-row import take minutes. The arrêtés' body column now indexes the text only.
    """
    for table in ("fiches", "arretes", "deliberations", "acteurs"):
        for suffix in ("ai", "ad", "au"):
            conn.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
    conn.execute("DELETE FROM arretes_fts")
    conn.execute(
        "INSERT INTO arretes_fts(rowid, objet, lieux, body) "
        "SELECT id, stem_text(objet), stem_text(lieux), stem_text(text) FROM arretes"
    )


def m005_lieu_periods(conn: sqlite3.Connection) -> None:
    """Each place link carries its arrêté's period, so « in force on D in street S » is one index range.

    end_day is '9999-12-31' for arrêtés in force until further notice (NULL cannot bound a range).
    """
    _script(
        conn,
        f"""
        CREATE TABLE arrete_lieux_new (
            lieu_id INTEGER NOT NULL REFERENCES lieux(id),
            end_day TEXT NOT NULL, start_day TEXT NOT NULL,
            arrete_id INTEGER NOT NULL REFERENCES arretes(id) ON DELETE CASCADE,
            PRIMARY KEY (lieu_id, end_day, start_day, arrete_id)
        ) WITHOUT ROWID;
        INSERT INTO arrete_lieux_new
            SELECT x.lieu_id, coalesce(a.end_day, '{OPEN_END}'), a.start_day, x.arrete_id
            FROM arrete_lieux x JOIN arretes a ON a.id = x.arrete_id;
        DROP TABLE arrete_lieux;
        ALTER TABLE arrete_lieux_new RENAME TO arrete_lieux;
        CREATE INDEX arrete_lieux_arrete ON arrete_lieux(arrete_id);
        """,
    )


def m006_fiche_edits(conn: sqlite3.Connection) -> None:
    """A clerk's edit of a fiche is remembered, so that re-importing the file never silently undoes it.

    edited_at: when the clerk last added, edited, enabled or disabled the fiche (NULL once an import
    writes it again); import_key: the question key the imported file knows the fiche by, which stays
    when the clerk rewrites the question. Fiches imported before this step count as not edited.
    """
    conn.execute("ALTER TABLE fiches ADD COLUMN edited_at TEXT")
    conn.execute("ALTER TABLE fiches ADD COLUMN import_key TEXT")
    conn.execute("UPDATE fiches SET import_key = question_key WHERE source_file IS NOT NULL")


def m020_one_french_analysis(conn: sqlite3.Connection) -> None:
    """Index with the one French analysis (french/) the questions use, and expose each index's vocabulary.

    The stop words and abbreviations changed, so every FTS shadow and every place key is recomputed;
    fts5vocab tables give each stem's document count, which the retrieval needs to weigh a word by rarity.
    """
    from .fts import SPECS

    _reanalyse(conn)
    for table in SPECS:
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts_vocab USING fts5vocab({table}_fts, 'row')"
        )
    # The commune's own words (vocabulaire.txt), as the clerk wrote them, one row per file.
    conn.execute("CREATE TABLE vocabulaire (source_file TEXT PRIMARY KEY, text TEXT NOT NULL)")


def _reanalyse(conn: sqlite3.Connection) -> None:
    """Every FTS shadow and place key again, with the French analysis (french/) as it is now."""
    from .fts import SPECS, rebuild
    from .importers.arretes import lieu_core

    for table in SPECS:
        rebuild(conn, table)
    rows = conn.execute("SELECT id, nom FROM lieux").fetchall()
    conn.executemany("UPDATE lieux SET core = ? WHERE id = ?", [(lieu_core(nom), i) for i, nom in rows])


def m021_budget_documents(conn: sqlite3.Connection) -> None:
    """Budget lines belong to their document (SIRET, year, kind, file) and know their chapter.

    Before, a line's key ignored the SIRET and the file: a budget annexe or a second décision
    modificative overwrote the principal's lines on every account they shared.
    """
    from .importers.budget import document_key
    from .nomenclature import chapter_of

    conn.execute("ALTER TABLE budget_lines ADD COLUMN chapitre TEXT")
    rows = conn.execute(
        "SELECT id, line_key, siret, annee, document, source_file, contnat, nature, direction, natdec "
        "FROM budget_lines"
    ).fetchall()
    conn.executemany(
        "UPDATE budget_lines SET line_key = ?, chapitre = ? WHERE id = ?",
        [
            (
                f"{document_key(r[2], r[3], r[9], r[5] or '')}|{r[1]}",
                (r[6] or "").strip() or chapter_of(r[7], r[8]),
                r[0],
            )
            for r in rows
        ],
    )
    conn.execute("CREATE INDEX budget_lines_document ON budget_lines(siret, annee, document, source_file)")


def m022_arrete_pdf_fields(conn: sqlite3.Connection) -> None:
    """Which fields of an arrêté its signed PDF supplied (space-separated column names; empty: none).

    An arrêté known from the CSV keeps the CSV's values; its PDF adds the text and fills only what the
    CSV left empty. Knowing which fields the PDF filled lets the CSV and the PDF be imported again, in
    any order, without one erasing the other. Arrêtés imported so far from a PDF alone are all the PDF's.
    """
    conn.execute("ALTER TABLE arretes ADD COLUMN pdf_fields TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "UPDATE arretes SET pdf_fields = 'numero date type objet debut fin lieux text pref_id pref_date' "
        "WHERE origin = 'pdf'"
    )


def m023_nomenclatures(conn: sqlite3.Connection) -> None:
    """The plans de comptes a commune imports (`planDeCompte….xml`): chapters and accounts, per chart.

    Why in the base: a commune under another déclinaison (M57 développée, M14 for a small village) or a
    newer exercise than the chart bundled with Clocher labels its budget lines and files them in chapters
    with its own chart. A chart is (norme, déclinaison, exercice); sha256 fingerprints its content, so a
    chart read once is recognised whatever the base. `axe` tells the nature chapters and accounts from
    the functional ones (9xx), both kept as the bundled chart keeps them.
    """
    _script(
        conn,
        """
        CREATE TABLE nomenclatures (
            id INTEGER PRIMARY KEY,
            norme TEXT NOT NULL, declinaison TEXT NOT NULL, exercice INTEGER NOT NULL,
            sha256 TEXT NOT NULL, source_file TEXT NOT NULL,
            UNIQUE (norme, declinaison, exercice)
        );
        CREATE TABLE nomenclature_chapitres (
            id INTEGER PRIMARY KEY,
            chapitre_key TEXT NOT NULL UNIQUE,
            nomenclature_id INTEGER NOT NULL REFERENCES nomenclatures(id) ON DELETE CASCADE,
            axe TEXT NOT NULL CHECK (axe IN ('nature', 'fonction')),
            code TEXT NOT NULL, libelle TEXT NOT NULL, section TEXT,
            row_hash TEXT, source_file TEXT
        );
        CREATE INDEX nomenclature_chapitres_chart ON nomenclature_chapitres(nomenclature_id);
        CREATE TABLE nomenclature_comptes (
            id INTEGER PRIMARY KEY,
            compte_key TEXT NOT NULL UNIQUE,
            nomenclature_id INTEGER NOT NULL REFERENCES nomenclatures(id) ON DELETE CASCADE,
            axe TEXT NOT NULL CHECK (axe IN ('nature', 'fonction')),
            code TEXT NOT NULL, libelle TEXT NOT NULL, chapitre_depense TEXT, chapitre_recette TEXT,
            row_hash TEXT, source_file TEXT
        );
        CREATE INDEX nomenclature_comptes_chart ON nomenclature_comptes(nomenclature_id);
        """,
    )


def m024_analysis_of_december(conn: sqlite3.Connection) -> None:
    """The French analysis changed what the index holds: « limité » has the stem of « limitation »
    (french/data/stems.txt), « depuis », « pendant », « après » are stop words. Built again."""
    _reanalyse(conn)


def m025_breton_ch(conn: sqlite3.Connection) -> None:
    """The Breton « c'h » is no longer split by its apostrophe (« Vourc'h » is indexed as residents type it,
    « vourch »). Built again."""
    _reanalyse(conn)


def m026_plurals_and_homographs(conn: sqlite3.Connection) -> None:
    """Four-letter plurals share their singular's stem (« rues », « feux »), and « gare », « garer » and
    « garage », « mère » and « mer », « barrée » and « bar » no longer do (french/data/stems.txt). Built
    again."""
    _reanalyse(conn)


MIGRATIONS: list[Migration] = [
    m001_initial,
    m002_inbox,
    m003_budget_periode,
    m004_fts_without_triggers,
    m005_lieu_periods,
    m006_fiche_edits,
    m020_one_french_analysis,
    m021_budget_documents,
    m022_arrete_pdf_fields,
    m023_nomenclatures,
    m024_analysis_of_december,
    m025_breton_ch,
    m026_plurals_and_homographs,
]


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations this file has already seen, in order."""
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def apply_pending(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> list[str]:
    """Apply every migration not yet recorded, each in one transaction; returns the names applied."""
    done = set(applied(conn))
    ran: list[str] = []
    for step in migrations if migrations is not None else MIGRATIONS:
        if step.__name__ in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(
                "INSERT INTO _migrations(name, applied_at) VALUES (?, ?)",
                (step.__name__, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        ran.append(step.__name__)
    return ran
