"""The commune's budget in euros a resident can read: totals, a nature line, and one year against another.

Totals come from the knowledge layer, which already counts only « réel » lines and picks the voted or the
realised amount by document; here we only choose what to show and name the document it comes from.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

import knowledge
from bot.answers.base import Answer, Ask
from bot.answers.fallback import not_known
from bot.french import format_money, join_fr
from bot.query import fold, search_terms

DOCUMENT_WORDS = {
    "budget primitif": ("primitif", " bp ", "prevu", "prevision", "vote"),
    "compte administratif": ("administratif", " ca ", "realise", "reellement", "vraiment", "execution"),
    "compte financier unique": ("financier", " cfu "),
    "budget supplémentaire": ("supplementaire", " bs "),
    "décision modificative": ("modificative", " dm "),
}
# « ma taxe foncière », « mes impôts », « ma facture d'eau »: a household's own amounts, which the
# commune's budget does not hold (its lines are the commune's receipts and spending).
PERSONAL = re.compile(
    r"\b(ma|mon|mes|notre|nos)\s+(\w+\s+)?(taxes?|impots?|factures?|loyers?|avis)\b"
    r"|\b(je|j)\s+(vais\s+|dois\s+)?(payer|paye|paie|payerai|paierai)\b"
)

# Words that say « budget », not which line of it.
BUDGET_WORDS = set(
    """
    budget budgets budgetaire commune communal communale total totaux montant combien depense depenses
    recette recettes fonctionnement investissement investissements primitif compte administratif financier
    annee euros euro argent coute coutent cout coutera prevu prevus prevue prevues prevoit prevoir vote votes
    realise realises entre par rapport comparer comparaison evolution principal ville finances financement
    section depenser depensee depensees augmente augmentation baisse baisser gagne ligne poste prevision
    sommes somme consacre consacree alloue allouee chapitre vraiment reellement paye payes budgete
    """.split()
)


def document_asked(text: str, available: list[str]) -> str | None:
    folded = f" {fold(text)} "
    for document, words in DOCUMENT_WORDS.items():
        if any(w in folded for w in words):
            for name in available:
                if fold(name) == fold(document):
                    return name
    return None


def section_and_direction(text: str) -> tuple[str | None, str | None]:
    folded = fold(text)
    section = (
        "fonctionnement" if "fonctionnement" in folded else "investissement" if "investis" in folded else None
    )
    direction = "dépenses" if "depens" in folded or "coût" in text or "cout" in folded else None
    if "recette" in folded or "ressource" in folded or "gagne" in folded:
        direction = "recettes" if direction is None else None
    return section, direction


def of_section(section: str) -> str:
    """« de fonctionnement », « d'investissement »: French elides before a vowel."""
    return f"d'{section}" if section[:1] in "aeiouéè" else f"de {section}"


def budget_label(document: str, year: int, budget_nom: str | None, commune_nom: str) -> str:
    """« budget primitif 2026 », plus the annex's name when it is not the commune's main budget."""
    label = f"{document} {year}"
    if budget_nom and fold(commune_nom) not in fold(budget_nom):
        label += f" (budget « {budget_nom} »)"
    return label


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def totals_text(totals, section: str | None, direction: str | None, commune_nom: str):
    """Lines per budget (principal, annexes) and document, in a fixed order; their sources and labels."""
    grouped: dict[tuple, dict[tuple, Decimal]] = defaultdict(dict)
    sources = {}
    for t in totals:
        if section and t.section != section:
            continue
        if direction and t.direction != direction:
            continue
        grouped[(t.document, t.budget_nom)][(t.section, t.direction)] = t.amount
        sources[(t.document, t.budget_nom)] = t.source
    lines: list[str] = []
    labels: list[str] = []
    for (document, budget_nom), amounts in sorted(grouped.items()):
        year = next(t.year for t in totals if t.document == document)
        label = budget_label(document, year, budget_nom, commune_nom)
        labels.append(label)
        lines.append(f"{capitalised(label)} :")
        for sec in ("fonctionnement", "investissement"):
            parts = [
                f"{d} {format_money(amounts[(sec, d)])}"
                for d in ("dépenses", "recettes")
                if (sec, d) in amounts
            ]
            if parts:
                lines.append(f"– {sec} : {join_fr(parts)}")
        total_dep = sum((v for (s, d), v in amounts.items() if d == "dépenses"), Decimal(0))
        total_rec = sum((v for (s, d), v in amounts.items() if d == "recettes"), Decimal(0))
        if len({sec for sec, _ in amounts}) > 1:
            parts = [
                f"{d} {format_money(v)}" for d, v in (("dépenses", total_dep), ("recettes", total_rec)) if v
            ]
            lines.append(f"– total : {join_fr(parts)}")
    return lines, [sources[k] for k in sorted(sources)], labels


def source_line(labels: list[str]) -> str:
    return f"Source : {join_fr(labels)} (fichier budgétaire publié par la commune)."


