"""The commune's training examples: a copy of the bundled nlu.yml under CLOCHER_HOME that admins edit
from the console (add, move between intents), trained into candidates. The bundled file is never
written: it belongs to the project, this copy to the commune."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from nlu import read_nlu
from nlu.rasa_yaml import NluData, write_nlu_data
from nlu.training import BUNDLED_TEST, BUNDLED_TRAIN
from nlu.validate import example_key, validate_data

_lock = threading.Lock()  # two admins saving at once must not lose an example


def examples_path(home: Path) -> Path:
    path = Path(home) / "nlu" / "exemples.yml"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(BUNDLED_TRAIN, path)
    return path


def test_paths() -> list[Path]:
    """The held-out files every candidate and the model in service are compared on."""
    return [BUNDLED_TEST]


def load(home: Path) -> NluData:
    return read_nlu([examples_path(home)])


class ExampleError(ValueError):
    """A refused change, in French."""


def add_example(home: Path, text: str, intent: str) -> None:
    text = " ".join(text.split())
    if not example_key(text):
        raise ExampleError("l'exemple est vide.")
    if not intent or not intent.replace("_", "").isalnum():
        raise ExampleError("choisissez une intention.")
    with _lock:
        data = load(home)
        for e in data.examples:
            if example_key(e.text) == example_key(text):
                where = "la même intention" if e.intent == intent else f"l'intention « {e.intent} »"
                raise ExampleError(f"cet exemple existe déjà dans {where}.")
        if example_key(text) in {example_key(t) for t in read_nlu(test_paths()).texts}:
            raise ExampleError(
                "cet exemple fait partie du jeu de test : l'apprendre fausserait la mesure du modèle."
            )
        data.examples.append(_example(text, intent))
        write_nlu_data(examples_path(home), data)


def move_example(home: Path, text: str, from_intent: str, to_intent: str) -> int:
    """Move every example with this text from one intent to another; returns how many moved."""
    with _lock:
        data = load(home)
        moved = 0
        for i, e in enumerate(data.examples):
            if e.text == text and e.intent == from_intent:
                data.examples[i] = _example(e.text, to_intent, e)
                moved += 1
        if not moved:
            raise ExampleError(f"exemple « {text} » introuvable dans « {from_intent} ».")
        write_nlu_data(examples_path(home), data)
        return moved


def delete_example(home: Path, text: str, intent: str) -> None:
    with _lock:
        data = load(home)
        kept = [e for e in data.examples if not (e.text == text and e.intent == intent)]
        if len(kept) == len(data.examples):
            raise ExampleError(f"exemple « {text} » introuvable dans « {intent} ».")
        data.examples = kept
        write_nlu_data(examples_path(home), data)


def _example(text: str, intent: str, like=None):
    from nlu.rasa_yaml import Example

    if like is not None:
        return Example(like.text, intent, like.entities, like.source)
    return Example(text, intent)


def problems(home: Path):
    """Conflicts (one text under two intents), duplicates, thin intents, test examples in the data."""
    return validate_data(load(home), test=read_nlu(test_paths()), min_examples=10)
