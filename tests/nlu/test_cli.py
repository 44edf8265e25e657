from __future__ import annotations

import json

from click.testing import CliRunner

from nlu.cli import cli
from nlu.training import BUNDLED_TEST


def run(*args, registry=None):
    base = ["--registry", str(registry)] if registry else []
    return CliRunner().invoke(cli, [*base, *map(str, args)], catch_exceptions=False)


def test_train_any_rasa_file_with_warnings(small_data, tmp_path):
    result = run("train", "--data", small_data, "--out", tmp_path / "m")
    assert result.exit_code == 0, result.output
    assert "Attention" in result.output and "« responses » ignorée" in result.output
    meta = json.loads((tmp_path / "m" / "meta.json").read_text())
    assert meta["intents"] == ["commander_pizza", "faq/livraison", "horaires_pizzeria"]
    predicted = run("predict", "--model", tmp_path / "m", "je veux une royale")
    assert json.loads(predicted.output)["intent"] == "commander_pizza"


def test_evaluate_writes_rasa_result_files(model_dir, tmp_path):
    out = tmp_path / "results"
    result = run("evaluate", "--model", model_dir, "--data", BUNDLED_TEST, "--out", out)
    assert result.exit_code == 0, result.output
    assert "Précision :" in result.output
    report = json.loads((out / "intent_report.json").read_text())
    assert report["accuracy"] >= 0.95
    assert "confused_with" in report["faq"] and {"precision", "recall", "f1-score", "support"} <= set(
        report["faq"]
    )
    errors = json.loads((out / "intent_errors.json").read_text())
    assert all({"text", "intent", "intent_prediction"} <= set(e) for e in errors)
    for name in ("intent_confusion_matrix.png", "intent_histogram.png"):
        assert (out / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cross_validation(small_data, tmp_path):
    out = tmp_path / "cv"
    result = run("evaluate", "--data", small_data, "--cross-validation", "--folds", 3, "--out", out)
    assert result.exit_code == 0, result.output
    report = json.loads((out / "intent_report.json").read_text())
    assert report["weighted avg"]["support"] == 18


def test_validate_finds_conflicts_duplicates_and_thin_intents(tmp_path):
    path = tmp_path / "nlu.yml"
    path.write_text(
        'version: "3.1"\nnlu:\n- intent: a\n  examples: |\n    - Bonjour !\n    - bonjour\n'
        "    - salut\n- intent: b\n  examples: |\n    - BONJOUR\n    - au revoir\n",
        encoding="utf-8",
    )
    result = run("validate", "--data", path, "--min-examples", 3)
    assert result.exit_code == 1
    assert "conflit entre les intentions a, b" in result.output
    assert "Doublon dans « a »" in result.output
    assert "« b » n'a que 2 exemple(s)" in result.output


def test_validate_bundled_data_is_clean():
    result = run("validate", "--min-examples", 40)
    assert result.exit_code == 0, result.output
    assert "Données valides." in result.output


def test_registry_commands(small_data, tmp_path):
    registry = tmp_path / "reg"
    assert "Registre vide" in run("list", registry=registry).output
    trained = run("train", "--data", small_data, "--test", small_data, "--register", registry=registry)
    assert trained.exit_code == 0, trained.output
    version = json.loads(run("list", "--json", registry=registry).output)[0]["version"]
    # Tested on its own training file: the guard refuses, --force overrides (issue 13).
    leaked = run("promote", version, registry=registry)
    assert leaked.exit_code == 1 and "score viendrait d'exemples qu'il a appris" in leaked.output
    forced = run("promote", version, "--force", registry=registry)
    assert forced.output.strip() == f"Version {version} en service."
    assert run("list", registry=registry).output.startswith(f"* {version}")
    refused = run("rollback", registry=registry)
    assert refused.exit_code == 1 and "Aucune version précédente" in refused.output
    unknown = run("promote", "nope", registry=registry)
    assert unknown.exit_code == 1 and "inconnue du registre" in unknown.output


def test_bad_inputs_give_french_errors(tmp_path):
    missing = run("train", "--data", tmp_path / "absent.yml", "--out", tmp_path / "m")
    assert missing.exit_code == 1 and "Fichier introuvable" in missing.output
    no_out = run("train", "--data", tmp_path / "absent.yml")
    assert no_out.exit_code == 2 and "--out" in no_out.output
    bad_model = run("evaluate", "--model", tmp_path, "--data", BUNDLED_TEST, "--out", tmp_path / "r")
    assert bad_model.exit_code == 1 and "n'est pas un modèle Clocher" in bad_model.output


def test_every_command_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "nlu" / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"`{name}" in readme, f"command {name} missing from nlu/README.md"
