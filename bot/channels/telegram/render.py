"""Turn a channel-neutral reply into Telegram messages: escaped HTML, split under the size limit, buttons.

Telegram refuses a whole message when one `<` or `&` from the knowledge base is left raw, and refuses any
message above 4,096 characters; both failures would lose an answer, so every value is escaped here and long
answers are cut where a reader expects a break (paragraph, line, sentence) rather than mid-word.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

# Telegram's limit is 4,096 UTF-16 code units after entity parsing; we keep a margin for the sources footer.
MAX_MESSAGE = 4096
SPLIT_AT = 4000
MAX_CALLBACK_DATA = 64
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def escape(text: str) -> str:
    """Escape a plain value for parse_mode HTML (`<`, `>`, `&`, and quotes for attribute safety)."""
    return html.escape(text, quote=True)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units, so an emoji counts two."""
    return len(text.encode("utf-16-le")) // 2


def _cut_hard(text: str, limit: int) -> list[str]:
    """Last resort: cut at a space, or anywhere, so no piece exceeds `limit`."""
    pieces: list[str] = []
    while utf16_len(text) > limit:
        cut = limit
        while utf16_len(text[:cut]) > limit:
            cut -= 1
        space = text.rfind(" ", 0, cut)
        if space > cut // 2:
            cut = space
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def _units(text: str, limit: int) -> list[str]:
    """Break `text` into units no longer than `limit`: lines, else sentences, else words."""
    units: list[str] = []
    for line in text.split("\n"):
        if utf16_len(line) <= limit:
            units.append(line)
            continue
        for sentence in _SENTENCE_END.split(line):
            units.extend(_cut_hard(sentence, limit) if utf16_len(sentence) > limit else [sentence])
    return units


def split_message(text: str, limit: int = SPLIT_AT) -> list[str]:
    """Split plain text into messages of at most `limit` UTF-16 units, at line or sentence boundaries.

    Lines are packed greedily, so a short answer stays one message and a long list is cut between items.
    """
    text = text.strip()
    if utf16_len(text) <= limit:
        return [text] if text else []
    chunks: list[str] = []
    current = ""
    for unit in _units(text, limit):
        candidate = f"{current}\n{unit}" if current else unit
        if utf16_len(candidate) <= limit:
            current = candidate
            continue
        if current.strip():
            chunks.append(current.strip("\n"))
        current = unit
    if current.strip():
        chunks.append(current.strip("\n"))
    return chunks


def check_callback_data(data: str) -> str:
    """Return `data` if Telegram will take it (1 to 64 bytes), else raise ValueError."""
    size = len(data.encode())
    if not 1 <= size <= MAX_CALLBACK_DATA:
        raise ValueError(f"callback_data must be 1 to {MAX_CALLBACK_DATA} bytes, got {size}")
    return data


def pack_callback(*parts: str) -> str:
    """Join parts with `:` into callback_data, refusing anything Telegram would refuse."""
    if any(":" in part for part in parts[:-1]):
        raise ValueError("only the last callback_data part may contain ':'")
    return check_callback_data(":".join(parts))


def unpack_callback(data: str, parts: int) -> list[str]:
    """The inverse of `pack_callback` for `parts` fields (the last one keeps any `:`)."""
    return data.split(":", parts - 1)


def keyboard(rows: Iterable[Sequence[tuple[str, str]]]) -> InlineKeyboardMarkup | None:
    """An inline keyboard from rows of (label, callback_data); None when there is no button."""
    built = [
        [InlineKeyboardButton(label[:64], callback_data=check_callback_data(data)) for label, data in row]
        for row in rows
        if row
    ]
    return InlineKeyboardMarkup(built) if built else None


@dataclass(frozen=True)
class Outgoing:
    """One Telegram message ready to send: HTML text and an optional keyboard."""

    html: str
    markup: InlineKeyboardMarkup | None = None


def _source_line(source: object) -> str:
    title = escape(getattr(source, "title", "") or getattr(source, "id", ""))
    url = getattr(source, "url", None)
    if url and url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}">{title}</a>'
    return title


def render_reply(reply: object, feedback_rows: Sequence[tuple[str, str]] = ()) -> list[Outgoing]:
    """Render a conversation `Reply` as messages; the keyboard goes under the last one.

    `feedback_rows` are the (label, data) pairs of the 👍/👎 buttons, put on one row.
    Sources are listed under the text as « Source : … », each title escaped, linked when it has a URL.
    """
    text = getattr(reply, "text", "") or ""
    sources = list(getattr(reply, "sources", None) or [])
    # Split the plain text first, with room for the footer; escaping only adds markup, not visible text.
    chunks = split_message(text) or ["…"]
    htmls = [escape(chunk) for chunk in chunks]
    if sources:
        unique = list(dict.fromkeys(_source_line(s) for s in sources))
        label = "Source" if len(unique) == 1 else "Sources"
        footer = f"\n\n<i>{label} : " + " ; ".join(unique) + "</i>"
        if utf16_len(html.unescape(re.sub(r"<[^>]+>", "", htmls[-1] + footer))) <= MAX_MESSAGE:
            htmls[-1] += footer
        else:
            htmls.append(footer.strip())
    rows: list[list[tuple[str, str]]] = []
    for button in getattr(reply, "buttons", None) or []:
        try:
            rows.append([(button.label, check_callback_data(button.data))])
        except ValueError:
            continue  # a button Telegram would refuse must not cost the resident the whole answer
    if feedback_rows:
        rows.append(list(feedback_rows))
    messages = [Outgoing(h) for h in htmls]
    messages[-1] = Outgoing(htmls[-1], keyboard(rows))
    return messages
