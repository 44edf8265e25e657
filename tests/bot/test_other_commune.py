"""The bot on another commune's real files, as a new commune would try it (skipped without ../shared).

Nothing in the code knows these files: a Morbihan budget, Vence's heavy-vehicle arrêtés and an
OpenStreetMap extract around Saint-Étienne, under a profile written here.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import knowledge
from bot.config import load_config
from bot.conversation import Conversation

NOW = datetime(2026, 6, 17, 10, 0)
PROFILE = """\
nom: Mohon
code_insee: "56134"
mairie:
  adresse: 1 place de l'Église, 56490 Mohon
  telephone: 02 97 00 00 00
  email: mairie@mohon.example.fr
  horaires: "Mo-Fr 09:00-12:00; Sa 09:00-11:00; PH off"
"""


@pytest.fixture(scope="module")
def other_db(shared_dir, tmp_path_factory):
    root = tmp_path_factory.mktemp("other")
    (root / "commune.yml").write_text(PROFILE, encoding="utf-8")
    real = shared_dir / "data" / "real"
    db = root / "kb.sqlite"
    conn = knowledge.open_kb(db)
    try:
        knowledge.import_paths(
            conn,
            [
                root / "commune.yml",
                real / "budget-mohon-56",
                real / "arretes-vence-06",
                real / "acteurs-saint-etienne-metropole",
            ],
            skip_invalid=True,
        )
    finally:
        conn.close()
    return db


@pytest.fixture
def conv(other_db, models_dir, tmp_path):
    conversation = Conversation(load_config(home=tmp_path, db_path=other_db, models_dir=models_dir))
    yield conversation
    conversation.close()


def budget_total(conv, question):
    """The answer from the budget's totals, whichever candidate the ranker prefers."""
    decision = conv.decide(question, NOW)
    total = next(r for r in decision.ranked if r.doc.kind == "budget" and r.doc.key == "total")
    return conv.compose(decision, total, NOW, {})


def test_budget_totals_come_from_the_real_file(conv):
    answer = budget_total(conv, "budget 2023")
    assert not answer.fallback
    text = answer.text.replace("\u202f", " ").replace("\u00a0", " ")
    # receipts of the year without the 768 051,45 € carried over (002): 1 699 232,83 € with it
    assert "931 181,38 €" in text and "1 699 232,83 €" not in text
    assert {s.kind for s in answer.sources} == {"budget"}


def test_a_year_not_loaded_is_not_invented(conv):
    answer = budget_total(conv, "le budget 2019 svp")
    assert answer.fallback
    assert "2023" in answer.text and "02 97 00 00 00" in answer.text


def test_an_unknown_street_gets_no_other_streets_rules(conv):
    reply = conv.text("3", "les poids lourds peuvent circuler avenue des Poilus ?", now=NOW)
    assert reply.fallback
    assert "Arrêté n°" not in reply.text


def test_a_place_with_no_such_shop_is_said_so(conv):
    reply = conv.text("4", "une boulangerie à Firminy ?", now=NOW)
    assert reply.fallback and "02 97 00 00 00" in reply.text
