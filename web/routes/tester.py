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
    result: dict = {"question": question, "candidates": [], "threshold": None}
    explain = getattr(conv, "explain", None)
    if explain is not None:
        explained = explain(question, now=now)
        reply, decision = explained if isinstance(explained, tuple) else (explained.reply, explained)
        result["candidates"] = _candidates(decision)
        result["decision"] = decision
        result["threshold"] = getattr(decision, "threshold", None)
    else:
        chat_id = f"console:{secrets.token_hex(6)}"
        reply = conv.text(chat_id, question, now=now)
        st.erase_chat(conv.state, chat_id)
        if reply.fallback:  # the core queued it for the clerks: it is only a test
            knowledge.erase_chat(page.kb_writer(), chat_id)
    result["reply"] = reply
    understanding = getattr(result.get("decision"), "understanding", None) or _understand(conv, question, now)
    result["ranking"] = understanding.ranking[:5] if understanding else []
    result["entities"] = understanding.entities if understanding else []
    result["fiches"] = knowledge.search_fiches(page.kb(), question, limit=5)
    return result


def _understand(conv, question: str, now: datetime):
    """The intent model's reading of the question (its ranking is part of « why »)."""
    try:
        return conv.models.get().predict(question, today=now.date(), gazetteers=conv.gazetteers)
    except AttributeError:  # a core without these attributes: the candidates say enough
        return None


def _candidates(decision, limit: int = 10) -> list[dict]:
    """The engine's candidates as rows: kind, record, score, features, and which one it chose."""
    chosen = getattr(decision, "chosen", None)
    rows = []
    for c in (getattr(decision, "ranked", None) or getattr(decision, "candidates", None) or [])[:limit]:
        doc = getattr(c, "doc", None) or getattr(c, "record", None)
        source = getattr(doc, "source", None)
        score = getattr(c, "p", None)
        rows.append(
            {
                "kind": getattr(doc, "kind", None) or getattr(source, "kind", None),
                "record": getattr(doc, "title", None) or getattr(source, "title", None) or str(doc),
                "score": score if score is not None else getattr(c, "score", None),
                "features": dict(getattr(c, "features", None) or {}),
                "chosen": c is chosen,
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
