"""French language data for Clocher's NLU: normalisation, SMS spellings, street-type abbreviations.

Kept as plain data in one module (as spaCy keeps `stop_words.py` or `punctuation.py`) so a reader can
see and extend every rewrite the pipeline applies, instead of hunting regexes across the code.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that NFKD does not decompose into "letter + accent" but that French text uses.
_SPECIAL = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def _strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Precomputed for Latin-1 and Latin Extended-A (every letter French uses): one `str.translate` call
# instead of a Unicode decomposition per character, which dominated training time on large sets.
_FOLD_TABLE = {cp: _strip(chr(cp)) for cp in range(0xC0, 0x180)}
_FOLD_TABLE.update(_SPECIAL)


def fold(text: str) -> str:
    """Lower-case and strip accents: « Église » and « eglise » must mean the same word to every matcher.

    The result has exactly as many characters as `text` only when no ligature was expanded; callers that
    need offsets in the original text use `fold_keep_offsets` instead.
    """
    quick = text.translate(_FOLD_TABLE)
    if not quick.isascii():  # rarer characters (other scripts, combining marks): the general path
        quick = _strip(quick)
    return quick.lower()


_ONE_CHAR_TABLE = {cp: (v[:1] or " ") for cp, v in _FOLD_TABLE.items()}


def fold_keep_offsets(text: str) -> str:
    """Fold character by character so that index i of the result is index i of `text` (for entity spans)."""
    quick = text.translate(_ONE_CHAR_TABLE)
    if quick.isascii():
        return quick.lower()
    out = []
    for ch in quick:
        folded = fold(ch)
        out.append(folded[0] if len(folded) >= 1 else " ")
    return "".join(out)


# SMS / chat spellings residents actually type, mapped to the word the model learned.
# Keys are folded (no accents, lower case) single tokens.
SMS_WORDS: dict[str, str] = {
    "bjr": "bonjour",
    "bsr": "bonsoir",
    "slt": "salut",
    "cc": "coucou",
    "mrc": "merci",
    "mci": "merci",
    "thx": "merci",
    "svp": "s'il vous plait",
    "stp": "s'il te plait",
    "sil": "s'il",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "pkoi": "pourquoi",
    "qd": "quand",
    "qand": "quand",
    "kan": "quand",
    "koi": "quoi",
    "ki": "qui",
    "ke": "que",
    "kel": "quel",
    "kelle": "quelle",
    "cmt": "comment",
    "cmnt": "comment",
    "cb": "combien",
    "cbien": "combien",
    "tt": "tout",
    "tjs": "toujours",
    "tjrs": "toujours",
    "bcp": "beaucoup",
    "pr": "pour",
    "ds": "dans",
    "vs": "vous",
    "ns": "nous",
    "jsp": "je ne sais pas",
    "dsl": "desole",
    "mtn": "maintenant",
    "auj": "aujourd'hui",
    "ajd": "aujourd'hui",
    "aujourdhui": "aujourd'hui",
    "dmn": "demain",
    "dem1": "demain",
    "rdv": "rendez-vous",
    "tel": "telephone",
    "tél": "telephone",
    "num": "numero",
    "n°": "numero",
    "no": "numero",
    "infos": "information",
    "info": "information",
    "qqn": "quelqu'un",
    "qqch": "quelque chose",
    "qqc": "quelque chose",
    "c": "c'est",
    "cest": "c'est",
    "ya": "il y a",
    "y'a": "il y a",
    "g": "j'ai",
    "jai": "j'ai",
    "chui": "je suis",
    "chuis": "je suis",
    "jvoudrais": "je voudrais",
    "jveux": "je veux",
    "ok": "d'accord",
    "dac": "d'accord",
    "daccord": "d'accord",
    "oki": "d'accord",
    "a+": "a plus",
    "a+.": "a plus",
    "++": "a plus",
    "bye": "au revoir",
    "biz": "bisous",
    "wknd": "week-end",
    "we": "week-end",
    "weekend": "week-end",
    "mairi": "mairie",
    "meri": "mairie",
}

# Street-type abbreviations found in addresses and in residents' messages (folded, without the dot).
STREET_TYPES: dict[str, str] = {
    "r": "rue",
    "bd": "boulevard",
    "bld": "boulevard",
    "blvd": "boulevard",
    "boul": "boulevard",
    "av": "avenue",
    "ave": "avenue",
    "pl": "place",
    "ch": "chemin",
    "chem": "chemin",
    "rte": "route",
    "imp": "impasse",
    "all": "allee",
    "sq": "square",
    "crs": "cours",
    "fbg": "faubourg",
    "pass": "passage",
    "qu": "quai",
    "res": "residence",
    "lot": "lotissement",
    "hlm": "hlm",
    "prom": "promenade",
    "rpt": "rond-point",
    "sen": "sente",
    "vla": "villa",
}

# Saints in street names: « st » / « ste » before a capitalised name.
SAINT_ABBREVIATIONS: dict[str, str] = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}

# Full street-type words (folded). Used to recognise "rue de la Gare" when the resident writes only "la gare".
STREET_TYPE_WORDS: frozenset[str] = frozenset(
    set(STREET_TYPES.values())
    | {
        "rue",
        "ruelle",
        "route",
        "chemin",
        "place",
        "placette",
        "impasse",
        "allee",
        "avenue",
        "boulevard",
        "quai",
        "cours",
        "square",
        "voie",
        "sentier",
        "montee",
        "cote",
        "parvis",
        "esplanade",
        "carrefour",
        "rond-point",
        "lieu-dit",
        "hameau",
        "clos",
        "mail",
        "traverse",
        "venelle",
        "levee",
        "port",
        "pont",
    }
)

# Linking words between the street type and its name: « rue DE LA Gare », « chemin DES Vignes ».
STREET_LINKS: frozenset[str] = frozenset(
    {"de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "en"}
)

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*|[+]+", re.IGNORECASE)


def expand_sms(folded_text: str) -> str:
    """Rewrite SMS spellings token by token in already folded text (« bjr c koi les horaires »)."""

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        return SMS_WORDS.get(word, word)

    return _TOKEN_RE.sub(repl, folded_text)


def expand_street_abbreviations(folded_text: str) -> str:
    """« bd de la republique » → « boulevard de la republique »; « av. foch » → « avenue foch »."""

    def repl(match: re.Match[str]) -> str:
        word = match.group(1)
        if word in STREET_TYPES:
            return STREET_TYPES[word]
        return SAINT_ABBREVIATIONS.get(word, word)

    return re.sub(r"\b([a-z]+)\b\.?", repl, folded_text)
