"""The update journal (bot/channels/telegram/journal.py), in the real Application against our Bot API
server: what a crash leaves in the state file is answered at the next start, once; what Telegram already
accepted is not sent again; an outage leaves the update open until Telegram is back.

The same promises under real SIGKILLs of the running processes: test_telegram_kill.py."""

from __future__ import annotations

import asyncio
import itertools
import json
import time

import pytest
from conftest import FAST, STAFF_CHAT, Harness
from telegram import Update

import knowledge
from bot import alerts, idempotent
from bot.channels.telegram import texts
from bot.channels.telegram.journal import (
    MAX_ATTEMPTS,
    begin_update,
    finish_update,
    open_updates,
    record_sent,
    record_update,
    release_update,
    sent_for,
    update_key,
)
from bot.conversation import Reply
from bot.state import open_state, parked_questions

_update_ids = itertools.count(7_000_000)


def _message_update(api, chat_id: int, text: str) -> dict:
    """An update as Telegram would send it, for a message the resident sent while the bot was down."""
    api.add_private_chat(chat_id)
    update_id = next(_update_ids)
    message = {"message_id": update_id, "date": int(time.time()), "text": text,
               "chat": {"id": chat_id, "type": "private", "first_name": "Camille"},
               "from": {"id": chat_id, "is_bot": False, "first_name": "Camille"}}
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": message}


def _journal(state_path, update: dict, *, attempts: int = 0) -> None:
    """Leave `update` in the journal as a crash would: received, maybe begun, not done."""
    state = open_state(state_path)
    try:
        record_update(state, update["update_id"], update["message"]["chat"]["id"], json.dumps(update))
        for _ in range(attempts):
            begin_update(state, update["update_id"])
    finally:
        state.close()


def _open(state_path) -> list[int]:
    state = open_state(state_path)
    try:
        return [update_id for update_id, _ in open_updates(state)]
    finally:
        state.close()


async def test_an_update_journaled_before_a_crash_is_answered_at_start(fake_api, shared_core) -> None:
    h = Harness(fake_api, *shared_core)
    update = _message_update(fake_api, h.resident, "/contact")
    _journal(h.config.state_path, update, attempts=1)  # killed while handling it
    await h.start()
    try:
        [reply] = await fake_api.wait_messages(h.resident, 1)
        assert "mairie" in reply.text.lower()
        await fake_api.wait_for(lambda: update["update_id"] not in _open(h.config.state_path),
                                what="the update marked done")
        state = open_state(h.config.state_path)
        try:  # its text is gone from the journal; its number stays, to recognise a second delivery
            row = state.execute("SELECT payload, chat_id FROM update_journal WHERE update_id = ?",
                                (update["update_id"],)).fetchone()
            assert tuple(row) == (None, None)
        finally:
            state.close()
    finally:
        await h.stop()
    assert len(fake_api.sent("sendMessage", h.resident)) == 1


async def test_a_replay_sends_only_what_the_resident_does_not_have(fake_api, shared_core) -> None:
    """Killed between the two parts of a long answer: the replay sends the second part only, from the
    reply the core kept (the turn is not run again)."""
    h = Harness(fake_api, *shared_core)
    update = _message_update(fake_api, h.resident, "Une question à la réponse très longue ?")
    _journal(h.config.state_path, update, attempts=1)
    long = Reply(text="Première partie. " * 200 + "\n" + "Seconde partie. " * 200)
    key = update_key(update["update_id"])
    state = open_state(h.config.state_path)
    try:
        idempotent.keep(state, f"{key}:1", idempotent.encode(long))
        record_sent(state, key, 0, 424242)  # Telegram had accepted the first part
    finally:
        state.close()
    await h.start()
    try:
        [second] = await fake_api.wait_messages(h.resident, 1)
        await asyncio.sleep(0.5)
    finally:
        await h.stop()
    assert second.text.startswith("Seconde partie.")
    assert len(fake_api.sent("sendMessage", h.resident)) == 1


