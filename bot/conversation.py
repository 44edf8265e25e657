"""The conversation core: the one place every channel calls, whatever carries the message.

`Conversation` owns what must live as long as the bot: the read-only knowledge base, the intent model
(reloaded when an admin promotes a new one), the gazetteers handed to the NLU, and the bot's state file.
Each call takes a chat id and returns a channel-neutral `Reply`; channels only render it.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import textwrap
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import knowledge
import nlu
from bot import state as st
from bot.answers import ROUTES, clarify_label, fiches, second_chance
from bot.answers.base import Answer, Ask, Button
from bot.answers.fallback import contacts_lines, not_known
from bot.config import Config
from bot.french import format_number, plural
from bot.query import content_words, fold
from bot.textguard import MAX_QUESTION, MAX_REPORT, clean, cut
from knowledge.records import Source

# Below this the top intent is a guess; used on top of the model's own fallback decision.
CLARIFY_MIN = 0.2
KB_WRITE_WAIT_MS = 200  # the bot's writes to the knowledge base wait this long for a clerk's import
FOLLOW_UP_PREFIXES = ("et ", "et?", "et,", "pareil ", "meme chose ", "même chose ")
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
PRONOUNS = {"elle", "il", "ils", "elles", "c'est", "ca"}
SMALLTALK = {"greet", "thanks", "goodbye", "help"}
GREETINGS = {"greet", "thanks", "goodbye"}
# Words of greetings and thanks themselves (besides bot.query.STOP): more than one other word makes
# the message a question.
SMALLTALK_WORDS = {
    "bonsoir", "coucou", "hello", "revoir", "bonne", "bon", "journee", "soiree", "nuit", "ciao", "bye",
    "super", "parfait", "genial", "top", "ok", "okay", "daccord", "accord", "tard", "aide", "reponse",
    "cordialement", "bisous", "tchao", "adieu",
}


NOT_UNDERSTOOD = (
    "Je n'ai pas compris votre message. Écrivez votre question en quelques mots, "
    "par exemple : « Quels sont les horaires de la mairie ? »"
)
TOO_LONG = (
    "Votre message est trop long pour moi ({size} caractères) : posez votre question en quelques mots. "
    "Pour écrire longuement à la mairie, tapez /signaler ou choisissez « Parler à quelqu'un » dans /menu."
)

# A clerk's import holds the knowledge base's write lock; channels catch it from here, not from knowledge.
KnowledgeBusy = knowledge.KnowledgeBusy


@dataclass(frozen=True)
class Reply:
    """What a channel shows: plain text (the channel escapes it), buttons, and the sources cited."""

    text: str
    buttons: list[Button] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    intent: str | None = None
    confidence: float | None = None
    fallback: bool = False
    feedback: bool = False
    reply_id: str | None = None
    staff_notice: str | None = None
    inbox_reference: str | None = None
    photo_file_id: str | None = None

    def as_dict(self) -> dict:
        return {
            "answer": self.text,
            "intent": self.intent,
            "confidence": None if self.confidence is None else round(self.confidence, 4),
            "fallback": self.fallback,
            "sources": [s.as_dict() for s in self.sources],
            "buttons": [{"label": b.label, "data": b.data} for b in self.buttons],
        }


def feedback_data(reply_id: str, up: bool) -> str:
    return f"fb:{reply_id}:{'u' if up else 'd'}"


class Conversation:
    """Long-lived core shared by all chats; thread-safe so channels may call it from worker threads."""

    def __init__(self, config: Config, *, models: nlu.ModelHandle | None = None) -> None:
        self.config = config
        self.kb = knowledge.open_kb(config.db_path, readonly=True)
        if knowledge.is_empty(self.kb):
            self.kb.close()
            raise knowledge.KnowledgeError(
                f"La base de connaissances {config.db_path} est vide. Importez d'abord les fichiers de la "
                f"commune : python -m knowledge --db {config.db_path} import demo/"
            )
        self._writer = None
        self.state = st.open_state(config.state_path)
        if models is None:
            nlu.ensure_model(config.models_dir)
            models = nlu.ModelHandle(config.models_dir)
        self.models = models
        self._lock = threading.RLock()
        self._data_version = None
        self._refresh_kb_cache()

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._writer is not None:
                with contextlib.suppress(KnowledgeBusy):
                    self.flush_parked()
            self.kb.close()
            self.state.close()
            if self._writer is not None:
                self._writer.close()

    def warm_up(self) -> None:
        """Load the intent model and spaCy now: done lazily, the first resident after a start waits ≈ 8 s."""
        self.models.get().predict("bonjour", today=date.today(), gazetteers=self.gazetteers)

    @property
    def writer(self):
        """One writable KB connection, opened on first need (inbox, unanswered questions)."""
        if self._writer is None:
            self._writer = knowledge.open_kb(self.config.db_path)
            # A clerk's import holds the write lock for its whole file: fail fast and park (see _queue).
            self._writer.execute(f"PRAGMA busy_timeout = {KB_WRITE_WAIT_MS}")
        return self._writer

    def _queue(self, question: str, chat_id: str | None, reason: str, now: datetime) -> None:
        """Queue a question for the clerks; while an import holds the knowledge base, park it here.

        Why: waiting for a million-row import would freeze every chat behind this one, and giving up
        would lose the resident's question. Parked questions reach the clerks' list at the next
        flush_parked() (the next queued question, each delivery round, and when the core closes).
        """
        try:
            self.flush_parked()
            knowledge.add_unanswered(self.writer, question, chat_id=chat_id, reason=reason)
        except KnowledgeBusy:
            if chat_id is None:
                raise
            st.park_question(self.state, chat_id, question, reason, now)

    def flush_parked(self) -> int:
        """Apply what an import made us park: erasures first, then questions; stops while still busy."""
        moved = 0
        for chat_id in st.parked_erasures(self.state):
            knowledge.erase_chat(self.writer, chat_id)
            st.unpark_erasure(self.state, chat_id)
            moved += 1
        for row in st.parked_questions(self.state):
            knowledge.add_unanswered(
                self.writer, row["question"], chat_id=row["chat_id"], reason=row["reason"]
            )
            st.unpark_question(self.state, row["id"])
            moved += 1
        return moved

    def _refresh_kb_cache(self) -> None:
        """Reload the profile and gazetteers when a clerk has imported since we last looked."""
        version = self.kb.execute("PRAGMA data_version").fetchone()[0]
        if version == self._data_version:
            return
        self._data_version = version
        self.commune = knowledge.get_commune(self.kb)
        self.gazetteers = nlu.Gazetteers(
            streets=knowledge.streets(self.kb),
            categories=knowledge.categories(self.kb),
            actors=knowledge.actor_names(self.kb),
        )

    # -- entry points --------------------------------------------------------------------------

    def text(self, chat_id: str, text: str, *, now: datetime | None = None) -> Reply:
        now = now or datetime.now()
        text = clean(text).strip()  # lone surrogates, controls, bidi overrides: see bot.textguard
        with self._lock:
            self._refresh_kb_cache()
            ctx = st.load_chat(self.state, chat_id, now, self._ttl)
            if not text or not any(ch.isalnum() for ch in text):
                return Reply(text=NOT_UNDERSTOOD)
            mode = ctx.get("mode")
            if mode and fold(text) in {"annuler", "/annuler", "stop", "laisse tomber"}:
                return self._cancel(chat_id, ctx, now)
            if mode == "demande":  # a letter to the mairie may be long: kept, cut beyond MAX_REPORT
                return self._file_inbox(chat_id, ctx, now, "demande", text)
            if mode == "signalement":
                return self._report_step(chat_id, ctx, now, text)
            if len(text) > MAX_QUESTION:
                return Reply(text=TOO_LONG.format(size=format_number(len(text))))
            return self._answer(chat_id, ctx, now, text)

    def button(self, chat_id: str, data: str, *, now: datetime | None = None) -> Reply:
        now = now or datetime.now()
        with self._lock:
            self._refresh_kb_cache()
            ctx = st.load_chat(self.state, chat_id, now, self._ttl)
            kind, _, rest = clean(data).partition(":")
            number = rest.isascii() and rest.isdigit() and len(rest) <= 9  # forged data: no huge ints
            if kind == "fb":
                return self._feedback(rest, chat_id)
            if kind == "i" and ctx.get("pending_question"):
                question = ctx.pop("pending_question")
                return self._answer(chat_id, ctx, now, question, forced_intent=rest)
            if kind == "f" and number:
                from bot.answers import fiches

                answer = fiches.by_id(self.kb, int(rest), self.commune)
                return self._finish(chat_id, ctx, now, ctx.get("pending_question") or "", "faq", 1.0, answer)
            if kind == "x":
                return self._start_inbox(chat_id, ctx, now, "demande")
            if kind == "m":
                return self.command(chat_id, rest, now=now)
            if kind == "c" and number:
                from bot.answers import annuaire

                answer = annuaire.by_category_index(
                    self._ask(ctx, now, "", "annuaire_category", []), int(rest)
                )
                return self._finish(chat_id, ctx, now, "", "annuaire_category", 1.0, answer)
            return Reply(text="Ce bouton n'est plus valable. Posez à nouveau votre question.")

    def command(self, chat_id: str, name: str, args: str = "", *, now: datetime | None = None) -> Reply:
        from bot import commands

        now = now or datetime.now()
        name, args = clean(name)[:64], clean(args)[:MAX_QUESTION]
        with self._lock:
            self._refresh_kb_cache()
            ctx = st.load_chat(self.state, chat_id, now, self._ttl)
            return commands.run(self, chat_id, ctx, now, name.lower().lstrip("/"), args)

    def photo(self, chat_id: str, file_id: str, caption: str | None = None, *, now=None) -> Reply:
        now = now or datetime.now()
        caption = clean(caption).strip() or None
        with self._lock:
            ctx = st.load_chat(self.state, chat_id, now, self._ttl)
            if ctx.get("mode") != "signalement":
                if caption and len(content_words(caption)) >= 3:
                    ctx.update(mode="signalement", report={"photo": file_id})
                    return self._report_step(chat_id, ctx, now, caption)
                return Reply(
                    text="Merci pour la photo. Je ne peux pas lire les images : pour signaler un problème "
                    "avec une photo, tapez /signaler puis suivez les étapes."
                )
            ctx.setdefault("report", {})["photo"] = file_id
            if not ctx["report"].get("description") and caption:
                ctx["report"]["description"] = caption
            return self._report_step(chat_id, ctx, now, None)

    def location(self, chat_id: str, latitude: float, longitude: float, *, now=None) -> Reply:
        now = now or datetime.now()
        with self._lock:
            ctx = st.load_chat(self.state, chat_id, now, self._ttl)
            if ctx.get("mode") != "signalement":
                return Reply(
                    text="Merci. Une position ne me suffit pas pour répondre : pour signaler un problème à "
                    "cet endroit, tapez /signaler."
                )
            ctx.setdefault("report", {})["location"] = [latitude, longitude]
            return self._report_step(chat_id, ctx, now, None)

    def staff_answer(self, reference: str, text: str, by: str) -> tuple[str, str] | None:
        """Record a clerk's answer; raises KnowledgeBusy while an import holds the knowledge base."""
        with self._lock:
            item = knowledge.get_inbox_item(self.writer, reference)
            if item is None:
                return None
            knowledge.answer_inbox(self.writer, reference, text, by=by)
            knowledge.mark_delivered(self.writer, reference)
            return item.chat_id, self._delivery_text(item, text)

    def pending_deliveries(self) -> list[tuple[str, str, str]]:
        with self._lock:
            with contextlib.suppress(KnowledgeBusy):  # still importing: next round
                self.flush_parked()
            return [
                (item.reference, item.chat_id, self._delivery_text(item, item.answer or ""))
                for item in knowledge.pending_deliveries(self.writer)
            ]

    def mark_delivered(self, reference: str) -> None:
        with self._lock:
            knowledge.mark_delivered(self.writer, reference)

    def purge(self, now: datetime | None = None) -> int:
        """Delete residents' data older than the retention period, in the state file and the inbox."""
        now = now or datetime.now()
        with self._lock:
            removed = st.purge(self.state, now - timedelta(days=self.config.retention_days))
            removed += knowledge.purge_resident_data(self.writer, self.config.retention_days)
            return removed

    # -- internals -----------------------------------------------------------------------------

    @property
    def _ttl(self) -> timedelta:
        return timedelta(minutes=self.config.session_minutes)

    def _ask(self, ctx: dict, now: datetime, text: str, intent: str, entities: list) -> Ask:
        return Ask(
            kb=self.kb,
            text=text,
            intent=intent,
            entities=entities,
            now=now,
            context=ctx,
            commune=self.commune,
        )

    def _answer(
        self, chat_id: str, ctx: dict, now: datetime, text: str, forced_intent: str | None = None
    ) -> Reply:
        model = self.models.get()
        understanding = model.predict(text, today=now.date(), gazetteers=self.gazetteers)
        intent, confidence = understanding.intent, understanding.confidence
        entities = [e for e in understanding.entities if not self._is_commune_name(e)]
        follow = None
        if forced_intent:
            intent, confidence = forced_intent, 1.0
        else:
            follow = self._follow_up_intent(ctx, text, understanding)
            if follow:
                intent = follow
                entities = entities + carried_entities(ctx, {e.type for e in entities})
            elif understanding.fallback:
                # A vague message (« horaires ») is better clarified than guessed; a named place, category
                # or arrêté number says where to look.
                ask = self._ask(ctx, now, text, intent, entities)
                words = ask.keywords()
                specific = len(words) >= 2 or (len(words) == 1 and fiches.is_specific(self.kb, words[0]))
                rescued = entity_route(ask) or (second_chance(ask, None) if specific else None)
                if rescued:
                    return self._finish(
                        chat_id,
                        ctx,
                        now,
                        text,
                        rescued[0],
                        confidence,
                        rescued[1],
                        record=True,
                        entities=entities,
                    )
                # Only topics: « Au revoir » is no answer to « c quand le prochain don du sang ».
                choices = [(i, c) for i, c in understanding.ranking[:3] if clarify_label(i)]
                if len(choices) >= 2 and choices[0][1] >= CLARIFY_MIN and intent != "out_of_scope":
                    return self._clarify(chat_id, ctx, now, text, understanding, choices)
                return self._finish(
                    chat_id, ctx, now, text, intent, confidence, not_known(self.commune), record=True
                )
        if intent in GREETINGS and not forced_intent and asks_something(text):
            intent = "out_of_scope"  # « c quand le prochain don du sang » is not a goodbye
        route = ROUTES.get(intent)
        if route is None or intent == "out_of_scope":
            answer = not_known(self.commune)
            rescued = second_chance(self._ask(ctx, now, text, intent, entities), None)
            if rescued:
                intent, answer = rescued
        elif intent in {"handoff"}:
            return self._start_inbox(chat_id, ctx, now, "demande", intent=intent, confidence=confidence)
        elif intent == "signalement":
            return self._start_report(chat_id, ctx, now, text, confidence)
        else:
            answer = route(self._ask(ctx, now, text, intent, entities))
            if (
                (answer.fallback and not answer.final or answer.tentative)
                and not follow
                and not forced_intent
            ):
                rescued = second_chance(self._ask(ctx, now, text, intent, entities), intent, answer)
                if rescued:
                    intent, answer = rescued
        return self._finish(
            chat_id,
            ctx,
            now,
            text,
            intent,
            confidence,
            answer,
            record=True,
            entities=entities,
            keep=bool(follow),
        )

    def _is_commune_name(self, entity) -> bool:
        """« à Vaulignac » names the commune, not the street « route de Vaulignac »."""
        if entity.type != "street" or not entity.text:
            return False
        words = set(fold(self.commune.nom).replace("-", " ").split())
        said = set(fold(entity.text).replace("-", " ").split())
        return bool(said) and said <= words

    def _follow_up_intent(self, ctx: dict, text: str, understanding) -> str | None:
        """The previous turn's intent when this message only makes sense as its continuation."""
        previous = ctx.get("intent")
        if not previous or previous in SMALLTALK or previous not in ROUTES:
            return None
        folded = fold(text).strip()
        words = folded.replace("?", " ").split()
        starts_with_and = folded.startswith(FOLLOW_UP_PREFIXES) or folded == "et"
        possessive = bool(POSSESSIVES & set(words)) and len(words) <= 6
        # « elle est ouverte samedi ? » right after an answer about one place: same place.
        if words and words[0] in PRONOUNS and ctx.get("slots", {}).get("actor") and len(words) <= 8:
            family = understanding.intent.split("_")[0]
            return understanding.intent if family == previous.split("_")[0] else "annuaire_open"
        if possessive and previous.startswith("mairie"):
            return "mairie_contact"
        if possessive and ctx.get("slots", {}).get("actor"):
            return "annuaire_name" if not understanding.entities else previous
        short = len(content_words(text)) <= 2 and bool(understanding.entities)
        if starts_with_and or (short and (understanding.fallback or understanding.intent == previous)):
            return previous
        return None

    def _clarify(self, chat_id, ctx, now, text, understanding, choices) -> Reply:
        ctx["pending_question"] = text
        st.save_chat(self.state, chat_id, ctx, now)
        buttons = [Button(clarify_label(i), f"i:{i}") for i, _ in choices]
        buttons.append(Button("Autre chose", "x"))
        return Reply(
            text="Je ne suis pas sûr d'avoir compris. Votre question porte-t-elle sur :",
            buttons=buttons,
            intent=understanding.intent,
            confidence=understanding.confidence,
        )

    def _finish(
        self,
        chat_id,
        ctx,
        now,
        text,
        intent,
        confidence,
        answer: Answer,
        *,
        record: bool = False,
        entities=(),
        keep: bool = False,
    ) -> Reply:
        """Remember what follow-ups need, queue what we could not answer, and build the reply."""
        slots = dict(ctx.get("slots", {})) if keep or not entities else {}
        slots.update(slots_from_entities(entities))
        slots.update(answer.remember)
        ctx.update(intent=intent, slots=slots)
        ctx.pop("pending_question", None)
        if answer.fallback and record and text:
            self._queue(text, chat_id, "fallback", now)
        reply_id = secrets.token_hex(4) if answer.feedback and text and not answer.fallback else None
        with st.transaction(self.state):  # the turn's two writes land together
            st.save_chat(self.state, chat_id, ctx, now)
            if reply_id:
                st.remember_answer(self.state, reply_id, chat_id, text, intent, now)
        return Reply(
            text=answer.text,
            buttons=answer.buttons,
            sources=answer.sources,
            intent=intent,
            confidence=confidence,
            fallback=answer.fallback,
            feedback=reply_id is not None,
            reply_id=reply_id,
        )

    def _feedback(self, rest: str, chat_id: str) -> Reply:
        reply_id, _, value = rest.partition(":")
        row = st.answer_for_feedback(self.state, reply_id)
        if row is None or row["chat_id"] != chat_id:  # forged data naming another resident's answer
            return Reply(text="Merci pour votre avis.")
        if not st.set_feedback(self.state, reply_id, "up" if value == "u" else "down"):
            return Reply(text="Votre avis sur cette réponse est déjà enregistré, merci.")
        if value == "u":
            return Reply(text="Merci pour votre avis !")
        self._queue(row["question"], row["chat_id"], "avis négatif", datetime.now())
        return Reply(
            text="Merci, votre question est transmise au secrétariat de mairie pour améliorer mes réponses. "
            "Si c'est urgent, contactez directement la mairie :\n"
            + "\n".join(contacts_lines(self.commune)[1:])
        )

    # -- handoff and signalement ---------------------------------------------------------------

    def _cancel(self, chat_id, ctx, now) -> Reply:
        ctx.pop("mode", None)
        ctx.pop("report", None)
        st.save_chat(self.state, chat_id, ctx, now)
        return Reply(text="C'est annulé. Posez-moi une autre question quand vous voulez.")

    def _start_inbox(self, chat_id, ctx, now, kind, *, intent="handoff", confidence=None) -> Reply:
        ctx["mode"] = kind
        ctx.pop("pending_question", None)
        st.save_chat(self.state, chat_id, ctx, now)
        return Reply(
            text="Je transmets votre demande au secrétariat de mairie. Écrivez-la en un seul message "
            "(avec vos coordonnées si vous souhaitez être rappelé) ; tapez /annuler pour abandonner.",
            intent=intent,
            confidence=confidence,
        )

    def _start_report(self, chat_id, ctx, now, text, confidence) -> Reply:
        if looks_like_question(text):
            # « un chien divague dans ma rue, que faire ? » asks first: answer, and offer to report.
            found = fiches.relevant(self.kb, text)
            rescued = ("faq", fiches.show_fiche(found[0][0])) if found else None
            rescued = rescued or second_chance(self._ask(ctx, now, text, "signalement", []), "signalement")
            if rescued:
                intent, answer = rescued
            else:  # a question is not a report: say so, queue it for the clerks, offer to report
                intent, answer = "out_of_scope", not_known(self.commune)
            answer.buttons = [*answer.buttons, Button("Signaler un problème à la mairie", "m:signaler")]
            return self._finish(chat_id, ctx, now, text, intent, confidence, answer, record=True)
        ctx["mode"] = "signalement"
        ctx["report"] = {}
        generic = {"signaler", "signalement", "probleme", "souci", "voudrais", "veux", "faire", "declarer"}
        if len(content_words(text, generic)) >= 3:
            return self._report_step(chat_id, ctx, now, text, confidence=confidence)
        st.save_chat(self.state, chat_id, ctx, now)
        return Reply(
            text="Décrivez le problème en un message : quoi, où (rue, numéro, repère) et depuis quand. "
            "Tapez /annuler pour abandonner.",
            intent="signalement",
            confidence=confidence,
        )

    def _report_step(self, chat_id, ctx, now, text, *, confidence=None) -> Reply:
        """Collect description, then optional photo and location, then file it in the inbox."""
        report = ctx.setdefault("report", {})
        dropped = 0
        if text is not None:
            if not report.get("description"):
                report["description"] = text
            elif fold(text).strip(" .!") in {
                "envoyer",
                "envoie",
                "ok",
                "non",
                "fin",
                "valider",
                "c'est tout",
            }:
                return self._file_inbox(chat_id, ctx, now, "signalement", report["description"])
            else:
                report["description"] += "\n" + text
            report["description"], dropped = cut(report["description"])
            report["dropped"] = report.get("dropped", 0) + dropped
        if report.get("description") and report.get("photo") and report.get("location"):
            return self._file_inbox(chat_id, ctx, now, "signalement", report["description"])
        st.save_chat(self.state, chat_id, ctx, now)
        if not report.get("description"):
            return Reply(
                text="Merci. Décrivez maintenant le problème en un message : quoi, où et depuis quand."
            )
        missing = [
            w for w, k in (("une photo", "photo"), ("votre position", "location")) if not report.get(k)
        ]
        return Reply(
            text=(cut_note(dropped) + "\n" if dropped else "")
            + f"C'est noté. Vous pouvez ajouter {' et '.join(missing)} si vous le souhaitez, "
            "puis écrivez « envoyer ». Écrivez « envoyer » tout de suite pour transmettre sans.",
            intent="signalement",
            confidence=confidence,
        )

    def _file_inbox(self, chat_id, ctx, now, kind, text) -> Reply:
        report = ctx.get("report") or {}
        location = report.get("location") or [None, None]
        text, dropped = cut(text)
        dropped += report.get("dropped", 0)
        if dropped:  # the clerks see that the resident wrote more than they get
            text += f"\n[…] (message raccourci : {plural(dropped, 'caractère')} non transmis)"
        try:
            item = knowledge.add_inbox_item(
                self.writer,
                kind,
                chat_id,
                text,
                photo_file_id=report.get("photo"),
                latitude=location[0],
                longitude=location[1],
            )
        except KnowledgeBusy:  # a clerk is importing: the draft stays in the chat's context
            st.save_chat(self.state, chat_id, ctx, now)
            retry = "écrivez « envoyer »" if kind == "signalement" else "renvoyez-le"
            return Reply(
                text="La mairie met à jour ses informations en ce moment : je n'ai pas pu transmettre "
                f"votre message, mais il est gardé. Dans une minute, {retry}. En cas d'urgence, "
                "contactez la mairie :\n" + "\n".join(contacts_lines(self.commune)[1:]),
                intent=kind if kind == "signalement" else "handoff",
            )
        ctx.pop("mode", None)
        ctx.pop("report", None)
        st.save_chat(self.state, chat_id, ctx, now)
        what = "signalement" if kind == "signalement" else "demande"
        notice = f"Nouveau {what} {item.reference}\n{text}"
        if item.latitude is not None:
            notice += f"\nPosition : {item.latitude:.5f}, {item.longitude:.5f}"
        notice += "\nRépondez à ce message pour répondre à l'habitant."
        return Reply(
            text=f"Votre {what} est transmis{'' if kind == 'signalement' else 'e'} au secrétariat de mairie "
            f"sous la référence {item.reference}. Vous recevrez la réponse ici."
            + ("\n" + cut_note(dropped) if dropped else ""),
            intent=kind if kind == "signalement" else "handoff",
            staff_notice=notice,
            inbox_reference=item.reference,
            photo_file_id=item.photo_file_id,
        )

    def _delivery_text(self, item: knowledge.InboxItem, answer: str) -> str:
        """Quote the resident's message: they may have several open, and a question the clerks answer
        later (`knowledge unanswered answer`) never came with a reference."""
        asked = textwrap.shorten(item.text, 80, placeholder=" …")
        return f"Réponse de la mairie à votre message {item.reference} (« {asked} ») :\n{answer}"


