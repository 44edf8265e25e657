"""The real Application, driven over HTTP through the fake Bot API server, with the demo commune's core."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import socket
import time
from dataclasses import replace
from datetime import date, timedelta

import httpx
import pytest
from conftest import CLERK, DEMO_ARRETES_HEADER, FAST, STAFF_CHAT, Harness

import knowledge
from bot import alerts
from bot.channels.telegram import build_application, texts
from bot.channels.telegram.app import webhook_options
from bot.state import data_about_chat, open_state


def keyboard_data(sent) -> list[str]:
    markup = sent.params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def click(h: Harness, sent, data: str, expect: int = 1) -> list:
    """Press a button under a message the bot sent; return the bot's new messages."""
    chat_id = sent.chat_id
    before = len(h.api.sent("sendMessage", chat_id))
    query_id = h.api.click(sent.result, data)
    new = (await h.api.wait_messages(chat_id, before + expect))[before:]
    await h.api.wait_for(lambda: query_id not in h.api.pending_queries(), what="the query answered")
    return new


async def test_start_registers_commands_and_presents_the_bot(harness: Harness) -> None:
    names = [c["command"] for c in harness.api.commands]
    assert {"start", "aide", "menu", "contact", "arretes", "budget", "annuaire", "signaler", "abonner",
            "desabonner", "mesdonnees", "oubli"} <= set(names)
    [reply] = await harness.say("/start")
    text = reply.text.lower()
    assert "assistant automatique" in text and "fictive" in text and "aucune valeur juridique" in text
    assert "confidentialité" in text and "/oubli" in text
    assert reply.params["parse_mode"] == "HTML"


async def test_question_round_trip_with_sources_then_feedback(harness: Harness) -> None:
    [answer] = await harness.say("Quels sont les horaires de la mairie ?")
    assert "Horaires d'ouverture de la mairie" in answer.text
    assert "Source : Mairie de " in answer.text
    feedback = keyboard_data(answer)
    assert len(feedback) == 2 and all(len(d.encode()) <= 64 for d in feedback)
    [thanks] = await click(harness, answer, feedback[1])  # 👎
    assert "transmise au secrétariat" in thanks.text
    assert harness.api.sent("editMessageReplyMarkup", harness.resident)  # the used keyboard is retired
    assert harness.api.pending_queries() == []
    assert not [e for e in harness.api.errors if e[0] != "getChatMember"]


async def test_suggestion_button(harness: Harness) -> None:
    # vague questions: the bot does not assert an answer but offers the nearest records as buttons
    for question in ("tarif", "ouvert", "inscription", "horaires", "travaux"):
        [reply] = await harness.say(question)
        choices = [d for d in keyboard_data(reply) if d.startswith("r:")]
        if choices:
            break
    else:
        pytest.fail("no vague question produced suggestions")
    assert "choisissez-le" in reply.text
    [answer] = await click(harness, reply, choices[0])
    assert answer.text and "choisissez-le" not in answer.text
    assert harness.api.pending_queries() == []


async def test_menu_is_an_inline_keyboard_of_themes(harness: Harness) -> None:
    [menu] = await harness.say("/menu")
    data = keyboard_data(menu)
    assert len(data) >= 4 and all(1 <= len(d.encode()) <= 64 for d in data)
    [theme] = await click(harness, menu, data[0])
    assert theme.text


