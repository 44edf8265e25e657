"""The conversation core: the one place every channel calls, whatever carries the message.

`Conversation` owns what must live as long as the bot: the read-only knowledge base, the intent model
(reloaded when an admin promotes a new one), the gazetteers handed to the NLU, and the bot's state file.
Each call takes a chat id and returns a channel-neutral `Reply`; channels only render it.
"""

from __future__ import annotations

import contextlib
import secrets
import textwrap
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from time import monotonic

import french
import french.elsewhere
import knowledge
import nlu
from bot import answers, ranking
from bot import state as st
from bot.answers import profil, smalltalk
from bot.answers.base import WH_CUES, Answer, Ask, Button
from bot.answers.fallback import contacts_lines, not_known, not_known_subject
from bot.config import Config
from bot.engine import Decision, Engine, Ranked
from bot.french import format_number, plural
from bot.textguard import MAX_QUESTION, MAX_REPORT, clean, cut
from french import schedule
from knowledge.records import Source

KB_WRITE_WAIT_MS = 200  # the bot's writes to the knowledge base wait this long for a clerk's import
KB_BUSY_BACKOFF = 5.0  # seconds the writes for the clerks do not wait for the base, once it was found busy
SMALLTALK = {
    "greet": smalltalk.greet,
    "thanks": smalltalk.thanks,
    "goodbye": smalltalk.goodbye,
    "help": smalltalk.help_,
}
DIALOGUES = {"handoff", "signalement"}
# A draft holds the resident's next messages, so one starts by itself only when the intent model is sure;
# below this, the « je ne sais pas » offers the draft as a button (« j'ai de la fièvre depuis 3 jours »
# is not a report to the mairie, « il y a un nid de poule rue X » is).
DIALOGUE_SURE = 0.75
# Small talk that ends a message, not one that opens a question (« bonne soirée, c'est quand la brocante ? »).
POLITE_INTENTS = {"greet", "thanks", "goodbye"}
HANDOFF_MAX_WORDS = 25  # « je veux parler à quelqu'un » starts a draft; a whole letter gets the button
DIALOGUE_BUTTONS = {
    "signalement": Button("Signaler un problème à la mairie", "m:signaler"),
    "handoff": Button("Écrire à la mairie", "x"),
}
MAX_SUGGESTIONS = 3
# A topic the ranker gives less than one chance in twenty of answering is noise in a « vous cherchiez
# peut-être » list (« DROP TABLE » offered three budget lines).
MIN_SUGGESTED = 0.05


def polite_probability(understanding: nlu.Understanding) -> float:
    return sum(p for name, p in understanding.ranking if name in POLITE_INTENTS)


def asks_more(intent: str, decision: Decision) -> bool:
    """A greeting, a thank-you or a goodbye that also asks something of its own words (« c bon on peut à
    nouveau emmener le chien à la plage ? ») is a question: it gets « je ne sais pas » and the mairie's
    contacts when nothing answers it, not « au revoir ». So is a request for help about a subject of its
    own (« tu peux m'aider pour mon devoir de maths ? »): the list of what the bot knows does not
    answer it."""
    if not decision.terms:
        return False
    if intent == "help":
        return any(t.stem not in help_words() for t in decision.terms)
    if intent not in POLITE_INTENTS:
        return False
    return "?" in decision.text or bool(WH_CUES & french.cues().of_question(decision.text))


@lru_cache(maxsize=1)
def help_words() -> frozenset[str]:
    """The stems of the intent model's own help examples: words that ask how the bot works, not about what."""
    examples = nlu.read_nlu([nlu.BUNDLED_TRAIN]).examples
    analyzer = french.analyzer()
    return frozenset(t.stem for e in examples if e.intent == "help" for t in analyzer.query(e.text))


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


def near(decision: Decision) -> list[Ranked]:
    """The candidates a « je ne sais pas » offers as buttons: on the question's words, not hopeless."""
    return [r for r in decision.ranked if r.match.coverage > 0 and r.p >= MIN_SUGGESTED][:MAX_SUGGESTIONS]


