"""Greetings, thanks, goodbyes and help: short, and always pointing to what the bot can do."""

from __future__ import annotations

import french
from bot.answers.base import Answer, Ask

CAN_DO = (
    "Je peux vous renseigner sur les horaires et les contacts de la mairie, "
    "les démarches (fiches pratiques), "
    "les arrêtés municipaux (circulation, stationnement, travaux), les décisions du conseil municipal, "
    "le budget de la commune et l'annuaire des commerces, services et associations. "
    "Vous pouvez aussi signaler un problème ou demander à parler à quelqu'un de la mairie."
)


def greet(ask: Ask) -> Answer:
    return Answer(
        text=f"Bonjour ! Je suis l'assistant automatique de la commune {french.de(ask.commune.nom)}. "
        f"Posez-moi votre question en quelques mots.\n{CAN_DO}",
        feedback=False,
    )


def thanks(ask: Ask) -> Answer:
    return Answer(text="Avec plaisir ! N'hésitez pas si vous avez une autre question.", feedback=False)


def goodbye(ask: Ask) -> Answer:
    return Answer(text="Au revoir et bonne journée !", feedback=False)


def help_(ask: Ask) -> Answer:
    examples = (
        "Exemples de questions :\n"
        "– « La mairie est ouverte samedi ? »\n"
        "– « Comment refaire ma carte d'identité ? »\n"
        "– « Y a-t-il des travaux rue de l'Église demain ? »\n"
        "– « Quel est le budget de la commune cette année ? »\n"
        "– « Le numéro du médecin ? »"
    )
    return Answer(text=f"{CAN_DO}\n\n{examples}", feedback=False)
