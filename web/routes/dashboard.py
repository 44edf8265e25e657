"""The clerk's home page: how much the bot was asked, how much it answered, on what, and what is waiting."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from starlette.responses import Response

import knowledge
from bot import state as st
from bot.answers import LABELS

from ..app import Page, route
from ..grouping import group_questions
from ..render import PARIS, local

THEME_LABELS = {**LABELS, "greet": "Salutations", "thanks": "Remerciements", "goodbye": "Au revoir"}


def _local_naive(value: datetime) -> datetime:
    """The bot's state file stores local naive times, the knowledge base UTC: compare in Paris time."""
    return local(value).replace(tzinfo=None) if value.tzinfo else value


def activity(page: Page, now: datetime) -> dict:
    """Questions today and over the last seven days, share answered, top themes."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    week = today - timedelta(days=6)
    answered = []
    if page.config.state_path.exists():
        conn = st.open_state(page.config.state_path)
        try:
            answered = [
                (datetime.fromisoformat(r["created_at"]), r["intent"]) for r in st.answers_since(conn, week)
            ]
        finally:
            conn.close()
    missed = [
        _local_naive(q.created_at)
        for q in knowledge.list_unanswered(page.kb(), include_resolved=True)
        if q.reason == "fallback" and _local_naive(q.created_at) >= week
    ]
    answered = [(_local_naive(at), intent) for at, intent in answered]
    n_week = len(answered) + len(missed)
    themes = Counter(intent for _, intent in answered if intent)
    return {
        "today": sum(at >= today for at, _ in answered) + sum(at >= today for at in missed),
        "week": n_week,
        "share": (len(answered) / n_week) if n_week else None,
        "themes": [(THEME_LABELS.get(i, i), n) for i, n in themes.most_common(5)],
    }


def dashboard(page: Page) -> Response:
    now = datetime.now(PARIS).replace(tzinfo=None)
    kb = page.kb()
    groups = group_questions(knowledge.list_unanswered(kb))
    return page.render(
        "dashboard.html",
        stats=activity(page, now),
        groups=groups[:10],
        n_groups=len(groups),
        inbox=knowledge.list_inbox(kb, "ouvert"),
    )


ROUTES = [route("/", dashboard)]
