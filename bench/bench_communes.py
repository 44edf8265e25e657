"""Right / honest fallback / confident-wrong, per commune and per kind of question (issue 11).

Each commune's files are imported into a fresh base, as a new commune would (`--skip-invalid`), and its
residents' questions are asked through the conversation core. The demo is the development set; the
communes of tests/communes/ were written by people who saw neither the code nor the other sets.

    .venv/bin/python bench/bench_communes.py [--models var/models] [--only NAME] [--failures]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import nlu  # noqa: E402
from bot import evaluation  # noqa: E402

TARGETS = "targets: held-out ≥ 90 % right and ≤ 1 % confident-wrong; demo ≥ 95 % right"


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--models", type=Path, default=REPO / "var" / "models")
    parser.add_argument("--only", action="append", help="only this set (demo or a commune's folder name)")
    parser.add_argument("--failures", action="store_true", help="list every answer that is not right")
    args = parser.parse_args()
    nlu.ensure_model(args.models)
    shared = REPO.parent / "shared"
    sets = [evaluation.demo_set(REPO), *evaluation.commune_sets(REPO, shared if shared.is_dir() else None)]
    for qset in sets:
        if args.only and qset.name not in args.only:
            continue
        if qset.missing:
            print(f"{qset.name}: skipped, files missing on this machine: {', '.join(qset.missing)}\n")
            continue
        started = time.perf_counter()
        outcomes = evaluation.evaluate_set(qset, args.models)
        print(f"{qset.name} ({evaluation.role(REPO, qset.name)})")
        print(evaluation.format_summary(qset.name, outcomes))
        print(f"({time.perf_counter() - started:.0f} s)\n")
        if args.failures:
            print(evaluation.failures(outcomes) + "\n")
    print(TARGETS)


if __name__ == "__main__":
    main()
