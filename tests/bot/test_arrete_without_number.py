"""An arrêté published without a number is shown by its date and object, never with a made-up number."""

from datetime import date

from bot.alerts import alert_text
from bot.answers.arretes import describe
from knowledge import Arrete, Source


def _arrete(numbered: bool) -> Arrete:
    key = "2018-004" if numbered else "sans-numero-06157-2018-01-15-1a2b3c4d"
    title = "Arrêté n° 2018-004 du 15 janvier 2018" if numbered else "Arrêté du 15 janvier 2018"
    return Arrete(
        id=key, date=date(2018, 1, 15), type="permanent", objet="Circulation interdite aux poids lourds",
        debut=None, fin=None, lieux=("Route de Cagnes",), matiere=None, url=None, text=None,
        source=Source("arrete", key, title), numbered=numbered,
    )  # fmt: skip


def test_describe_and_alert_without_number():
    for text in (describe(_arrete(False)), alert_text(_arrete(False))):
        assert "15 janvier 2018" in text and "Circulation interdite aux poids lourds" in text
        assert "n°" not in text and "sans-numero" not in text
    assert describe(_arrete(True)).startswith("Arrêté n° 2018-004 du lundi 15 janvier 2018")
    assert alert_text(_arrete(True)).startswith("Nouvel arrêté n° 2018-004 du lundi 15 janvier 2018")
