"""Whether a place of the directory is open (bot/answers/annuaire.py), asked of a day and a part of it."""

from datetime import date, datetime
from types import SimpleNamespace

from bot.answers.annuaire import asks_opening, open_status
from nlu.entities import Entity

from .test_arrete_verdicts import ask  # a question asked on Saturday 5 December 2026 at 10 h

BAKERY = SimpleNamespace(
    nom="Boulangerie du Pont", adresse=None, telephone="04 00 00 00 01", description=None,
    horaires="Tu-Sa 06:30-12:30,15:30-19:00; Su 06:30-12:30",
)  # fmt: skip


def asked(text: str, day: date, now: datetime | None = None):
    question = ask(text)
    question.entities = [Entity("date", day, "dimanche", 0, 8)]
    if now is not None:
        question.now = now
    return question


def test_closed_in_the_afternoon_asked_says_when_it_opens_after_it():
    said = open_status(BAKERY, asked("la boulangerie est ouverte dimanche aprem ?", date(2026, 12, 6)))
    assert said.startswith("Non") and "Prochaine ouverture : le mardi 8 décembre 2026 à 6 h 30" in said
    assert "Téléphone : 04 00 00 00 01" in said
    # asked that Sunday morning, while it is open: still the opening after the afternoon, not « 9 h 30 »
    morning = asked("la boulangerie est ouverte cet aprem ?", date(2026, 12, 6), datetime(2026, 12, 6, 9, 30))
    said = open_status(BAKERY, morning)
    assert said.startswith("Non") and "le mardi 8 décembre 2026 à 6 h 30" in said


def test_a_text_message_without_a_question_mark_is_asked_yes_or_no():
    said = open_status(BAKERY, asked("boulangerie ouverte dimanche matin", date(2026, 12, 6)))
    assert said.startswith("Oui")
    hours = open_status(BAKERY, asked("horaires d'ouverture boulangerie dimanche", date(2026, 12, 6)))
    assert not hours.startswith(("Oui", "Non"))


def test_the_week_shown_starts_today_not_last_monday():
    """Asked on Saturday 5 December, the hours shown are the seven days from then, as the mairie's are."""
    said = open_status(BAKERY, ask("horaires de la boulangerie"))
    days = [line for line in said.split("\n") if line.startswith("– ")]
    assert "sept jours à venir" in said and len(days) == 7
    assert days[0].startswith("– samedi 5 décembre") and days[-1].startswith("– vendredi 11 décembre")


def test_may_i_come_then_asks_whether_it_is_open_then():
    """« je peux passer … dimanche ? » is settled by the hours, as it is of the mairie; without a moment
    named (« je peux payer par carte ? ») the hours say nothing of it."""
    morning = asked("on peut passer à la boulangerie dimanche matin ?", date(2026, 12, 6))
    assert asks_opening(morning) and open_status(BAKERY, morning).startswith("Oui")
    afternoon = asked("je peux y aller dimanche aprem ?", date(2026, 12, 6))
    said = open_status(BAKERY, afternoon)
    assert said.startswith("Non") and "le mardi 8 décembre 2026 à 6 h 30" in said
    assert not asks_opening(ask("je peux payer par carte à la boulangerie ?"))


MARKET = SimpleNamespace(
    nom="Marché hebdomadaire", adresse="place du Beffroi", telephone=None, description=None,
    horaires="Sa 08:00-13:00; Jul-Aug We,Sa 08:00-13:00",
)  # fmt: skip


def test_a_day_named_in_a_yes_no_question_asks_whether_it_is_open_then():
    """« marché le mercredi matin ? » asks whether the market is held then, as « ouvert ? » would; the
    answer says where, as the resident is about to go."""
    wednesday = asked("marché le mercredi matin ?", date(2026, 12, 9))
    said = open_status(MARKET, wednesday)
    assert asks_opening(wednesday) and said.startswith("Non") and "Adresse : place du Beffroi" in said
    saturday = asked("y a un marché samedi ?", date(2026, 12, 12))
    assert open_status(MARKET, saturday).startswith("Oui")
    when = asked("le marché c'est à quelle heure samedi ?", date(2026, 12, 12))
    assert not open_status(MARKET, when).startswith(("Oui", "Non"))
