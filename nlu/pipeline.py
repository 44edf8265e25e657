"""The intent classifier as one scikit-learn Pipeline: preprocess → word + char n-grams → calibrated
linear model.

Every knob is a `build_pipeline` keyword so that the CLI, the tests and the benchmark build exactly the same
thing, and `Pipeline.set_params(step__param=…)` works for grid searches.
"""

from __future__ import annotations

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from .preprocess import SpacyLemmatizer, TextNormalizer

DEFAULT_PARAMS: dict = {
    "lemmatizer": "lookup",  # "lookup" (fast) or "rule" (spaCy POS + rules)
    "word_ngrams": (1, 2),
    "char_ngrams": (2, 5),
    "min_df": 1,
    "classifier": "svc",  # "svc" = LinearSVC + sigmoid calibration; "logreg" = LogisticRegression
    "C": 0.5,
    "calibration_cv": 3,
    "synonyms": None,
    "lookups": None,
    "regexes": None,
}


class CompactTfidfVectorizer(TfidfVectorizer):
    """TfidfVectorizer whose vocabulary is saved as one array of terms instead of a {term: index} dict.

    skops writes a dict as one JSON node per entry: 15 000 n-grams made a 16 MB file taking seconds to
    load. The array form is a single .npy member; the dict is rebuilt on load. Behaviour is unchanged.
    """

    def __getstate__(self):
        state = dict(super().__getstate__())  # may be self.__dict__ itself: never mutate the live object
        vocabulary = state.pop("vocabulary_", None)
        if vocabulary is not None:
            terms = np.empty(len(vocabulary), dtype=object)
            for term, index in vocabulary.items():
                terms[index] = term
            state["vocabulary_terms_"] = terms.astype(str)
        return state

    def __setstate__(self, state):
        terms = state.pop("vocabulary_terms_", None)
        if terms is not None:
            state["vocabulary_"] = {str(term): index for index, term in enumerate(terms.tolist())}
        super().__setstate__(state)


def _tokens(text: str) -> list[str]:
    """The lemmatizer already tokenised; splitting on spaces keeps its feature tokens (`_lookup_x_`) whole."""
    return text.split()


def build_pipeline(**params) -> Pipeline:
    """Build the untrained pipeline; an unknown keyword is an error (a typo must not silently do nothing)."""
    unknown = set(params) - set(DEFAULT_PARAMS)
    if unknown:
        raise TypeError(f"paramètre(s) inconnu(s) pour build_pipeline : {', '.join(sorted(unknown))}")
    p = {**DEFAULT_PARAMS, **params}
    words = Pipeline(
        [
            (
                "lemmas",
                SpacyLemmatizer(
                    mode=p["lemmatizer"], synonyms=p["synonyms"], lookups=p["lookups"], regexes=p["regexes"]
                ),
            ),
            (
                "tfidf",
                CompactTfidfVectorizer(
                    tokenizer=_tokens,
                    token_pattern=None,
                    lowercase=False,
                    ngram_range=tuple(p["word_ngrams"]),
                    min_df=p["min_df"],
                    sublinear_tf=True,
                ),
            ),
        ]
    )
    chars = Pipeline(
        [
            ("normalize", TextNormalizer()),
            (
                "tfidf",
                CompactTfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=tuple(p["char_ngrams"]),
                    min_df=p["min_df"],
                    sublinear_tf=True,
                    lowercase=False,
                ),
            ),
        ]
    )
    if p["classifier"] == "svc":
        classifier = CalibratedClassifierCV(
            LinearSVC(C=p["C"], class_weight="balanced"),
            method="sigmoid",
            cv=p["calibration_cv"],
            ensemble=False,
        )
    elif p["classifier"] == "logreg":
        classifier = LogisticRegression(C=p["C"] * 20, max_iter=2000, class_weight="balanced")
    else:
        raise ValueError(f"classifieur inconnu : {p['classifier']!r} (attendu « svc » ou « logreg »)")
    return Pipeline(
        [
            ("features", FeatureUnion([("words", words), ("chars", chars)])),
            ("classifier", classifier),
        ]
    )


def baseline_pipeline() -> Pipeline:
    """The plain TF-IDF + LinearSVC baseline the benchmark compares against (no spaCy, no calibration)."""
    return Pipeline(
        [("tfidf", TfidfVectorizer(sublinear_tf=True)), ("svc", LinearSVC(class_weight="balanced"))]
    )