async def test_an_update_delivered_twice_is_answered_once(harness: Harness) -> None:
    """Telegram sends an update again when the bot died before confirming it: the journal knows it."""
    data = _message_update(harness.api, harness.resident, "/contact")
    for _ in range(2):
        await harness.app.update_queue.put(Update.de_json(data, harness.app.bot))
    await harness.api.wait_messages(harness.resident, 1)
    await asyncio.sleep(0.5)
    assert len(harness.api.sent("sendMessage", harness.resident)) == 1


async def test_a_replay_racing_the_end_of_the_first_run_sends_nothing(harness: Harness) -> None:
    """The journal job read the update as open a moment before its first run marked it done, and queued it
    again: the second run finds it answered and runs nothing.
    Seen in CI as a duplicate answer under a 429 storm on a loaded machine."""
    data = _message_update(harness.api, harness.resident, "/contact")
    await harness.app.update_queue.put(Update.de_json(data, harness.app.bot))
    await harness.api.wait_messages(harness.resident, 1)
    await harness.api.wait_for(lambda: not _open(harness.config.state_path), what="the update marked done")
    ran = []

    async def handling() -> None:  # what PTB would run for the stale replay
        ran.append(True)

    journal = harness.app.bot_data["clocher"].journal
    await journal.handle(Update.de_json(data, harness.app.bot), handling())
    assert not ran
    assert data["update_id"] not in journal.in_flight
    await asyncio.sleep(0.3)
    assert len(harness.api.sent("sendMessage", harness.resident)) == 1


def test_an_answered_update_is_not_begun_again(tmp_path) -> None:
    state = open_state(tmp_path / "state.sqlite")
    try:
        record_update(state, 6, 42, '{"update_id": 6}')
        assert begin_update(state, 6) == (1, {})
        record_sent(state, "u:6", 0, 1001)
        finish_update(state, 6)
        assert begin_update(state, 6) == (0, {})  # 0: answered, send nothing
    finally:
        state.close()


async def test_while_telegram_is_down_the_update_waits_then_is_answered_once(harness: Harness) -> None:
    api = harness.api
    api.fail_next(1000, "500", methods=("sendMessage",))
    api.send_text(harness.resident, "/contact")
    await api.wait_for(lambda: len(api.requests("sendMessage")) >= 2 * (FAST.network_retries + 1),
                       timeout=20, what="the answer tried twice over, then left open")
    assert not api.sent("sendMessage", harness.resident)
    api.clear_faults()
    [reply] = await api.wait_messages(harness.resident, 1, timeout=20)
    assert "mairie" in reply.text.lower()  # the answer, not an apology
    await asyncio.sleep(1.5)  # later rounds of the journal job find nothing open
    assert len(api.sent("sendMessage", harness.resident)) == 1


async def test_an_update_that_keeps_crashing_the_bot_is_given_up(fake_api, shared_core) -> None:
    h = Harness(fake_api, *shared_core)
    update = _message_update(fake_api, h.resident, "le message qui fait tout planter")
    _journal(h.config.state_path, update, attempts=MAX_ATTEMPTS)  # it was begun that often, never finished
    await h.start()
    try:
        [apology] = await fake_api.wait_messages(h.resident, 1)
    finally:
        await h.stop()
    assert apology.text == texts.TECHNICAL_ERROR
    assert update["update_id"] not in _open(h.config.state_path)
    state = open_state(h.config.state_path)
    try:  # the question is kept for the clerks (the core moves it to their list)
        questions = [row["question"] for row in parked_questions(state)]
    finally:
        state.close()
    kb = knowledge.open_kb(h.config.db_path, readonly=True)
    try:
        questions += [q.question for q in knowledge.list_unanswered(kb)]
    finally:
        kb.close()
    assert "le message qui fait tout planter" in questions


