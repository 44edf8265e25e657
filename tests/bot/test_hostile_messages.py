"""Property-based tests of every resident entry point of the conversation core (issue 14, item 2): message
text, commands with junk arguments, forged callback data, photo captions. Whatever arrives, the resident
gets a French reply that Telegram accepts once rendered, and a question the bot could not answer reaches
the clerks' list. Cases found are kept below as plain regression tests."""

from __future__ import annotations

import itertools
import shutil

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import knowledge
from bot.textguard import MAX_REPORT, clean
from tests.bot.hostile import callback_data, check_reply, command_name, junk, message_text, nasty

_chats = itertools.count(1)


@pytest.fixture(scope="module")
def core(demo_db_template, models_dir, tmp_path_factory):
    """One core for the module (opening one takes seconds); each example writes in a chat of its own."""
    from bot.config import load_config
    from bot.conversation import Conversation

    root = tmp_path_factory.mktemp("hostile")
    shutil.copy(demo_db_template, root / "clocher.sqlite")
    config = load_config(home=root / "home", db_path=root / "clocher.sqlite", models_dir=models_dir)
    conv = Conversation(config)
    yield conv
    conv.close()


def chat() -> str:
    return f"hostile-{next(_chats)}"


def _unanswered(core) -> list[tuple[str | None, str]]:
    return [(q.chat_id, q.question) for q in knowledge.list_unanswered(core.writer)]


@given(text=message_text)
@example("\ud800 mairie")  # spaCy raised UnicodeEncodeError on a lone surrogate
@example("x" * 5000)
@example('horaires "de la mairie')
@example("NEAR(mairie")
@example("\x1b[2J\x1b[31mhoraires")
def test_any_message_text_gets_a_french_reply(core, text: str) -> None:
    chat_id = chat()
    reply = core.text(chat_id, text)
    check_reply(reply)
    if reply.fallback:  # nothing lost: what the bot could not answer is in the clerks' list
        assert (chat_id, clean(text).strip()) in _unanswered(core)


@given(name=command_name, args=st.one_of(nasty, junk))
def test_commands_with_junk_arguments(core, name: str, args: str) -> None:
    check_reply(core.command(chat(), name, args))


@given(question=st.sampled_from(["horaires", "mairie", "bonjour", "/signaler"]), data=callback_data)
@example(question="horaires", data="f:99999999999999999999999")  # OverflowError from SQLite
@example(question="horaires", data="c:²")  # « ² ».isdigit() is True, int("²") raises
def test_forged_callback_data(core, question: str, data: str) -> None:
    chat_id = chat()
    core.text(chat_id, question)  # a clarification or a report in progress, so `i:`/`f:` mean something
    check_reply(core.button(chat_id, data))


@given(caption=st.one_of(st.none(), message_text), then=message_text)
def test_signalement_steps_with_hostile_text(core, caption, then: str) -> None:
    chat_id = chat()
    check_reply(core.command(chat_id, "signaler"))
    check_reply(core.photo(chat_id, "PHOTO", caption))
    check_reply(core.text(chat_id, then))
    reply = core.text(chat_id, "envoyer")
    check_reply(reply)


def test_a_long_signalement_is_kept_cut_with_a_note(core) -> None:
    """Issue 14, item 7: a 2 000+ character description was dropped with « je n'ai pas compris »."""
    chat_id = chat()
    core.command(chat_id, "signaler")
    description = "Le mur du cimetière s'effondre côté chemin des Vignes. " * 100  # 5 600 characters
    step = core.text(chat_id, description)
    assert "C'est noté" in step.text and "seul le début est transmis" in step.text
    filed = core.text(chat_id, "envoyer")
    assert "référence" in filed.text and "seul le début est transmis" in filed.text
    item = knowledge.get_inbox_item(core.writer, filed.inbox_reference)
    assert item.text.startswith("Le mur du cimetière s'effondre")
    assert len(item.text) <= MAX_REPORT + 80 and "message raccourci" in item.text
    assert "message raccourci" in filed.staff_notice  # the clerks see that it was cut


def test_a_long_letter_to_the_mairie_is_kept(core) -> None:
    chat_id = chat()
    core.button(chat_id, "x")  # « Parler à quelqu'un »
    filed = core.text(chat_id, "Bonjour, " + "je vous écris au sujet de la haie. " * 80)  # 2 800 characters
    assert "référence" in filed.text and "seul le début" not in filed.text


def test_a_long_question_is_told_so_in_french(core) -> None:
    reply = core.text(chat(), "horaires de la mairie " * 200)
    assert "trop long" in reply.text and "/signaler" in reply.text


def test_feedback_on_another_residents_answer_is_ignored(core) -> None:
    owner = chat()
    answer = core.text(owner, "Quels sont les horaires de la mairie ?")
    assert answer.reply_id
    forged = core.button(chat(), f"fb:{answer.reply_id}:d")
    assert forged.text == "Merci pour votre avis."
    assert core.button(owner, f"fb:{answer.reply_id}:u").text == "Merci pour votre avis !"


def test_what_reaches_the_clerks_is_plain_text() -> None:
    """Issue 14, must-be-true 3 (bot side): no escape sequence, no bidi override, no lone surrogate."""
    typed = "\x1b[2J\x1b]0;pwned\x07Trou\u202e devant\x00 le 12\r\nrue\ud800 \u200bdes Écoles"
    assert clean(typed) == "[2J]0;pwnedTrou devant le 12\nrue\ufffd des Écoles"
    assert clean("\ud83d\ude00 e\u0301") == "\U0001f600 é"  # a JSON-escaped pair joined; NFC
