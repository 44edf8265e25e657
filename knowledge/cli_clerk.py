"""Clerk command groups: fiches pratiques, residents' inbox, unanswered questions, personal data."""

from __future__ import annotations

import json

import click

import knowledge as api

from .cli_common import FrenchGroup, KBContext, db_option, pass_kb, run, visible, when
from .inbox import STATUSES
from .records import Fiche, InboxItem

KIND_LABELS = {"signalement": "signalement", "demande": "demande de contact"}


def _show_fiche(fiche: Fiche) -> None:
    state = "active" if fiche.enabled else "DÉSACTIVÉE"
    click.echo(f"Fiche n° {fiche.id} ({state}) — thème : {fiche.theme or '—'}")
    click.echo(f"Question : {visible(fiche.question)}")
    if fiche.variantes:
        click.echo("Variantes : " + visible(" | ".join(fiche.variantes)))
    click.echo(f"Réponse : {visible(fiche.reponse, multiline=True)}")
    if fiche.lien:
        click.echo(f"Lien : {fiche.lien}")


@click.group(cls=FrenchGroup)
@db_option
def fiches() -> None:
    """Lister, voir, ajouter, modifier, désactiver et supprimer les fiches pratiques.

    Une fiche ajoutée ou modifiée répond tout de suite, sans réentraîner le modèle.
    """


@fiches.command(name="list")
@click.option("--tous", "include_disabled", is_flag=True, help="Inclure les fiches désactivées.")
@pass_kb
def fiches_list(kb: KBContext, include_disabled: bool) -> None:
    """Lister les fiches (numéro, thème, question).

    Exemple : python -m knowledge fiches list --tous
    """
    items = api.list_fiches(kb.readonly(), include_disabled=include_disabled)
    if not items:
        click.echo("Aucune fiche.")
    for f in items:
        flag = "" if f.enabled else " [désactivée]"
        click.echo(f"{f.id:>4}  {visible((f.theme or '—')[:18]):<18}  {visible(f.question)}{flag}")


@fiches.command(name="show")
@click.argument("fiche_id", type=int)
@pass_kb
def fiches_show(kb: KBContext, fiche_id: int) -> None:
    """Afficher une fiche.

    Exemple : python -m knowledge fiches show 3
    """
    fiche = api.get_fiche(kb.readonly(), fiche_id)
    if fiche is None:
        raise click.ClickException(f"aucune fiche n° {fiche_id} (voir « fiches list --tous »).")
    _show_fiche(fiche)


def _variantes(values: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in v.split("|") if x.strip())
    return out


@fiches.command(name="add")
@click.option("--question", required=True, help="La question telle qu'un habitant la pose.")
@click.option("--reponse", required=True, help="La réponse de la mairie.")
@click.option(
    "--variante", "variantes", multiple=True, help="Autre formulation (répétable, ou séparées par |)."
)
@click.option("--theme", default=None)
@click.option("--lien", default=None, help="Adresse de la page officielle.")
@pass_kb
def fiches_add(
    kb: KBContext,
    question: str,
    reponse: str,
    variantes: tuple[str, ...],
    theme: str | None,
    lien: str | None,
) -> None:
    """Ajouter une fiche.

    Exemple : python -m knowledge fiches add --question "Où jeter le verre ?" --reponse "Au point d'apport…"
    """
    fiche = run(
        api.add_fiche,
        kb.writable(),
        question,
        reponse,
        variantes=_variantes(variantes),
        theme=theme,
        lien=lien,
    )
    click.echo(f"Fiche n° {fiche.id} ajoutée.")


@fiches.command(name="edit")
@click.argument("fiche_id", type=int)
@click.option("--question", default=None)
@click.option("--reponse", default=None)
@click.option("--variante", "variantes", multiple=True, help="Remplace toutes les variantes.")
@click.option("--theme", default=None)
@click.option("--lien", default=None)
@pass_kb
def fiches_edit(
    kb: KBContext,
    fiche_id: int,
    question: str | None,
    reponse: str | None,
    variantes: tuple[str, ...],
    theme: str | None,
    lien: str | None,
) -> None:
    """Modifier une fiche (seuls les champs donnés changent).

    Exemple : python -m knowledge fiches edit 3 --reponse "Nouvelle réponse"
    """
    if not any((question, reponse, variantes, theme, lien)):
        raise click.UsageError("précisez au moins un champ à modifier (--question, --reponse, --variante…).")
    fiche = run(
        api.edit_fiche,
        kb.writable(),
        fiche_id,
        question=question,
        reponse=reponse,
        variantes=_variantes(variantes) if variantes else None,
        theme=theme,
        lien=lien,
    )
    click.echo(f"Fiche n° {fiche.id} modifiée.")


