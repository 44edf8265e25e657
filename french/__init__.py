"""French for Clocher: the one analysis shared by the search index, the residents' questions and the
intent model, and the language data it reads (french/data/*.txt, plain files anyone can edit).

Imports nothing else of Clocher; `knowledge`, `nlu` and `bot` all import it, so that a word means the
same to every part (« Fermée », « fermeture » and « FERMER » meet on one stem everywhere).
"""

from . import facts, streets
from .analysis import Analyzer, QueryTerm, analyzer, stems
from .cues import Cues, cues
from .lexicon import Lexicon, LexiconError, lexicon, parse_rules
from .stemmer import stem
from .text import de, fold, fold_keep_offsets, fold_signs, tokens
from .wordlists import category_synonyms, number_words, place_words, street_links, traffic_words

__all__ = [
    "Analyzer",
    "Cues",
    "Lexicon",
    "LexiconError",
    "QueryTerm",
    "analyzer",
    "category_synonyms",
    "cues",
    "de",
    "facts",
    "fold",
    "fold_keep_offsets",
    "fold_signs",
    "lexicon",
    "number_words",
    "parse_rules",
    "place_words",
    "stem",
    "stems",
    "street_links",
    "streets",
    "tokens",
    "traffic_words",
]
