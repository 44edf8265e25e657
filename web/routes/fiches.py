"""Fiches pratiques: list and search (disabled ones shown as such), create, edit with variantes,
disable or enable, delete after confirmation. Every change goes through `knowledge` and the audit log."""

from __future__ import annotations

from dataclasses import asdict

from starlette.responses import Response

import knowledge
from french import fold

from ..app import Page, Refused, route


def _snapshot(fiche: knowledge.Fiche) -> dict:
    data = asdict(fiche)
    data.pop("source", None)
    data["variantes"] = list(fiche.variantes)
    return data


def _matches(fiche: knowledge.Fiche, words: list[str]) -> bool:
    text = fold(" ".join([fiche.question, fiche.reponse, " ".join(fiche.variantes), fiche.theme or ""]))
    return all(w in text for w in words)


def fiches_list(page: Page) -> Response:
    q = page.query("q")
    state = page.query("etat", "toutes")
    fiches = knowledge.list_fiches(page.kb(), include_disabled=True)
    if q:
        words = fold(q).split()
        fiches = [f for f in fiches if _matches(f, words)]
    if state == "actives":
        fiches = [f for f in fiches if f.enabled]
    elif state == "desactivees":
        fiches = [f for f in fiches if not f.enabled]
    return page.render("fiches_list.html", fiches=fiches, q=q, etat=state)


def _get(page: Page) -> knowledge.Fiche:
    try:
        fiche_id = int(page.param("fiche_id"))
    except ValueError:
        fiche_id = -1
    fiche = knowledge.get_fiche(page.kb(), fiche_id)
    if fiche is None:
        raise Refused(404, "Fiche introuvable", "Cette fiche n'existe pas (ou plus).")
    return fiche


def _fields(page: Page) -> dict:
    return {
        "question": page.field("question"),
        "reponse": page.field("reponse"),
        "variantes": [v.strip() for v in page.field("variantes").splitlines() if v.strip()],
        "theme": page.field("theme"),
        "lien": page.field("lien"),
    }


def _problems(values: dict) -> list[str]:
    problems = []
    if not values["question"]:
        problems.append("La question est obligatoire.")
    if not values["reponse"]:
        problems.append("La réponse est obligatoire.")
    if values["lien"] and not values["lien"].startswith(("https://", "http://")):
        problems.append("Le lien doit commencer par « https:// » (adresse d'une page web).")
    if any("|" in v for v in values["variantes"]):
        problems.append("Une variante ne peut pas contenir le caractère « | ».")
    return problems


def new_form(page: Page) -> Response:
    values = {"question": page.query("question"), "reponse": "", "variantes": [], "theme": "", "lien": ""}
    return page.render(
        "fiche_form.html", fiche=None, values=values, errors=[], questions=page.query("questions")
    )


def create(page: Page) -> Response:
    values = _fields(page)
    questions = page.field("questions")
    errors = _problems(values)
    if not errors:
        try:
            fiche = knowledge.add_fiche(
                page.kb_writer(),
                values["question"],
                values["reponse"],
                variantes=values["variantes"],
                theme=values["theme"] or None,
                lien=values["lien"] or None,
            )
        except knowledge.KnowledgeBusy:
            raise
        except knowledge.KnowledgeError as exc:
            errors.append(_sentence(str(exc)))
        else:
            page.audit("fiche créée", f"fiche n° {fiche.id}", None, _snapshot(fiche))
            resolved = _resolve_questions(page, questions)
            extra = f" {resolved} question(s) sans réponse marquée(s) traitée(s)." if resolved else ""
            return page.redirect(
                f"/fiches/{fiche.id}", f"Fiche n° {fiche.id} créée : le bot s'en sert dès maintenant.{extra}"
            )
    return page.render(
        "fiche_form.html", status=400, fiche=None, values=values, errors=errors, questions=questions
    )


def _resolve_questions(page: Page, raw: str) -> int:
    """A fiche made from unanswered questions settles them (the « two clicks » of the issue)."""
    done = 0
    for part in raw.split(","):
        if part.strip().isdigit():
            try:
                knowledge.resolve_unanswered(page.kb_writer(), int(part))
            except knowledge.KnowledgeBusy:
                raise
            except knowledge.KnowledgeError:
                continue
            page.audit(
                "question traitée",
                f"question sans réponse n° {part.strip()}",
                None,
                {"par": "nouvelle fiche"},
            )
            done += 1
    return done


def edit_form(page: Page) -> Response:
    fiche = _get(page)
    values = _snapshot(fiche)
    return page.render("fiche_form.html", fiche=fiche, values=values, errors=[], questions="")


def save(page: Page) -> Response:
    fiche = _get(page)
    values = _fields(page)
    errors = _problems(values)
    if not errors:
        try:
            after = knowledge.edit_fiche(
                page.kb_writer(),
                fiche.id,
                question=values["question"],
                reponse=values["reponse"],
                variantes=values["variantes"],
                theme=values["theme"],
                lien=values["lien"],
            )
        except knowledge.KnowledgeBusy:
            raise
        except knowledge.KnowledgeError as exc:
            errors.append(_sentence(str(exc)))
        else:
            page.audit("fiche modifiée", f"fiche n° {fiche.id}", _snapshot(fiche), _snapshot(after))
            return page.redirect(
                f"/fiches/{fiche.id}", "Fiche enregistrée : le bot répond déjà avec ce texte."
            )
    return page.render("fiche_form.html", status=400, fiche=fiche, values=values, errors=errors, questions="")


def _toggle(page: Page, enabled: bool) -> Response:
    fiche = _get(page)
    after = knowledge.set_fiche_enabled(page.kb_writer(), fiche.id, enabled)
    page.audit(
        "fiche réactivée" if enabled else "fiche désactivée",
        f"fiche n° {fiche.id}",
        {"enabled": fiche.enabled},
        {"enabled": after.enabled},
    )
    message = (
        "Fiche réactivée : le bot s'en sert de nouveau."
        if enabled
        else ("Fiche désactivée : le bot ne s'en sert plus (elle reste dans la liste).")
    )
    return page.redirect(f"/fiches/{fiche.id}", message)


def disable(page: Page) -> Response:
    return _toggle(page, False)


def enable(page: Page) -> Response:
    return _toggle(page, True)


def confirm_delete(page: Page) -> Response:
    return page.render("fiche_delete.html", fiche=_get(page))


def delete(page: Page) -> Response:
    fiche = _get(page)
    knowledge.delete_fiche(page.kb_writer(), fiche.id)
    page.audit("fiche supprimée", f"fiche n° {fiche.id}", _snapshot(fiche), None)
    return page.redirect("/fiches", f"Fiche n° {fiche.id} « {fiche.question} » supprimée.")


def _sentence(message: str) -> str:
    """knowledge's messages continue a sentence (« une fiche existe déjà… »): start one."""
    return message[:1].upper() + message[1:] if message else message


ROUTES = [
    route("/fiches", fiches_list),
    route("/fiches/nouvelle", new_form),
    route("/fiches/nouvelle", create, methods=("POST",)),
    route("/fiches/{fiche_id:int}", edit_form),
    route("/fiches/{fiche_id:int}", save, methods=("POST",)),
    route("/fiches/{fiche_id:int}/desactiver", disable, methods=("POST",)),
    route("/fiches/{fiche_id:int}/activer", enable, methods=("POST",)),
    route("/fiches/{fiche_id:int}/supprimer", confirm_delete),
    route("/fiches/{fiche_id:int}/supprimer", delete, methods=("POST",)),
]