@fiches.command(name="disable")
@click.argument("fiche_id", type=int)
@pass_kb
def fiches_disable(kb: KBContext, fiche_id: int) -> None:
    """Désactiver une fiche (le bot ne l'utilise plus ; elle reste dans la base).

    Exemple : python -m knowledge fiches disable 3
    """
    run(api.set_fiche_enabled, kb.writable(), fiche_id, False)
    click.echo(f"Fiche n° {fiche_id} désactivée.")


@fiches.command(name="enable")
@click.argument("fiche_id", type=int)
@pass_kb
def fiches_enable(kb: KBContext, fiche_id: int) -> None:
    """Réactiver une fiche.

    Exemple : python -m knowledge fiches enable 3
    """
    run(api.set_fiche_enabled, kb.writable(), fiche_id, True)
    click.echo(f"Fiche n° {fiche_id} réactivée.")


@fiches.command(name="delete")
@click.argument("fiche_id", type=int)
@click.option("--yes", is_flag=True, help="Ne pas demander de confirmation.")
@pass_kb
def fiches_delete(kb: KBContext, fiche_id: int, yes: bool) -> None:
    """Supprimer définitivement une fiche.

    Exemple : python -m knowledge fiches delete 3 --yes
    """
    if not yes:
        click.confirm(f"Supprimer définitivement la fiche n° {fiche_id} ?", abort=True)
    run(api.delete_fiche, kb.writable(), fiche_id)
    click.echo(f"Fiche n° {fiche_id} supprimée.")


def _item_line(item: InboxItem) -> str:
    text = item.text if len(item.text) <= 70 else item.text[:69] + "…"
    return f"{item.reference}  {item.status:<8}  {when(item.created_at)}  {visible(text)}"


@click.group(cls=FrenchGroup)
@db_option
def inbox() -> None:
    """Signalements et demandes de contact des habitants : lister, lire, répondre, clore.

    La réponse est envoyée à l'habitant par le bot.
    """


@inbox.command(name="list")
@click.option("--statut", type=click.Choice([*STATUSES, "tous"]), default="ouvert", show_default=True)
@pass_kb
def inbox_list(kb: KBContext, statut: str) -> None:
    """Lister les signalements et demandes.

    Exemple : python -m knowledge inbox list --statut tous
    """
    items = api.list_inbox(kb.readonly(), None if statut == "tous" else statut)
    if not items:
        click.echo(
            "Aucun signalement ni demande" + ("" if statut == "tous" else f" au statut « {statut} »") + "."
        )
    for item in items:
        click.echo(_item_line(item))


@inbox.command(name="show")
@click.argument("reference")
@pass_kb
def inbox_show(kb: KBContext, reference: str) -> None:
    """Afficher un signalement ou une demande.

    Exemple : python -m knowledge inbox show SIG-2026-0007
    """
    item = api.get_inbox_item(kb.readonly(), reference)
    if item is None:
        raise click.ClickException(
            f"aucun signalement ni demande « {reference} » (voir « inbox list --statut tous »)."
        )
    click.echo(f"{item.reference} — {KIND_LABELS.get(item.kind, item.kind)}, reçu le {when(item.created_at)}")
    click.echo(f"Statut : {item.status}")
    click.echo(f"Message : {visible(item.text, multiline=True)}")
    if item.latitude is not None:
        click.echo(
            f"Position : {item.latitude:.5f}, {item.longitude:.5f} "
            f"(https://www.openstreetmap.org/?mlat={item.latitude}&mlon={item.longitude})"
        )
    if item.photo_file_id:
        click.echo("Photo : jointe (visible dans la conversation Telegram du personnel).")
    if item.answer:
        delivered = (
            f", transmise le {when(item.delivered_at)}" if item.delivered_at else ", pas encore transmise"
        )
        click.echo(f"Réponse du {when(item.answered_at)}{delivered} : {visible(item.answer, multiline=True)}")


