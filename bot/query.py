"""Turning a resident's sentence into the words worth searching for.

Full-text search over a whole question matches on « est-ce que », « la », « commune »… and returns a
neighbouring record. Keeping only content words is what lets the builders say « je ne sais pas » when
nothing really matches.
"""

from __future__ import annotations

import re
import unicodedata

# Words residents use to ask, not to say what about (accents folded).
QUESTION_WORDS = set(
    """
    bonjour salut svp stp merci please question savoir voudrais voudrait aimerais souhaite souhaiterais
    besoin faut falloir comment combien quand quel quelle quels quelles ou est ce qui quoi koi kel kelle c
    ca cela pouvez pourriez peux peut possible dire indiquer renseigner info infos information informations
    renseignement renseignements madame monsieur mairie commune village y a il t on l d j qu n aujourd hui
    demain maintenant actuellement prochain prochaine semaine week end weekend dimanche lundi mardi mercredi
    jeudi vendredi samedi bjr slt mrc pr pk pq pourquoi fait faire dois doit
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


def fold(text: str) -> str:
    """Lower case without accents, so « Fermée » and « fermee » compare equal."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def content_words(text: str, extra_stop: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The words of a question that say what it is about (accents kept, order kept, no duplicates)."""
    seen: set[str] = set()
    words: list[str] = []
    for word in WORD.findall(text):
        folded = fold(word)
        if len(folded) < 2 or folded in STOP or folded in extra_stop or folded.isdigit():
            continue
        if folded not in seen:
            seen.add(folded)
            words.append(word.lower())
    return words


def stem(word: str) -> str:
    """A crude French stem for overlap checks: enough to pair « fermée » with « fermeture »."""
    folded = fold(word)
    return folded[:5] if len(folded) > 5 else folded


def overlap(query_words: list[str], text: str) -> int:
    """How many of the query's words (by stem) appear in a record's text."""
    stems = {stem(w) for w in WORD.findall(text)}
    return sum(1 for w in query_words if stem(w) in stems)
