"""The one French analysis: the index and the questions agree on what a word is."""

from __future__ import annotations

import pytest

import french


def test_index_and_question_meet_on_one_stem():
    a = french.analyzer()
    indexed = set(a.stems("Fermeture de la rue de l'Église pour travaux"))
    asked = {t.stem for t in a.query("la rue de l eglise est FERMEE ?")}
    assert {"ferm", "eglis"} <= indexed & asked


def test_sms_spellings_are_read_in_questions_only():
    a = french.analyzer()
    assert [t.stem for t in a.query("c kan la collecte")] == ["collect"]
    # an official text saying « tel que » is not about a telephone
    assert "telephon" not in a.stems("tel que prévu par l'article 2")
    assert "telephon" in {t.stem for t in a.query("tel mairie")}


def test_time_words_and_years_are_entities_not_search_words():
    a = french.analyzer()
    assert [t.stem for t in a.query("budget 2026 samedi prochain")] == ["budget"]
    assert "juillet" in a.stems("place du 14 Juillet")  # a street name keeps its month
    assert [t.stem for t in a.query("la rue est barrée en ce moment ?")] == ["rue", "barr"]


def test_or_not_asks_for_a_yes_or_a_no_not_for_a_place():
    """Folded, « ou » is also « où »: « … ou pas ? » asks whether, « ou se trouve … ? » where."""
    cues = french.cues()
    whether = cues.of_question("on a le droit de brûler les branches ou pas ?")
    assert "yes_no" in whether and "asks_where" not in whether
    assert "asks_where" in cues.of_question("ou se trouve la mairie ?")
    assert "asks_where" in cues.of_question("on se gare ou pendant le marché, ou pas ?")
    assert "asks_where" not in cues.of_question("on peut boire une bière au parc ou c'est interdit")
    assert cues.normal("c'est interdit") == ("c", "est", "interdit")  # « c » spelled out, « est » once


def test_the_words_of_an_asking_phrase():
    assert "droit" in french.cues().covered("permission", "on a le droit de brûler des branches ?")


def test_everyday_synonyms_reach_the_official_wording():
    a = french.analyzer()
    frigo = next(t for t in a.query("comment me débarrasser d'un vieux frigo"))
    assert ("encombr",) in {alt for alt, _ in frigo.alternatives}
    salaries = a.query("les salaires des agents")[0]
    assert (("charg", "personnel"), french.analysis.SYNONYM_WEIGHT) in salaries.alternatives


def test_au_final_says_when_not_what():
    """« et en 2025 c'était combien au final ? » continues the previous subject: « final » is not one of
    its own (it found « consommation finale d'électricité »)."""
    assert french.analyzer().query("et en 2025 c'etait combien au final ?") == []


def test_a_flea_market_is_not_the_weekly_market():
    """« la brocante » finds the vide-grenier, not the arrêtés of the Saturday market."""
    a = french.analyzer()
    brocante = {alt for t in a.query("c'est quand la brocante ?") for alt, _ in t.alternatives}
    assert ("vid", "gren") in brocante and ("march",) not in brocante


def test_a_phrase_synonym_needs_the_whole_phrase():
    a = french.analyzer()
    grey_card = {alt for t in a.query("refaire sa carte grise") for alt, _ in t.alternatives}
    assert ("certificat", "immatricul") in grey_card
    assert ("certificat", "immatricul") not in {alt for t in a.query("carte") for alt, _ in t.alternatives}


def test_a_communes_own_words_join_the_analysis():
    rules = french.parse_rules("la Vogue, fête patronale\nles Granges => hameau des Granges")
    a = french.Analyzer(french.lexicon().with_rules(rules))
    vogue = a.query("c'est quand la vogue ?")[0]
    assert ("fet", "patronal") in {alt for alt, _ in vogue.alternatives}
    assert not french.analyzer().query("c'est quand la vogue ?")[0].alternatives


@pytest.mark.parametrize(
    "text, says",
    [("la Vogue", "au moins deux expressions"), ("=> fête", "de chaque côté")],
)
def test_a_bad_vocabulary_line_is_named_in_french(text, says):
    with pytest.raises(french.LexiconError) as err:
        french.parse_rules(text, "vocabulaire.txt")
    assert "vocabulaire.txt, ligne 1" in str(err.value) and says in str(err.value)


def test_stemmer_exceptions_keep_maire_and_mairie_apart():
    assert french.stem("maire") != french.stem("mairie")
    assert french.stem("travaux") == french.stem("travail")


