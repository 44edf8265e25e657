"""A call to the conversation core made once per key, however many times it is asked.

Why: the Telegram channel replays an update it had not finished when the bot was killed
(bot/channels/telegram/journal.py). Asked again, the core would run the turn again — file a signalement a
second time, answer « envoyer » as a new question, count a 👎 twice. So the channel gives each core call a
key (the update's), and the core keeps its reply under that key in the state file, right after the turn:
a replay gets the same reply and runs nothing. The channel deletes the kept reply once the update is
answered. Replies are stored as JSON, never pickled: the state file is data, not code.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import asdict
from datetime import datetime
from typing import Any

from bot.answers.base import Button
from knowledge.records import Source

log = logging.getLogger(__name__)

ONCE = "once"  # the method name channels send to the core for a keyed call


def encode(result: Any) -> str:
    """JSON for a core result: a `Reply`, or a plain JSON value (None, a tuple or list of strings…)."""
    from bot.conversation import Reply

    if isinstance(result, Reply):
        return json.dumps({"reply": asdict(result)})
    return json.dumps({"value": result})


def decode(data: str) -> Any:
    from bot.conversation import Reply

    stored = json.loads(data)
    if "reply" not in stored:
        return stored["value"]
    fields = stored["reply"]
    fields["buttons"] = [Button(**b) for b in fields["buttons"]]
    fields["sources"] = [Source(**s) for s in fields["sources"]]
    return Reply(**fields)


def kept(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT reply FROM core_replies WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def keep(conn: sqlite3.Connection, key: str, data: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO core_replies (key, reply, created_at) VALUES (?, ?, ?)",
        (key, data, datetime.now().isoformat(timespec="seconds")),
    )


def once(conversation: Any, key: str, name: str, *args: Any, **kwargs: Any) -> Any:
    """`conversation.name(*args, **kwargs)`, or the reply it gave the first time it was asked with `key`.

    An exception is not kept: the call runs again on the next ask (KnowledgeBusy, a bug fixed since).
    """
    data = kept(conversation.state, key)
    if data is not None:
        return decode(data)
    result = getattr(conversation, name)(*args, **kwargs)
    try:
        data = encode(result)
    except (TypeError, ValueError):  # a field JSON cannot hold: answer anyway, a replay will ask again
        log.warning("Reply to %s not kept: it does not convert to JSON", name)
        return result
    keep(conversation.state, key, data)
    return result


def call(conversation: Any, name: str, *args: Any, **kwargs: Any) -> Any:
    """How both cores (in a thread, in a process) dispatch a call by name."""
    if name == ONCE:
        return once(conversation, *args, **kwargs)
    return getattr(conversation, name)(*args, **kwargs)
