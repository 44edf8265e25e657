"""Arrêté alerts: who subscribed, which new arrêtés deserve an alert, and the outbox that carries them.

The outbox makes broadcasts survive a restart: detection writes one row per subscriber in a single
transaction, the sender marks each row sent right after Telegram accepts it, so an interrupted broadcast
resumes where it stopped — nobody is skipped, nobody gets it twice (the UNIQUE key refuses a second copy).
Channel-neutral: it reads the knowledge base through `knowledge`'s public API and writes the state file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from bot.answers.arretes import validity
from bot.french import format_date, join_fr
from french import fold, traffic_words
from knowledge.records import Arrete

KIND = "arrete"
# Words (accents folded) that make an arrêté about traffic: a resident planning a trip wants to know
# (french/data/traffic_words.txt).
TRAFFIC_WORDS: tuple[str, ...] = traffic_words()
SCAN_LIMIT = 5000
FIRST_RUN = "#first-run"  # alert_seen marker: detection has run once


@dataclass(frozen=True)
class OutboxItem:
    """One message waiting in the outbox."""

    id: int
    chat_id: str
    kind: str
    text: str
    attempts: int


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


# -- subscriptions ------------------------------------------------------------------------------


def subscribe(conn: sqlite3.Connection, chat_id: str) -> bool:
    """Subscribe a chat to alerts; False when it already was (the command then says so)."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO subscribers (chat_id, since) VALUES (?, ?)", (str(chat_id), _now())
    )
    return cur.rowcount == 1


def unsubscribe(conn: sqlite3.Connection, chat_id: str) -> bool:
    """Unsubscribe, and drop the alerts still waiting for this chat; False when it was not subscribed."""
    cur = conn.execute("DELETE FROM subscribers WHERE chat_id = ?", (str(chat_id),))
    conn.execute(
        "DELETE FROM outbox WHERE chat_id = ? AND kind = ? AND status = 'pending'", (str(chat_id), KIND)
    )
    return cur.rowcount == 1


def is_subscribed(conn: sqlite3.Connection, chat_id: str) -> bool:
    return conn.execute("SELECT 1 FROM subscribers WHERE chat_id = ?", (str(chat_id),)).fetchone() is not None


def subscriber_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM subscribers").fetchone()[0]


# -- detection ----------------------------------------------------------------------------------


def is_alert_worthy(arrete: Arrete) -> bool:
    """Temporary arrêtés (works, events) and anything about traffic or parking."""
    if fold(arrete.type or "").startswith("temporaire"):
        return True
    about = fold(" ".join(filter(None, [arrete.objet, arrete.matiere])))
    return any(word in about for word in TRAFFIC_WORDS)


def alert_text(arrete: Arrete) -> str:
    """The French alert a subscriber reads (plain text; the channel escapes it)."""
    objet = (arrete.objet or "").strip().rstrip(".")
    numero = f" n° {arrete.numero}" if arrete.numero else ""  # None: published without a number
    lines = [f"Nouvel arrêté{numero} du {format_date(arrete.date)} : {objet}."]
    when = validity(arrete)
    if when:
        lines.append(f"{when[:1].upper()}{when[1:]}.")
    if arrete.lieux:
        lines.append(f"Lieux : {join_fr(list(arrete.lieux))}.")
    source = arrete.url or (arrete.source.title if arrete.source else None)
    if source:
        lines.append(f"Source : {source}")
    lines.append("Pour ne plus recevoir ces alertes : /desabonner")
    return "\n".join(lines)


def _arretes(kb_conn: sqlite3.Connection) -> list[Arrete]:
    import knowledge  # the public API; imported here so this module loads without a knowledge base

    return list(knowledge.recent_arretes(kb_conn, limit=SCAN_LIMIT))


def detect_new_alerts(
    kb_conn: sqlite3.Connection,
    state_conn: sqlite3.Connection,
    today: date,
    arretes: Iterable[Arrete] | None = None,
) -> int:
    """Queue one outbox row per subscriber for each new alert-worthy arrêté; return rows queued.

    The very first run only marks what exists as seen: subscribers are told about arrêtés imported after
    they could subscribe, not flooded with the commune's archive. Arrêtés already over are marked seen
    without an alert. Everything happens in one transaction, so a crash queues all or nothing.
    """
    found = list(arretes) if arretes is not None else _arretes(kb_conn)
    now = _now()
    queued = 0
    state_conn.execute("BEGIN IMMEDIATE")
    try:
        first_run = state_conn.execute("SELECT 1 FROM alert_seen LIMIT 1").fetchone() is None
        if first_run:  # remember that the archive has been looked at, even when it was empty
            state_conn.execute("INSERT INTO alert_seen (arrete_id, seen_at) VALUES (?, ?)", (FIRST_RUN, now))
        seen = {row[0] for row in state_conn.execute("SELECT arrete_id FROM alert_seen")}
        subscribers = [row[0] for row in state_conn.execute("SELECT chat_id FROM subscribers ORDER BY since")]
        for arrete in found:
            if arrete.id in seen:
                continue
            state_conn.execute(
                "INSERT OR IGNORE INTO alert_seen (arrete_id, seen_at) VALUES (?, ?)", (arrete.id, now)
            )
            seen.add(arrete.id)
            if first_run or not is_alert_worthy(arrete) or (arrete.fin is not None and arrete.fin < today):
                continue
            text = alert_text(arrete)
            for chat_id in subscribers:
                cur = state_conn.execute(
                    "INSERT OR IGNORE INTO outbox (chat_id, kind, text, status, attempts, created_at) "
                    "VALUES (?, ?, ?, 'pending', 0, ?)",
                    (chat_id, KIND, text, now),
                )
                queued += cur.rowcount
        state_conn.execute("COMMIT")
    except BaseException:
        state_conn.execute("ROLLBACK")
        raise
    return queued


# -- outbox -------------------------------------------------------------------------------------


def pending(state_conn: sqlite3.Connection, limit: int = 100) -> list[OutboxItem]:
    """Messages not yet sent, oldest first."""
    rows = state_conn.execute(
        "SELECT id, chat_id, kind, text, attempts FROM outbox WHERE status = 'pending' ORDER BY id LIMIT ?",
        (limit,),
    ).fetchall()
    return [OutboxItem(*tuple(row)) for row in rows]


def mark_sent(state_conn: sqlite3.Connection, item_id: int) -> None:
    state_conn.execute("UPDATE outbox SET status = 'sent', sent_at = ? WHERE id = ?", (_now(), item_id))


def mark_failed(state_conn: sqlite3.Connection, item_id: int, *, final: bool) -> None:
    """Count a failed attempt; give up only when `final` (the chat is gone or blocked the bot).

    A Telegram outage is not final: the row stays pending, however long it lasts, so nothing is lost.
    """
    state_conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, "
        "status = CASE WHEN ? THEN 'failed' ELSE status END WHERE id = ?",
        (1 if final else 0, item_id),
    )
