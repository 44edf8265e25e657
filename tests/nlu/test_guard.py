"""The promotion guard (issue 13): same test files for both models, no score on seen examples."""

from __future__ import annotations

import pytest

from nlu import Registry, RegistryError, train
from nlu.guard import check_promotion
from nlu.rasa_yaml import read_nlu, write_nlu
from nlu.training import BUNDLED_TEST, BUNDLED_TRAIN


@pytest.fixture(scope="module")
def leaky_model(tmp_path_factory):
    """Trained on the bundled data plus the test file itself, then « evaluated » on that test file."""
    root = tmp_path_factory.mktemp("leaky")
    both = read_nlu([BUNDLED_TRAIN, BUNDLED_TEST])
    data = root / "both.yml"
    write_nlu(data, [(e.text, e.intent) for e in both.examples])
    return train([data], root / "model", test_paths=[BUNDLED_TEST])


def test_a_score_on_trained_examples_is_refused_even_when_higher(model_dir, leaky_model, tmp_path):
    registry = Registry(tmp_path / "registry")
    good = registry.register(model_dir)
    registry.promote(good, force=True)
    leaky = registry.register(leaky_model)
    check = check_promotion(registry, leaky)
    assert check.candidate.accuracy >= check.in_service.accuracy  # it looks better…
    assert len(check.leaked) == len(read_nlu([BUNDLED_TEST]).examples)  # …because it has seen the test
    with pytest.raises(RegistryError, match="exemples qu'il a appris"):
        registry.promote(leaky)
    assert registry.current_version() == good


def test_both_models_are_scored_on_the_same_files(model_dir, worse_model, tmp_path):
    registry = Registry(tmp_path / "registry")
    good, bad = registry.register(model_dir), registry.register(worse_model)
    registry.promote(good, force=True)
    check = check_promotion(registry, bad)
    assert check.candidate.n_test == check.in_service.n_test == len(read_nlu([BUNDLED_TEST]).examples)
    assert not check.ok and "sur les mêmes fichiers de test" in check.refusals[0]


def test_an_intent_no_answer_handles_is_flagged(model_dir, tmp_path):
    registry = Registry(tmp_path / "registry")
    version = registry.register(model_dir)
    handled = set(read_nlu([BUNDLED_TRAIN]).intents) - {"budget"}
    check = check_promotion(registry, version, handled=handled)
    assert check.unhandled == ["budget"] and not check.ok
    assert check_promotion(registry, version, handled=handled | {"budget"}).ok
