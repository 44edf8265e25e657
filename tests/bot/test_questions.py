"""The development commune's residents' question table (tests/bot/questions.yml), through the core.

Each entry names facts the answer must contain and facts it must not (an invented or neighbouring fact is
a failure as bad as a missing one); every miss is listed. The same judge (bot/evaluation.py) scores the
communes of tests/communes/. The ranker answers only when it is confident enough to keep confident-wrong
answers at about 1 % (bot/ranking.py), so the floors below are about confident-wrong answers first; the
share of right answers is a floor that catches a regression, the target (95 %) is reported by
bench/bench_communes.py.
"""

from __future__ import annotations

from bot import evaluation
from tests.conftest import REPO

RIGHT_AND_WRONG = (0.30, 0.03)  # floor of right answers, ceiling of confident-wrong ones


def test_question_table(conversation):
    qset = evaluation.demo_set(REPO)
    singles = [c for c in qset.cases if not c.get("session")]
    assert len(singles) >= 150, "the table holds at least 150 single questions"
    outcomes = evaluation.run_cases(evaluation.conversation_asker(conversation), qset.cases)
    report = evaluation.format_summary("demo", outcomes) + "\n" + evaluation.failures(outcomes)
    print("\n" + report)
    right = evaluation.share(outcomes)
    wrong = evaluation.share(outcomes, evaluation.CONFIDENT_WRONG)
    assert wrong <= RIGHT_AND_WRONG[1], f"{wrong:.1%} confident-wrong:\n{report}"
    assert right >= RIGHT_AND_WRONG[0], f"{right:.1%} right:\n{report}"


def test_judge_classifies_the_three_outcomes():
    case = {"must": ["1 234,56 €"], "must_not": ["2025-003"], "fallback": False}
    right = {"answer": "Total : 1\u202f234,56 €", "fallback": False, "sources": []}
    wrong = {"answer": "Arrêté n° 2025-003 : 1 234,56 €", "fallback": False, "sources": []}
    honest = {"answer": "Je ne sais pas répondre…", "fallback": True, "sources": []}
    for reply, expected in (
        (right, evaluation.RIGHT),
        (wrong, evaluation.CONFIDENT_WRONG),
        (honest, evaluation.HONEST_FALLBACK),
    ):
        assert evaluation.classify(case, reply, evaluation.check(case, reply)) == expected
    yes_no = {"starts_with": ["non"], "fallback": False}
    reply = {"answer": "Oui : …", "fallback": False, "sources": []}
    assert evaluation.check(yes_no, reply) == ["should start with one of ['non']"]
    out_of_scope = {"fallback": True}
    assert evaluation.classify(out_of_scope, right, evaluation.check(out_of_scope, right)) == (
        evaluation.CONFIDENT_WRONG
    )
