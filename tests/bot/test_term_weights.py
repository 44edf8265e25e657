"""The questions' word weights learned from labelled questions (bot/term_weights.py)."""

from __future__ import annotations

from datetime import datetime

from bot import ranking, term_weights


def test_a_word_the_answers_never_hold_weighs_less_the_more_often_it_was_asked():
    evidence = [
        (["piscin", "document"], {"piscin"}),
        (["piscin", "horair"], {"piscin", "horair"}),
        (["cantin", "document"], {"cantin"}),
        (["ecol", "document", "horair"], {"ecol", "horair"}),
    ]
    table = term_weights.weights([evidence])
    assert table["document"] == 2 / 5  # asked 3 times, never held, smoothed by 2 pseudo-questions
    assert "piscin" not in table and "horair" not in table  # always held: full weight, not stored
    once = term_weights.weights([[(["fill"], set())]])
    assert once["fill"] == round(2 / 3, 4)  # asked once: still weighs more than half
    many = term_weights.weights([[(["prevu"], set())] * 100])
    assert many["prevu"] == term_weights.FLOOR  # never under the floor: the word still fetches records


def test_each_set_is_collected_with_weights_learned_from_the_other_sets_only():
    from bot.ranker_training import held_out_weights

    a = [(["document"], set())] * 3
    b = [(["horair"], set())] * 3
    c = [(["document", "horair"], {"horair"})]
    tables = held_out_weights([a, b, c])
    assert tables[0] == term_weights.weights([b, c])
    assert tables[1] == term_weights.weights([a, c])
    assert tables[2] == term_weights.weights([a, b])


def test_the_trained_ranker_carries_its_word_weights_and_the_engine_retrieves_with_them(
    conversation, models_dir
):
    ranker = ranking.load(models_dir)
    assert ranker.term_weights, "the development sets teach some words that answers do not hold"
    assert all(term_weights.FLOOR <= w < 1 for w in ranker.term_weights.values())
    engine = conversation.engine
    conversation.decide("bonjour", datetime(2026, 6, 17, 10))  # loads the ranker
    # a learned stem typed as a word of its own (a stem is usually a word the analyzer keeps as it is)
    stem, weight = next(
        (s, w)
        for s, w in sorted(ranker.term_weights.items(), key=lambda item: item[1])
        if [t.stem for t in engine.analyzer.query(s)] == [s]
    )
    assert {t.stem: t.weight for t in engine.terms(f"horaires {stem}")}[stem] == weight
    engine.term_weights = {}  # a training retrieving without weights
    assert {t.stem: t.weight for t in engine.terms(f"horaires {stem}")}[stem] == 1.0


def test_a_ranker_saved_without_word_weights_must_be_retrained(models_dir, tmp_path):
    import json
    import shutil

    copy = tmp_path / "models"
    shutil.copytree(models_dir, copy)
    meta_path = ranking.ranker_dir(copy) / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    del meta["term_weights"]
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    assert ranking.outdated(copy)
    assert not ranking.outdated(models_dir)
