"""Residents' requests and reports (inbox) and the questions the bot could not answer.

A clerk replies (the running bot delivers the answer: knowledge records it, the bot's delivery round
sends it), marks done, or turns the question into a fiche or a training example in two clicks.
Duplicates of one question are grouped so one answer settles them all.
"""

from __future__ import annotations

from dataclasses import asdict

from starlette.responses import Response

import knowledge

from .. import examples
from ..app import Page, Refused, route
from ..grouping import group_questions, question_key

STATUSES = {"ouvert": "ouvertes", "répondu": "répondues", "clos": "closes", "tous": "toutes"}


def _intents(page: Page) -> list[str]:
    return examples.load(page.config.home).intents


def inbox_list(page: Page) -> Response:
    status = page.query("statut", "ouvert")
    if status not in STATUSES:
        status = "ouvert"
    items = knowledge.list_inbox(page.kb(), None if status == "tous" else status)
    groups: dict[str, list[knowledge.InboxItem]] = {}
    for item in items:
        groups.setdefault(f"{item.kind}:{question_key(item.text)}", []).append(item)
    return page.render("inbox_list.html", groups=list(groups.values()), statut=status, statuses=STATUSES)


def _item(page: Page) -> knowledge.InboxItem:
    item = knowledge.get_inbox_item(page.kb(), page.param("reference"))
    if item is None:
        raise Refused(404, "Demande introuvable", "Cette demande n'existe pas (ou a été effacée).")
    return item


def _snapshot(item: knowledge.InboxItem) -> dict:
    return {k: v for k, v in asdict(item).items() if k in ("status", "answer", "answered_at")}


def inbox_item(page: Page, errors: list[str] | None = None, status: int = 200) -> Response:
    item = _item(page)
    return page.render(
        "inbox_item.html", status=status, item=item, intents=_intents(page), errors=errors or []
    )


def inbox_answer(page: Page) -> Response:
    item = _item(page)
    text = page.field("texte")
    if not text:
        return inbox_item(page, ["Écrivez la réponse à envoyer à l'habitant."], status=400)
    after = knowledge.answer_inbox(page.kb_writer(), item.reference, text, by=page.user.username)
    page.audit("réponse envoyée", f"demande {item.reference}", _snapshot(item), _snapshot(after))
    return page.redirect(
        f"/demandes/{item.reference}",
        "Réponse enregistrée : le bot l'envoie à l'habitant sur Telegram dans les secondes qui viennent.",
    )


def inbox_close(page: Page) -> Response:
    item = _item(page)
    after = knowledge.close_inbox(page.kb_writer(), item.reference)
    page.audit("demande close", f"demande {item.reference}", _snapshot(item), _snapshot(after))
    return page.redirect("/demandes", f"{item.reference} est close.")


# -- unanswered questions -------------------------------------------------------------------------


def questions_list(page: Page) -> Response:
    groups = group_questions(knowledge.list_unanswered(page.kb()))
    return page.render("questions.html", groups=groups, intents=_intents(page))


def _group_ids(page: Page) -> list[int]:
    """The question clicked and its duplicates (hidden field « ids »), all still open."""
    open_ids = {q.id: q for q in knowledge.list_unanswered(page.kb())}
    raw = [page.param("qid"), *page.field("ids").split(",")]
    ids = sorted({int(x) for x in raw if x.strip().isdigit() and int(x) in open_ids})
    if not ids:
        raise Refused(404, "Question introuvable", "Cette question est déjà traitée ou n'existe pas.")
    return ids


def question_answer(page: Page) -> Response:
    ids = _group_ids(page)
    text = page.field("texte")
    if not text:
        page.flash("Écrivez la réponse à envoyer avant de cliquer sur « Répondre ».")
        return page.redirect(f"/questions#q{ids[0]}")
    sent, not_telegram = [], []
    for qid in ids:
        try:
            item = knowledge.answer_unanswered(page.kb_writer(), qid, text, by=page.user.username)
        except knowledge.KnowledgeBusy:
            raise
        except knowledge.KnowledgeError:
            knowledge.resolve_unanswered(page.kb_writer(), qid)  # asked outside Telegram: nobody to send to
            not_telegram.append(qid)
            continue
        sent.append(item.reference)
        page.audit(
            "réponse envoyée",
            f"question sans réponse n° {qid}",
            None,
            {"demande": item.reference, "answer": text},
        )
    message = f"Réponse envoyée à {len(sent)} habitant(s) par le bot." if sent else ""
    if not_telegram:
        message += f" {len(not_telegram)} question(s) posée(s) hors Telegram marquée(s) traitée(s)."
    return page.redirect("/questions", message.strip())


def question_resolve(page: Page) -> Response:
    ids = _group_ids(page)
    for qid in ids:
        knowledge.resolve_unanswered(page.kb_writer(), qid)
        page.audit("question traitée", f"question sans réponse n° {qid}")
    return page.redirect("/questions", f"{len(ids)} question(s) marquée(s) traitée(s).")


def question_example(page: Page) -> Response:
    """Second click: the question joins the training examples under the chosen intent."""
    ids = _group_ids(page)
    intent = page.field("intent")
    questions = {q.id: q for q in knowledge.list_unanswered(page.kb())}
    text = questions[ids[0]].question
    try:
        examples.add_example(page.config.home, text, intent)
    except examples.ExampleError as exc:
        page.flash(f"Exemple non ajouté : {exc}")
        return page.redirect(f"/questions#q{ids[0]}")
    page.audit("exemple ajouté", f"intention {intent}", None, {"texte": text, "intention": intent})
    for qid in ids:
        knowledge.resolve_unanswered(page.kb_writer(), qid)
    return page.redirect(
        "/questions",
        f"« {text} » ajouté aux exemples de « {intent} » ; il servira au prochain entraînement du modèle.",
    )


def inbox_example(page: Page) -> Response:
    item = _item(page)
    intent = page.field("intent")
    try:
        examples.add_example(page.config.home, item.text, intent)
    except examples.ExampleError as exc:
        page.flash(f"Exemple non ajouté : {exc}")
        return page.redirect(f"/demandes/{item.reference}")
    page.audit("exemple ajouté", f"intention {intent}", None, {"texte": item.text, "intention": intent})
    return page.redirect(f"/demandes/{item.reference}", f"Message ajouté aux exemples de « {intent} ».")


ROUTES = [
    route("/demandes", inbox_list),
    route("/demandes/{reference}", inbox_item),
    route("/demandes/{reference}/repondre", inbox_answer, methods=("POST",)),
    route("/demandes/{reference}/clore", inbox_close, methods=("POST",)),
    route("/demandes/{reference}/exemple", inbox_example, methods=("POST",)),
    route("/questions", questions_list),
    route("/questions/{qid:int}/repondre", question_answer, methods=("POST",)),
    route("/questions/{qid:int}/traiter", question_resolve, methods=("POST",)),
    route("/questions/{qid:int}/exemple", question_example, methods=("POST",)),
]