async def test_handoff_reaches_staff_and_only_a_member_reply_reaches_the_resident(harness: Harness) -> None:
    api = harness.api
    await harness.say("Je voudrais parler à quelqu'un de la mairie")
    [filed] = await harness.say("Ma haie déborde & gêne le passage <urgent>, pouvez-vous me rappeler ?")
    reference = filed.text.split("référence ")[1].split(".")[0]
    [post] = await api.wait_messages(STAFF_CHAT, 1)
    assert reference in post.text and "<urgent>" in post.text  # escaped, so Telegram kept it
    assert str(harness.resident) not in post.text  # the resident's chat id stays private

    resident = harness.resident
    before = len(api.sent("sendMessage", resident))
    chatter = api.send_text(STAFF_CHAT, "Qui s'en occupe ?", user_id=CLERK)["message"]
    api.send_text(STAFF_CHAT, "Moi.", user_id=CLERK + 1, reply_to=chatter)  # clerks among themselves
    api.send_text(STAFF_CHAT, "Je vous rappelle demain.", user_id=777, reply_to=post.result)
    [refused] = (await api.wait_messages(STAFF_CHAT, 2))[1:]
    assert refused.text == texts.STAFF_NOT_MEMBER
    api.send_text(STAFF_CHAT, "Bonjour, nous passons demain matin.", user_id=CLERK, reply_to=post.result)
    [relayed] = (await api.wait_messages(resident, before + 1))[before:]
    assert relayed.text.startswith(f"Réponse de la mairie à votre message {reference} (« Ma haie déborde")
    assert relayed.text.endswith("Bonjour, nous passons demain matin.")
    confirmation = (await api.wait_messages(STAFF_CHAT, 3))[2]
    assert reference in confirmation.text


async def test_signalement_with_photo_and_location_goes_to_staff(harness: Harness) -> None:
    api, resident = harness.api, harness.resident
    await harness.say("/signaler")
    await harness.say("Lampadaire éteint devant le 12 rue des Écoles depuis lundi.")
    api.send_photo(resident, file_id="PHOTO-LAMP")
    await api.wait_messages(resident, 3)
    api.send_location(resident, 45.98, 4.71)
    await api.wait_messages(resident, 4)
    filed = api.sent("sendMessage", resident)[-1]
    assert "référence" in filed.text
    [photo] = await _wait_sent(api, "sendPhoto", STAFF_CHAT)
    assert photo.params["photo"] == "PHOTO-LAMP"
    # A clerk may answer by replying to the photo post as well.
    api.send_text(STAFF_CHAT, "Réparation prévue jeudi.", user_id=CLERK, reply_to=photo.result)
    messages = await api.wait_messages(resident, 5)
    assert messages[-1].text.endswith("Réparation prévue jeudi.")


async def _wait_sent(api, method: str, chat_id: int, count: int = 1) -> list:
    await api.wait_for(lambda: len(api.sent(method, chat_id)) >= count, what=f"{method} to {chat_id}")
    return api.sent(method, chat_id)


async def test_oubli_erases_what_is_stored(harness: Harness) -> None:
    await harness.say("Quand passe le camion des encombrants ?")
    [before] = await harness.say("/mesdonnees")
    assert "encombrants" in before.text
    await harness.say("/oubli")
    state = open_state(harness.config.state_path)
    try:
        assert data_about_chat(state, str(harness.resident)) == {}
    finally:
        state.close()


async def test_stickers_voice_edits_and_groups(harness: Harness) -> None:
    api, resident = harness.api, harness.resident
    api.send_sticker(resident)
    api.send_voice(resident)
    first, second = await api.wait_messages(resident, 2)
    assert first.text == second.text == texts.UNSUPPORTED
    original = api.send_text(resident, "horaires de la mairie")["message"]
    await api.wait_messages(resident, 3)
    api.edit_text(original, "horaires de la poste")
    assert (await api.wait_messages(resident, 4))[-1].text == texts.EDITED
    group = -200
    api.add_group(group, "Amis du village")
    api.send_text(group, "bonjour à tous", user_id=resident)
    api.send_text(group, "/start", user_id=resident)
    [only] = await api.wait_messages(group, 1)
    assert only.text == texts.GROUP_ONLY_PRIVATE  # plain group chatter is ignored, commands redirected
    await asyncio.sleep(0.2)
    assert len(api.sent("sendMessage", group)) == 1


