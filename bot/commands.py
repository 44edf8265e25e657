"""Slash commands, channel-neutral: /start, /aide, /menu… each returns the same `Reply` as free text."""

from __future__ import annotations

from datetime import datetime

import french
import knowledge
from bot import state as st
from bot.answers import annuaire, arretes, budget, profil, smalltalk
from bot.answers.base import Ask, Button

MENU = [
    ("Horaires de la mairie", "m:horaires"),
    ("Contacter la mairie", "m:contact"),
    ("Arrêtés en vigueur", "m:arretes"),
    ("Budget de la commune", "m:budget"),
    ("Annuaire local", "m:annuaire"),
    ("Signaler un problème", "m:signaler"),
    ("Parler à quelqu'un", "x"),
]


def welcome(conv) -> str:
    commune = conv.commune
    lines = [
        f"Bonjour ! Je suis Clocher, l'assistant automatique de la commune {french.de(commune.nom)}.",
    ]
    if commune.description:
        lines.append(commune.description.strip())
    lines += [
        "Je réponds à partir des documents publiés par la mairie et je cite toujours ma source. "
        "Mes réponses sont données à titre d'information et n'ont aucune valeur juridique : "
        "seuls les actes officiels de la mairie font foi.",
        "",
        "Confidentialité : je conserve vos messages le temps de vous répondre et au plus "
        f"{conv.config.retention_days} jours ; les questions auxquelles je n'ai pas su répondre sont "
        "transmises au secrétariat de mairie. /mesdonnees montre ce que je garde sur vous, "
        "/oubli efface tout.",
        "",
        "Posez votre question en quelques mots, ou tapez /menu.",
    ]
    return "\n".join(lines)


def run(conv, chat_id: str, ctx: dict, now: datetime, name: str, args: str):
    from bot.conversation import Reply

    ask = Ask(kb=conv.kb, text=args, entities=[], now=now, context=ctx, commune=conv.commune)
    if name == "start":
        return Reply(text=welcome(conv), buttons=[Button(label, data) for label, data in MENU])
    if name in {"aide", "help"}:
        return _reply(smalltalk.help_(ask), "help")
    if name == "menu":
        return Reply(text="Que cherchez-vous ?", buttons=[Button(label, data) for label, data in MENU])
    if name in {"contact", "contacts"}:
        return _reply(profil.contact(ask), "profil")
    if name == "horaires":
        return _reply(profil.opening_hours(ask), "profil")
    if name in {"arretes", "arrêtés"}:
        current = arretes.in_force(ask)
        recent = arretes.recent(ask)
        current.text += "\n\n" + recent.text
        current.sources += [s for s in recent.sources if s not in current.sources]
        return _reply(current, "arrete")
    if name == "budget":
        return _reply(budget.overview(ask), "budget")
    if name == "annuaire":
        buttons = annuaire.category_buttons(conv.kb)
        return Reply(text="Quelle catégorie de l'annuaire ?", buttons=buttons)
    if name == "signaler":
        ctx.update(mode="signalement", report={})
        st.save_chat(conv.state, chat_id, ctx, now)
        return Reply(
            text="Décrivez le problème en un message : quoi, où (rue, numéro, repère) et depuis quand. "
            "Tapez /annuler pour abandonner.",
            intent="signalement",
        )
    if name == "annuler":
        return conv._cancel(chat_id, ctx, now)
    if name in {"abonner", "desabonner"}:
        from bot import alerts

        if name == "abonner":
            alerts.subscribe(conv.state, chat_id)
            return Reply(
                text="C'est fait : vous recevrez ici les nouveaux arrêtés de circulation et de travaux. "
                "Tapez /desabonner pour arrêter."
            )
        alerts.unsubscribe(conv.state, chat_id)
        return Reply(
            text="C'est fait : vous ne recevrez plus les alertes. Tapez /abonner pour les reprendre."
        )
    if name == "mesdonnees":
        return Reply(text=my_data(conv, chat_id))
    if name == "oubli":
        removed = st.erase_chat(conv.state, chat_id)
        try:
            removed += knowledge.erase_chat(conv.writer, chat_id)
        except knowledge.KnowledgeBusy:  # a clerk is importing: the rest is erased right after
            st.park_erasure(conv.state, chat_id, now)
            return Reply(
                text=f"C'est fait pour ce que je conservais ici ({removed} élément(s)). Vos demandes "
                "transmises à la mairie seront effacées dans quelques minutes, dès la fin de la mise à "
                "jour de ses informations. Vos prochaines questions repartiront de zéro."
            )
        return Reply(
            text=f"C'est fait : j'ai effacé tout ce que je conservais sur vous ({removed} élément(s)). "
            "Vos prochaines questions repartiront de zéro."
        )
    return Reply(text="Je ne connais pas cette commande. Tapez /aide pour voir ce que je sais faire.")


def _reply(answer, intent: str):
    from bot.conversation import Reply

    return Reply(
        text=answer.text,
        buttons=answer.buttons,
        sources=answer.sources,
        intent=intent,
        fallback=answer.fallback,
    )


def my_data(conv, chat_id: str) -> str:
    stored = st.data_about_chat(conv.state, chat_id)
    stored.update(knowledge.data_about_chat(conv.writer, chat_id))
    if not any(stored.values()):
        return "Je ne conserve aucune donnée vous concernant."
    labels = {
        "chat_state": "contexte de la conversation en cours",
        "recent_answers": "questions récentes (pour vos avis 👍/👎)",
        "subscribers": "abonnement aux alertes",
        "outbox": "messages à vous envoyer",
        "parked_questions": "questions en attente de transmission à la mairie",
    }
    lines = ["Voici ce que je conserve sur vous :"]
    for key, rows in stored.items():
        if not rows:
            continue
        lines.append(f"– {labels.get(key, key)} : {len(rows)} élément(s)")
        for row in rows[:5]:
            text = row.get("question") or row.get("text") or ""
            if text:
                lines.append(f"    « {str(text)[:80]} »")
    lines.append(
        f"Tout est effacé automatiquement après {conv.config.retention_days} jours. "
        "/oubli efface tout maintenant."
    )
    return "\n".join(lines)
