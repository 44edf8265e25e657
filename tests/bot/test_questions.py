"""The development commune's residents' question table (tests/bot/questions.yml), through the core.

Each entry names facts the answer must contain and facts it must not (an invented or neighbouring fact is
a failure as bad as a missing one). The bar is 95 % of the table right; every miss is listed. The same
judge (bot/evaluation.py) scores the held-out communes of tests/communes/.
"""

from __future__ import annotations

from bot import evaluation
from tests.conftest import REPO


def test_question_table(conversation):
    qset = evaluation.demo_set(REPO)
    singles = [c for c in qset.cases if not c.get("session")]
    assert len(singles) >= 150, "the table holds at least 150 single questions"
    outcomes = evaluation.run_cases(evaluation.conversation_asker(conversation), qset.cases)
    report = evaluation.format_summary("demo", outcomes) + "\n" + evaluation.failures(outcomes)
    print("\n" + report)
    right = evaluation.share(outcomes)
    assert right >= 0.95, f"{right:.1%} right:\n{report}"


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
