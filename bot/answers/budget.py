"""The commune's budget in euros a resident can read: totals, a chapter or an account, a year or two.

The retrieval chooses what the question is about (the totals, a chapter such as « charges de
personnel », an account such as « électricité »); here we choose which documents answer it — the budget
principal unless a budget annexe is named, the year asked or the latest, the kind of document asked
(voted or realised) or every document of the year, each shown apart, never added together — and say
which document each amount comes from.
"""

from __future__ import annotations

import re
from decimal import Decimal

import french
import knowledge
from bot.answers.base import Answer, Ask, held_stems
from bot.answers.fallback import PERSONAL, not_known
from bot.french import format_money, join_fr
from knowledge.retrieval import term_credit

KINDS_ASKED = {
    "realised": {"compte administratif", "compte financier unique"},
    "voted": {"budget primitif"},
    "amending": {"décision modificative", "budget supplémentaire"},
}
SECTIONS = ("fonctionnement", "investissement")
DIRECTIONS = ("dépenses", "recettes")


def of_section(section: str) -> str:
    """« de fonctionnement », « d'investissement »: French elides before a vowel."""
    return f"d'{section}" if section[:1] in "aeiouéè" else f"de {section}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def chosen_budget(ask: Ask, documents: list) -> list:
    """The budget principal's documents, or a budget annexe's when the question names it."""
    principal = [d for d in documents if d.principal]
    annexes = [d for d in documents if not d.principal]
    if not annexes:
        return principal
    own = set(french.analyzer().stems(ask.commune.nom)) | {"budget", "commun"}
    by_name: dict[str, list] = {}
    for d in annexes:
        by_name.setdefault(d.siret or d.budget_nom, []).append(d)
    for docs in by_name.values():
        distinctive = set(french.analyzer().stems(docs[0].budget_nom)) - own
        if distinctive and any(term_credit(t, frozenset(distinctive)) for t in ask.terms):
            return docs
    if "annex" in ask.cues and len(by_name) == 1:
        return next(iter(by_name.values()))
    return principal or annexes


def documents_for(ask: Ask, docs: list, year: int) -> list:
    of_year = [d for d in docs if d.year == year]
    for cue, kinds in KINDS_ASKED.items():
        if cue in ask.cues:
            wanted = [d for d in of_year if d.document in kinds]
            if wanted:
                return wanted
    return of_year


def carried_into(ask: Ask, year: int, available: list[int]) -> int:
    """« l'excédent reporté de 2025 »: 2025's result, carried into 2026's documents (lines 001 and 002 of a
    year hold the year before's result) — « reporté au budget 2026 », « en 2026 » keep their year."""
    if "carried_over" not in ask.cues or year + 1 not in available:
        return year
    of_year = re.search(rf"\b(?:de|du)\s+(?:l'?\s?(?:annee|exercice)\s+)?{year}\b", french.fold(ask.text))
    return year + 1 if of_year else year


def filters(ask: Ask) -> tuple[str | None, str | None]:
    """The section and the direction asked; both sections (or both directions) named: no filter."""
    named = [s for s in SECTIONS if s in ask.cues]
    section = named[0] if len(named) == 1 else None
    spends = bool({"expenses", "pays"} & ask.cues)
    gets = bool({"receipts", "receives"} & ask.cues)
    direction = "dépenses" if spends else "recettes" if gets else None
    if spends and gets:
        direction = None
    return section, direction


def _direction_sure(ask: Ask) -> bool:
    """Whether the direction asked may set the chosen heading aside: « payer », « verser », « toucher »
    say who pays or receives only with their subject (« le maire a touché combien d'indemnités ? » asks
    for an expense), so words of that kind alone never do."""
    said = {"expenses", "receipts"} & ask.cues
    return bool(said) or not ({"pays", "receives"} & ask.cues)


def _doc_label(d) -> str:
    label = d.label
    if not d.principal:
        label += f" du budget annexe « {d.budget_nom} »"
    return label


