"""Saying « je ne sais pas » well: honest, short, and with the mairie's contacts so the resident can go on."""

from __future__ import annotations

import french
from bot.answers.base import Answer, Button, labelled

# Not in the commune's files by nature: what each household pays (french/data/cues.txt, [personal]).
PERSONAL = (
    "votre situation personnelle (impôts, factures) : le budget de la commune ne dit pas ce que "
    "paie chaque foyer"
)


def contacts_lines(commune) -> list[str]:
    """The mairie's contacts as published; when none is, say so rather than print an empty template."""
    lines = labelled(
        ("Téléphone", commune.telephone), ("Courriel", commune.email), ("Adresse", commune.adresse)
    )
    if not lines:
        lines = ["(la mairie n'a pas publié ses coordonnées dans les fichiers de la commune)"]
    if commune.site_web and not commune.telephone:
        lines.append(f"Site internet : {commune.site_web}")
    return [f"Mairie {french.de(commune.nom)}", *lines]


def who_can_tell(commune) -> list[str]:
    """What every answer that cannot settle the question ends with: a person to ask, and how."""
    return ["Le secrétariat de mairie pourra vous renseigner :", *contacts_lines(commune)]


def not_known(commune, what: str | None = None, *, suggestions: list[Button] | None = None) -> Answer:
    """The one way Clocher says it does not know: never a guess, always a way to reach a person."""
    first = (
        f"Je n'ai pas d'information sur {what}."
        if what
        else "Je ne sais pas répondre à cette question avec les informations publiées par la commune."
    )
    text = "\n".join([first, *who_can_tell(commune)])
    buttons = list(suggestions or [])
    if buttons:
        text += "\n\nSi votre question porte sur l'un de ces sujets, choisissez-le :"
    return Answer(text=text, fallback=True, sources=[commune.source], feedback=False, buttons=buttons)


def not_known_subject(text: str, entities: list, holds, kind_prior: dict[str, float]) -> str | None:
    """What « je n'ai pas d'information sur … » can name, when the question says it plainly: the resident's
    own taxes, asked as a budget question (« j'ai du mal à payer mes factures » asks for help, not for the
    budget), or a street written out (« rue des Cerisiers ») that no entity of the commune's files matched
    and no record holds (`holds(stems)`: whether some record holds all of them). Naming it tells the
    resident the question was read; None: the plain « je ne sais pas »."""
    reads_as = max(kind_prior, key=kind_prior.get) if kind_prior else None
    if reads_as == "budget" and "personal" in french.cues().of_question(text):
        return PERSONAL
    if any(e.type == "street" for e in entities):
        return None
    phrase = french.streets.street_phrase(text)
    if phrase is None:
        return None
    name = french.analyzer().stems(phrase.split(maxsplit=1)[1])
    if not name or holds(name):
        return None
    return f"ce lieu : « {phrase} »"
