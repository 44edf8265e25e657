"""Turning a resident's sentence into the words worth searching for.

Full-text search over a whole question matches on « est-ce que », « la », « commune »… and returns a
neighbouring record. Keeping only content words is what lets the builders say « je ne sais pas » when
nothing really matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from knowledge import french_stem
from nlu.lexicon import expand_sms, fold  # one folding rule for the model and the builders

# Words residents use to ask, not to say what about (accents folded).
QUESTION_WORDS = set(
    """
    bonjour salut svp stp merci please question savoir voudrais voudrait aimerais souhaite souhaiterais
    besoin faut falloir comment combien quand quel quelle quels quelles ou est ce qui quoi koi kel kelle c
    ca cela pouvez pourriez peux peut possible dire indiquer renseigner info infos information informations
    renseignement renseignements madame monsieur mairie commune village y a il t on l d j qu n aujourd hui
    demain maintenant actuellement prochain prochaine semaine week end weekend dimanche lundi mardi mercredi
    jeudi vendredi samedi bjr slt mrc pr pk pq pourquoi fait faire dois doit
    jeter jette jettent obtenir obtient mettre mets met trouver trouve aller vais va venir demander demande
    prendre prend passer passe utiliser connaitre connais donner rendre veux vouloir devoir avoir fais
    quelqu chose truc machin genre bah ben euh hein svp stp moi je veut vient venir voulons voulez
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre mois annee
    prochainement bientot deja encore toujours vraiment exactement precisement temps rester longtemps
    plait sil municipal municipale municipaux municipales communal communale communaux montant total totale
    beaucoup venons venez viens jveux jvoudrais jpeux jsuis chuis jsais vieux vieille vieilles
    """.split()
)
# French function words (accents folded). Kept here rather than imported from spaCy: importing
# spacy.lang.fr compiles its tokenizer exceptions, seconds of start-up for a word list.
FUNCTION_WORDS = set(
    """
    a ai aie aient aies ait as au aucun aucune aupres auquel aura aurai auraient aurais aurait auras aurez
    auriez aurons auront aussi autre autres aux auxquelles auxquels avaient avais avait avant avec avez aviez
    avions avoir avons ayant ayez ayons bien c ca ce ceci cela celle celles celui cependant ces cet cette ceux
    chaque chez ci comme d dans de des desquelles desquels deux devant donc dont du duquel elle elles en
    encore
    entre es est et etaient etais etait etant etc ete etes etiez etions etre eu eue eues eurent eus eusse
    eussent eusses eussiez eussions eut eux fut furent fus fusse fussent fusses fussiez fussions ici il ils j
    je jusqu jusque l la laquelle le lequel les lesquelles lesquels leur leurs lui m ma mais me meme memes
    mes moi mon n ne ni nos notre nous o on ont or ou par parce pas peu plus pour pourquoi puis qu quand que
    quel quelle quelles quels qui quoi s sa sans se sera serai seraient serais serait seras serez seriez
    serons seront ses si sien soi soient sois soit sommes son sont sous soyez soyons suis sur t ta te tes toi
    ton tous tout toute toutes tres tu un une unes uns vers voici voila vos votre vous y
    """.split()
)
STOP = FUNCTION_WORDS | QUESTION_WORDS

WORD = re.compile(r"[0-9a-zA-Zà-öø-ÿÀ-ÖØ-ß]+")


# Everyday words residents use for what official texts name otherwise (folded keys). General French,
# not one commune's vocabulary: a fiche says « ordures ménagères », a resident says « poubelle ».
EVERYDAY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "poubelle": ("ordures", "collecte", "bac"),
    "poubelles": ("ordures", "collecte", "bac"),
    "cni": ("carte", "identite"),
    "decheterie": ("dechetterie",),
    "dechetterie": ("decheterie",),
    "marier": ("mariage",),
    "maries": ("mariage",),
    "pacser": ("pacs",),
    "recenser": ("recensement",),
    "fils": ("enfant",),
    "fille": ("enfant",),
    "gamin": ("enfant",),
    "gosse": ("enfant",),
    "petit": ("enfant",),
    "maternelle": ("ecole", "scolaire"),
    "car": ("transport",),
    "bus": ("transport",),
    "bouteilles": ("verre",),
    "bouteille": ("verre",),
    "toubib": ("medecin",),
    "docteur": ("medecin",),
    "tondre": ("tondeuse", "bruyants"),
    "tronconneuse": ("bruyants", "bruit"),
    "bruler": ("brulage",),
    "feu": ("brulage",),
    "cantoche": ("cantine",),
    "cantine": ("restauration", "repas"),
    "heure": ("horaires",),
    "heures": ("horaires",),
    "ferme": ("horaires", "ouvert"),
    "ouvre": ("horaires", "ouvert"),
    "garderie": ("periscolaire",),
    "carte grise": ("immatriculation",),
    "flotte": ("eau",),
    "resto": ("restaurant",),
    # Budget lines carry the national M57 labels; residents name the thing itself.
    "pompiers": ("incendie", "secours"),
    "pompier": ("incendie", "secours"),
    "nourriture": ("alimentation",),
    "bouffe": ("alimentation",),
    "electricite": ("energie",),
    "chauffage": ("energie", "combustibles"),
    "essence": ("carburants",),
    "gasoil": ("carburants",),
    "lampadaire": ("eclairage",),
    "lampadaires": ("eclairage",),
    "asso": ("association",),
    "assos": ("associations", "association"),
    "foot": ("football",),
    "messe": ("eglise", "paroisse", "culte"),
    "cramer": ("brulage", "bruler"),
    "armee": ("recensement", "defense"),
    "canape": ("encombrants",),
    "matelas": ("encombrants",),
    "frigo": ("encombrants", "electromenager"),
    "meubles": ("encombrants",),
    "abri": ("declaration", "urbanisme"),
    "cabanon": ("declaration", "urbanisme"),
}


def synonyms(word: str) -> tuple[str, ...]:
    return EVERYDAY_SYNONYMS.get(fold(word), ())


def content_words(text: str, extra_stop: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The words of a question that say what it is about (accents kept, order kept, no duplicates).

    SMS spellings are expanded first (« kan » → « quand »), so they are recognised as question words.
    """
    seen: set[str] = set()
    words: list[str] = []
    text = " ".join(expand_sms(fold(w)) if len(w) <= 5 else w for w in text.split())
    for word in WORD.findall(text):
        folded = fold(word)
        if len(folded) < 2 or folded in STOP or folded in extra_stop or folded[0].isdigit():
            continue  # « 12m2 », « 4 » say how much, not what about (« D2026-019 » is kept)
        if folded not in seen:
            seen.add(folded)
            words.append(word.lower())
    return words


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The knowledge base's French stem, accents folded: the same rule the full-text index uses."""
    return fold(french_stem(fold(word)))


