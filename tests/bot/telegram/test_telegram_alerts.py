"""Arrêté alerts (`bot.alerts`): subscriptions, which arrêtés alert, the outbox's exactly-once bookkeeping."""

from __future__ import annotations

from datetime import date

import pytest

from bot import alerts
from bot.state import open_state
from knowledge.records import Arrete, Source


def arrete(id_: str, type_: str = "temporaire", objet: str = "Travaux de réfection de la chaussée.",
           debut: date | None = date(2026, 3, 2), fin: date | None = date(2026, 3, 6),
           matiere: str | None = None) -> Arrete:
    return Arrete(id=id_, date=date(2026, 2, 20), type=type_, objet=objet, debut=debut, fin=fin,
                  lieux=("rue des Écoles", "place du Marché"), matiere=matiere,
                  url=f"https://example.fr/arretes/{id_}.pdf", text=None,
                  source=Source("arrete", id_, f"Arrêté n° {id_}"))


@pytest.fixture
def state(tmp_path):
    conn = open_state(tmp_path / "state.sqlite")
    yield conn
    conn.close()


def test_subscribe_is_idempotent_and_unsubscribe_drops_pending_alerts(state) -> None:
    assert alerts.subscribe(state, "1") is True
    assert alerts.subscribe(state, "1") is False
    assert alerts.is_subscribed(state, "1")
    alerts.detect_new_alerts(None, state, date(2026, 3, 1), arretes=[])
    alerts.detect_new_alerts(None, state, date(2026, 3, 1), arretes=[arrete("2026-018")])
    assert len(alerts.pending(state)) == 1
    assert alerts.unsubscribe(state, "1") is True
    assert alerts.pending(state) == [] and not alerts.is_subscribed(state, "1")
    assert alerts.unsubscribe(state, "1") is False


def test_which_arretes_alert() -> None:
    assert alerts.is_alert_worthy(arrete("a"))
    permanent_traffic = arrete("b", "permanent", "Limitation de la vitesse à 30 km/h Grande Rue.", None, None)
    assert alerts.is_alert_worthy(permanent_traffic)
    parking = arrete("c", "réglementaire", "Zone bleue.", None, None,
                     matiere="Réglementation du stationnement")
    assert alerts.is_alert_worthy(parking)
    assert not alerts.is_alert_worthy(arrete("d", "permanent", "Interdiction du brûlage des déchets verts.",
                                             None, None))


def test_alert_text_is_french_and_complete() -> None:
    text = alerts.alert_text(arrete("2026-018"))
    assert text.startswith("Nouvel arrêté n° 2026-018 du vendredi 20 février 2026 : Travaux de réfection")
    assert "Du lundi 2 mars 2026 au vendredi 6 mars 2026." in text
    assert "Lieux : rue des Écoles et place du Marché." in text
    assert "Source : https://example.fr/arretes/2026-018.pdf" in text


def test_first_run_marks_existing_arretes_seen_without_alerting(state) -> None:
    for chat in ("1", "2"):
        alerts.subscribe(state, chat)
    archive = [arrete("2025-001"), arrete("2025-002")]
    assert alerts.detect_new_alerts(None, state, date(2026, 3, 1), arretes=archive) == 0
    new = [*archive, arrete("2026-018"), arrete("2026-019", "permanent", "Cimetière : horaires.", None, None),
           arrete("2026-001", fin=date(2026, 1, 5))]  # already over
    assert alerts.detect_new_alerts(None, state, date(2026, 3, 1), arretes=new) == 2
    assert alerts.detect_new_alerts(None, state, date(2026, 3, 1), arretes=new) == 0  # seen: never twice
    items = alerts.pending(state)
    assert sorted(i.chat_id for i in items) == ["1", "2"]
    assert all("2026-018" in i.text for i in items)


def test_outbox_rows_settle_once(state) -> None:
    alerts.subscribe(state, "1")
    alerts.subscribe(state, "2")
    alerts.detect_new_alerts(None, state, date(2026, 3, 1), arretes=[])
    alerts.detect_new_alerts(None, state, date(2026, 3, 1), arretes=[arrete("2026-018")])
    first, second = alerts.pending(state)
    alerts.mark_sent(state, first.id)
    alerts.mark_failed(state, second.id, final=False)  # Telegram down: stays pending
    assert [i.id for i in alerts.pending(state)] == [second.id]
    assert alerts.pending(state)[0].attempts == 1
    alerts.mark_failed(state, second.id, final=True)  # resident blocked the bot
    assert alerts.pending(state) == []
