"""The NLU's view of Clocher's one French analysis (french/): folding, SMS spellings, street types.

The words themselves live in french/data/*.txt, shared with the search index and the retrieval, so the
intent model and the answer engine never disagree on what a word is.
"""

from __future__ import annotations

import re

from french import fold as fold  # re-exported: the one folding rule
from french import fold_keep_offsets as fold_keep_offsets
from french import lexicon as _lexicon
from french import street_links as _street_links

_LEX = _lexicon()

# SMS / chat spellings residents actually type, mapped to the words the model learned
# (french/data/sms.txt). Keys are folded (no accents, lower case) single tokens.
SMS_WORDS: dict[str, str] = {k: " ".join(v) for k, v in _LEX.sms.items()}

# Street-type abbreviations found in addresses and in residents' messages (french/data/street_types.txt).
STREET_TYPES: dict[str, str] = dict(_LEX.street_types)

# Saints in street names: « st » / « ste » before a capitalised name (french/data/abbreviations.txt).
SAINT_ABBREVIATIONS: dict[str, str] = {
    k: " ".join(v) for k, v in _LEX.abbreviations.items() if v and v[0].startswith("saint")
}

# Full street-type words (folded): « rue de la Gare » is recognised when the resident writes « la gare ».
STREET_TYPE_WORDS: frozenset[str] = _LEX.street_type_words

# Linking words between the street type and its name: « rue DE LA Gare », « chemin DES Vignes »
# (french/data/street_links.txt).
STREET_LINKS: frozenset[str] = _street_links()

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
