"""Saying « je ne sais pas » well: honest, short, and with the mairie's contacts so the resident can go on."""

from __future__ import annotations

from bot.answers.base import Answer, Button, labelled


def contacts_lines(commune) -> list[str]:
    """The mairie's contacts as published; when none is, say so rather than print an empty template."""
    lines = labelled(
        ("Téléphone", commune.telephone), ("Courriel", commune.email), ("Adresse", commune.adresse)
    )
    if not lines:
        lines = ["(la mairie n'a pas publié ses coordonnées dans les fichiers de la commune)"]
    if commune.site_web and not commune.telephone:
        lines.append(f"Site internet : {commune.site_web}")
    return [f"Mairie de {commune.nom}", *lines]


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
