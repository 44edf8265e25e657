"""`python -m web`: the console's accounts from the command line (the first admin has no page to use)."""

from __future__ import annotations

import sys

import click

from bot.config import load_config
from knowledge.cli_common import FrenchGroup

from . import security, store


def _store():
    config = load_config()
    return store.open_store(config.home / "web.sqlite")


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return click.prompt("Mot de passe", hide_input=True, confirmation_prompt="Répétez le mot de passe")


@click.group(cls=FrenchGroup)
def main() -> None:
    """Console web de Clocher : comptes et démarrage."""


@main.command("create-admin")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Lire le mot de passe sur l'entrée standard (scripts).")
@click.option(
    "--role",
    type=click.Choice(["admin", "clerk"]),
    default="admin",
    show_default=True,
    help="admin (administration) ou clerk (secrétariat).",
)
def create_admin(username: str, password_stdin: bool, role: str) -> None:
    """Crée un compte (d'administration par défaut), par exemple le tout premier.

    Exemple : python -m web create-admin martine
    """
    password = _read_password(password_stdin)
    problem = security.password_problem(password)
    if problem:
        raise click.ClickException(problem[:1].upper() + problem[1:])
    conn = _store()
    try:
        user = store.create_user(conn, username, role, security.hash_password(password))
        store.audit(
            conn,
            "ligne de commande",
            "compte créé",
            f"compte {user.username}",
            None,
            {"identifiant": user.username, "rôle": user.role},
        )
    except store.AccountError as exc:
        raise click.ClickException(str(exc)[:1].upper() + str(exc)[1:]) from None
    finally:
        conn.close()
    label = "d'administration" if role == "admin" else "du secrétariat"
    click.echo(f"Compte {label} « {user.username} » créé. Connectez-vous sur la console web.")


@main.command("serve")
@click.option(
    "--address", help="Adresse d'écoute HÔTE:PORT (défaut : $CLOCHER_WEB_ADDRESS ou 127.0.0.1:8080)."
)
def serve_cmd(address: str | None) -> None:
    """Lance la console web seule (sans le bot Telegram).

    Exemple : python -m web serve --address 127.0.0.1:8080
    """
    from .server import parse_address, serve

    try:
        parse_address(address)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    serve(load_config(), address)
