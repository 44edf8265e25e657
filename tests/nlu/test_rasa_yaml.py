from __future__ import annotations

import pytest

from nlu.rasa_yaml import NluDataError, parse_annotations, read_nlu, write_nlu


def test_annotations_are_stripped_and_kept_with_offsets():
    text, entities = parse_annotations(
        'une [reine]{"entity": "pizza", "value": "royale"} et [2](nombre) [x](y:z)'
    )
    assert text == "une reine et 2 x"
    assert [(e.entity, e.value, text[e.start : e.end]) for e in entities] == [
        ("pizza", "royale", "reine"),
        ("nombre", "2", "2"),
        ("y", "z", "x"),
    ]


def test_rasa_file_reads_with_warnings_not_errors(small_data):
    data = read_nlu([small_data])
    assert set(data.intents) == {"commander_pizza", "horaires_pizzeria", "faq/livraison"}
    assert "je veux une margherita" in data.texts
    assert data.synonyms["reine"] == "royale" and data.synonyms["quatre fromages"] == "4 fromages"
    assert data.lookups["pizza"] == ["margherita", "royale", "calzone"]
    assert data.regexes["telephone"] == [r"\b0\d{9}\b"]
    warnings = " ".join(data.warnings)
    assert "« responses » ignorée" in warnings
    assert "élément n° 7" in warnings  # the story item
    assert "annotés d'entités" in warnings
    assert len(data.sha256) == 64


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "introuvable"),
        ("nlu: [unclosed", "YAML invalide"),
        ("stories: []\n", "pas de section « nlu: »"),
        ("nlu: 12\n", "doit être une liste"),
    ],
)
def test_unreadable_files_give_a_clear_french_error(tmp_path, content, message):
    path = tmp_path / "nlu.yml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(NluDataError, match=message):
        read_nlu([path])


def test_binary_file_is_refused_clearly(tmp_path):
    path = tmp_path / "nlu.yml"
    path.write_bytes(b"\x80\x81\xfe\xff" * 10)
    with pytest.raises(NluDataError, match="UTF-8"):
        read_nlu([path])


def test_write_then_read_round_trips(tmp_path):
    path = tmp_path / "out.yml"
    write_nlu(path, [("bonjour", "greet"), ("merci: vraiment", "thanks"), ("salut", "greet")])
    data = read_nlu([path])
    assert sorted(zip(data.texts, data.labels, strict=True)) == [
        ("bonjour", "greet"),
        ("merci: vraiment", "thanks"),
        ("salut", "greet"),
    ]
