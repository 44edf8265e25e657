"""Opening the core with messages a newcomer can act on, shared by run_bot.py and `python -m bot`."""

from __future__ import annotations

import sys
from pathlib import Path

import knowledge
import nlu
from bot.config import Config

REPO = Path(__file__).resolve().parents[1]


class StartupError(Exception):
    """Something the person starting the bot must fix; the message says how, in French."""


def check_database(db_path: Path) -> None:
    if not db_path.exists():
        raise StartupError(
            f"La base de connaissances « {db_path} » n'existe pas encore.\n"
            "Pour une nouvelle commune, créez son dossier et sa base :\n"
            "    python -m knowledge nouvelle-commune DOSSIER\n"
            f"Pour la commune de démonstration : python -m knowledge --db {db_path} import demo/\n"
            "(ou lancez simplement « make run » sans DB ni CLOCHER_HOME, qui le fait pour vous)."
        )
    # The core reads the base read-only: a base made by an older Clocher gets its migrations here, at
    # start, instead of failing on a missing column at a resident's first question.
    try:
        knowledge.open_kb(db_path).close()
    except knowledge.KnowledgeError as exc:
        raise StartupError(str(exc)) from exc


def ensure_model(config: Config, *, quiet: bool = False) -> Path:
    """Find the promoted intent model; train one from the bundled data the first time."""
    registry = nlu.Registry(config.models_dir)
    if registry.current() is None and not quiet:
        print(
            "Premier démarrage : entraînement du modèle de compréhension à partir de nlu/data/ "
            "(une minute environ)…",
            file=sys.stderr,
        )
    path = nlu.ensure_model(config.models_dir)
    ensure_ranker(config, quiet=quiet)
    return path


def ensure_ranker(config: Config, *, quiet: bool = False) -> Path:
    """The model that chooses answers (bot/ranking.py), trained on the demo commune the first time."""
    from bot import ranking
    from bot.ranker_training import ensure_ranker as train_if_missing

    if ranking.stamp(config.models_dir) is None and not quiet:
        print(
            "Premier démarrage : entraînement du modèle de choix des réponses sur les questions de "
            "développement (tests/communes/sets.yml, quelques minutes)…",
            file=sys.stderr,
        )
    elif ranking.outdated(config.models_dir) and not quiet:
        print(
            "Le modèle de choix des réponses a été entraîné pour une version précédente de Clocher : "
            "nouvel entraînement sur les questions de développement (quelques minutes)…",
            file=sys.stderr,
        )
    return train_if_missing(config.models_dir, REPO)


def open_conversation(config: Config):
    """The conversation core, or a StartupError that tells what to do."""
    from bot.conversation import Conversation

    check_database(config.db_path)
    ensure_model(config)
    try:
        conversation = Conversation(config, models=nlu.ModelHandle(config.models_dir))
        try:
            conversation.warm_up()  # the model loads lazily: a broken one shows here, not to a resident
        except BaseException:
            conversation.close()
            raise
    except knowledge.KnowledgeError as exc:
        raise StartupError(str(exc)) from exc
    except nlu.ModelError as exc:
        raise StartupError(
            f"Le modèle de compréhension est illisible : {exc}\n"
            f"Revenez au modèle précédent : python -m nlu --registry {config.models_dir} rollback "
            "(ou supprimez le dossier "
            "pour repartir du modèle livré)."
        ) from exc
    return conversation