def test_four_letter_plurals_meet_their_singular():
    """« les rues », « les bacs », « feux d'artifice », « aire de jeux » are asked as « rue », « bac »…"""
    pairs = (("rues", "rue"), ("bacs", "bac"), ("feux", "feu"), ("jeux", "jeu"), ("eaux", "eau"))
    for plural, singular in pairs:
        assert french.stem(plural) == french.stem(singular)
    assert french.stem("prix") == "prix" and french.stem("pays") != french.stem("payer")
    assert french.stem("gris") == french.stem("grise") and french.stem("mois") == "mois"


def test_homographs_of_the_general_rule_are_kept_apart():
    """The station, parking one's car and the garage; a mother and the sea; a closed road and a bar."""
    assert len({french.stem(w) for w in ("gare", "garer", "garage")}) == 3
    assert french.stem("garee") == french.stem("garer") and french.stem("gares") == french.stem("gare")
    assert french.analyzer().stems("on se gare où ? à la gare") == ["garer", "gare"]
    assert french.stem("mere") != french.stem("mer") and french.stem("vente") != french.stem("vent")
    assert french.stem("barree") != french.stem("bar") == french.stem("bars")


def test_cues_read_what_a_question_asks():
    c = french.cues()
    assert {"yes_no", "closure"} <= c.which("est-ce que la rue est fermée demain ?")
    assert "permission" in c.which("on peut faire un barbecue au parc ?")
    assert "personal" in c.which("ma taxe fonciere a augmenté")
    assert c.starts("follow_up", "et samedi ?") and not c.starts("follow_up", "les horaires ?")


def test_a_council_s_wording_is_reached_from_a_resident_s():
    """« refaire la route » is the délibération's « réfection »; « le nom de la rue » its « dénomination »;
    « la mairie a demandé … ? » asks whether it did."""
    a = french.analyzer()
    redo = a.query("refaire la route des Maupas")[0]
    assert ("refection",) in {alt for alt, _ in redo.alternatives}
    name = a.query("le nom de la nouvelle rue")[0]
    assert ("denomin",) in {alt for alt, _ in name.alternatives}
    assert "yes_no" in french.cues().of_question("la mairie a demandé des subventions ?")


def test_words_saying_how_the_subject_changed_weigh_less_than_the_subject():
    """« les taux ont augmenté ? » is answered by a délibération keeping the rates « inchangés »: a record
    without « augmenté » must not lose as if it missed the subject."""
    terms = {t.word: t for t in french.analyzer().query("les taux ont augmenté cette année ?")}
    assert terms["taux"].weight == 1.0
    assert terms["augmente"].weight == french.analysis.PREDICATE_WEIGHT < 1.0
    assert all(t.weight == 1.0 for t in french.analyzer().query("augmentation du prix de la cantine ?")[1:])


def test_words_naming_the_document_or_the_fact_wanted_weigh_less_than_the_subject():
    """« charges de personnel réalisées » is answered by the chapter « Charges de personnel » of the compte
    administratif, « le numéro du club de voile » by the club's entry: neither record repeats the word."""
    a = french.analyzer()
    for question, subject, asked in (
        ("charges de personnel réalisées en 2025", "personnel", "realisees"),
        ("le club de voile c'est quoi le numéro", "voile", "numero"),
        ("combien la commune donne aux pompiers", "pompiers", "donne"),
    ):
        terms = {t.word: t for t in a.query(question)}
        assert terms[subject].weight == 1.0, question
        assert terms[asked].weight == french.analysis.PREDICATE_WEIGHT, question


def test_the_breton_c_h_is_one_sound_written_ch_by_residents():
    from french import tokens

    assert tokens("la plage du Vourc’h") == tokens("la plage du vourch") == ["la", "plage", "du", "vourch"]
    assert tokens("l'église, qu'hier") == ["l", "eglise", "qu", "hier"]  # French elisions still split


def test_a_communes_one_way_name_is_put_for_the_place_it_means():
    """« parking de la plage => parking de l'Estran »: the place is found under its own name; « la Balme =>
    alpage de la Balme » leaves « route de la Balme », a street's name, as it is."""
    rules = french.parse_rules(
        "parking de la plage => parking de l'Estran\nla Balme => alpage de la Balme\nla Vogue, fête patronale"
    )
    lexicon = french.lexicon().with_rules(rules)
    meant = lexicon.meant("parking de la plage fermé ce week-end ?")
    assert meant == "parking de l estran ferme ce week-end ?"
    assert lexicon.meant("on monte à la Balme dimanche ?") == "on monte a alpage de la balme dimanche ?"
    assert lexicon.meant("la route de la Balme est fermée ?") == "la route de la Balme est fermée ?"
    assert lexicon.meant("c'est quand la Vogue ?") == "c'est quand la Vogue ?"  # both ways: nothing to put
