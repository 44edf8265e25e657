"""Answer latency over the residents' question table, once the bot is started (issue 5).

Prints the median and p99 of a whole answer (NLU + answer builder + knowledge base + state write), next to
the bare intent model's prediction on the same questions, measured in the same run, so the cost of
composing answers can be read off directly. Target: median answer ≤ 10 ms.

    .venv/bin/python bench/bench_answers.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from demo_setup import demo_config  # noqa: E402

from bot import evaluation  # noqa: E402
from bot.conversation import Conversation  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    table = evaluation.demo_set(REPO).cases
    questions = [c["question"] for c in table if not c.get("session")]
    with tempfile.TemporaryDirectory() as tmp:
        config = demo_config(Path(tmp))
        conv = Conversation(config)
        model = conv.models.get()
        now = datetime(2026, 6, 17, 10, 30)
        for q in questions[:20]:  # warm-up: caches, lazy imports
            conv.text("warm", q, now=now)
        answer_ms: list[float] = []
        predict_ms: list[float] = []
        for _ in range(args.repeat):
            for i, q in enumerate(questions):
                t0 = time.perf_counter()
                model.predict(q, today=now.date(), gazetteers=conv.gazetteers)
                predict_ms.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                conv.text(f"bench-{i}", q, now=now)
                answer_ms.append((time.perf_counter() - t0) * 1000)
        conv.close()
    print(f"questions: {len(questions)} × {args.repeat}")
    print(f"{'':28}{'median':>10}{'p99':>10}")
    for label, values in (("baseline: model.predict", predict_ms), ("Clocher: full answer", answer_ms)):
        print(f"{label:28}{statistics.median(values):>8.2f}ms{percentile(values, 99):>8.2f}ms")
    print("target: median full answer ≤ 10 ms")


if __name__ == "__main__":
    main()