def cut_note(dropped: int) -> str:
    """What a resident is told when a long request or signalement had to be shortened."""
    return (
        f"Votre message dépasse {format_number(MAX_REPORT)} caractères : seul le début est transmis à la "
        f"mairie, la fin ({plural(dropped, 'caractère')}) ne l'est pas."
    )


def entity_route(ask: Ask) -> tuple[str, Answer] | None:
    """When the model hesitates, an entity it did find (a category, a place, a number) decides."""
    kinds = {e.type for e in ask.entities}
    if fold(str(ask.first("category") or "")) == "mairie":
        intent = "mairie_contact"  # « mairie » alone means this commune's, not a neighbour's entry
    elif "arrete_number" in kinds:
        intent = "arrete_by_number"
    elif kinds & {"actor", "category"}:
        intent = "annuaire_name"
    elif "street" in kinds:
        intent = "arrete_in_force"
    else:
        return None
    ask.intent = intent
    answer = ROUTES[intent](ask)
    return None if answer.fallback else (intent, answer)


# Asking, wherever it stands in the sentence (« … c a qui de couper », « on peut laisser … »).
ASKING = re.compile(
    r"\b(quand|combien|pourquoi|comment|a qui|on peut|peut[- ]on|est[- ]ce|faut[- ]il|dois[- ]je|"
    r"ai[- ]je le droit|a t[- ]on le droit|a[- ]t[- ]on le droit|c est quoi|c quoi|c koi)\b"
)


