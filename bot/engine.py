"""From a resident's question to the record that answers it, or to none.

One path for every question: the intent model says what kind of question it reads like (a prior, not a
route), the entity extractor finds streets, dates, numbers and names, the retrieval (knowledge/retrieval.py)
fetches candidates of every kind and matches them against the question's words, and the ranker
(bot/ranking.py), a small model trained on labelled questions, gives each candidate the probability that
answering from it is right. The best candidate answers when that probability clears the ranker's
threshold, chosen on held-out questions so that confident-wrong answers stay rare; otherwise Clocher says
it does not know.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

import french
import knowledge
import nlu
from french import QueryTerm
from knowledge.kinds import DATED, Doc, acteur_doc, arrete_doc, make_doc
from knowledge.retrieval import Match, retrieve
from knowledge.textnorm import number_groups, plain_numbers

# The intent model's intents, by the kind of record that answers them.
KIND_OF_INTENT = {
    "faq": "fiche",
    "mairie_hours": "profil",
    "mairie_contact": "profil",
    "arrete_search": "arrete",
    "arrete_in_force": "arrete",
    "arrete_by_number": "arrete",
    "deliberation": "deliberation",
    "budget": "budget",
    "annuaire_category": "acteur",
    "annuaire_name": "acteur",
    "annuaire_open": "acteur",
}
KINDS = ("fiche", "profil", "arrete", "deliberation", "budget", "acteur")
# Intents the conversation handles itself (small talk, dialogues) or by saying it does not know.
OWN_INTENTS = {"greet", "thanks", "goodbye", "help", "handoff", "signalement", "out_of_scope"}
HANDLED_INTENTS = frozenset(KIND_OF_INTENT) | OWN_INTENTS
# What each intent is about, in words (the web console's model pages show them to admins).
INTENT_LABELS = {
    "mairie_hours": "Les horaires de la mairie",
    "mairie_contact": "Les coordonnées de la mairie",
    "faq": "Une démarche (fiches pratiques)",
    "arrete_search": "Un arrêté municipal",
    "arrete_in_force": "Circulation, stationnement, travaux",
    "arrete_by_number": "Un arrêté par son numéro",
    "deliberation": "Une décision du conseil municipal",
    "budget": "Le budget de la commune",
    "annuaire_category": "Un commerce ou un service",
    "annuaire_name": "Les coordonnées d'un commerce ou d'une association",
    "annuaire_open": "Les horaires d'un commerce ou d'un service",
    "handoff": "Parler à quelqu'un de la mairie",
    "signalement": "Signaler un problème",
    "help": "Ce que je sais faire",
}
STREET_VIEW = "lieu:"  # key prefix of the candidate « what the arrêtés say about this street »


def in_its_own_words(words: list[str], doc: Doc) -> bool:
    """The resident asked a fiche's own question or one of its variantes, word for word (accents, case and
    punctuation aside): the clerk wrote that answer for it, so it is given whatever the ranker thinks — a
    clerk who edits a fiche and asks its question sees the new answer, however short it is."""
    if doc.kind != "fiche" or not words:
        return False
    record = doc.record
    return any(french.tokens(p) == words for p in (record.question, *record.variantes))


@dataclass(frozen=True)
class Street:
    """A street the resident named, as a record: « what the arrêtés say about it »."""

    name: str


@dataclass
class Ranked:
    match: Match
    p: float
    features: dict[str, float] = field(default_factory=dict)

    @property
    def doc(self) -> Doc:
        return self.match.doc


@dataclass
class Decision:
    """Everything the engine saw and decided for one question (shown by the web console's tester)."""

    text: str
    understanding: nlu.Understanding
    entities: list
    terms: list[QueryTerm]
    ranked: list[Ranked]
    threshold: float
    kind_prior: dict[str, float]
    kind_thresholds: dict[str, float] = field(default_factory=dict)

    def threshold_for(self, kind: str) -> float:
        """The ranker's threshold for a kind of record (learned per kind), or the global one."""
        return self.kind_thresholds.get(kind, self.threshold)

    @property
    def chosen(self) -> Ranked | None:
        if self.ranked and self.ranked[0].p >= self.threshold_for(self.ranked[0].doc.kind):
            return self.ranked[0]
        return None

    def confident(self) -> list[Ranked]:
        return [r for r in self.ranked if r.p >= self.threshold_for(r.doc.kind)]


def kind_prior(understanding: nlu.Understanding) -> dict[str, float]:
    """P(kind) from the intent model's ranking: the probabilities of a kind's intents, summed."""
    prior = dict.fromkeys(KINDS, 0.0)
    for intent, p in understanding.ranking:
        kind = KIND_OF_INTENT.get(intent)
        if kind:
            prior[kind] += p
    return prior


def intent_probability(understanding: nlu.Understanding, intents: set[str]) -> float:
    return sum(p for intent, p in understanding.ranking if intent in intents)


def street_doc(name: str) -> Doc:
    return make_doc("arrete", STREET_VIEW + name, name, name, "", Street(name), facts=DATED)


def entity_docs(kb, entities: list) -> list[Doc]:
    """Records an entity names directly: an arrêté by number, a street's arrêtés, a shop by name."""
    docs: list[Doc] = []
    for e in entities:
        if e.type == "arrete_number":
            found = knowledge.get_arrete(kb, str(e.value))
            if found is not None:
                docs.append(arrete_doc(found))
        elif e.type == "street":
            docs.append(street_doc(str(e.value)))
            docs.extend(arrete_doc(a) for a in knowledge.arretes_on_place(kb, str(e.value), limit=20))
        elif e.type == "actor":
            docs.extend(
                acteur_doc(a) for a in knowledge.search_acteurs(kb, text=str(e.value), limit=3) if a.nom
            )
        elif e.type == "category":
            docs.extend(acteur_doc(a) for a in knowledge.search_acteurs(kb, category=str(e.value), limit=10))
    return docs


def own_name_stems(commune) -> frozenset[str]:
    """The commune's own name matches every record: it is not what a question is about."""
    return frozenset(french.analyzer().stems(commune.nom)) if commune else frozenset()


def candidates(kb, terms: list[QueryTerm], entities: list) -> list[Match]:
    return retrieve(kb, terms, extra=entity_docs(kb, entities))


def today_of(now: datetime | date) -> date:
    return now.date() if isinstance(now, datetime) else now


class Engine:
    """The retrieval and the ranker over one knowledge base; thread-safety is the conversation's lock."""

    def __init__(self, kb, ranker=None):
        self.kb = kb
        self.ranker = ranker
        self.term_weights: dict[str, float] | None = None  # set by a training, else the ranker's
        self.analyzer = french.analyzer()
        self.commune = None
        self._drop: frozenset[str] = frozenset()

    def refresh(self, commune, vocabulary: str | None) -> None:
        """After an import: the commune's name and its own words (vocabulaire.txt) join the analysis."""
        self.commune = commune
        rules = french.parse_rules(vocabulary or "", "vocabulaire") if vocabulary else ()
        self.analyzer = french.Analyzer(french.lexicon().with_rules(rules)) if rules else french.analyzer()
        self._drop = own_name_stems(commune)

    def meant(self, text: str) -> str:
        """The question with the commune's own names for places put for the places (vocabulaire.txt)."""
        return self.analyzer.lexicon.meant(text)

    def terms(self, text: str) -> list[QueryTerm]:
        """The question's terms, each weighted by how much such a word says what a question is about
        (bot/term_weights.py): the ranker's table, or the one a training is trying."""
        terms = self.analyzer.query(text, drop=self._drop)
        table = self.term_weights
        if table is None:
            table = self.ranker.term_weights if self.ranker is not None else {}
        if not table:
            return terms
        return [replace(t, weight=t.weight * table[t.stem]) if t.stem in table else t for t in terms]

    def decide(self, text: str, understanding: nlu.Understanding, entities: list, today: date) -> Decision:
        from bot import ranking
        from knowledge.retrieval import stats

        terms = self.terms(text)
        matches = candidates(self.kb, terms, entities)
        prior = kind_prior(understanding)
        base = stats(self.kb)
        ctx = ranking.Context(
            prior=prior,
            out_of_scope=intent_probability(understanding, {"out_of_scope"}),
            smalltalk=intent_probability(understanding, ranking.SMALLTALK_INTENTS),
            entities=entities,
            today=today,
            n_terms=len(terms),
            max_idf=ranking.max_idf(base.total),
            cues=frozenset(french.cues().of_question(text)),
            numbers=number_groups(text),
            codes=plain_numbers(text) - {str(e.value) for e in entities if e.type == "year"},
        )
        rows = ranking.candidate_features(matches, ctx)
        if self.ranker is not None and rows:
            probabilities = self.ranker.probabilities(rows)
        else:
            probabilities = [0.0] * len(rows)
        words = french.tokens(text)
        ranked = [
            Ranked(m, 1.0 if in_its_own_words(words, m.doc) else float(p), f)
            for m, p, f in zip(matches, probabilities, rows, strict=True)
        ]
        ranked.sort(key=lambda r: (-r.p, -r.match.coverage))
        threshold = self.ranker.threshold if self.ranker is not None else 1.1
        per_kind = dict(self.ranker.kind_thresholds) if self.ranker is not None else {}
        return Decision(text, understanding, entities, terms, ranked, threshold, prior, per_kind)