async def test_typing_action_when_the_answer_is_slow(fake_api, shared_core, monkeypatch) -> None:
    config, core = shared_core
    answer = core.text

    def slow_answer(*args, **kwargs):  # a slow answer, whatever the machine's speed
        time.sleep(0.4)
        return answer(*args, **kwargs)

    monkeypatch.setattr(core, "text", slow_answer)
    h = Harness(fake_api, config, core, replace(FAST, typing_after=0.1))
    await h.start()
    try:
        await h.say("Quels sont les horaires de la mairie ?")
    finally:
        await h.stop()
    [action] = fake_api.sent("sendChatAction", h.resident)
    assert action.params["action"] == "typing"
    assert action.at <= fake_api.sent("sendMessage", h.resident)[0].at


async def test_429_storm_every_resident_answered_once(harness: Harness) -> None:
    api = harness.api
    residents = list(range(5001, 5009))
    api.fail_next(4, "429", methods=("sendMessage",), retry_after=1)
    for chat in residents:
        api.send_text(chat, "/contact")
    for chat in residents:
        await api.wait_messages(chat, 1, timeout=15)
    await asyncio.sleep(0.2)
    assert all(len(api.sent("sendMessage", chat)) == 1 for chat in residents)
    assert api.flood_violations == 0


async def test_network_errors_and_timeouts_lose_no_answer(harness: Harness) -> None:
    harness.api.fail_next(2, "500", methods=("sendMessage",))
    [reply] = await harness.say("/contact")
    assert "mairie" in reply.text.lower()
    harness.api.fail_next(1, "timeout", methods=("sendMessage",), hang=2.5)
    [reply] = await harness.say("/budget")
    assert "Budget" in reply.text


def _import_new_arrete(db_path, tmp_path, number: str) -> None:
    start = date.today() + timedelta(days=5)
    row = (f"Commune de démonstration;00000000000000;{number};{date.today()};temporaire;6.1;police;"
           f"Rue des Écoles fermée à la circulation pour travaux <réseau> & voirie.;{start};"
           f"{start + timedelta(days=3)};rue des Écoles;;;")
    path = tmp_path / f"arretes-{number}.csv"
    path.write_text(DEMO_ARRETES_HEADER + "\n" + row + "\n", encoding="utf-8")
    conn = knowledge.open_kb(db_path)
    try:
        [report] = knowledge.import_paths(conn, [path])
        assert report.ok
    finally:
        conn.close()


async def test_broadcast_of_a_new_traffic_arrete_to_subscribers(harness: Harness, tmp_path) -> None:
    api = harness.api
    subscribers = list(range(7001, 7013))
    for chat in subscribers:
        api.send_text(chat, "/abonner")
    for chat in subscribers:
        await api.wait_messages(chat, 1)
    await asyncio.sleep(1.5)  # the first detection marks the demo archive as seen, alerting nobody
    assert all(len(api.sent("sendMessage", chat)) == 1 for chat in subscribers)
    _import_new_arrete(harness.config.db_path, tmp_path, "2099-001")
    for chat in subscribers:
        await api.wait_messages(chat, 2, timeout=15)
    await asyncio.sleep(1.0)
    for chat in subscribers:
        [_, alert] = api.sent("sendMessage", chat)
        assert alert.text.startswith("Nouvel arrêté n° 2099-001")
        assert "<réseau> & voirie" in alert.text
    assert harness.resident not in {s.chat_id for s in api.sent("sendMessage")}


