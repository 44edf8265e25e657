"""Saying « je ne sais pas » well: honest, short, and with the mairie's contacts so the resident can go on."""

from __future__ import annotations

from bot.answers.base import Answer, labelled


def contacts_lines(commune) -> list[str]:
    """The mairie's contacts, as the fallback always gives them."""
    return [
        f"Mairie de {commune.nom}",
        *labelled(
            ("Téléphone", commune.telephone), ("Courriel", commune.email), ("Adresse", commune.adresse)
        ),
    ]


def not_known(commune, what: str | None = None, *, final: bool = False) -> Answer:
    """The one way Clocher says it does not know: never a guess, always a way to reach a person."""
    first = (
        f"Je n'ai pas d'information sur {what}."
        if what
        else "Je ne sais pas répondre à cette question avec les informations publiées par la commune."
    )
    text = "\n".join([first, "Le secrétariat de mairie pourra vous renseigner :", *contacts_lines(commune)])
    return Answer(text=text, fallback=True, sources=[commune.source], feedback=False, final=final)