def answer(ask: Ask) -> Answer:
    kb = ask.kb
    if PERSONAL.search(fold(ask.text)):
        return not_known(ask.commune, "votre situation personnelle (impôts, factures) : le budget de la "
                         "commune ne dit pas ce que paie chaque foyer", final=True)
    available_years = knowledge.budget_years(kb)
    if not available_years:
        return not_known(
            ask.commune, "le budget de la commune : aucun budget n'a été publié dans mes données"
        )
    years = sorted(set(ask.all("year")))
    for y in years:
        if y not in available_years:
            listed = join_fr([str(a) for a in available_years])
            result = not_known(ask.commune, f"le budget {y}", final=True)
            result.text = result.text.replace(
                "\nLe secrétariat", f"\nJe dispose des budgets de : {listed}.\nLe secrétariat", 1
            )
            return result
    if len(years) >= 2:
        return compare(ask, years[:2])
    year = years[0] if years else max(available_years)
    documents = knowledge.budget_documents(kb, year)
    document = document_asked(ask.text, documents) or ask.context.get("slots", {}).get("document")
    if document not in documents:
        document = None
    words = ask.keywords(BUDGET_WORDS)
    if words:
        line_answer = nature_line(ask, year, document, words)
        if line_answer is not None:
            return line_answer
        if not any(w in fold(ask.text) for w in ("budget", "finances", "comptes")):
            # Something specific was asked (« la cantine », « le club de foot ») and no budget line is
            # about it: answering with the totals would be answering another question.
            return not_known(ask.commune, f"« {' '.join(words)} » dans le budget {year}")
    section, direction = section_and_direction(ask.text)
    totals = knowledge.budget_totals(kb, year, document)
    lines, sources, labels = totals_text(totals, section, direction, ask.commune.nom)
    if not lines:
        return not_known(ask.commune, f"ce montant du budget {year}")
    text = "\n".join(lines)
    text += "\nMontants réels, hors opérations d'ordre. " + source_line(labels)
    remember = {"year": year}
    if document:
        remember["document"] = document
    return Answer(text=text, sources=sources, remember=remember)


def nature_line(ask: Ask, year: int, document: str | None, words: list[str]) -> Answer | None:
    # Account labels are the national M57 ones (« Service d'incendie »): search everyday synonyms too.
    found = knowledge.budget_lines(ask.kb, year, search_terms(words), document, limit=5)
    found = [b for b in found if ask.covers(words, f"{b.nature_label or ''} {b.nature}")]
    if not found:
        return None
    best_label = found[0].nature_label
    same = [b for b in found if b.nature_label == best_label][:3]
    lines = []
    for b in same:
        label = budget_label(b.document, b.year, b.budget_nom, ask.commune.nom)
        lines.append(
            f"{capitalised(label)}, compte {b.nature} « {b.nature_label} » "
            f"({b.direction} {of_section(b.section)}) : {format_money(b.amount)}."
        )
    sources = list({b.source: None for b in same})
    labels = [budget_label(b.document, b.year, b.budget_nom, ask.commune.nom) for b in same]
    labels = list(dict.fromkeys(labels))
    lines.append(source_line(labels))
    return Answer(text="\n".join(lines), sources=sources, remember={"year": year})


def compare(ask: Ask, years: list[int]) -> Answer:
    section, direction = section_and_direction(ask.text)
    lines: list[str] = []
    sources = []
    labels: list[str] = []
    totals_by_year = {}
    for year in years:
        totals = knowledge.budget_totals(ask.kb, year, None)
        block, src, names = totals_text(totals, section, direction, ask.commune.nom)
        labels.extend(names)
        lines.extend(block)
        sources.extend(src)
        totals_by_year[year] = totals
    # One comparable figure per year: total spending of the main document of that year.
    summary = []
    for year, totals in totals_by_year.items():
        docs = sorted({t.document for t in totals})
        doc = docs[0] if docs else None
        spent = sum((t.amount for t in totals if t.document == doc and t.direction == "dépenses"), Decimal(0))
        summary.append((year, doc, spent))
    if len(summary) == 2 and summary[0][2] and summary[1][2]:
        (y1, d1, a1), (y2, d2, a2) = summary
        diff = a2 - a1
        pct = (diff / a1 * 100).quantize(Decimal("0.1"))
        sign = "+" if diff >= 0 else ""
        lines.append(
            f"Écart des dépenses totales : {sign}{format_money(diff)} ({sign}{str(pct).replace('.', ',')} %) "
            f"entre le {d1} {y1} et le {d2} {y2}."
        )
        if d1 != d2:
            lines.append(
                "Attention : un budget primitif est une prévision, un compte administratif une réalisation."
            )
    lines.append(
        "Montants réels, hors opérations d'ordre. " + source_line(labels)
    )
    return Answer(text="\n".join(lines), sources=sources, remember={"year": years[-1]})
