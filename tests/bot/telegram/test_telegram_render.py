"""Rendering rules Telegram enforces: escaped HTML, messages under 4,096 characters, small callback_data."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from fake_bot_api import parse_html

from bot.channels.telegram.render import (
    MAX_MESSAGE,
    check_callback_data,
    escape,
    pack_callback,
    render_reply,
    split_message,
    unpack_callback,
    utf16_len,
)
from knowledge.records import Source


@dataclass
class Btn:
    label: str
    data: str


@dataclass
class FakeReply:
    text: str
    buttons: list = field(default_factory=list)
    sources: list = field(default_factory=list)


def test_escape_survives_telegram_html_parsing() -> None:
    raw = "Tarifs <2025> : cantine & garderie « 3,50 € » \"A&B\""
    assert parse_html(escape(raw)) == raw


def test_short_text_is_one_message() -> None:
    assert split_message("Bonjour.\nLa mairie ouvre à 9 h.") == ["Bonjour.\nLa mairie ouvre à 9 h."]
    assert split_message("   ") == []


def test_long_text_splits_at_line_boundaries_and_keeps_everything() -> None:
    lines = [f"Ligne {i} : salle des fêtes, location le week-end." for i in range(400)]
    text = "\n".join(lines)
    chunks = split_message(text)
    assert len(chunks) > 1
    assert all(utf16_len(c) <= 4000 for c in chunks)
    assert "\n".join(chunks) == text  # nothing lost, no line cut in two


def test_one_huge_paragraph_splits_at_sentences_then_words() -> None:
    sentence = "Le conseil municipal a voté le budget primitif à l'unanimité des présents. "
    text = sentence * 150  # one line of ~11,000 characters
    chunks = split_message(text)
    assert all(utf16_len(c) <= 4000 for c in chunks)
    assert all(c.endswith(".") for c in chunks)
    assert " ".join(chunks).split() == text.split()
    words = "anticonstitutionnellement " * 400
    assert all(utf16_len(c) <= 4000 for c in split_message(words))
    assert " ".join(split_message(words)).split() == words.split()


def test_emoji_count_double_as_telegram_counts() -> None:
    chunks = split_message("😀" * 3000)
    assert all(utf16_len(c) <= 4000 for c in chunks) and "".join(chunks) == "😀" * 3000


def test_render_escapes_sources_and_puts_buttons_under_the_last_message() -> None:
    reply = FakeReply(
        text="Ligne <importante> & utile\n" * 300,
        buttons=[Btn("Horaires", "i:mairie_hours"), Btn("Trop long", "x" * 65)],
        sources=[Source("arrete", "2025-017", "Arrêté n° 2025-017 <voirie>", "https://example.fr/a?x=1&y=2")],
    )
    messages = render_reply(reply, [("👍", "fb:1:u"), ("👎", "fb:1:d")])
    assert len(messages) >= 2
    for message in messages:
        assert utf16_len(parse_html(message.html)) <= MAX_MESSAGE
    assert all(m.markup is None for m in messages[:-1])
    rows = messages[-1].markup.inline_keyboard
    assert [[b.callback_data for b in row] for row in rows] == [["i:mairie_hours"], ["fb:1:u", "fb:1:d"]]
    assert "Source : Arrêté n° 2025-017 <voirie>" in parse_html(messages[-1].html)
    assert 'href="https://example.fr/a?x=1&amp;y=2"' in messages[-1].html


def test_callback_data_limits() -> None:
    assert pack_callback("fb", "abcd", "u") == "fb:abcd:u"
    assert unpack_callback("fb:abcd:u", 2) == ["fb", "abcd:u"]
    assert check_callback_data("é" * 32) == "é" * 32  # 64 bytes
    with pytest.raises(ValueError):
        check_callback_data("é" * 33)
    with pytest.raises(ValueError):
        check_callback_data("")
    with pytest.raises(ValueError):
        pack_callback("a:b", "c")
