"""Hypothesis strategies for what a hostile resident (or a bad day) sends, shared by the core's and the
Telegram channel's property tests, and the checks every reply must pass."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from bot.channels.telegram.render import MAX_CALLBACK_DATA, render_reply, utf16_len
from tests.bot.telegram.fake_bot_api import parse_html  # checks HTML and lengths as Telegram does

# Pieces that have broken parsers elsewhere: markup for Telegram's HTML and MarkdownV2, FTS5 query syntax,
# controls, invisible and bidirectional characters, lone surrogates, SQL and shell.
FRAGMENTS = [
    "<b>", "</b>", "<a href=\"javascript:alert(1)\">x</a>", "&amp;", "&", "<", ">", "&#0;", "<tg-spoiler>",
    "*gras*", "_italique_", "__souligné__", "~barré~", "||spoiler||", "`code`", "```pre```", "[lien](http://x)",
    "\\", "\\*", '"', "'", "NEAR(", "NEAR(a b, 2)", "*", "col:", "fiches:", "question:", "^", "AND", "OR",
    "NOT", "(", ")", "{", "}", "-", "+", ":", "''", '""', "%", "_", "a*b", "x OR y",
    "'; DROP TABLE inbox; --",
    "\x00", "\x1b[31m", "\x1b]0;titre\x07", "\x07", "\x08", "\r", "\r\n", "\t", "\x7f", "\x85", "\x9b",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d", "\u2066", "\u2069",
    "\u200f", "مرحبا", "שלום", "\ud800", "\udfff", "\ud83d", "\U0001f600", "👨\u200d👩\u200d👧",
    "é", "e\u0301",
    "ﬁ", "²", "½", "٣", "𝟗", "ⅷ", "$(reboot)", "`id`", "../../etc/passwd", "%s%n", "{0}", "None", "null",
    "mairie", "horaires", "budget 2026", "rue de l'Église", "arrêté n° 2026-001", "envoyer", "annuler",
    "/start",
]

ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates and unassigned code points included
junk = st.text(ANY_CHARACTER, max_size=40)
nasty = st.lists(st.one_of(st.sampled_from(FRAGMENTS), junk), max_size=8).map("".join)
long_text = st.builds(
    lambda piece, n: (piece * (n // max(1, len(piece)) + 1))[:n],
    st.sampled_from(["é", "a b ", "mairie ", "\U0001f600", "<b>&", "\u202e"]),
    st.integers(1990, 9000),
)
message_text = st.one_of(nasty, long_text)
COMMAND_NAMES = ["start", "aide", "menu", "contact", "arretes", "budget", "annuaire", "signaler", "abonner",
                 "desabonner", "mesdonnees", "annuler", "horaires", "help", "contacts"]
command_name = st.one_of(st.sampled_from(COMMAND_NAMES), junk)
button_kind = st.sampled_from(["fb", "i", "f", "x", "m", "c", "", "zz"])
callback_data = st.one_of(
    st.builds(lambda kind, rest: f"{kind}:{rest}", button_kind, st.one_of(nasty, st.integers().map(str))),
    junk,
).map(lambda data: data.encode("utf-8", "surrogatepass")[:MAX_CALLBACK_DATA].decode("utf-8", "ignore"))

_FRENCH = re.compile(
    r"\b(je|vous|votre|vos|la|le|les|de|des|du|et|un|une|est|pas|mairie|merci|bonjour|revoir|ici|sur|pour)\b",
    re.IGNORECASE,
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def check_reply(reply) -> None:  # noqa: ANN001 - a conversation Reply
    """A reply a resident can read: French, printable, and accepted by Telegram once rendered."""
    assert reply.text.strip(), "empty reply"
    assert _FRENCH.search(reply.text), f"not French: {reply.text[:200]!r}"
    assert "Traceback" not in reply.text
    assert not _CONTROL.search(reply.text), f"control character in the reply: {reply.text[:200]!r}"
    rows = [("👍", "fb:x:u")] if reply.feedback else []
    for message in render_reply(reply, rows):
        plain = parse_html(message.html)
        assert plain.strip() and utf16_len(plain) <= 4096
        for row in (message.markup.inline_keyboard if message.markup else ()):
            for button in row:
                assert 1 <= len(button.callback_data.encode()) <= MAX_CALLBACK_DATA