def totals_block(ask: Ask, d, section, direction) -> tuple[list[str], Decimal]:
    amounts = knowledge.document_amounts(ask.kb, d)
    lines = [f"{capitalised(_doc_label(d))} :"]
    spent = Decimal(0)
    for dirn in DIRECTIONS:
        if direction and dirn != direction:
            continue
        parts = [
            (a.section, a.amount)
            for a in amounts
            if a.direction == dirn and (not section or a.section == section)
        ]
        if not parts:
            continue
        total = sum((p[1] for p in parts), Decimal(0))
        if dirn == "dépenses":
            spent = total
        detail = join_fr([f"{s} {format_money(v)}" for s, v in parts])
        if len(parts) > 1:
            lines.append(f"– {dirn} réelles : {format_money(total)} ({detail})")
        else:
            lines.append(f"– {dirn} réelles {of_section(parts[0][0])} : {format_money(total)}")
    if "carried_over" in ask.cues:
        for nature in ("002", "001"):
            for a in knowledge.document_amounts(ask.kb, d, nature=nature):
                name = (
                    "résultat de fonctionnement reporté"
                    if nature == "002"
                    else "solde d'investissement reporté"
                )
                lines.append(f"– {name} ({nature}, {a.direction}) : {format_money(a.amount)}, compté à part")
    return lines, spent


def _amounts_text(amounts, direction) -> str | None:
    parts = [a for a in amounts if not direction or a.direction == direction] or amounts
    if not parts:
        return None
    return join_fr([f"{a.direction} {of_section(a.section)} {format_money(a.amount)}" for a in parts])


def heading_block(ask: Ask, d, heading, section, direction) -> list[str]:
    """A chapter's amounts; for an account, its chapter's too: « les salaires » and « personnel
    titulaire » are both answered, each at its level, and the resident sees what the line is part of."""
    chapter_text = None
    if heading.chapter:
        chapter_text = _amounts_text(
            knowledge.document_amounts(ask.kb, d, chapter=heading.chapter), direction
        )
    chapter = f"chapitre {heading.chapter} « {heading.chapter_label or heading.chapter} »"
    head = capitalised(_doc_label(d))
    if heading.level == "chapitre":
        return [
            f"{head}, {chapter} : {chapter_text or 'aucun montant réel'}.",
            *_main_accounts(ask, d, heading, direction),
        ]
    account_text = _amounts_text(_amounts_of(ask, d, heading), direction)
    line = f"{head}, compte {heading.code} « {heading.label} » : {account_text or 'aucun montant réel'}."
    if chapter_text:
        line += f"\nCe compte fait partie du {chapter} : {chapter_text} en tout."
    return [line]


def _main_accounts(ask: Ask, d, heading, direction) -> list[str]:
    """The chapter's largest account, in the direction asked (else in each): the figure residents quote."""
    largest = knowledge.largest_accounts(ask.kb, d, heading.code)
    largest = [a for a in largest if not direction or a.direction == direction] or largest
    return [
        f"Le plus gros compte du chapitre est le {a.code} « {a.label} » : {a.direction} "
        f"{of_section(a.section)} {format_money(a.amount)}."
        for a in largest
    ]


def _amounts_of(ask: Ask, d, heading) -> list:
    if heading.level == "chapitre":
        return knowledge.document_amounts(ask.kb, d, chapter=heading.code)
    return knowledge.document_amounts(ask.kb, d, nature=heading.code)


def _has_direction(ask: Ask, docs: list, heading, direction: str) -> bool:
    return any(a.direction == direction for d in docs for a in _amounts_of(ask, d, heading))


def _heading_in_direction(ask: Ask, docs: list, direction: str):
    """« combien d'investissements prévus ? » answered by « Subventions d'investissement », a receipt: the
    next heading on the subject that has spending (or receipts) as asked, or else the totals (None)."""
    for r in ask.on_subject("budget"):
        heading = r.doc.record
        if heading is None or heading.level == "total":
            return None
        if heading is not ask.chosen.doc.record and _has_direction(ask, docs, heading, direction):
            return heading
    return None


