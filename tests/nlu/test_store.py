from __future__ import annotations

import collections
import json
import pickle
import shutil

import pytest

from nlu import ModelError, ModelHandle, Registry, RegistryError, ensure_model, load_model
from nlu.store import META_FILE, MODEL_FILE


def test_saved_model_predicts_the_same_after_reload(model, model_dir):
    again = load_model(model_dir)
    assert again.predict("horaires de la mairie").intent == model.predict("horaires de la mairie").intent
    meta = json.loads((model_dir / META_FILE).read_text())
    assert meta["format_version"] == 1 and len(meta["data_sha256"]) == 64
    assert {"scikit-learn", "spacy", "skops"} <= set(meta["libraries"])


def _copy(model_dir, tmp_path):
    target = tmp_path / "m"
    shutil.copytree(model_dir, target)
    return target


def test_missing_directory(tmp_path):
    with pytest.raises(ModelError, match="introuvable"):
        load_model(tmp_path / "nope")


def test_directory_without_meta(tmp_path):
    with pytest.raises(ModelError, match="meta.json manque"):
        load_model(tmp_path)


def test_foreign_meta(model_dir, tmp_path):
    target = _copy(model_dir, tmp_path)
    (target / META_FILE).write_text(json.dumps({"format": "rasa"}))
    with pytest.raises(ModelError, match="n'est pas un modèle Clocher"):
        load_model(target)


def test_wrong_format_version(model_dir, tmp_path):
    target = _copy(model_dir, tmp_path)
    meta = json.loads((target / META_FILE).read_text())
    meta["format_version"] = 99
    (target / META_FILE).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="format de modèle v99"):
        load_model(target)


def _replace_model_file(target, payload: bytes):
    (target / MODEL_FILE).write_bytes(payload)
    meta = json.loads((target / META_FILE).read_text())
    meta.pop("model_sha256", None)  # an attacker or a careless copy would not keep a matching checksum either
    (target / META_FILE).write_text(json.dumps(meta))


def test_garbage_model_file(model_dir, tmp_path):
    target = _copy(model_dir, tmp_path)
    _replace_model_file(target, b"not a zip at all")
    with pytest.raises(ModelError, match="pas un fichier skops valide"):
        load_model(target)


def test_pickle_is_never_loaded(model_dir, tmp_path):
    target = _copy(model_dir, tmp_path)
    _replace_model_file(target, pickle.dumps({"evil": True}))
    with pytest.raises(ModelError, match="pas un fichier skops valide"):
        load_model(target)


def test_untrusted_type_is_refused(model_dir, tmp_path):
    import skops.io as sio
    from sklearn.neighbors import KNeighborsClassifier

    target = _copy(model_dir, tmp_path)
    _replace_model_file(target, sio.dumps(collections.Counter(a=1)))
    with pytest.raises(ModelError, match="types non autorisés.*collections.Counter"):
        load_model(target)
    _replace_model_file(target, sio.dumps(KNeighborsClassifier()))  # a foreign but harmless sklearn model
    with pytest.raises(ModelError, match="pas un classifieur d'intentions entraîné"):
        load_model(target)


def test_altered_file_is_detected(model_dir, tmp_path):
    target = _copy(model_dir, tmp_path)
    with open(target / MODEL_FILE, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelError, match="modifié"):
        load_model(target)


def test_promote_refuses_a_worse_model_and_rollback_returns(model_dir, worse_model, tmp_path):
    registry = Registry(tmp_path / "registry")
    good = registry.register(model_dir)
    bad = registry.register(worse_model)
    registry.promote(good)
    with pytest.raises(RegistryError, match="inférieure"):
        registry.promote(bad)
    assert registry.current() == registry.root / "versions" / good
    registry.promote(bad, force=True)
    assert registry.current_version() == bad
    assert registry.rollback() == good
    assert registry.current_version() == good
    with pytest.raises(RegistryError, match="Aucune version précédente"):
        registry.rollback()
    assert [v["version"] for v in registry.versions()] == [good, bad]


def test_running_handle_picks_up_a_promotion_without_restart(model_dir, worse_model, tmp_path):
    registry = Registry(tmp_path / "registry")
    good, bad = registry.register(model_dir), registry.register(worse_model)
    registry.promote(bad, force=True)
    handle = ModelHandle(registry.root)
    first = handle.get()
    assert handle.get() is first  # no reload while nothing changed
    registry.promote(good)
    second = handle.get()
    assert second is not first and second.meta["version"] == good
    registry.rollback()
    assert handle.get().meta["version"] == bad


def test_ensure_model_trains_registers_and_promotes_once(tmp_path):
    root = tmp_path / "models"
    path = ensure_model(root)
    model = load_model(path)
    assert model.meta["metrics"]["accuracy"] >= 0.95
    assert Registry(root).current() == path
    assert ensure_model(root) == path  # second start: nothing retrained
    assert len(Registry(root).versions()) == 1
