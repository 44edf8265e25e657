"""Rasa-compatible evaluation reports: intent_report.json, intent_errors.json, confusion matrix, histogram.

The file names and JSON shapes are those `rasa test nlu` writes, so existing tooling and habits carry over:
`intent_report.json` is scikit-learn's `classification_report(output_dict=True)` with `confused_with` added
per intent; `intent_errors.json` lists the misclassified examples with the predicted intent and confidence.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.metrics import classification_report, confusion_matrix
from sklearn.model_selection import StratifiedKFold

from .rasa_yaml import NluData


@dataclass
class EvalReport:
    texts: list[str]
    y_true: list[str]
    y_pred: list[str]
    confidence: list[float]
    data_sha256: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        if not self.y_true:
            return 0.0
        return float(np.mean([t == p for t, p in zip(self.y_true, self.y_pred, strict=True)]))

    def labels(self) -> list[str]:
        return sorted(set(self.y_true) | set(self.y_pred))

    def report(self) -> dict:
        labels = self.labels()
        rep = classification_report(
            self.y_true, self.y_pred, labels=labels, output_dict=True, zero_division=0
        )
        rep.setdefault("accuracy", self.accuracy)
        confusions: dict[str, Counter] = {label: Counter() for label in labels}
        for t, p in zip(self.y_true, self.y_pred, strict=True):
            if t != p:
                confusions[t][p] += 1
        for label in labels:
            if label in rep:
                rep[label]["confused_with"] = dict(confusions[label].most_common())
        return rep

    def errors(self) -> list[dict]:
        return [
            {"text": x, "intent": t, "intent_prediction": {"name": p, "confidence": round(c, 4)}}
            for x, t, p, c in zip(self.texts, self.y_true, self.y_pred, self.confidence, strict=True)
            if t != p
        ]

    def metrics(self) -> dict:
        rep = self.report()
        return {
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(rep["macro avg"]["f1-score"], 4),
            "weighted_f1": round(rep["weighted avg"]["f1-score"], 4),
            "n_test": len(self.y_true),
            "test_data_sha256": self.data_sha256,
            **self.extra,
        }

    def write(self, out_dir: Path) -> list[Path]:
        """Write the four Rasa result files into `out_dir`; returns their paths."""
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = [
            out_dir / "intent_report.json",
            out_dir / "intent_errors.json",
            out_dir / "intent_confusion_matrix.png",
            out_dir / "intent_histogram.png",
        ]
        paths[0].write_text(json.dumps(self.report(), ensure_ascii=False, indent=2), encoding="utf-8")
        paths[1].write_text(json.dumps(self.errors(), ensure_ascii=False, indent=2), encoding="utf-8")
        self._plot_confusion(paths[2])
        self._plot_histogram(paths[3])
        return paths

    def _plot_confusion(self, path: Path) -> None:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        labels = self.labels()
        matrix = confusion_matrix(self.y_true, self.y_pred, labels=labels)
        size = max(6.0, 0.45 * len(labels) + 2)
        fig, ax = plt.subplots(figsize=(size, size))
        ax.imshow(matrix, cmap="Blues")
        ax.set_xticks(range(len(labels)), labels, rotation=90, fontsize=8)
        ax.set_yticks(range(len(labels)), labels, fontsize=8)
        for i in range(len(labels)):
            for j in range(len(labels)):
                if matrix[i, j]:
                    ax.text(
                        j,
                        i,
                        str(matrix[i, j]),
                        ha="center",
                        va="center",
                        fontsize=7,
                        color="white" if matrix[i, j] > matrix.max() / 2 else "black",
                    )
        ax.set_xlabel("Intention prédite")
        ax.set_ylabel("Intention attendue")
        ax.set_title(f"Matrice de confusion — précision {self.accuracy * 100:.1f} %".replace(".", ","))
        fig.tight_layout()
        fig.savefig(path, dpi=110)
        plt.close(fig)

    def _plot_histogram(self, path: Path) -> None:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        hits = [c for t, p, c in zip(self.y_true, self.y_pred, self.confidence, strict=True) if t == p]
        misses = [c for t, p, c in zip(self.y_true, self.y_pred, self.confidence, strict=True) if t != p]
        bins = np.linspace(0, 1, 21)
        fig, ax = plt.subplots(figsize=(8, 5))
        ax.hist(
            [hits, misses],
            bins=bins,
            label=[f"correctes ({len(hits)})", f"erreurs ({len(misses)})"],
            color=["#2a9d8f", "#e76f51"],
            stacked=True,
        )
        ax.set_xlabel("Confiance")
        ax.set_ylabel("Nombre d'exemples")
        ax.set_title("Histogramme des confiances des intentions")
        ax.legend()
        fig.tight_layout()
        fig.savefig(path, dpi=110)
        plt.close(fig)


def evaluate_model(model, data: NluData) -> EvalReport:
    """Predict every example of `data` with `model` (an IntentModel) and collect the results."""
    texts = data.texts
    probs = model.probabilities(texts) if texts else np.zeros((0, len(model.classes)))
    best = probs.argmax(axis=1) if len(texts) else []
    return EvalReport(
        texts=texts,
        y_true=data.labels,
        y_pred=[model.classes[i] for i in best],
        confidence=[float(probs[k, i]) for k, i in enumerate(best)],
        data_sha256=data.sha256,
    )


def cross_validate(data: NluData, folds: int = 5, seed: int = 0, **params) -> EvalReport:
    """Stratified K-fold: every example is predicted once by a model that never saw it."""
    from .training import fit_pipeline

    counts = Counter(data.labels)
    smallest = min(counts.values())
    if folds < 2:
        raise ValueError("La validation croisée demande au moins 2 plis.")
    if smallest < folds:
        raise ValueError(
            f"L'intention « {min(counts, key=counts.get)} » n'a que {smallest} exemples : "
            f"impossible de faire {folds} plis."
        )
    texts, labels = np.array(data.texts, dtype=object), np.array(data.labels, dtype=object)
    y_pred: list[str | None] = [None] * len(texts)
    conf = [0.0] * len(texts)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(texts, labels):
        fold = NluData(
            examples=[data.examples[i] for i in train_idx],
            synonyms=data.synonyms,
            regexes=data.regexes,
            lookups=data.lookups,
        )
        pipeline, _ = fit_pipeline(fold, **params)
        probs = pipeline.predict_proba(list(texts[test_idx]))
        classes = list(pipeline.classes_)
        for k, i in enumerate(test_idx):
            j = int(probs[k].argmax())
            y_pred[i], conf[i] = classes[j], float(probs[k, j])
    return EvalReport(
        texts=list(texts),
        y_true=list(labels),
        y_pred=y_pred,
        confidence=conf,
        data_sha256=data.sha256,
        extra={"folds": folds},
    )
