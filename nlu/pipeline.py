"""The intent classifier as one scikit-learn Pipeline: preprocess → word + char n-grams → calibrated
linear model.

Every knob is a `build_pipeline` keyword so that the CLI, the tests and the benchmark build exactly the same
thing, and `Pipeline.set_params(step__param=…)` works for grid searches.
"""

from __future__ import annotations

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
                TfidfVectorizer(
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
                TfidfVectorizer(
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