async def test_an_outbox_row_cut_short_sends_only_its_missing_part(
    fake_api, bot_config, conversation
) -> None:
    h = Harness(fake_api, bot_config, conversation)
    chat = 8100
    fake_api.add_private_chat(chat)
    text = "Alerte, première partie. " * 150 + "\n" + "Alerte, seconde partie. " * 150
    state = open_state(bot_config.state_path)
    try:
        state.execute("INSERT INTO outbox (chat_id, kind, text, status, attempts, created_at) "
                      "VALUES (?, 'arrete', ?, 'pending', 0, '2026-01-01T00:00:00')", (str(chat), text))
        [item] = alerts.pending(state)
        record_sent(state, f"o:{item.id}", 0, 515151)  # the first part reached Telegram, then a crash
    finally:
        state.close()
    await h.start()
    try:
        [second] = await fake_api.wait_messages(chat, 1)
        state = open_state(bot_config.state_path)
        try:
            await fake_api.wait_for(lambda: not alerts.pending(state), what="the row marked sent")
        finally:
            state.close()
        await asyncio.sleep(0.7)
    finally:
        await h.stop()
    assert second.text.startswith("Alerte, seconde partie.")
    assert len(fake_api.sent("sendMessage", chat)) == 1


async def test_a_clerks_answer_sent_during_an_import_is_not_sent_again(harness: Harness) -> None:
    """Marking it delivered waits for the import; the next rounds must not send it again meanwhile."""
    api = harness.api
    await harness.say("Je voudrais parler à quelqu'un de la mairie")
    [filed] = await harness.say("Pouvez-vous vider la benne du cimetière ?")
    reference = filed.text.split("référence ")[1].split(".")[0]
    await api.wait_messages(STAFF_CHAT, 1)
    clerk = knowledge.open_kb(harness.config.db_path)
    knowledge.answer_inbox(clerk, reference, "C'est prévu jeudi.", by="secrétariat")
    clerk.execute("BEGIN IMMEDIATE")  # an import starts: the answer can be sent, not marked
    try:
        [delivered] = (await api.wait_messages(harness.resident, 3))[2:]
        assert delivered.text.endswith("C'est prévu jeudi.")
        await asyncio.sleep(1.5)  # five rounds of the deliveries job
        assert len(api.sent("sendMessage", harness.resident)) == 3
    finally:
        clerk.execute("ROLLBACK")
    try:
        await api.wait_for(lambda: not knowledge.pending_deliveries(clerk), what="the answer delivered")
    finally:
        clerk.close()
    assert len(api.sent("sendMessage", harness.resident)) == 3


def test_finishing_drops_the_text_and_the_kept_replies(tmp_path) -> None:
    state = open_state(tmp_path / "state.sqlite")
    try:
        assert record_update(state, 5, 42, '{"update_id": 5}')
        assert not record_update(state, 5, 42, '{"update_id": 5}')  # a second delivery
        assert begin_update(state, 5) == (1, {})
        record_sent(state, "u:5", 0, 1001)
        assert begin_update(state, 5) == (2, {0: 1001})
        release_update(state, 5)  # that attempt met a Telegram outage: it does not count
        assert begin_update(state, 5)[0] == 2
        idempotent.keep(state, "u:5:1", idempotent.encode(Reply(text="Bonjour")))
        idempotent.keep(state, "u:50:1", idempotent.encode(Reply(text="Autre")))
        finish_update(state, 5)
        assert open_updates(state) == []
        assert state.execute("SELECT key FROM core_replies").fetchall()[0][0] == "u:50:1"
        assert sent_for(state, "u:5") == {}  # done: kept an hour as a log, no longer counted
    finally:
        state.close()


@pytest.mark.parametrize("value", [None, ["4242", "Réponse"], Reply(text="x")])
def test_kept_replies_round_trip_as_json(value) -> None:
    from bot.answers.base import Button
    from knowledge.records import Source

    if isinstance(value, Reply):
        value = Reply(text="Horaires", buttons=[Button("Oui", "i:faq")],
                      sources=[Source("commune", "c", "Mairie")], intent="mairie_hours", confidence=0.9,
                      feedback=True, reply_id="ab12cd34")
    assert idempotent.decode(idempotent.encode(value)) == value
