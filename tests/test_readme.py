"""The README is the clerk's and the admin's manual: it must name every command they can run."""

from __future__ import annotations

import click
import pytest

from tests.conftest import REPO


def command_paths(group: click.Group, prefix: str) -> list[str]:
    paths = []
    for name, command in group.commands.items():
        if command.hidden:
            continue
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            paths.extend(command_paths(command, path))
        else:
            paths.append(path)
    return paths


def all_commands() -> list[str]:
    from bot.cli import main as bot_cli
    from knowledge.cli import cli as knowledge_cli
    from nlu.cli import cli as nlu_cli
    from web.cli import main as web_cli

    return [
        *command_paths(knowledge_cli, "python -m knowledge"),
        *command_paths(nlu_cli, "python -m nlu"),
        *command_paths(bot_cli, "python -m bot"),
        *command_paths(web_cli, "python -m web"),
    ]


@pytest.mark.parametrize("command", all_commands())
def test_readme_documents_every_command(command):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    module, _, rest = command.partition(" -m ")
    package, *words = rest.split()
    # Shown as « python -m knowledge fiches list » or with options between: « python -m knowledge --db X … ».
    lines = [line for line in readme.splitlines() if f"-m {package}" in line]
    assert any(all(f" {w}" in line for w in words) for line in lines), f"README does not show `{command}`"
