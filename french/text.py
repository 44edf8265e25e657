"""Folding and tokens: the first steps of every French analysis in Clocher."""

from __future__ import annotations

import re
import unicodedata

# Characters NFKD does not decompose into « letter + accent » but French text uses.
_SPECIAL = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def _strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Precomputed for Latin-1 and Latin Extended-A (every letter French uses): one `str.translate` call
# instead of a Unicode decomposition per character.
_FOLD_TABLE = {cp: _strip(chr(cp)) for cp in range(0xC0, 0x180)}
_FOLD_TABLE.update(_SPECIAL)
_ONE_CHAR_TABLE = {cp: (v[:1] or " ") for cp, v in _FOLD_TABLE.items()}


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lower-case and strip accents: « Église » and « eglise » are one word to every matcher.

    Other signs (« € », « n° ») are kept: the entity extractor reads them; `tokens` splits on them.
    """
    quick = text.translate(_FOLD_TABLE)
    if not quick.isascii():  # rarer characters (other scripts, combining marks): the general path
        quick = _strip(quick)
    return quick.lower()


def fold_signs(text: str) -> str:
    """fold(), with every other non-ASCII sign as a space: « n°2025-017 » → « n 2025-017 » (keys)."""
    return _NON_ASCII.sub(" ", fold(text))


def fold_keep_offsets(text: str) -> str:
    """Fold character by character so that index i of the result is index i of `text` (entity spans)."""
    quick = text.translate(_ONE_CHAR_TABLE)
    if quick.isascii():
        return quick.lower()
    out = []
    for ch in quick:
        folded = fold(ch)
        out.append(folded[0] if folded else " ")
    return "".join(out)


_TOKEN = re.compile(r"[a-z0-9]+")


# The Breton « c'h » (« Vourc'h », « Penmarc'h ») is one sound, which residents write « ch »: its
# apostrophe does not split the word.
_BRETON_CH = re.compile(r"c'h")


def tokens(text: str | None) -> list[str]:
    """Folded word tokens; apostrophes and hyphens split (« l'église » → « l », « eglise »), but not the
    Breton « c'h » (« Vourc'h » → « vourch », as residents type it)."""
    if not text:
        return []
    folded = fold(text)
    if "c'h" in folded:
        folded = _BRETON_CH.sub("ch", folded)
    return _TOKEN.findall(folded)


_ARTICLE = re.compile(r"(?i)(les|le)\s+(?=\S)")


def de(name: str) -> str:
    """« de » before a commune's name, as French writes it: « la mairie d'Aubrevaz », « du Mans »,
    « des Mureaux », « de La Rochelle ». A name opening on « h » keeps « de »: whether it elides depends on
    the word (« d'Hyères » but « de Hondschoote »), and no list of names says which."""
    name = name.strip()
    article = _ARTICLE.match(name)
    if article:
        rest = name[article.end() :]
        return ("des " if article.group(1).lower() == "les" else "du ") + rest
    if fold(name[:1]) in {"a", "e", "i", "o", "u", "y"}:
        return "d'" + name
    return "de " + name
