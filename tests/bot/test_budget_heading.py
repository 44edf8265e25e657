"""Which heading a budget question names when the ranker chose the totals (bot/answers/budget.py): the
chapter whose label holds the words the totals lack, never one named by a word that only chooses the
document (« réalisées ») or by a stray word of a long letter."""

from types import SimpleNamespace

from bot.answers.budget import _named_heading, _no_more_than_totals


def term(word: str, stem: str, idf: float = 2.0, title: float = 0.0, body: float = 0.0):
    return SimpleNamespace(term=SimpleNamespace(word=word, stem=stem), idf=idf, title=title, body=body)


def candidate(key: str, level: str, held_in_title: list[str], questions_terms: list) -> SimpleNamespace:
    terms = tuple(
        term(t.term.word, t.term.stem, t.idf, title=1.0 if t.term.stem in held_in_title else 0.0)
        for t in questions_terms
    )
    record = SimpleNamespace(level=level, code=key)
    doc = SimpleNamespace(kind="budget", key=key, record=record)
    return SimpleNamespace(doc=doc, match=SimpleNamespace(terms=terms))


def ask_for(text: str, words: list[tuple[str, str]], headings: list[tuple[str, str, list[str]]]):
    asked = [term(w, s) for w, s in words]
    total = candidate("total", "total", [], asked)
    ranked = [total, *(candidate(key, level, held, asked) for key, level, held in headings)]
    return SimpleNamespace(text=text, chosen=total, ranked=ranked)


def test_staff_costs_asked_of_the_accounts_name_the_chapter_before_its_accounts():
    ask = ask_for(
        "combien en charges de personnel en 2025 ?",
        [("charges", "charg"), ("personnel", "personnel")],
        [("64111", "compte", ["personnel"]), ("012", "chapitre", ["charg", "personnel"])],
    )
    assert _named_heading(ask).code == "012"


def test_a_word_that_chooses_the_document_names_no_heading():
    ask = ask_for(
        "les dépenses de fonctionnement réalisées en 2025 au total ?",
        [("realisees", "realis")],
        [("202", "compte", ["realis"])],
    )
    assert _named_heading(ask) is None


def test_a_stray_word_of_a_long_letter_names_no_heading():
    ask = ask_for(
        "pour notre association de contribuables, le montant total des dépenses réalisées en 2024",
        [("association", "associ"), ("contribuables", "contribuabl"), ("montant", "mont")],
        [("6574", "compte", ["associ"])],
    )
    assert _named_heading(ask) is None


def test_a_line_holding_only_what_the_totals_hold_gives_way_to_them():
    """« budget 2026 »: every line holds « budget » in its document's name, the totals in their title."""
    asked = [term("budget", "budget")]
    line = candidate("2184", "compte", [], asked)
    line.match.terms = (term("budget", "budget", body=1.0),)
    totals = candidate("total", "total", ["budget"], asked)
    ask = SimpleNamespace(text="budget 2026", chosen=line, ranked=[line, totals])
    assert _no_more_than_totals(ask)
    staff = candidate("012", "chapitre", ["personnel"], [term("personnel", "personnel")])
    ask = SimpleNamespace(text="personnel 2026", chosen=staff, ranked=[staff, totals])
    assert not _no_more_than_totals(ask)


def test_a_result_carried_over_from_a_year_is_read_in_the_next_year_s_documents():
    from bot.answers.budget import carried_into

    from .test_arrete_verdicts import ask

    years = [2025, 2026]
    assert carried_into(ask("l'excédent de fonctionnement reporté de 2025 ?"), 2025, years) == 2026
    assert carried_into(ask("l'excédent reporté au budget 2026 ?"), 2026, years) == 2026
    assert carried_into(ask("le résultat reporté dans le compte administratif 2025 ?"), 2025, years) == 2025
    assert carried_into(ask("l'excédent reporté de 2026 ?"), 2026, years) == 2026  # no 2027 documents
    assert carried_into(ask("les dépenses de 2025 ?"), 2025, years) == 2025  # nothing carried over asked


