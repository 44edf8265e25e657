"""`python -m nlu`: the administrator's commands, a thin shell over the package's Python API.

Every message is in French; every user error is a `CliError` saying what to do next.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

import click

from .evaluate import cross_validate, evaluate_model
from .model import DEFAULT_AMBIGUITY, DEFAULT_THRESHOLD
from .rasa_yaml import NluDataError, read_nlu
from .store import ModelError, Registry, RegistryError, load_model, read_meta
from .training import BUNDLED_TEST, BUNDLED_TRAIN, TrainingError, train
from .validate import validate_data


def default_registry() -> Path:
    """The one place deciding where models live: $CLOCHER_MODELS, else ./var/models."""
    return Path(os.environ.get("CLOCHER_MODELS") or Path("var") / "models")


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.1f} %".replace(".", ",")


class CliError(click.ClickException):
    """A user error, printed in French (click's own prefix is « Error: »)."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"Erreur : {self.format_message()}", err=True)


class _FrenchHelp:
    """Click's help option says « Show this message and exit. »: say it in French."""

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = "Afficher cette aide et quitter."
        return option


class _FrenchCommand(_FrenchHelp, click.Command):
    pass


class _FrenchGroup(_FrenchHelp, click.Group):
    command_class = _FrenchCommand


def _fail(exc: Exception) -> click.ClickException:
    return CliError(str(exc))


_data_option = click.option(
    "--data",
    "data",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Fichier(s) NLU au format Rasa (répéter l'option pour plusieurs fichiers).",
)


@click.group(cls=_FrenchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--registry",
    type=click.Path(path_type=Path),
    default=None,
    help="Dossier du registre des modèles (défaut : $CLOCHER_MODELS, sinon var/models).",
)
@click.option("-v", "--verbose", is_flag=True, help="Affiche les détails.")
@click.pass_context
def cli(ctx: click.Context, registry: Path | None, verbose: bool) -> None:
    """Compréhension des messages de Clocher : entraîner, évaluer, valider et mettre en service les modèles.

    Exemple : python -m nlu train --data nlu/data/nlu.yml --test nlu/data/test_nlu.yml --register
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(message)s")
    ctx.obj = {"registry": Registry(registry or default_registry())}


@cli.command("train")
@_data_option
@click.option(
    "--test",
    "test",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Jeu de test tenu à l'écart ; sa précision est enregistrée (défaut : aucun, "
    "sauf avec les données fournies).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Dossier où écrire le modèle (obligatoire sans --register).",
)
@click.option("--register", is_flag=True, help="Ajouter le modèle au registre (sans le mettre en service).")
@click.option(
    "--threshold",
    type=float,
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Seuil de confiance sous lequel le bot demande de reformuler.",
)
@click.option(
    "--ambiguity",
    type=float,
    default=DEFAULT_AMBIGUITY,
    show_default=True,
    help="Écart minimal entre les deux meilleures intentions.",
)
@click.option("--lemmatizer", type=click.Choice(["lookup", "rule"]), default="lookup", show_default=True)
@click.option("--classifier", type=click.Choice(["svc", "logreg"]), default="svc", show_default=True)
@click.option("--C", "c", type=float, default=None, help="Régularisation du classifieur linéaire.")
@click.pass_obj
def train_cmd(obj, data, test, out, register, threshold, ambiguity, lemmatizer, classifier, c):
    """Entraîner un modèle sur exactement les fichiers donnés (n'importe quel nlu.yml Rasa).

    Exemple : python -m nlu train --data nlu/data/nlu.yml --test nlu/data/test_nlu.yml --out var/m1
    """
    if not data:
        data, test = (BUNDLED_TRAIN,), test or (BUNDLED_TEST,)
        click.echo(f"Aucun --data : données fournies ({BUNDLED_TRAIN.name}, test {BUNDLED_TEST.name}).")
    registry: Registry = obj["registry"]
    if out is None and not register:
        raise CliError("Indiquez --out DOSSIER, ou --register pour l'ajouter au registre.", exit_code=2)
    staging = out or registry.root / "staging" / f"train-{os.getpid()}"
    params = {"lemmatizer": lemmatizer, "classifier": classifier}
    if c is not None:
        params["C"] = c
    started = time.perf_counter()
    try:
        model_dir = train(
            list(data),
            staging,
            test_paths=list(test) or None,
            threshold=threshold,
            ambiguity=ambiguity,
            **params,
        )
        meta = read_meta(model_dir)
    except (NluDataError, TrainingError, ModelError) as exc:
        raise _fail(exc) from None
    for warning in meta.get("warnings", []):
        click.echo(f"Attention : {warning}", err=True)
    metrics = meta.get("metrics", {})
    click.echo(
        f"Modèle entraîné sur {meta['n_examples']} exemples, {len(meta['intents'])} intentions, "
        f"en {time.perf_counter() - started:.1f} s".replace(".", ",")
        + "."
    )
    if metrics:
        click.echo(
            f"Précision sur le jeu de test ({metrics['n_test']} exemples) : {_pct(metrics['accuracy'])}."
        )
    if out is not None:
        click.echo(f"Modèle écrit dans {model_dir}.")
    if register:
        version = registry.register(model_dir)
        if out is None:
            import shutil

            shutil.rmtree(staging, ignore_errors=True)
        click.echo(
            f"Enregistré dans le registre sous la version {version}. "
            f"Mise en service : python -m nlu promote {version}"
        )


@cli.command("evaluate")
@click.option(
    "--model",
    "model_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Dossier du modèle (défaut : le modèle en service du registre).",
)
@_data_option
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Dossier des résultats.")
@click.option(
    "--cross-validation",
    "cv",
    is_flag=True,
    help="Validation croisée sur --data (le modèle n'est pas utilisé, seul son paramétrage).",
)
@click.option(
    "--folds", type=int, default=5, show_default=True, help="Nombre de plis de la validation croisée."
)
@click.pass_obj
def evaluate_cmd(obj, model_dir, data, out, cv, folds):
    """Écrire les résultats au format Rasa : intent_report.json, intent_errors.json et deux graphiques.

    Exemple : python -m nlu evaluate --model var/m1 --data nlu/data/test_nlu.yml --out var/results
    """
    registry: Registry = obj["registry"]
    try:
        if cv:
            dataset = read_nlu(list(data) or [BUNDLED_TRAIN])
            params = {}
            if model_dir is not None:
                saved = read_meta(model_dir).get("params", {})
                params = {k: saved[k] for k in ("lemmatizer", "classifier", "C") if k in saved}
            report = cross_validate(dataset, folds=folds, **params)
        else:
            model_dir = model_dir or registry.current()
            if model_dir is None:
                raise CliError("Aucun modèle : indiquez --model, ou promouvez une version du registre.")
            model = load_model(model_dir)
            report = evaluate_model(model, read_nlu(list(data) or [BUNDLED_TEST]))
    except (NluDataError, TrainingError, ModelError, ValueError) as exc:
        raise _fail(exc) from None
    paths = report.write(out)
    rep = report.report()
    click.echo(
        f"Précision : {_pct(report.accuracy)} sur {len(report.y_true)} exemples "
        f"(F1 macro {_pct(rep['macro avg']['f1-score'])})."
    )
    worst = sorted(
        (v["f1-score"], k) for k, v in rep.items() if isinstance(v, dict) and "confused_with" in v
    )[:3]
    for f1, intent in worst:
        confused = ", ".join(f"{k} ({n})" for k, n in rep[intent]["confused_with"].items()) or "—"
        click.echo(f"  {intent} : F1 {_pct(f1)} ; confondue avec : {confused}")
    click.echo("Fichiers écrits : " + ", ".join(str(p) for p in paths))


@cli.command("validate")
@_data_option
@click.option(
    "--test",
    "test",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Jeu de test à vérifier contre les données d'entraînement.",
)
@click.option(
    "--min-examples",
    type=int,
    default=10,
    show_default=True,
    help="Nombre d'exemples en dessous duquel une intention est signalée.",
)
def validate_cmd(data, test, min_examples):
    """Trouver doublons, exemples en conflit, intentions trop pauvres et fuites du jeu de test.

    Sans --data, vérifie les données fournies (nlu.yml contre test_nlu.yml).
    Exemple : python -m nlu validate --data mon_nlu.yml --min-examples 20
    """
    if not data:
        data, test = (BUNDLED_TRAIN,), test or (BUNDLED_TEST,)
    try:
        dataset = read_nlu(list(data))
        held_out = read_nlu(list(test)) if test else None
    except NluDataError as exc:
        raise _fail(exc) from None
    report = validate_data(dataset, test=held_out, min_examples=min_examples)
    intents = len(dataset.intents)
    click.echo(
        f"{len(dataset.examples)} exemples, {intents} intentions lus dans {', '.join(map(str, data))}."
    )
    for warning in report.warnings:
        click.echo(f"Attention : {warning}")
    for error in report.errors:
        click.echo(f"Erreur : {error}")
    if not report.ok:
        raise CliError(f"{len(report.errors)} erreur(s) à corriger avant l'entraînement.")
    click.echo(
        "Données valides." + (f" ({len(report.warnings)} avertissement(s))" if report.warnings else "")
    )


@cli.command("list")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@click.pass_obj
def list_cmd(obj, as_json):
    """Lister les versions du registre (la version en service est marquée d'une étoile).

    Exemple : python -m nlu --registry var/models list
    """
    registry: Registry = obj["registry"]
    try:
        versions = registry.versions()
    except RegistryError as exc:
        raise _fail(exc) from None
    if as_json:
        click.echo(json.dumps(versions, ensure_ascii=False, indent=2))
        return
    if not versions:
        click.echo(f"Registre vide ({registry.root}).")
        return
    for v in versions:
        mark = "*" if v["current"] else " "
        metrics = v.get("metrics") or {}
        click.echo(
            f"{mark} {v['version']}  créé {v.get('created') or '?'}  "
            f"précision {_pct(metrics.get('accuracy'))}  données {str(v.get('data_sha256'))[:12]}"
        )


@cli.command("promote")
@click.argument("version")
@click.option(
    "--test",
    "test",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Fichier(s) de test sur lesquels comparer les deux modèles (défaut : ceux de l'entraînement).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Passer outre le garde-fou (score plus bas, score sur des exemples appris, autres bibliothèques).",
)
@click.pass_obj
def promote_cmd(obj, version, test, force):
    """Mettre une version en service ; un bot en marche la charge sans redémarrer.

    Sans --force, la version et celle en service sont évaluées sur les mêmes fichiers de test : la
    promotion est refusée si la nouvelle est moins bonne, ou si son score vient d'exemples qu'elle a
    appris (fichier de test présent dans ses données d'entraînement).

    Exemple : python -m nlu promote 20250601-101500-ab12cd34
    """
    from .guard import check_promotion
    from .store import version_mismatch

    registry = obj["registry"]
    try:
        if not force:
            registry.path(version)
            if registry.current_version() == version:
                raise RegistryError(f"La version « {version} » est déjà la version en service.")
            mismatch = version_mismatch(read_meta(registry.path(version)))
            if mismatch:
                raise RegistryError(
                    f"Refusé : « {version} » a été construit avec d'autres versions ({', '.join(mismatch)})."
                )
            check = check_promotion(registry, version, test_paths=list(test) or None)
            if check.candidate is not None:
                click.echo(f"Fichiers de test : {', '.join(check.test_files)}")
                for score in (check.in_service, check.candidate):
                    if score is not None:
                        click.echo(
                            f"  {score.version} : précision {_pct(score.accuracy)}, "
                            f"F1 macro {_pct(score.macro_f1)} ({score.n_test} exemples)"
                        )
            for warning in check.warnings:
                click.echo(f"Attention : {warning}")
            if not check.ok:
                raise RegistryError(" ".join(check.refusals) + " Utilisez --force pour passer outre.")
        registry.promote(version, force=True)
    except (RegistryError, ModelError, NluDataError) as exc:
        raise _fail(exc) from None
    click.echo(f"Version {version} en service.")


@cli.command("rollback")
@click.pass_obj
def rollback_cmd(obj):
    """Revenir à la version en service avant la dernière promotion.

    Exemple : python -m nlu rollback
    """
    try:
        version = obj["registry"].rollback()
    except RegistryError as exc:
        raise _fail(exc) from None
    click.echo(f"Retour à la version {version}.")


@cli.command("predict")
@click.argument("texts", nargs=-1, required=True)
@click.option(
    "--model",
    "model_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Dossier du modèle (défaut : le modèle en service).",
)
def predict_cmd(texts, model_dir):
    """Afficher ce que le modèle comprend d'un ou plusieurs messages (JSON).

    Exemple : python -m nlu predict "la mairie est ouverte samedi ?"
    """
    ctx = click.get_current_context()
    registry: Registry = ctx.obj["registry"]
    model_dir = model_dir or registry.current()
    if model_dir is None:
        raise CliError("Aucun modèle : indiquez --model, ou promouvez une version du registre.")
    try:
        model = load_model(model_dir)
    except ModelError as exc:
        raise _fail(exc) from None
    for understanding in model.predict_many(list(texts)):
        click.echo(
            json.dumps(
                {
                    "text": understanding.text,
                    "intent": understanding.intent,
                    "confidence": understanding.confidence,
                    "fallback": understanding.fallback,
                    "ranking": understanding.ranking[:3],
                    "entities": [
                        {"type": e.type, "value": str(e.value), "text": e.text}
                        for e in understanding.entities
                    ],
                },
                ensure_ascii=False,
            )
        )