DOCUMENT_CUES = (
    "expenses",
    "pays",
    "receipts",
    "receives",
    "fonctionnement",
    "investissement",
    "realised",
    "voted",
    "amending",
    "annex",
    "carried_over",
    "asks_how_much",
)


def _no_more_than_totals(ask: Ask) -> bool:
    """Whether the chosen line holds none of the question's words that the totals' record does not."""
    budget = (r for r in ask.ranked if r.doc.kind == "budget" and r.doc.record is not None)
    totals = next((r for r in budget if r.doc.record.level == "total"), None)
    own = set(held_stems(ask.chosen))
    return totals is not None and bool(own) and own <= set(held_stems(totals))


def _choosing_words(ask: Ask) -> set[str]:
    """« réalisées », « dépenses », « fonctionnement »: words that choose the document and the columns, not
    a heading."""
    return french.cues().covered_by_any(DOCUMENT_CUES, ask.text)


def _named_heading(ask: Ask):
    """The chapter or account whose own label holds every word of the question the totals' record lacks,
    when some are lacking; else None (the totals answer)."""
    choosing = _choosing_words(ask)
    weights = {
        t.term.stem: t.idf
        for t in ask.chosen.match.terms
        if max(t.title, t.body) == 0 and french.fold(t.term.word) not in choosing
    }
    headings = [
        (r.doc.record, {t.term.stem for t in r.match.terms if t.title > 0})
        for r in ask.ranked
        if r.doc.kind == "budget" and r.doc.record is not None and r.doc.record.level != "total"
    ]
    # a word no heading's label holds names none; the ones that do must be most of what the totals lack
    # (a letter's « association de contribuables » does not make it a question on subsidies)
    lacking = set(weights) & set().union(*(held for _, held in headings))
    if not lacking or sum(weights[s] for s in lacking) < sum(weights.values()) / 2:
        return None
    # the heading holding most of the question, a chapter before its own accounts (« charges de personnel »
    # is chapter 012 before compte 64111), then the ranker's order
    naming = [(n, h, held) for n, (h, held) in enumerate(headings) if lacking <= held]
    if not naming:
        return None
    asked = {t.term.stem for t in ask.chosen.match.terms}
    best = min(naming, key=lambda x: (-len(asked & x[2]), x[1].level != "chapitre", x[0]))
    return best[1]


def _subject_beside_totals(ask: Ask) -> bool:
    """Whether most of the question (by rarity) is words the totals do not hold, choosing no document,
    that another record has in its title: « montant total des subventions aux associations » is the
    délibération's subject, not the budget's totals, when no heading names the subsidies."""
    choosing = _choosing_words(ask)
    lacking = [
        t
        for t in ask.chosen.match.terms
        if max(t.title, t.body) == 0 and french.fold(t.term.word) not in choosing
    ]
    if sum(t.idf for t in lacking) <= sum(t.idf for t in ask.chosen.match.terms) / 2:
        return False
    stems = {t.term.stem for t in lacking}
    return any(
        r.doc.kind != "budget" and stems <= {t.term.stem for t in r.match.terms if t.title > 0}
        for r in ask.ranked
    )


def _level_asked(ask: Ask, account):
    """The account's chapter when the chapter's own label holds every word of the question the account's
    label holds, and more: « charges de personnel » asks for chapter 012, not for compte 6450 « charges de
    sécurité sociale » whose text holds the chapter's words; « vente du bois » keeps compte 7022 « coupes
    de bois » under chapter 70 « … ventes diverses »."""
    chapter = next(
        (
            r
            for r in ask.ranked
            if r.doc.kind == "budget"
            and r.doc.record is not None
            and r.doc.record.level == "chapitre"
            and r.doc.record.code == account.chapter
        ),
        None,
    )
    if chapter is None:
        return account

    # the chapter's label counts as written only (« payé » stands for « charges », which would lift every
    # account of chapter 011 « charges à caractère général »); the account's must hold nothing the
    # chapter's lacks, through its synonyms too (« impôts locaux » are its « taxes foncières »), and less
    # as written (« personnel titulaire » holds « charges » only through a synonym)
    said = {t.term.stem for t in ask.chosen.match.terms if t.title > 0}
    own = {t.term.stem for t in ask.chosen.match.terms if t.title >= 1.0}
    written = {t.term.stem for t in chapter.match.terms if t.title >= 1.0}
    return chapter.doc.record if said <= written and own < written else account