async def test_interrupted_broadcast_resumes_without_loss_or_duplicate(
    fake_api, bot_config, conversation
) -> None:
    subscribers = list(range(8001, 8041))  # 40: more than Telegram's 30 per second
    for chat in subscribers:
        fake_api.add_private_chat(chat)
    state = open_state(bot_config.state_path)
    try:
        for chat in subscribers:
            alerts.subscribe(state, str(chat))
        kb = knowledge.open_kb(bot_config.db_path, readonly=True)
        alerts.detect_new_alerts(kb, state, date.today())  # first run: the archive is marked seen
        kb.close()
        alerts.detect_new_alerts(None, state, date.today(), arretes=[_arrete_record("2099-002")])
    finally:
        state.close()
    h = Harness(fake_api, bot_config, conversation)
    await h.start()
    await fake_api.wait_for(lambda: len(fake_api.sent("sendMessage")) >= 30, what="the first 30 alerts")
    fake_api.fail_next(1000, "500", methods=("sendMessage",))  # Telegram goes down mid-broadcast…
    await asyncio.sleep(0.5)
    await h.stop()  # …and the bot is restarted
    delivered = len(fake_api.sent("sendMessage"))
    assert delivered < len(subscribers)
    fake_api.clear_faults()
    await h.start()
    try:
        await fake_api.wait_for(lambda: len(fake_api.sent("sendMessage")) >= len(subscribers), timeout=15,
                                what="the rest of the broadcast")
        await asyncio.sleep(0.5)
    finally:
        await h.stop()
    got = sorted(s.chat_id for s in fake_api.sent("sendMessage"))
    assert got == subscribers  # each subscriber exactly once


def _arrete_record(number: str):
    from knowledge.records import Arrete, Source

    start = date.today() + timedelta(days=2)
    return Arrete(id=number, date=date.today(), type="temporaire", objet="Déviation pour travaux.",
                  debut=start, fin=start + timedelta(days=1), lieux=("Grande Rue",), matiere=None, url=None,
                  text=None, source=Source("arrete", number, f"Arrêté n° {number}"))


async def test_restart_mid_conversation_loses_nothing(fake_api, bot_config) -> None:
    h = Harness(fake_api, bot_config, None)  # the bot opens its own core, as in production
    await h.start(own_core=True)
    try:
        [prompt] = await h.say("/signaler")
        assert "Décrivez" in prompt.text
    finally:
        await h.stop()
    await h.start(own_core=True)  # a new process would read the same state file
    try:
        [step] = await h.say("Nid-de-poule dangereux devant la boulangerie, rue des Écoles.")
        assert "C'est noté" in step.text
        [filed] = await h.say("envoyer")
        assert "référence" in filed.text
    finally:
        await h.stop()


async def test_a_core_process_that_dies_is_replaced_and_the_question_answered(fake_api, bot_config) -> None:
    h = Harness(fake_api, bot_config, None)  # the core in its own process, as in production
    app = await h.start(own_core=True)
    try:
        process = app.bot_data["clocher"].core._process
        os.kill(process.pid, signal.SIGSTOP)  # frozen, so it dies holding the question
        fake_api.send_text(h.resident, "Quels sont les horaires de la mairie ?")
        await asyncio.sleep(0.3)
        os.kill(process.pid, signal.SIGKILL)
        [answer] = await fake_api.wait_messages(h.resident, 1, timeout=90)  # asked again, of a new core
        assert "Horaires" in answer.text
        assert app.bot_data["clocher"].core._process.pid != process.pid
        [again] = await h.say("/contact", timeout=30)
        assert "mairie" in again.text.lower()
    finally:
        await h.stop()


