"""French text normalisation shared by the importers and the search functions.

The same folding and stemming is applied to what is indexed and to what a resident types, so that
« Fermée », « fermeture » and « FERMER » meet on one stem (« ferm ») in the FTS5 index.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

_WORD = re.compile(r"[0-9a-z]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f\u0300-\u036f]")


def _wordlist(text: str) -> list[str]:
    return text.split()


# Short, common French words that carry no meaning for search.
STOP_WORDS = frozenset(
    _wordlist(
        """
    a au aux avec ce ces cet cette c ca d dans de des du elle elles en et est etre eu il ils j je l la le les
    leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses
    si son sont sur t ta te tes toi ton tu un une vos votre vous y est-ce quel quelle quels quelles quoi
    comment combien quand ou-est dont donc alors ai as avez avons ont suis es sommes etes etait etaient
    fait faire peut peux puis pouvez veux voudrais voudrait bonjour merci svp stp plait il-y
    """
    )
)

# Longest first: the first suffix that leaves a stem of at least 3 letters wins.
_SUFFIXES = sorted(
    _wordlist(
        """
    issements issement ements ement ments ment atrices atrice ateurs ateur ations ation itions ition
    ances ance ences ence ables able ibles ible istes iste ismes isme euses euse eurs eur eteries eterie
    eries erie ieres iere iers ier ettes ette etures eture ures ure ives ive ifs if ites ite ees ee ies ie
    erons erez eront erai eras era aient ait ais ions iez ons ant ages age ees es er ez ir e
    """
    ),
    key=len,
    reverse=True,
)
_IRREGULAR = {"travaux": "travail", "yeux": "oeil", "animaux": "animal", "journaux": "journal"}
_DOUBLE = re.compile(r"([bcdfglmnprst])\1$")


def fold(text: str) -> str:
    """Lower-case and strip accents (« Église » → « eglise »); ligatures œ/æ expanded."""
    text = text.lower()
    if text.isascii():
        return text
    text = text.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    # Accents split off then dropped; other non-ASCII signs (’ « » – °) become spaces so « l’église »
    # still gives the words « l » and « eglise ».
    decomposed = _NON_ASCII.sub(" ", unicodedata.normalize("NFKD", text))
    return decomposed.encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light French stemmer on a folded word; deliberately aggressive on verb/noun endings."""
    if word in _IRREGULAR:
        word = _IRREGULAR[word]
    if word.isdigit() or len(word) <= 3:
        return word
    if word[-1] in "sx" and len(word) > 4 and word[-2] != "s":
        word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return _DOUBLE.sub(r"\1", word)


def words(text: str | None) -> list[str]:
    """Folded word tokens of a text (digits kept, one-letter elisions dropped)."""
    if not text:
        return []
    return [w for w in _WORD.findall(fold(text)) if len(w) > 1 or w.isdigit()]


def stems(text: str | None, *, drop_stop_words: bool = True) -> list[str]:
    """Stems of the meaningful words of a text, in order."""
    return [stem(w) for w in words(text) if not (drop_stop_words and w in STOP_WORDS)]


_STEMS: dict[str, str] = {}


def _indexed_stem(word: str) -> str:
    """Stem of a folded word as indexed ("" for stop words and lone letters), memoised."""
    s = _STEMS.get(word)
    if s is None:
        s = "" if word in STOP_WORDS or (len(word) == 1 and not word.isdigit()) else stem(word)
        if len(_STEMS) < 500_000:
            _STEMS[word] = s
    return s


_TEXTS: dict[str, str] = {}


def stem_text(text: str | None) -> str:
    """What goes into the FTS shadow columns: space-separated stems (called by the FTS triggers).

    Whole short texts are memoised too: places, themes and templated objects repeat across big files.
    """
    if not text:
        return ""
    done = _TEXTS.get(text)
    if done is not None:
        return done
    get = _STEMS.get
    out = []
    for w in _WORD.findall(fold(text)):
        s = get(w)
        if s is None:
            s = _indexed_stem(w)
        if s:
            out.append(s)
    result = " ".join(out)
    if len(text) < 300:
        if len(_TEXTS) >= 200_000:
            _TEXTS.clear()
        _TEXTS[text] = result
    return result


def fts_query(text: str | None) -> str | None:
    """A safe FTS5 MATCH expression (quoted stems joined by OR), or None when nothing is searchable.

    Every term is double-quoted, so resident text can never inject FTS syntax (NEAR, *, column filters).
    """
    seen: list[str] = []
    for s in stems(text):
        if s not in seen:
            seen.append(s)
    if not seen:
        return None
    return " OR ".join(f'"{s}"' for s in seen)


def key(text: str | None) -> str:
    """Comparison key: folded, punctuation as spaces (« Place de l'Église » → « place de l eglise »)."""
    return " ".join(_WORD.findall(fold(text or "")))


MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def french_date(day: date) -> str:
    """« 3 mars 2025 », « 1er juin 2025 » — as titles of sources are written."""
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


_NUM_PREFIX = re.compile(r"^\s*(?:arrete\s*)?(?:municipal\s*)?(?:n|no|num|numero)?\s*[.:]?\s*(?=[0-9])")
_NUM_PARTS = re.compile(r"[a-z]+|[0-9]+")


def numero_key(value: str | None) -> str:
    """Arrêté number key tolerant to « 2025-17 », « 2025-017 », « 2025_017 », « n°2025-017 »."""
    text = _NUM_PREFIX.sub("", fold(value or ""))
    parts = _NUM_PARTS.findall(text)
    return "-".join(str(int(p)) if p.isdigit() else p for p in parts)