def source_line(docs: list) -> str:
    labels = list(dict.fromkeys(_doc_label(d) for d in docs))
    return (
        f"Source : {join_fr(labels)} (fichier budgétaire publié par la commune), "
        "montants réels hors opérations d'ordre."
    )


def compose(ask: Ask) -> Answer:
    if "personal" in ask.cues:
        return not_known(ask.commune, PERSONAL)
    documents = knowledge.budget_documents(ask.kb)
    docs = chosen_budget(ask, documents)
    if not docs:
        return not_known(ask.commune, "le budget de la commune : aucun budget n'a été publié")
    available = sorted({d.year for d in docs})
    years = sorted({carried_into(ask, y, available) for y in ask.all("year")}) or [available[-1]]
    missing = [y for y in years if y not in available]
    if missing:
        result = not_known(ask.commune, f"le budget {join_fr([str(y) for y in missing])}")
        result.text = result.text.replace(
            "\nLe secrétariat",
            f"\nJe dispose des budgets de : {join_fr([str(a) for a in available])}.\nLe secrétariat",
            1,
        )
        # the documents it does have are what it read to say so
        result.sources = [d.source for d in docs]
        return result
    heading = ask.chosen.doc.record
    if heading is not None and heading.level == "total":
        # the totals by section, not one heading's lines — unless the question names a heading the
        # totals do not hold (« combien en charges de personnel ? (compte administratif) »)
        heading = _named_heading(ask)
        if heading is None and _subject_beside_totals(ask):
            return not_known(ask.commune)
    elif heading is not None and _no_more_than_totals(ask):
        heading = None  # « budget 2026 »: a line that holds « budget » only in its document's name
    elif heading is not None and heading.level == "compte":
        heading = _level_asked(ask, heading)
    section, direction = filters(ask)
    asked_docs = [d for year in years for d in documents_for(ask, docs, year)]
    sure = direction and _direction_sure(ask)
    if heading is not None and sure and not _has_direction(ask, asked_docs, heading, direction):
        heading = _heading_in_direction(ask, asked_docs, direction)
    lines: list[str] = []
    shown: list = []
    spent_by_year: list[tuple[int, str, Decimal]] = []
    for d in asked_docs:
        shown.append(d)
        if heading is None:
            block, spent = totals_block(ask, d, section, direction)
            spent_by_year.append((d.year, d.label, spent))
        else:
            block = heading_block(ask, d, heading, section, direction)
        lines.extend(block)
    if len(years) == 2 and heading is None and direction != "recettes":
        first = next((s for s in spent_by_year if s[0] == years[0] and s[2]), None)
        second = next((s for s in spent_by_year if s[0] == years[1] and s[2]), None)
        if first and second:
            diff = second[2] - first[2]
            sign = "+" if diff >= 0 else "−"
            lines.append(
                f"Écart des dépenses réelles : {sign}{format_money(abs(diff))} "
                f"entre le {first[1]} et le {second[1]}."
            )
    lines.append(source_line(shown))
    remember = {"year": years[-1]}
    return Answer(text="\n".join(lines), sources=[d.source for d in shown], remember=remember)


def overview(ask: Ask) -> Answer:
    """The /budget command: the totals of the latest year of the budget principal."""
    documents = knowledge.budget_documents(ask.kb)
    docs = [d for d in documents if d.principal]
    if not docs:
        return not_known(ask.commune, "le budget de la commune : aucun budget n'a été publié")
    year = max(d.year for d in docs)
    lines: list[str] = []
    for d in [d for d in docs if d.year == year]:
        lines.extend(totals_block(ask, d, None, None)[0])
    lines.append(source_line([d for d in docs if d.year == year]))
    return Answer(text="\n".join(lines), sources=[d.source for d in docs if d.year == year])