def asks_something(text: str) -> bool:
    """More than greetings and thanks: two other words, or one in a question (« bonne soirée, c'est
    quand la brocante ? »)."""
    words = content_words(text, SMALLTALK_WORDS)
    return len(words) >= 2 or (len(words) == 1 and looks_like_question(text))


def looks_like_question(text: str) -> bool:
    """« que faire ? », « c'est normal ? »: the resident asks before reporting."""
    folded = fold(text)
    return (
        "?" in text
        or folded.startswith(("qui ", "que ", "quoi ", "comment ", "est-ce", "est ce", "pourquoi "))
        or ASKING.search(folded) is not None
    )


# -- follow-up slots ------------------------------------------------------------------------------


def slots_from_entities(entities) -> dict:
    """JSON-friendly slots remembered for the next turn."""
    slots: dict = {}
    for e in entities:
        if e.type in slots:
            continue
        value = e.value
        if isinstance(value, date | time):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = [v.isoformat() for v in value]
        elif isinstance(value, Decimal):
            value = str(value)
        slots[e.type] = value
    return slots


def carried_entities(ctx: dict, present: set[str]) -> list:
    """Entities of the previous turn the new message did not restate (« et en 2024 ? » keeps the rest)."""
    out = []
    slots = ctx.get("slots", {})
    if "date" in present or "date_range" in present:
        present = present | {"date", "date_range", "weekday"}
    for kind, raw in slots.items():
        if kind in present or raw is None:
            continue
        value = raw
        try:
            if kind == "date":
                value = date.fromisoformat(raw)
            elif kind == "date_range":
                value = (date.fromisoformat(raw[0]), date.fromisoformat(raw[1]))
            elif kind == "time":
                value = time.fromisoformat(raw)
            elif kind == "amount":
                value = Decimal(raw)
        except (TypeError, ValueError):
            continue
        out.append(nlu.Entity(type=kind, value=value, text="", start=-1, end=-1))
    return out
