"""Click's own words in French: usage lines, help headings and the errors of a mistyped command.

Clerks read these when they mistype a command (« Error: Missing argument 'QID'. »). Click marks its
messages for gettext but ships no French catalogue, so the few a clerk can meet are rewritten here;
anything else keeps click's wording rather than be guessed.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import click

# click writes « {heading}: »; French wants a space before the colon.
SECTIONS = {"Options": "Options ", "Commands": "Commandes ", "Arguments": "Arguments "}
# (click's message, French), most specific first; click 8 quotes names with '…'.
MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), f)
    for p, f in [
        (r"^Missing argument '(.+)'\.$", r"argument manquant : « \1 »."),
        (r"^Missing option '(.+)'\.$", r"option manquante : « \1 »."),
        (r"^No such option '(.+)'\. Did you mean '(.+)'\?$",
         r"option inconnue : « \1 ». Vouliez-vous dire « \2 » ?"),
        (r"^No such option '(.+)'\.( \(Possible options: (.+)\))?$", r"option inconnue : « \1 »."),
        (r"^No such command '(.+)'\. Did you mean '(.+)'\?$",
         r"commande inconnue : « \1 ». Vouliez-vous dire « \2 » ?"),
        (r"^No such command '(.+)'\.$", r"commande inconnue : « \1 »."),
        (r"^Option '(.+)' requires an argument\.$", r"l'option « \1 » attend une valeur."),
        (r"^Option '(.+)' does not take a value\.$", r"l'option « \1 » ne prend pas de valeur."),
        (r"^Got unexpected extra arguments? \((.+)\)$", r"argument(s) en trop : \1."),
        (r"^Invalid value for '(.+)': '(.*)' is not a valid integer\.$",
         r"valeur invalide pour « \1 » : « \2 » n'est pas un nombre entier."),
        (r"^Invalid value for '(.+)': '(.*)' is not a valid float\.$",
         r"valeur invalide pour « \1 » : « \2 » n'est pas un nombre."),
        (r"^Invalid value for '(.+)': '(.*)' is not one of (.+)\.$",
         r"valeur invalide pour « \1 » : « \2 » n'est pas l'un des choix possibles (\3)."),
        (r"^Invalid value for '(.+)': (?:File|Path|Directory) '(.+)' does not exist\.$",
         r"valeur invalide pour « \1 » : « \2 » n'existe pas."),
        (r"^Invalid value for '(.+)': (.+)$", r"valeur invalide pour « \1 » : \2"),
    ]
]


def french_message(message: str) -> str:
    for pattern, french in MESSAGES:
        if pattern.match(message):
            return pattern.sub(french, message)
    return message


class FrenchHelpFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix="Utilisation : " if prefix is None else prefix)

    def section(self, name: str) -> Any:
        return super().section(SECTIONS.get(name, name))


class FrenchContext(click.Context):
    formatter_class = FrenchHelpFormatter


def show(error: click.ClickException) -> None:
    """Print a click error the way click does (usage, hint, message), in French."""
    ctx = getattr(error, "ctx", None)
    if isinstance(error, click.UsageError) and ctx is not None:
        click.echo(ctx.get_usage(), err=True)
        click.echo(f"Aide : {ctx.command_path} --help", err=True)
        click.echo("", err=True)
    click.echo(f"Erreur : {french_message(error.format_message())}", err=True)


class FrenchCli:
    """Mixin for click commands and groups: French help option, usage, headings and errors."""

    context_class = FrenchContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIONS]")
        if isinstance(self, click.Group):
            kwargs.setdefault("subcommand_metavar", "COMMANDE [ARGUMENTS]...")
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = "Afficher cette aide et quitter."
        return option

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """click's standalone mode (errors printed, then exit), with the messages in French."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[misc]
        try:
            rv = super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[misc]
        except click.Abort:
            click.echo("Interrompu.", err=True)
            sys.exit(1)
        except click.ClickException as error:
            show(error)
            sys.exit(error.exit_code)
        sys.exit(rv if isinstance(rv, int) else 0)
