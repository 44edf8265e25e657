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


_cache: dict[str, tuple[tuple, NluData]] = {}


def _stamp(path: Path) -> tuple:
    st = path.stat()
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _parsed(path: Path) -> NluData:
    """Parsing 1 200 examples of YAML costs ~50 ms: pages reuse it until the file changes."""
    key, stamp = str(path), _stamp(path)
    hit = _cache.get(key)
    if hit is None or hit[0] != stamp:
        hit = (stamp, read_nlu([path]))
        _cache[key] = hit
    return hit[1]


def load(home: Path) -> NluData:
    """The commune's examples (a copy: callers may change it and write it back)."""
    data = _parsed(examples_path(home))
    return NluData(
        examples=list(data.examples),
        synonyms=dict(data.synonyms),
        regexes=dict(data.regexes),
        lookups=dict(data.lookups),
        warnings=list(data.warnings),
        sha256=data.sha256,
    )


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
        if example_key(text) in {example_key(t) for p in test_paths() for t in _parsed(p).texts}:
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


_problems: dict[str, tuple[tuple, object]] = {}


def problems(home: Path):
    """Conflicts (one text under two intents), duplicates, thin intents, test examples in the data;
    computed again only when the examples file changed."""
    path = examples_path(home)
    stamp = _stamp(path)
    hit = _problems.get(str(path))
    if hit is None or hit[0] != stamp:
        test = read_nlu(test_paths())
        hit = (stamp, validate_data(_parsed(path), test=test, min_examples=10))
        _problems[str(path)] = hit
    return hit[1]