async def test_a_question_that_kills_the_core_twice_costs_an_apology_not_the_question(
    harness: Harness, monkeypatch
) -> None:
    from bot.core_process import CoreUnavailable

    real_text = harness.conversation.text

    def deadly(chat_id, text, **kwargs):
        if text == "question fatale":
            raise CoreUnavailable("the conversation core's process stopped")
        return real_text(chat_id, text, **kwargs)

    monkeypatch.setattr(harness.conversation, "text", deadly)
    [apology] = await harness.say("question fatale")
    assert apology.text == texts.TECHNICAL_ERROR
    kb = knowledge.open_kb(harness.config.db_path, readonly=True)
    try:
        await harness.api.wait_for(
            lambda: [q for q in knowledge.list_unanswered(kb)
                     if q.question == "question fatale" and q.reason == "erreur technique"
                     and q.chat_id == str(harness.resident)],
            timeout=10, what="the question, in the clerks' list",
        )
    finally:
        kb.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_checks_the_secret_token(fake_api, shared_core) -> None:
    h = Harness(fake_api, *shared_core)
    h.app = app = build_application(h.config, h.conversation, FAST)
    port = _free_port()
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="clocher-hook",
                                    secret_token="s3cr3t-T0ken", webhook_url="https://bot.example.fr/clocher-hook")
    try:
        assert fake_api.webhook["secret_token"] == "s3cr3t-T0ken"
        update = {"update_id": 1, "message": {
            "message_id": 1, "date": 0, "chat": {"id": h.resident, "type": "private", "first_name": "C"},
            "from": {"id": h.resident, "is_bot": False, "first_name": "C"}, "text": "/contact",
            "entities": [{"type": "bot_command", "offset": 0, "length": 8}]}}
        url = f"http://127.0.0.1:{port}/clocher-hook"
        async with httpx.AsyncClient() as client:
            forged = await client.post(url, json=update)
            wrong = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"})
            good = await client.post(url, json=update,
                                     headers={"X-Telegram-Bot-Api-Secret-Token": "s3cr3t-T0ken"})
        assert forged.status_code == wrong.status_code == 403
        assert good.status_code == 200
        [reply] = await fake_api.wait_messages(h.resident, 1)
        assert "mairie" in reply.text.lower()
    finally:
        await h.stop()