def test_an_account_gives_way_to_its_chapter_when_the_chapter_s_label_says_more_of_the_question():
    from bot.answers.budget import _level_asked

    asked = [term("charges", "charg"), term("personnel", "personnel")]
    social = candidate("6450", "compte", ["charg"], asked)
    social.doc.record.chapter = "012"
    staff = candidate("012", "chapitre", ["charg", "personnel"], asked)
    ask = SimpleNamespace(text="charges de personnel 2026", chosen=social, ranked=[social, staff])
    assert _level_asked(ask, social.doc.record).code == "012"
    # « personnel titulaire » holds « charges » through a synonym only: its chapter says more still
    tenured = candidate("6411", "compte", ["personnel"], asked)
    tenured.match.terms = (term("charges", "charg", title=0.7), term("personnel", "personnel", title=1.0))
    tenured.doc.record.chapter = "012"
    ask = SimpleNamespace(text="charges de personnel 2026", chosen=tenured, ranked=[tenured, staff])
    assert _level_asked(ask, tenured.doc.record).code == "012"


def test_an_account_named_by_its_own_word_or_a_synonym_keeps_its_level():
    from bot.answers.budget import _level_asked

    # « vente du bois »: compte 7022 « coupes de bois » holds « bois », chapter 70 « … ventes » another word
    asked = [term("vente", "vent"), term("bois", "bois")]
    wood = candidate("7022", "compte", ["bois"], asked)
    wood.doc.record.chapter = "70"
    sales = candidate("70", "chapitre", ["vent"], asked)
    ask = SimpleNamespace(text="vente du bois", chosen=wood, ranked=[wood, sales])
    assert _level_asked(ask, wood.doc.record).code == "7022"
    # « impôts locaux »: the account's label holds both words through synonyms, the chapter one as written
    asked = [term("impots", "impot"), term("locaux", "local")]
    local = candidate("73111", "compte", [], asked)
    local.match.terms = tuple(term(t.term.word, t.term.stem, title=0.7) for t in asked)
    local.doc.record.chapter = "731"
    taxes = candidate("731", "chapitre", ["impot"], asked)
    ask = SimpleNamespace(text="impots locaux", chosen=local, ranked=[local, taxes])
    assert _level_asked(ask, local.doc.record).code == "73111"


def test_the_totals_do_not_answer_a_subject_another_record_holds():
    from bot.answers.budget import _subject_beside_totals

    asked = [term("total", "total"), term("subventions", "subvent", 4.0), term("associations", "associ", 4)]
    totals = candidate("total", "total", ["total"], asked)
    grants = candidate("D2026-019", "compte", ["subvent", "associ"], asked)
    grants.doc.kind = "deliberation"
    text = "montant total des subventions aux associations"
    ask = SimpleNamespace(text=text, chosen=totals, ranked=[totals, grants])
    assert _subject_beside_totals(ask)
    # no other record speaks of it: the totals stay the answer (a letter's stray words)
    ask.ranked = [totals]
    assert not _subject_beside_totals(ask)


def test_the_words_choosing_a_document_leave_the_totals_their_question():
    from bot.answers.budget import _subject_beside_totals

    asked = [term("dépenses", "depens", 4), term("fonctionnement", "fonction", 4), term("prévues", "prevu")]
    totals = candidate("total", "total", [], asked)
    ask = SimpleNamespace(text="dépenses de fonctionnement prévues en 2026", chosen=totals, ranked=[totals])
    assert not _subject_beside_totals(ask)


def test_receiving_says_the_direction_only_with_its_subject():
    """« le maire a touché combien d'indemnités ? » asks for an expense of the commune, « la commune a
    encaissé combien ? » for a receipt: only the second may set an expense heading aside."""
    from bot.answers.budget import _direction_sure, filters

    from .test_arrete_verdicts import ask

    elected = ask("le maire et les adjoints ont touché combien d'indemnités en 2025 ?")
    assert filters(elected)[1] == "recettes" and not _direction_sure(elected)
    cashed = ask("la commune a encaissé combien de taxe de séjour en 2025 ?")
    assert filters(cashed)[1] == "recettes" and _direction_sure(cashed)
    paid = ask("la commune verse combien au club de foot ?")
    assert filters(paid)[1] == "dépenses" and not _direction_sure(paid)
