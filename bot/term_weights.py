"""How much each word of a question says what it is about, learned from labelled questions.

Rarity in the commune's base (retrieval's idf) weighs every word the base never uses as the rarest of all,
so « documents », « apporter », « ma fille », « prévu » counted like the subject: the record that answers
did not hold them, its share of the question fell, and the ranker fell back on questions it had right. How
often a word is held by the record that answers, over the development communes' residents' questions, is
the same from one commune to the next (weighted correlation 0,80 between the development communes and nine
others, on the 408 words seen three times in the first): residents ask with the same words. So each word's
weight is that share, smoothed towards 1 (a word never seen keeps its full weight, one seen once two thirds
of it at least: such a word is more likely the subject than a way of asking; giving it the share held of new
words instead did worse), and never under FLOOR (the word still fetches records).

This is term necessity as Zhao and Callan estimate it (« Term necessity prediction », CIKM 2010), from
judged questions rather than relevance feedback. Measured on nine communes the ranker never saw (1 370
questions, three seeds): 492 → 558 right at 1 % confident-wrong (bench/README.md, twenty-second round).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

PRIOR = 2.0  # pseudo-questions in which the word was held: a word asked twice and never held weighs 0,5
FLOOR = 0.15

# (the question's stems, the stems the record that answers it holds)
Evidence = list[tuple[list[str], set[str]]]


def evidence(conv, cases: list[dict]) -> Evidence:
    """For each resident's question the commune answers: its stems, and those the best right record holds.

    The best right record is the right candidate covering most of the question; a question no candidate
    answers says nothing of its words' weight and is left out.
    """
    from bot import evaluation

    out: Evidence = []
    for case in cases:
        turn = case["turns"][0] if case.get("session") else case
        if turn.get("fallback", False):
            continue
        now = evaluation.moment(turn, case)
        with conv._lock:
            conv._refresh_kb_cache()
            decision = conv.decide(turn["question"], now)
            decision.threshold = 2.0
            decision.kind_thresholds = {}
            for ranked in sorted(decision.ranked, key=lambda r: -r.match.coverage):
                answer = conv.compose(decision, ranked, now, {})
                if not evaluation.check(turn, evaluation.composed_reply(answer)):
                    held = {t.term.stem for t in ranked.match.terms if max(t.title, t.body) > 0}
                    out.append(([t.stem for t in decision.terms], held))
                    break
    return out


def weights(evidences: Iterable[Evidence], prior: float = PRIOR, floor: float = FLOOR) -> dict[str, float]:
    """Each stem's weight: the share of its questions whose answer holds it, smoothed towards 1.

    Only stems under 1 are kept (a stem absent from the table weighs 1).
    """
    asked: Counter[str] = Counter()
    held: Counter[str] = Counter()
    for ev in evidences:
        for stems, holding in ev:
            for s in set(stems):
                asked[s] += 1
                held[s] += s in holding
    out = {}
    for s, n in asked.items():
        w = max(floor, (held[s] + prior) / (n + prior))
        if w < 1.0:
            out[s] = round(w, 4)
    return dict(sorted(out.items()))
