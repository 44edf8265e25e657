"""`python -m bot`: the scriptable face of the bot (`ask`), kept stable for scripts and tests."""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path

import click

from bot import ranking, state
from bot.config import load_config
from bot.conversation import Conversation, KnowledgeBusy, Reply
from bot.french import plural
from bot.startup import REPO, StartupError, ensure_model, open_conversation
from bot.textguard import clean, decode_line
from knowledge.cli_common import FrenchGroup


def _now(today: str | None, at: str | None) -> datetime:
    try:
        day = date.fromisoformat(today) if today else date.today()
    except ValueError as exc:
        message = f"Date invalide « {today} » : attendu AAAA-MM-JJ, par exemple 2026-06-17."
        raise click.UsageError(message) from exc
    try:
        moment = clock_time.fromisoformat(at) if at else datetime.now().time().replace(microsecond=0)
    except ValueError as exc:
        raise click.UsageError(f"Heure invalide « {at} » : attendu HH:MM, par exemple 10:30.") from exc
    return datetime.combine(day, moment)


@click.group(cls=FrenchGroup)
def main() -> None:
    """Clocher, l'assistant des habitants : outils en ligne de commande."""


@main.command()
@click.argument("questions", nargs=-1)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    help="Base de connaissances (défaut : $CLOCHER_DB ou var/clocher.sqlite).",
)
@click.option("--today", help="Date du jour à utiliser, AAAA-MM-JJ (pour « demain », « samedi »…).")
@click.option("--now", "at", help="Heure du jour à utiliser, HH:MM (pour « ouvert maintenant ? »).")
@click.option("--json", "as_json", is_flag=True, help="Une ligne JSON par question.")
@click.option("--session", help="Identifiant de session : les questions successives partagent le contexte.")
@click.option(
    "--input-json",
    is_flag=True,
    help="Chaque ligne de l'entrée standard est un objet JSON {question, today?, now?, session?} "
    "(pour rejouer un jeu de questions aux dates variées en un seul lancement).",
)
def ask(questions, db_path, today, at, as_json, session, input_json) -> None:
    """Pose des questions au bot et affiche ses réponses.

    Sans QUESTION, lit une question par ligne sur l'entrée standard (tout est chargé une seule fois).

    Exemple : python -m bot ask --today 2026-06-17 "La mairie est ouverte samedi ?"
    """
    _now(today, at)  # a typo in --today is reported before the slow start-up
    if questions and not any(q.strip() for q in questions):
        raise click.ClickException(
            "la question est vide : écrivez-la entre guillemets, par exemple "
            "python -m bot ask \"La mairie est ouverte samedi ?\""
        )
    config = load_config(db_path=db_path)
    try:
        conv = open_conversation(config)
    except StartupError as exc:
        raise click.ClickException(str(exc)) from exc
    lines = [_argument(q) for q in questions] if questions else _stdin_lines()
    try:
        for index, line in enumerate(lines):
            if isinstance(line, bytes):  # not text: say so, and go on with the next line
                _show(Reply(text=UNREADABLE, fallback=True), line.decode("utf-8", "replace"), as_json)
                continue
            if not line.strip():
                continue
            item = _parse_line(line) if input_json else {"question": line}
            question = item["question"]
            chat = item.get("session") or session
            chat_id = f"cli:{chat}" if chat else f"cli:once:{index}"
            reply = conv.text(chat_id, question, now=_now(item.get("today") or today, item.get("now") or at))
            if not chat:  # a throw-away chat: its context goes, a question kept for the clerks stays
                state.forget_context(conv.state, chat_id)
            _show(reply, clean(question), as_json)
        _hand_over_parked(conv)
    finally:
        conv.close()


UNREADABLE = (
    "Je n'ai pas pu lire cette ligne : ce n'est pas du texte en UTF-8 ni en Windows-1252. "
    "Enregistrez-la en UTF-8 et posez à nouveau la question."
)
PARKED_WAIT = 15 * 60.0  # seconds `ask` waits at the end for a clerk's import, to hand questions over