async def test_token_never_reaches_the_logs(harness: Harness, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    harness.api.fail_next(5, "500", methods=("sendMessage",))  # errors get logged, with tracebacks
    harness.api.send_text(harness.resident, "/contact")
    await asyncio.sleep(1.5)
    logging.getLogger("clocher.test").error("oops with %s", harness.config.token)
    assert harness.config.token not in caplog.text
    assert "<jeton masqué>" in caplog.text
    assert harness.config.token.split(":")[1] not in repr(harness.config)


async def test_a_residents_message_never_reaches_the_logs(harness: Harness, caplog, monkeypatch) -> None:
    caplog.set_level(logging.INFO)  # as run_bot.py logs
    caplog.set_level(logging.DEBUG, logger="bot")  # and every line of ours
    real_text = harness.conversation.text

    def broken(chat_id, text, **kwargs):
        if "panne" in text:
            raise RuntimeError("simulated core failure")
        return real_text(chat_id, text, **kwargs)

    monkeypatch.setattr(harness.conversation, "text", broken)
    await harness.say("Mon numéro fiscal est le 1234567890123, quand passe la balayeuse ?")
    [apology] = await harness.say("panne : mon voisin Jean-Eudes Vercingétorix")
    assert apology.text == texts.TECHNICAL_ERROR
    assert "Update" in caplog.text  # the failure is logged, by update number and error type
    assert "1234567890123" not in caplog.text and "Vercingétorix" not in caplog.text


async def test_a_clerk_answers_a_question_the_bot_could_not(harness: Harness) -> None:
    [unknown] = await harness.say("Le club de pétanque recrute-t-il des arbitres cette année ?")
    assert "secrétariat de mairie" in unknown.text  # not known: the mairie's contacts
    conn = knowledge.open_kb(harness.config.db_path)  # what `python -m knowledge unanswered answer` does
    try:
        [question] = [q for q in knowledge.list_unanswered(conn) if q.chat_id == str(harness.resident)]
        knowledge.answer_unanswered(conn, question.id, "Oui, renseignez-vous au boulodrome le samedi.")
    finally:
        conn.close()
    [delivered] = (await harness.api.wait_messages(harness.resident, 2))[1:]
    assert "(« Le club de pétanque recrute-t-il des arbitres cette année ? »)" in delivered.text
    assert delivered.text.endswith("Oui, renseignez-vous au boulodrome le samedi.")


async def test_answer_typed_in_the_clerk_cli_is_delivered(harness: Harness) -> None:
    await harness.say("Je voudrais parler à quelqu'un de la mairie")
    [filed] = await harness.say("Pouvez-vous tailler la haie du chemin des Vignes ?")
    reference = filed.text.split("référence ")[1].split(".")[0]
    conn = knowledge.open_kb(harness.config.db_path)  # what `python -m knowledge inbox answer` does
    try:
        knowledge.answer_inbox(conn, reference, "C'est prévu la semaine prochaine.", by="secrétariat")
    finally:
        conn.close()
    [delivered] = (await harness.api.wait_messages(harness.resident, 3))[2:]
    assert reference in delivered.text and delivered.text.endswith("C'est prévu la semaine prochaine.")
    await asyncio.sleep(0.7)  # delivered once: the next rounds find nothing pending
    assert len(harness.api.sent("sendMessage", harness.resident)) == 3


async def test_a_failing_handler_is_logged_apologised_for_and_the_bot_keeps_running(
    harness: Harness, monkeypatch
) -> None:
    real_text = harness.conversation.text

    def broken(chat_id, text, **kwargs):
        if text == "panne":
            raise RuntimeError("simulated core failure")
        return real_text(chat_id, text, **kwargs)

    monkeypatch.setattr(harness.conversation, "text", broken)
    [apology] = await harness.say("panne")
    assert apology.text == texts.TECHNICAL_ERROR
    [staff_alert] = await harness.api.wait_messages(STAFF_CHAT, 1)
    assert "RuntimeError" in staff_alert.text and "panne" not in staff_alert.text
    [answer] = await harness.say("Quels sont les horaires de la mairie ?")
    assert "Horaires" in answer.text
    # The question is not lost: the next delivery round moves it to the clerks' list.
    kb = knowledge.open_kb(harness.config.db_path, readonly=True)
    try:
        await harness.api.wait_for(
            lambda: [q for q in knowledge.list_unanswered(kb)
                     if q.question == "panne" and q.reason == "erreur technique"
                     and q.chat_id == str(harness.resident)],
            timeout=10, what="the failed question in the clerks' list",
        )
    finally:
        kb.close()


async def test_builder_options_and_named_jobs(harness: Harness) -> None:
    bot = harness.app.bot
    assert bot.base_url == harness.api.base_url + harness.api.token
    assert bot.base_file_url == harness.api.base_file_url + harness.api.token
    names = {job.name for job in harness.app.job_queue.jobs()}
    assert {"arrete-alerts", "outbox", "clerk-answers", "retention-purge"} <= names


def test_webhook_options_take_the_path_from_the_url_and_always_have_a_secret(bot_config) -> None:
    config = replace(bot_config, webhook_url="https://bot.example.fr/clocher/hook", webhook_secret=None)
    options = webhook_options(config)
    assert options["url_path"] == "clocher/hook"
    assert re.fullmatch(r"[A-Za-z0-9_-]{20,256}", options["secret_token"])
    assert webhook_options(replace(config, webhook_secret="abc"))["secret_token"] == "abc"


async def test_a_staff_reply_during_an_import_is_refused_clearly_then_accepted(harness: Harness) -> None:
    api = harness.api
    await harness.say("Je voudrais parler à quelqu'un de la mairie")
    await harness.say("Pouvez-vous me rappeler au sujet de la cantine ?")
    [post] = await api.wait_messages(STAFF_CHAT, 1)
    clerk = knowledge.open_kb(harness.config.db_path)  # a clerk's import holds the write lock
    clerk.execute("BEGIN IMMEDIATE")
    try:
        api.send_text(STAFF_CHAT, "Nous vous rappelons demain.", user_id=CLERK, reply_to=post.result)
        busy = (await api.wait_messages(STAFF_CHAT, 2))[1]
        assert busy.text == texts.STAFF_BUSY
    finally:
        clerk.execute("ROLLBACK")
        clerk.close()
    before = len(api.sent("sendMessage", harness.resident))
    api.send_text(STAFF_CHAT, "Nous vous rappelons demain.", user_id=CLERK, reply_to=post.result)
    [relayed] = (await api.wait_messages(harness.resident, before + 1))[before:]
    assert relayed.text.endswith("Nous vous rappelons demain.")
