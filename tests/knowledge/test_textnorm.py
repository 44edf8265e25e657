from datetime import date

import pytest

from knowledge.textnorm import fold, french_date, fts_query, numero_key, stem, stem_text


@pytest.mark.parametrize(
    "a, b",
    [
        ("fermée", "fermeture"),
        ("fermé", "fermer"),
        ("stationner", "stationnement"),
        ("stationné", "stationnement"),
        ("poubelles", "poubelle"),
        ("déchetterie", "déchets"),
        ("Écoles", "école"),
        ("ouverture", "ouverte"),
        ("ramassage", "ramasser"),
    ],
)
def test_inflections_share_a_stem(a, b):
    assert stem(fold(a)) == stem(fold(b))


def test_distinct_words_keep_distinct_stems():
    assert stem("mairie") != stem("marche")
    assert stem("rue") == "rue"


def test_fold_strips_accents_and_case():
    assert fold("Place de l'ÉGLISE œuvre") == "place de l'eglise oeuvre"


def test_fts_query_quotes_every_term_and_drops_stop_words():
    q = fts_query('La rue est-elle fermée ? NEAR(a b) "x OR y* col:z')
    assert q is not None
    for term in q.split(" OR "):
        assert term.startswith('"') and term.endswith('"')
    assert '"ferm"' in q and '"la"' not in q
    assert fts_query("?!") is None


def test_stem_text_is_what_is_indexed():
    assert stem_text("Rue de la Gare fermée") == "rue gare ferm"


@pytest.mark.parametrize(
    "raw", ["2025-17", "2025-017", "2025_017", "n°2025-017", "N° 2025/017", "Arrêté n°2025-017"]
)
def test_numero_key_tolerates_spellings(raw):
    assert numero_key(raw) == "2025-17"


def test_french_date():
    assert french_date(date(2025, 3, 1)) == "1er mars 2025"
    assert french_date(date(2025, 8, 15)) == "15 août 2025"
