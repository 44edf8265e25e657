"""Text preprocessing as scikit-learn transformers: spaCy tokens and lemmas, accents, case, SMS spellings.

The spaCy model is loaded lazily, once per process and per mode, and is never serialised with the model:
a saved model holds only these transformers' parameters, and `load_model` reconnects them to spaCy.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from sklearn.base import BaseEstimator, TransformerMixin

from .lexicon import SMS_WORDS, expand_sms, fold

SPACY_MODEL = "fr_core_news_sm"
# Pipes of fr_core_news_sm; "rule" mode needs POS (tok2vec → morphologizer → attribute_ruler → lemmatizer),
# "lookup" mode needs only the tokenizer and the lemmatizer's lookup table.
_ALL_PIPES = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
_RULE_EXCLUDE = ["parser", "senter", "ner"]
_LOOKUP_EXCLUDE = [p for p in _ALL_PIPES if p != "lemmatizer"]
_LOCK = threading.Lock()

_NUMBER_SHAPES = (
    (re.compile(r"^\d{2,4}[-/_]\d{1,4}$"), "_numero_"),  # arrêté numbers 2025-017, 25/12
    (re.compile(r"^(?:19|20)\d\d$"), "_annee_"),
    (re.compile(r"^\d{1,2}h(?:\d\d)?$"), "_heure_"),
    (re.compile(r"^\d+(?:[.,]\d+)?(?:e|eur|euros?|k)?$"), "_nombre_"),
)


@lru_cache(maxsize=4)
def load_spacy(mode: str = "lookup", model: str = SPACY_MODEL):
    """Load fr_core_news_sm with only the pipes `mode` needs (measured in bench/bench_nlu.py)."""
    import spacy

    with _LOCK:
        if mode == "rule":
            return spacy.load(model, exclude=_RULE_EXCLUDE)
        if mode == "lookup":
            return spacy.load(model, exclude=_LOOKUP_EXCLUDE)
    raise ValueError(f"mode de lemmatisation inconnu : {mode!r} (attendu « lookup » ou « rule »)")


@lru_cache(maxsize=2)
def _lookup_table(model: str = SPACY_MODEL):
    return load_spacy("lookup", model).get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def _shape(token: str) -> str:
    if any(c.isdigit() for c in token):
        for pattern, shape in _NUMBER_SHAPES:
            if pattern.match(token):
                return shape
    return token


def _compile_phrases(phrases: dict[str, str]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One alternation regex over folded phrases (longest first) and the folded phrase → replacement map."""
    folded = {" ".join(fold(k).split()): v for k, v in phrases.items() if k.strip()}
    if not folded:
        return None, {}
    alternation = "|".join(re.escape(k) for k in sorted(folded, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), folded


class TextNormalizer(BaseEstimator, TransformerMixin):
    """Fold case and accents and expand SMS spellings: the input of the character n-gram branch."""

    def __init__(self, sms: bool = True):
        self.sms = sms

    def fit(self, X, y=None):
        self.fitted_ = True
        return self

    def transform(self, X):
        if self.sms:
            return [expand_sms(fold(t)) for t in X]
        return [fold(t) for t in X]


class SpacyLemmatizer(BaseEstimator, TransformerMixin):
    """spaCy tokens → folded lemmas, with synonyms applied and lookup/regex matches added as feature tokens.

    `mode="lookup"` uses fr_core_news_sm's lemma lookup table on the tokenizer's output (no neural pipe);
    `mode="rule"` runs tok2vec + morphologizer + the rule lemmatizer (better lemmas, ~10× slower).
    `synonyms`, `lookups` and `regexes` come from the training file's `- synonym:`, `- lookup:`, `- regex:`.
    """

    def __init__(
        self,
        mode: str = "lookup",
        synonyms: dict | None = None,
        lookups: dict | None = None,
        regexes: dict | None = None,
        numbers: bool = True,
    ):
        self.mode = mode
        self.synonyms = synonyms
        self.lookups = lookups
        self.regexes = regexes
        self.numbers = numbers

    # -- fitted state is plain data (skops-friendly); compiled regexes and spaCy live in a private cache --
    def fit(self, X, y=None):
        self.synonyms_ = {str(k): fold(str(v)) for k, v in (self.synonyms or {}).items()}
        self.lookups_ = {
            str(name): sorted({str(e) for e in entries}) for name, entries in (self.lookups or {}).items()
        }
        self.regexes_ = {str(name): [str(p) for p in pats] for name, pats in (self.regexes or {}).items()}
        self._compiled = None
        return self

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_compiled", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._compiled = None

    def _compile(self):
        compiled = getattr(self, "_compiled", None)
        if compiled is None:
            synonym_re, synonym_map = _compile_phrases(self.synonyms_)
            lookup_res = []
            for name, entries in self.lookups_.items():
                pattern, _ = _compile_phrases({e: name for e in entries})
                if pattern is not None:
                    lookup_res.append((pattern, f"_lookup_{fold(name)}_"))
            regex_res = []
            for name, patterns in self.regexes_.items():
                for p in patterns:
                    try:
                        regex_res.append((re.compile(p, re.IGNORECASE), f"_regex_{fold(name)}_"))
                    except re.error:
                        continue
            compiled = self._compiled = (synonym_re, synonym_map, lookup_res, regex_res)
        return compiled

    def _prepare(self, text: str) -> tuple[str, list[str]]:
        """Lower-case (accents kept for the lemma table), synonyms applied; extra feature tokens."""
        synonym_re, synonym_map, lookup_res, regex_res = self._compile()
        lowered = " ".join(text.lower().split())
        folded = fold(lowered)
        extra: list[str] = []
        for pattern, token in lookup_res:
            if pattern.search(folded):
                extra.append(token)
        for pattern, token in regex_res:
            if pattern.search(text):
                extra.append(token)
        if synonym_re is not None and synonym_re.search(folded):
            # Rewrite on the folded text: a synonym match means the accents no longer matter here.
            lowered = synonym_re.sub(lambda m: synonym_map[m.group(0)], folded)
        return lowered, extra

    def _lemmas(self, doc) -> list[str]:
        out = []
        table = _lookup_table() if self.mode == "lookup" else None
        for token in doc:
            if token.is_punct or token.is_space:
                continue
            lower = token.lower_
            key = _fold_word(lower)
            if key in SMS_WORDS:
                out.extend(SMS_WORDS[key].replace("'", " ").split())
                continue
            if table is not None:
                found = table.get(lower)
                # The table maps a form to a list of lemmas (or a string in older models): take the first.
                lemma = (found[0] if found else lower) if isinstance(found, list) else (found or lower)
            else:
                lemma = token.lemma_.lower() or lower
            lemma = _fold_word(lemma)
            out.append(_shape(lemma) if self.numbers else lemma)
        return out

    def transform(self, X):
        if not hasattr(self, "synonyms_"):
            self.fit(X)
        prepared = [self._prepare(t) for t in X]
        nlp = load_spacy(self.mode)
        texts = [p[0] for p in prepared]
        if self.mode == "lookup":
            # Tokenizer only: the table lookup replaces the lemmatizer pipe, which would need POS tags.
            docs = nlp.tokenizer.pipe(texts, batch_size=256)
        else:
            docs = nlp.pipe(texts, batch_size=256) if len(texts) > 1 else [nlp(texts[0])] if texts else []
        return [" ".join(self._lemmas(doc) + extra) for doc, (_, extra) in zip(docs, prepared, strict=True)]
