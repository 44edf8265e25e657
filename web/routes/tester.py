"""« Tester une question »: what the bot would answer, from which record, and why.

It asks the same conversation core the bot uses (its own state file, a throw-away chat), so a clerk sees
the real answer, including a fiche she saved a second ago. When the core offers `explain`, the candidates
it weighed are shown; otherwise the intent model's ranking and the fiches' search scores.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from starlette.responses import Response

import knowledge
from bot import state as st

from ..app import Page, route
from ..render import PARIS


def ask_bot(page: Page, question: str, now: datetime) -> dict:
    """The reply and what led to it; leaves no trace in the residents' lists."""
    conv = page.console.conversation()
    chat_id = f"console:{secrets.token_hex(6)}"
    result: dict = {"question": question, "candidates": []}
    explain = getattr(conv, "explain", None)
    if explain is not None:
        explained = explain(question, now=now)
        reply = getattr(explained, "reply", explained)
        result["candidates"] = _candidates(explained)
    else:
        reply = conv.text(chat_id, question, now=now)
        st.erase_chat(conv.state, chat_id)
        if reply.fallback:  # the core queued it for the clerks: it is only a test
            knowledge.erase_chat(page.kb_writer(), chat_id)
    result["reply"] = reply
    model = conv.models.get()
    understanding = model.predict(question, today=now.date(), gazetteers=conv.gazetteers)
    result["ranking"] = understanding.ranking[:5]
    result["entities"] = understanding.entities
    result["fiches"] = knowledge.search_fiches(page.kb(), question, limit=5)
    return result


def _candidates(explained) -> list[dict]:
    """The engine's candidates as rows (kind, record, score, features, chosen), whatever their type."""
    rows = []
    for c in getattr(explained, "candidates", None) or []:
        get = c.get if isinstance(c, dict) else lambda k, c=c: getattr(c, k, None)
        record = get("record")
        source = getattr(record, "source", None)
        rows.append(
            {
                "kind": get("kind"),
                "record": getattr(source, "title", None) or str(record),
                "score": get("score"),
                "features": get("features") or {},
                "chosen": bool(get("chosen")) or c is getattr(explained, "chosen", object()),
            }
        )
    return rows


def tester(page: Page) -> Response:
    question = page.query("q")
    day = page.query("jour")
    now = datetime.now(PARIS).replace(tzinfo=None, microsecond=0)
    error = None
    if day:
        try:
            now = datetime.combine(datetime.strptime(day, "%Y-%m-%d").date(), now.time())
        except ValueError:
            error = "Date invalide : choisissez un jour dans le calendrier ou écrivez-la AAAA-MM-JJ."
    result = None
    if question and not error:
        try:
            result = ask_bot(page, question, now)
        except knowledge.KnowledgeBusy:
            raise
        except knowledge.KnowledgeError as exc:
            error = str(exc)
    return page.render("tester.html", q=question, jour=day, result=result, error=error, now=now)


ROUTES = [route("/tester", tester)]
