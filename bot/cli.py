"""`python -m bot`: the scriptable face of the bot (`ask`), kept stable for scripts and tests."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, time

import click

from bot.config import load_config
from bot.startup import StartupError, ensure_model, open_conversation
from knowledge.cli_common import FrenchGroup


def _now(today: str | None, at: str | None) -> datetime:
    try:
        day = date.fromisoformat(today) if today else date.today()
    except ValueError as exc:
        message = f"Date invalide « {today} » : attendu AAAA-MM-JJ, par exemple 2026-06-17."
        raise click.UsageError(message) from exc
    try:
        moment = time.fromisoformat(at) if at else datetime.now().time().replace(microsecond=0)
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
    config = load_config(db_path=db_path)
    try:
        conv = open_conversation(config)
    except StartupError as exc:
        raise click.ClickException(str(exc)) from exc
    lines = questions or (line.rstrip("\n") for line in sys.stdin)
    try:
        for index, line in enumerate(lines):
            if not line.strip():
                continue
            item = _parse_line(line) if input_json else {"question": line}
            question = item["question"]
            chat = item.get("session") or session
            chat_id = f"cli:{chat}" if chat else f"cli:once:{index}"
            reply = conv.text(chat_id, question, now=_now(item.get("today") or today, item.get("now") or at))
            if not chat:
                from bot import state

                state.erase_chat(conv.state, chat_id)
            if as_json:
                click.echo(json.dumps({"question": question, **reply.as_dict()}, ensure_ascii=False))
            else:
                click.echo(reply.text)
                for button in reply.buttons:
                    click.echo(f"  [{button.label}]")
                click.echo()
    finally:
        conv.close()


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
    """Entraîne et active le modèle de compréhension s'il n'y en a pas encore."""
    config = load_config()
    path = ensure_model(config)
    click.echo(f"Modèle de compréhension actif : {path}")


if __name__ == "__main__":
    main()