@inbox.command(name="answer")
@click.argument("reference")
@click.argument("text")
@click.option("--par", "by", default=None, help="Nom de l'agent qui répond.")
@pass_kb
def inbox_answer(kb: KBContext, reference: str, text: str, by: str | None) -> None:
    """Répondre ; le bot transmet la réponse à l'habitant.

    Exemple : python -m knowledge inbox answer SIG-2026-0007 "Le lampadaire sera réparé jeudi."
    """
    item = run(api.answer_inbox, kb.writable(), reference, text, by=by)
    click.echo(f"Réponse enregistrée pour {item.reference} ; le bot la transmettra à l'habitant.")


@inbox.command(name="close")
@click.argument("reference")
@pass_kb
def inbox_close(kb: KBContext, reference: str) -> None:
    """Clore un signalement ou une demande traité.

    Exemple : python -m knowledge inbox close SIG-2026-0007
    """
    item = run(api.close_inbox, kb.writable(), reference)
    click.echo(f"{item.reference} clos.")


@click.group(cls=FrenchGroup)
@db_option
def unanswered() -> None:
    """Questions sans réponse (repli du bot, avis 👎, erreur technique) : y répondre, compléter les fiches."""


@unanswered.command(name="list")
@click.option("--tous", "include_resolved", is_flag=True, help="Inclure les questions déjà traitées.")
@pass_kb
def unanswered_list(kb: KBContext, include_resolved: bool) -> None:
    """Lister les questions sans réponse.

    Exemple : python -m knowledge unanswered list
    """
    items = api.list_unanswered(kb.readonly(), include_resolved=include_resolved)
    if not items:
        click.echo("Aucune question sans réponse.")
    for q in items:
        done = " [traitée]" if q.resolved_at else ""
        click.echo(f"{q.id:>4}  {when(q.created_at)}  ({q.reason})  {visible(q.question)}{done}")


@unanswered.command(name="resolve")
@click.argument("qid", type=int)
@pass_kb
def unanswered_resolve(kb: KBContext, qid: int) -> None:
    """Marquer une question comme traitée (par exemple après avoir ajouté une fiche).

    Exemple : python -m knowledge unanswered resolve 4
    """
    run(api.resolve_unanswered, kb.writable(), qid)
    click.echo(f"Question n° {qid} marquée comme traitée.")


@unanswered.command(name="answer")
@click.argument("qid", type=int)
@click.argument("text")
@click.option("--par", "by", default=None, help="Nom de l'agent qui répond.")
@pass_kb
def unanswered_answer(kb: KBContext, qid: int, text: str, by: str | None) -> None:
    """Répondre à l'habitant qui a posé la question ; le bot lui transmet la réponse.

    Exemple : python -m knowledge unanswered answer 5 "La déchetterie ouvre le samedi de 9 h à 12 h."
    """
    item = run(api.answer_unanswered, kb.writable(), qid, text, by=by)
    click.echo(
        f"Réponse enregistrée (référence {item.reference}) ; le bot la transmettra à l'habitant, "
        f"et la question n° {qid} est marquée comme traitée."
    )


@click.group(cls=FrenchGroup)
@db_option
def privacy() -> None:
    """Données personnelles d'un habitant (RGPD) : consulter ou effacer ce qui concerne une conversation."""


@privacy.command(name="show")
@click.argument("chat_id")
@pass_kb
def privacy_show(kb: KBContext, chat_id: str) -> None:
    """Afficher tout ce qui est conservé pour une conversation (JSON).

    Exemple : python -m knowledge privacy show 123456789
    """
    data = api.data_about_chat(kb.readonly(), chat_id)
    click.echo(visible(json.dumps(data, ensure_ascii=False, indent=2), multiline=True, indent=""))


@privacy.command(name="erase")
@click.argument("chat_id")
@click.option("--yes", is_flag=True, help="Ne pas demander de confirmation.")
@pass_kb
def privacy_erase(kb: KBContext, chat_id: str, yes: bool) -> None:
    """Effacer tout ce qui concerne une conversation.

    Exemple : python -m knowledge privacy erase 123456789 --yes
    """
    if not yes:
        click.confirm(f"Effacer toutes les données de la conversation {chat_id} ?", abort=True)
    n = run(api.erase_chat, kb.writable(), chat_id)
    click.echo(f"{n} enregistrement(s) effacé(s).")
