"""Shared fixtures: the bundled model is trained once per session with the real spaCy model."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu import load_model, train
from nlu.rasa_yaml import read_nlu, write_nlu
from nlu.training import BUNDLED_TEST, BUNDLED_TRAIN


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    return train([BUNDLED_TRAIN], tmp_path_factory.mktemp("model"), test_paths=[BUNDLED_TEST])


@pytest.fixture(scope="session")
def model(model_dir):
    return load_model(model_dir)


@pytest.fixture(scope="session")
def small_data(tmp_path_factory) -> Path:
    """A Rasa user's file with other intents, entity annotations and keys we do not support."""
    path = tmp_path_factory.mktemp("data") / "nlu.yml"
    path.write_text(SMALL_NLU, encoding="utf-8")
    return path


SMALL_NLU = """\
version: "3.1"
responses:
  utter_greet:
  - text: "Bonjour !"
nlu:
- intent: commander_pizza
  metadata:
    author: quelqu'un
  examples: |
    - je veux une [margherita](pizza)
    - une [reine]{"entity": "pizza", "value": "royale"} s'il vous plaît
    - commander une pizza [quatre fromages](pizza:4 fromages)
    - je voudrais commander une pizza
    - livrez-moi une [calzone](pizza) ce soir
    - une pizza à emporter
- intent: horaires_pizzeria
  examples: |
    - vous êtes ouverts ce soir ?
    - à quelle heure vous fermez
    - horaires de la pizzeria
    - vous ouvrez le dimanche ?
    - c'est ouvert le lundi midi ?
    - jusqu'à quand vous livrez
- intent: faq/livraison
  examples: |
    - vous livrez à domicile ?
    - frais de livraison
    - la livraison est gratuite ?
    - zone de livraison
    - livrez-vous dans mon quartier
    - combien coûte la livraison
- synonym: royale
  examples: |
    - reine
- lookup: pizza
  examples: |
    - margherita
    - royale
    - calzone
- regex: telephone
  examples: |
    - \\b0\\d{9}\\b
- story: pas du NLU
  steps: []
"""


@pytest.fixture(scope="session")
def worse_model(tmp_path_factory):
    """A real, worse model: trained on only 4 examples per intent."""
    data = read_nlu([BUNDLED_TRAIN])
    seen: dict[str, int] = {}
    keep = []
    for text, intent in zip(data.texts, data.labels, strict=True):
        if seen.get(intent, 0) < 4:
            seen[intent] = seen.get(intent, 0) + 1
            keep.append((text, intent))
    tmp_path = tmp_path_factory.mktemp("worse")
    small = tmp_path / "small.yml"
    write_nlu(small, keep)
    return train([small], tmp_path / "model", test_paths=[BUNDLED_TEST])
