"""A chat in the terminal: the same conversation core as Telegram, for trying the bot without a token."""

from __future__ import annotations

import sys
from collections.abc import Iterable

QUIT = {"quit", "quitter", "exit", "q", ":q"}


def render(reply) -> str:
    lines = [reply.text]
    for number, button in enumerate(reply.buttons, 1):
        lines.append(f"  {number}. {button.label}")
    if reply.buttons:
        lines.append("  (tapez le numéro d'un choix)")
    return "\n".join(lines)


def chat(conv, lines: Iterable[str] | None = None, out=sys.stdout, chat_id: str = "console") -> None:
    """Read questions until Ctrl-D or « quit »; a number picks one of the last buttons."""
    interactive = lines is None and sys.stdin.isatty()
    print(render(conv.command(chat_id, "start")), file=out)
    print("\n(Ctrl-D ou « quit » pour quitter)", file=out)
    buttons = []
    source = lines if lines is not None else _stdin(interactive)
    for raw in source:
        text = raw.strip()
        if not text:
            continue
        if text.lower() in QUIT:
            break
        if text.isdigit() and buttons and 1 <= int(text) <= len(buttons):
            reply = conv.button(chat_id, buttons[int(text) - 1].data)
        elif text.startswith("/"):
            name, _, args = text[1:].partition(" ")
            reply = conv.command(chat_id, name, args)
        else:
            reply = conv.text(chat_id, text)
        buttons = reply.buttons
        if not interactive:
            print(f"\nVous : {text}", file=out)
        print(f"\nClocher : {render(reply)}\n", file=out)
    print("Au revoir !", file=out)


def _stdin(interactive: bool):
    while True:
        try:
            line = input("Vous : ") if interactive else sys.stdin.readline()
        except EOFError:
            print(file=sys.stdout)
            return
        if not interactive and line == "":
            return
        yield line