class _RecordIndex(NamedTuple):
    words: frozenset[str]
    stems: frozenset[str]
    sorted_stems: tuple[str, ...]
    sorted_words: tuple[str, ...]


@lru_cache(maxsize=4096)
def _record_index(text: str) -> _RecordIndex:
    """A record's folded words and stems, sorted for prefix look-ups; records are matched again and again."""
    words = {fold(w) for w in WORD.findall(text)}
    stems = {stem(w) for w in words}
    return _RecordIndex(frozenset(words), frozenset(stems), tuple(sorted(stems)), tuple(sorted(words)))


def _has_prefix(ordered: tuple[str, ...], prefix: str, max_extra: int | None = None) -> bool:
    i = bisect_left(ordered, prefix)
    while i < len(ordered) and ordered[i].startswith(prefix):
        if max_extra is None or len(ordered[i]) - len(prefix) <= max_extra:
            return True
        i += 1
    return False


def _word_matches(query_word: str, index: _RecordIndex) -> bool:
    """Same stem (« fermée » ~ « fermeture »), or one word the start of the other (« foot » ~ « football »).

    Stems may differ by a letter or two (« fermé » / « ferm »), no more: « collecte » must not match
    « collection ».
    """
    query_stem = stem(query_word)
    if query_stem in index.stems or query_word + "s" in index.words or query_word + "x" in index.words:
        return True
    if any(k >= 4 and query_stem[:k] in index.stems for k in (len(query_stem) - 1, len(query_stem) - 2)):
        return True
    if len(query_stem) >= 4 and _has_prefix(index.sorted_stems, query_stem, max_extra=2):
        return True
    return len(query_word) >= 4 and _has_prefix(index.sorted_words, query_word)


def matched_words(query_words: list[str], text: str) -> list[str]:
    """The query's words found (by stem, or through an everyday synonym) in a record's text."""
    index = _record_index(text)
    return [
        w
        for w in query_words
        if _word_matches(fold(w), index) or any(_word_matches(fold(s), index) for s in synonyms(w))
    ]


def search_terms(words: list[str]) -> str:
    """The words and their everyday synonyms, for a full-text query."""
    return " ".join([*words, *(s for w in words for s in synonyms(w))])


def overlap(query_words: list[str], text: str) -> int:
    """How many of the query's words (by stem) appear in a record's text."""
    return len(matched_words(query_words, text))


def covers(
    query_words: list[str],
    text: str,
    weights: dict[str, float] | None = None,
    *,
    ratio: float = 0.6,
    strict: bool = False,
) -> bool:
    """True when a record holds most of what the question is about.

    With `weights` (inverse document frequencies), a rare word such as « pêche » counts more than a
    common one such as « carte »: a fiche about « carte d'identité » does not cover « carte de pêche ».
    """
    if not query_words:
        return False
    found = set(matched_words(query_words, text))
    if weights is None:
        n = len(query_words)
        if strict:
            return len(found) >= (n if n <= 2 else -(-3 * n // 5))
        needed = 1 if n <= 2 else (n + 1) // 2
        return len(found) >= min(needed, 3)
    total = sum(weights.get(stem(w), 1.0) for w in query_words)
    got = sum(weights.get(stem(w), 1.0) for w in found)
    return got >= ratio * total