def _argument(question: str) -> str | bytes:
    """A command-line question: Python decoded argv with « surrogateescape », decode its bytes again."""
    raw = question.encode("utf-8", "surrogateescape")
    line = decode_line(raw)
    return raw if line is None else line


def _stdin_lines() -> Iterator[str | bytes]:
    """Standard input line by line, each decoded on its own: one bad line does not stop the others.

    A line that is not text comes back as its bytes."""
    for raw in sys.stdin.buffer:
        raw = raw.rstrip(b"\r\n")
        line = decode_line(raw)
        yield raw if line is None else line


def _show(reply: Reply, question: str, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({"question": question, **reply.as_dict()}, ensure_ascii=False))
        return
    click.echo(reply.text)
    for button in reply.buttons:
        click.echo(f"  [{button.label}]")
    click.echo()


def _hand_over_parked(conv: Conversation, wait: float = PARKED_WAIT) -> None:
    """Questions parked during a clerk's import reach the clerks' list before we exit.

    Why wait: the state file keeps them, but nothing would move them to `knowledge unanswered list`
    until the bot or another `ask` runs. Ctrl-C stops waiting; they stay kept for the next run.
    """
    left = len(state.parked_questions(conv.state))
    if not left:
        return
    click.echo(
        f"Une mise à jour de la base est en cours : j'attends sa fin pour transmettre "
        f"{plural(left, 'question')} au secrétariat (Ctrl-C pour ne pas attendre : "
        "elles seront transmises au prochain lancement du bot ou de « python -m bot ask »).",
        err=True,
    )
    deadline = time.monotonic() + wait
    with contextlib.suppress(KeyboardInterrupt):
        while time.monotonic() < deadline:
            try:
                conv.flush_parked()
                return
            except KnowledgeBusy:
                time.sleep(1.0)


def _parse_line(line: str) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"Ligne JSON illisible : {line[:80]!r} ({exc.msg}).") from exc
    if not isinstance(item, dict) or not isinstance(item.get("question"), str):
        raise click.ClickException(f"Chaque ligne doit être un objet JSON avec « question » : {line[:80]!r}")
    return item


@main.command("setup-model")
def setup_model() -> None:
    """Entraîne et active les modèles (compréhension, choix des réponses) s'il n'y en a pas encore."""
    config = load_config()
    path = ensure_model(config)
    click.echo(f"Modèle de compréhension actif : {path}")
    click.echo(f"Modèle de choix des réponses : {ranking.ranker_dir(config.models_dir)}")


@main.command("train-ranker")
@click.option(
    "--set",
    "sets",
    nargs=2,
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    metavar="FICHIERS QUESTIONS",
    help="Un dossier de fichiers de commune et son jeu de questions (défaut : la commune de "
    "démonstration et les communes de développement de tests/communes/sets.yml). Répétable.",
)
@click.option(
    "--max-faux",
    "max_wrong",
    type=click.FloatRange(0, 50),
    default=1.0,
    show_default=True,
    help="Part maximale de réponses fausses affirmées, en %, qui fixe le seuil de réponse.",
)
def train_ranker(sets, max_wrong) -> None:
    """Entraîne le modèle qui choisit la réponse (ou s'abstient) et affiche son évaluation.

    Le seuil de réponse est choisi par validation croisée pour garder au plus 1 % de réponses
    fausses affirmées. Exemple : python -m bot train-ranker
    """
    import nlu
    from bot import evaluation
    from bot.ranker_training import train

    config = load_config()
    # the intent model only: ensure_model would first train a ranker when there is none, then this trains
    # it again (twice the time on a fresh install)
    nlu.ensure_model(config.models_dir)
    chosen = [
        evaluation.QuestionSet(folder.name, evaluation.load_cases(questions), [folder])
        for folder, questions in sets
    ] or evaluation.development_sets(
        REPO, REPO.parent / "shared" if (REPO.parent / "shared").is_dir() else None
    )
    report = train(config.models_dir, chosen, target=max_wrong / 100)
    click.echo(ranking.format_report(report))


if __name__ == "__main__":
    main()
