"""What a resident typed, made safe to process, to store and to show to a clerk.

Every channel hands the core whatever arrived: Telegram relays lone surrogates and control characters
inside JSON, a terminal or a pipe may carry bytes of any encoding. The intent model (spaCy) raises on a
lone surrogate, a clerk's terminal obeys an escape sequence, and a right-to-left override can make a
signalement read differently from what was written. `clean` runs once, at the core's entry points, so
everything downstream (answers, the clerks' lists, the staff chat) only ever sees plain, printable text.
"""

from __future__ import annotations

import re
import unicodedata

# Longest question the intent model is asked to read: beyond it a message is a letter, not a question.
MAX_QUESTION = 2000
# Longest request or signalement kept as written (a Telegram message holds 4 096 characters at most);
# anything longer (several messages, or `python -m bot ask`) is cut, and the resident is told so.
MAX_REPORT = 4000

# C0 controls but tab and line feed, DEL, C1 controls; bidirectional embeddings, overrides and isolates
# (they reorder what a reader sees); invisible characters that only split words (zero-width space, word
# joiner, byte order mark, soft hyphen, Mongolian vowel separator); non-characters. Zero-width joiner and
# non-joiner stay: emoji sequences and some scripts need them.
_STRIP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u00ad\u180e"
    "\ufffe\uffff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: object) -> str:
    """Printable text: surrogate pairs joined, lone surrogates shown as « � », line ends as « \\n »,
    controls and invisible formatting removed, composed (NFC) so « é » is one character."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if _SURROGATE.search(text):
        # A pair split over two code points (JSON's "\ud83d\ude00") becomes its character; a lone one, U+FFFD.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _STRIP.sub("", text))


def cut(text: str, limit: int = MAX_REPORT) -> tuple[str, int]:
    """`text` cut to `limit` characters at a word boundary when one is near; and how many were left out."""
    if len(text) <= limit:
        return text, 0
    head = text[:limit]
    space = head.rfind(" ", limit - 200)
    if space > 0:
        head = head[:space]
    return head.rstrip(), len(text) - len(head.rstrip())


def decode_line(raw: bytes) -> str | None:
    """A line of bytes as text: UTF-8, else Windows-1252 (what French office software writes), else None.

    None means the bytes are not text in either encoding: the caller says so in French and goes on.
    """
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