def holds(decision: Decision, stems: list[str]) -> bool:
    """Whether a candidate holds all the stems: the retrieval fetched every record holding one of them."""
    return any(all(s in r.doc.stems for s in stems) for r in decision.ranked)


class Conversation:
    """Long-lived core shared by all chats; thread-safe so channels may call it from worker threads."""

    def __init__(
        self, config: Config, *, models: nlu.ModelHandle | None = None, with_ranker: bool = True
    ) -> None:
        """`with_ranker=False`: candidates in the retrieval's order, as a fresh clone's first training sees
        them (ranker_training.train), whatever ranker the models folder holds."""
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
        self._with_ranker = with_ranker
        self.engine = Engine(self.kb, _load_ranker(config.models_dir) if with_ranker else None)
        self._ranker_stamp = ranking.stamp(config.models_dir)
        self._lock = threading.RLock()
        self._data_version = None
        self._kb_busy_until = 0.0  # monotonic time until which a clerk's import is assumed to hold the base
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
        # Found busy a moment ago: try without waiting KB_WRITE_WAIT_MS again. The core answers one message
        # at a time, so that wait on every unknown question stalled all chats during an import (soak: p99
        # 1.1 s → 0.3 s at 30 messages/s); the import's end is still seen at once.
        hurry = chat_id is not None and monotonic() < self._kb_busy_until
        writer = self.writer
        try:
            if hurry:
                writer.execute("PRAGMA busy_timeout = 0")
            self.flush_parked()
            knowledge.add_unanswered(writer, question, chat_id=chat_id, reason=reason)
        except KnowledgeBusy:
            if chat_id is None:
                raise
            self._kb_busy_until = monotonic() + KB_BUSY_BACKOFF
            st.park_question(self.state, chat_id, question, reason, now)
        finally:
            if hurry:
                writer.execute(f"PRAGMA busy_timeout = {KB_WRITE_WAIT_MS}")

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
        """Reload the profile and gazetteers when a clerk has imported since we last looked, and the
        ranker when an admin has retrained it."""
        stamp = ranking.stamp(self.config.models_dir)
        if self._with_ranker and stamp != self._ranker_stamp:
            with contextlib.suppress(ranking.RankerError):
                self.engine.ranker = ranking.load(self.config.models_dir)
                self._ranker_stamp = stamp
        version = knowledge.content_version(self.kb)
        if version == self._data_version:
            return
        self._data_version = version
        self.commune = knowledge.get_commune(self.kb)
        self.engine.refresh(self.commune, knowledge.vocabulary(self.kb))
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
            if mode and french.cues().starts("cancel", text) and len(french.tokens(text)) <= 3:
                return self._cancel(chat_id, ctx, now)
            if mode:  # a letter to the mairie may be long: kept, cut beyond MAX_REPORT
                return self._in_draft(chat_id, ctx, now, text, mode)
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
            if kind == "r" and number and ctx.get("pending"):
                return self._suggested(chat_id, ctx, now, int(rest))
            if kind == "f" and number:
                from bot.answers import fiches

                answer = fiches.by_id(self.kb, int(rest), self.commune)
                return self._finish(chat_id, ctx, now, "", "fiche", 1.0, answer)
            if kind == "x":
                return self._start_inbox(chat_id, ctx, now, "demande")
            if kind == "m":
                return self.command(chat_id, rest, now=now)
            if kind == "c" and number:
                from bot.answers import annuaire

                answer = annuaire.by_category_index(self._ask(ctx, now, "", []), int(rest))
                return self._finish(chat_id, ctx, now, "", "acteur", 1.0, answer)
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
                if caption and len(self.engine.terms(caption)) >= 2:
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

    def _ask(
        self, ctx: dict, now: datetime, text: str, entities: list, decision: Decision | None = None
    ) -> Ask:
        return Ask(
            kb=self.kb,
            text=text,
            entities=entities,
            now=now,
            context=ctx,
            commune=self.commune,
            terms=decision.terms if decision else [],
            ranked=decision.ranked if decision else [],
            threshold=decision.threshold if decision else 1.0,
            kind_thresholds=decision.kind_thresholds if decision else {},
        )

    # -- answering ----------------------------------------------------------------------------

    def understand(self, text: str, now: datetime) -> tuple[nlu.Understanding, list]:
        understanding = self.models.get().predict(
            self.engine.meant(text), today=now.date(), gazetteers=self.gazetteers
        )
        entities = [e for e in understanding.entities if not self._is_commune_name(e)]
        return understanding, entities

    def decide(self, text: str, now: datetime, ctx: dict | None = None) -> Decision:
        """What the engine makes of a question on its own (the web console's « tester » shows it)."""
        with self._lock:
            self._refresh_kb_cache()
            understanding, entities = self.understand(text, now)
            return self.engine.decide(text, understanding, entities, now.date())

    def explain(self, text: str, *, now: datetime | None = None) -> tuple[Reply, Decision]:
        """The reply a new chat would get, and the candidates weighed for it, best first."""
        now = now or datetime.now()
        with self._lock:
            self._refresh_kb_cache()
            decision = self.decide(text, now)
            answer = self.compose(decision, decision.chosen, now, {})
            return self._reply(answer, decision.chosen), decision

    def compose(self, decision: Decision, chosen: Ranked | None, now: datetime, ctx: dict) -> Answer:
        """The answer from one candidate, or « je ne sais pas » with the nearest topics offered."""
        if chosen is None:
            # « la mairie de Mâcon ? »: not « je ne sais pas » but « je ne renseigne que sur … »
            other = french.elsewhere.other_commune(decision.text, self.commune.nom) if self.commune else None
            if other:
                ask = self._ask(ctx, now, decision.text, decision.entities, decision)
                return profil.elsewhere(ask, other)
            what = not_known_subject(
                decision.text, decision.entities, lambda stems: holds(decision, stems), decision.kind_prior
            )
            return not_known(self.commune, what, suggestions=self._suggestions(decision))
        ask = self._ask(ctx, now, decision.text, decision.entities, decision)
        ask.chosen = chosen
        return answers.compose(ask)

    def _suggestions(self, decision: Decision) -> list[Button]:
        return [answers.suggestion(r, i) for i, r in enumerate(near(decision))]

    def _answer(self, chat_id: str, ctx: dict, now: datetime, text: str) -> Reply:
        understanding, entities = self.understand(text, now)
        decision = self.engine.decide(text, understanding, entities, now.date())
        offer: Button | None = None
        follow = self._follow_up(ctx, text, decision, now)
        if follow is not None:
            decision = follow
        elif decision.chosen is None:
            intent = understanding.intent
            # « au revoir » has a word to search (« revoir ») but nothing answers it: the intent model,
            # when sure, says what it is.
            # « merci, bonne journée » is thanks and goodbye at once: sure of being polite, whichever
            sure = (understanding.confidence >= DIALOGUE_SURE and not understanding.fallback) or (
                intent in POLITE_INTENTS and polite_probability(understanding) >= DIALOGUE_SURE
            )
            if intent in SMALLTALK and (sure or not decision.terms) and not asks_more(intent, decision):
                answer = SMALLTALK[intent](self._ask(ctx, now, text, entities))
                return self._finish(chat_id, ctx, now, text, intent, understanding.confidence, answer)
            dialogue = intent in DIALOGUES and not understanding.fallback
            # A letter is its own request: asking its author to write it again in a draft would lose it.
            letter = intent == "handoff" and len(text.split()) > HANDOFF_MAX_WORDS
            if dialogue and (understanding.confidence < DIALOGUE_SURE or letter):
                offer = DIALOGUE_BUTTONS[intent]
            elif dialogue:
                if intent == "handoff":
                    return self._start_inbox(
                        chat_id, ctx, now, "demande", confidence=understanding.confidence
                    )
                return self._start_report(chat_id, ctx, now, text, understanding.confidence)
        chosen = decision.chosen
        answer = self.compose(decision, chosen, now, ctx)
        if chosen is None and offer is not None:
            answer.buttons = [*answer.buttons, offer]
        if chosen is None and answer.buttons:
            ctx["pending"] = {"question": decision.text, "at": now.isoformat()}
        kind = chosen.doc.kind if chosen else "inconnu"
        self._remember(ctx, decision, chosen)
        return self._finish(
            chat_id,
            ctx,
            now,
            text,
            kind,
            chosen.p if chosen else None,
            answer,
            record=True,
            entities=decision.entities,
            keep=follow is not None,
        )

    def _remember(self, ctx: dict, decision: Decision, chosen: Ranked | None) -> None:
        """What a follow-up needs: the question that named the subject (kept until a new subject)."""
        if chosen is not None:
            ctx["subject"] = decision.text
            # the words the record answered by its title (« pharmacie »), without what was asked of it
            # (« ouverte mardi ? »): « et son numéro ? » asks something else of the same subject
            ctx["subject_words"] = " ".join(t.term.word for t in chosen.match.terms if t.title > 0)

    def _follow_up(self, ctx: dict, text: str, decision: Decision, now: datetime) -> Decision | None:
        """The previous question's subject, when this message only makes sense as its continuation.

        A message that names its own subject is answered on its own (« les horaires de la mairie ? »
        after a Saturday question gets the whole week); one that does not (« et samedi ? », « et en
        2024 ? », « son numéro ? ») is read with the previous subject, its own dates, years or numbers
        replacing the previous ones.
        """
        subject = ctx.get("subject")
        if not subject:
            return None
        cues = french.cues()
        own = [t for t in decision.terms if not t.stem.isdigit()]
        named = any(e.type in {"street", "actor", "category", "arrete_number"} for e in decision.entities)
        continues = cues.starts("follow_up", text) or cues.found("refers_back", text)
        if named or (own and not continues):
            return None
        # « et samedi ? », « et en 2024 ? » ask the same again of another day or year; « et son numéro ? »
        # asks its own thing of the same subject.
        asks_own = any(french.fold(t.word) not in schedule.moment_words() for t in own)
        previous = (ctx.get("subject_words") or subject) if asks_own else subject
        merged_text = f"{previous} {text}"
        understanding, _ = self.understand(merged_text, now)
        entities = decision.entities + carried_entities(ctx, {e.type for e in decision.entities})
        merged = self.engine.decide(merged_text, understanding, entities, now.date())
        return merged if merged.chosen is not None else None

    def _suggested(self, chat_id: str, ctx: dict, now: datetime, index: int) -> Reply:
        """A « vous cherchiez peut-être » button: answer the pending question from that candidate."""
        pending = ctx.pop("pending")
        decision = self.decide(pending["question"], now, ctx)
        offered = near(decision)
        if not 0 <= index < len(offered):
            return Reply(text="Ce bouton n'est plus valable. Posez à nouveau votre question.")
        chosen = offered[index]
        answer = self.compose(decision, chosen, now, ctx)
        self._remember(ctx, decision, chosen)
        return self._finish(chat_id, ctx, now, pending["question"], chosen.doc.kind, chosen.p, answer)

    def _in_draft(self, chat_id: str, ctx: dict, now: datetime, text: str, mode: str) -> Reply:
        """A report or a request is being written: a question is answered, and the draft waits."""
        report = ctx.get("report") or {}
        drafting = mode == "demande" or report.get("description")
        # « pouvez-vous me rappeler ? » in a request is the request, however well the bot could answer
        asks_back = mode == "demande" and french.cues().found("wants_contact", text)
        if drafting and looks_like_question(text) and not asks_back:
            understanding, entities = self.understand(text, now)
            decision = self.engine.decide(text, understanding, entities, now.date())
            if decision.chosen is not None:
                answer = self.compose(decision, decision.chosen, now, ctx)
                answer.text += "\n\n" + draft_waits(mode)
                self._remember(ctx, decision, decision.chosen)
                return self._finish(
                    chat_id,
                    ctx,
                    now,
                    text,
                    decision.chosen.doc.kind,
                    decision.chosen.p,
                    answer,
                    entities=decision.entities,
                )
            if mode == "signalement":
                # A question we cannot answer is not the report's text: « je ne sais pas » with the
                # contacts, the clerks see it, and the report waits. (A request's next message is the
                # request itself, question or not.)
                answer = not_known(self.commune)
                answer.text += "\n\n" + draft_waits(mode)
                return self._finish(chat_id, ctx, now, text, "inconnu", None, answer, record=True)
        if mode == "demande":
            return self._file_inbox(chat_id, ctx, now, "demande", text)
        return self._report_step(chat_id, ctx, now, text)

    def _is_commune_name(self, entity) -> bool:
        """« à Vaulignac » names the commune, not the street « route de Vaulignac »."""
        if entity.type != "street" or not entity.text:
            return False
        words = set(french.fold(self.commune.nom).replace("-", " ").split())
        said = set(french.fold(entity.text).replace("-", " ").split())
        return bool(said) and said <= words

    def _reply(self, answer: Answer, chosen: Ranked | None) -> Reply:
        return Reply(
            text=answer.text,
            buttons=answer.buttons,
            sources=answer.sources,
            intent=chosen.doc.kind if chosen else "inconnu",
            confidence=chosen.p if chosen else None,
            fallback=answer.fallback,
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
        ctx.pop("pending", None)
        st.save_chat(self.state, chat_id, ctx, now)
        return Reply(
            text="Je transmets votre demande au secrétariat de mairie. Écrivez-la en un seul message "
            "(avec vos coordonnées si vous souhaitez être rappelé) ; tapez /annuler pour abandonner.",
            intent=intent,
            confidence=confidence,
        )

    def _start_report(self, chat_id, ctx, now, text, confidence) -> Reply:
        if looks_like_question(text):
            # « un chien divague dans ma rue, que faire ? » asks first: we could not answer it (the
            # engine found nothing); say so, queue it for the clerks, and offer to report.
            answer = not_known(self.commune)
            answer.buttons = [*answer.buttons, Button("Signaler un problème à la mairie", "m:signaler")]
            return self._finish(chat_id, ctx, now, text, "inconnu", confidence, answer, record=True)
        ctx["mode"] = "signalement"
        ctx["report"] = {}
        if len(self.engine.terms(text)) >= 2:
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
            elif french.cues().starts("send", text) and len(french.tokens(text)) <= 3:
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


def _load_ranker(models_dir):
    """The trained ranker, or None (then nothing is answered but smalltalk: `bot setup-model` trains one)."""
    try:
        return ranking.load(models_dir)
    except ranking.RankerError:
        return None


def draft_waits(mode: str) -> str:
    """Said after answering a question asked while a report or a request is being written."""
    if mode == "signalement":
        return (
            "(Votre signalement n'est pas encore envoyé : écrivez « envoyer » pour le transmettre, "
            "ou « annuler ».)"
        )
    return (
        "(Votre demande à la mairie n'est pas encore envoyée : écrivez-la en un message pour la transmettre, "
        "ou « annuler ».)"
    )


def looks_like_question(text: str) -> bool:
    """« que faire ? », « c'est normal ? »: the resident asks rather than describes."""
    cues = french.cues()
    return "?" in text or any(
        cues.found(name, text) for name in ("asks_when", "asks_how_much", "asks_who", "asks_where", "yes_no")
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
