"""Benchmark of Clocher's intent model against a plain TF-IDF + LinearSVC baseline, measured in the same run.

    .venv/bin/python bench/bench_nlu.py            # full run (≈ 2–4 min on 2 cores)
    .venv/bin/python bench/bench_nlu.py --quick    # skips the 25 000-example scaling run

Prints: spaCy load and per-message cost per lemmatizer mode; training time; held-out accuracy; prediction
latency (median and p99, one message at a time and batched); memory of the loaded model; and training time,
latency and accuracy on 5 000 and 25 000 generated examples to show how it scales. Targets from issue 4
are checked at the end (held-out ≥ 95 %, one-by-one median ≤ 2 ms including spaCy, 5 000 examples ≤ 20 s).

The large sets are generated from the bundled examples by noise a resident really produces (accents
dropped, typos, SMS spellings, politeness around the question, other street names and years): they
measure scaling, not accuracy on new phrasings — the held-out file does that.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import re
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlu.lexicon import SMS_WORDS, fold  # noqa: E402
from nlu.model import IntentModel  # noqa: E402
from nlu.pipeline import baseline_pipeline  # noqa: E402
from nlu.rasa_yaml import NluData, read_nlu  # noqa: E402
from nlu.store import load_model, save_model  # noqa: E402
from nlu.training import BUNDLED_TEST, BUNDLED_TRAIN, fit_pipeline  # noqa: E402

TARGET_ACCURACY = 0.95
TARGET_MEDIAN_MS = 2.0
TARGET_TRAIN_5K_S = 20.0


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def latencies_ms(fn, texts: list[str], repeat: int = 3) -> list[float]:
    fn(texts[0])  # warm-up
    out = []
    for _ in range(repeat):
        for text in texts:
            started = time.perf_counter()
            fn(text)
            out.append((time.perf_counter() - started) * 1000)
    return out


def accuracy(predicted: list[str], expected: list[str]) -> float:
    return float(np.mean([p == e for p, e in zip(predicted, expected, strict=True)]))


# ---------------------------------------------------------------- synthetic data

STREETS = [
    "rue de la République",
    "chemin des Vignes",
    "avenue Jean Jaurès",
    "place du Marché",
    "rue Pasteur",
    "impasse des Lilas",
    "route de la Forêt",
    "boulevard Gambetta",
    "rue du Moulin",
    "allée des Chênes",
    "rue Victor Hugo",
    "place de l'Église",
    "chemin du Lavoir",
    "rue des Écoles",
    "quai de la Rivière",
]
SMS_BACK = {}
for short, long in SMS_WORDS.items():
    if " " not in long and len(short) >= 2:
        SMS_BACK.setdefault(long, short)
PREFIXES = [
    "",
    "",
    "",
    "bonjour, ",
    "Bonjour ",
    "salut ",
    "excusez-moi, ",
    "svp ",
    "une question : ",
    "Madame, Monsieur, ",
    "re, ",
    "dites-moi, ",
]
SUFFIXES = [
    "",
    "",
    "",
    " ?",
    " svp",
    " merci",
    " merci d'avance",
    " s'il vous plaît",
    " !!",
    " stp",
    " c'est urgent",
    " bonne journée",
]
STREET_RE = re.compile(
    r"\b(?:rue|chemin|avenue|place|route|impasse|boulevard|allée|quai)\s+(?:de la |des |du |de l'|)"
    r"[A-ZÉ][\w'-]+(?:\s[A-Z][\w'-]+)?"
)


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.33:
        return word[:i] + word[i + 1 :]
    if op < 0.66:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i] + word[i:]


def noisy(text: str, rng: random.Random) -> str:
    text = STREET_RE.sub(lambda m: rng.choice(STREETS), text)
    text = re.sub(r"\b20[12]\d\b", lambda m: str(rng.randrange(2015, 2031)), text)
    words = text.split()
    out = []
    for word in words:
        key = fold(word.lower())
        if key in SMS_BACK and rng.random() < 0.3:
            word = SMS_BACK[key]
        elif rng.random() < 0.06:
            word = _typo(word, rng)
        out.append(word)
    text = " ".join(out)
    if rng.random() < 0.35:
        text = fold(text)
    if rng.random() < 0.2:
        text = text.lower()
    return (rng.choice(PREFIXES) + text + rng.choice(SUFFIXES)).strip()


def synthetic(base: NluData, size: int, seed: int = 0) -> NluData:
    rng = random.Random(seed)
    examples = list(base.examples)
    out = NluData(synonyms=base.synonyms, regexes=base.regexes, lookups=base.lookups)
    seen = set()
    while len(out.examples) < size:
        ex = rng.choice(examples)
        text = noisy(ex.text, rng)
        if text in seen:
            continue
        seen.add(text)
        out.examples.append(type(ex)(text=text, intent=ex.intent))
    return out


# ---------------------------------------------------------------- sections


def section(title: str) -> None:
    print(f"\n== {title}")


def row(label: str, ours: str, base: str = "") -> None:
    print(f"  {label:<44} {ours:>16} {base:>16}")


def bench_spacy(train: NluData, test: NluData) -> None:
    from nlu.preprocess import SpacyLemmatizer, load_spacy

    section("spaCy fr_core_news_sm: pipes loaded, cost per message, held-out accuracy")
    row("", "lookup", "rule")
    loads, per_msg, accs = {}, {}, {}
    for mode in ("lookup", "rule"):
        nlp, seconds = timed(load_spacy, mode)
        loads[mode] = (seconds, "+".join(nlp.pipe_names) or "tokenizer")
        lem = SpacyLemmatizer(mode=mode).fit(test.texts)
        per_msg[mode] = statistics.median(latencies_ms(lambda t, lem=lem: lem.transform([t]), test.texts, 1))
        pipeline, _ = fit_pipeline(train, lemmatizer=mode)
        accs[mode] = accuracy(list(pipeline.predict(test.texts)), test.labels)
    row("pipes", loads["lookup"][1], loads["rule"][1])
    row(
        "load time (first includes spaCy's French import)",
        f"{loads['lookup'][0]:.1f} s",
        f"{loads['rule'][0]:.1f} s",
    )
    row("preprocessing, median per message", f"{per_msg['lookup']:.3f} ms", f"{per_msg['rule']:.3f} ms")
    row("held-out accuracy", f"{accs['lookup']:.1%}", f"{accs['rule']:.1%}")


def bench_main(train: NluData, test: NluData) -> dict:
    section(f"Bundled data: {len(train.examples)} training examples, {len(test.examples)} held-out")
    row("", "Clocher", "TF-IDF+LinearSVC")
    (pipeline, _), t_ours = timed(fit_pipeline, train)
    baseline, t_base = timed(baseline_pipeline().fit, train.texts, train.labels)
    row("training time", f"{t_ours:.2f} s", f"{t_base:.2f} s")

    out_dir = Path(tempfile.mkdtemp(prefix="bench-nlu-"))
    save_model(pipeline, {"fallback": {}}, out_dir)
    gc.collect()
    rss_before = rss_mb()
    tracemalloc.start()
    model, t_load = timed(load_model, out_dir)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    model.predict("bonjour")

    acc_ours = accuracy(model.predict_intents(test.texts), test.labels)
    acc_base = accuracy(list(baseline.predict(test.texts)), test.labels)
    row("held-out accuracy", f"{acc_ours:.1%}", f"{acc_base:.1%}")
    blind = read_nlu([BUNDLED_TRAIN.parent / "test_nlu_blind.yml"])
    row(
        f"blind test set ({len(blind.texts)}, written after freezing)",
        f"{accuracy(model.predict_intents(blind.texts), blind.labels):.1%}",
        f"{accuracy(list(baseline.predict(blind.texts)), blind.labels):.1%}",
    )

    ours = latencies_ms(lambda t: model.predict(t), test.texts)
    base = latencies_ms(lambda t: baseline.predict([t]), test.texts)
    row(
        "one by one, median (predict() incl. spaCy+entities)",
        f"{statistics.median(ours):.3f} ms",
        f"{statistics.median(base):.3f} ms",
    )
    row("one by one, p99", f"{pct(ours, 99):.3f} ms", f"{pct(base, 99):.3f} ms")
    batch_ours = []
    batch_base = []
    for _ in range(5):
        _, s = timed(model.predict_many, test.texts)
        batch_ours.append(s * 1000 / len(test.texts))
        _, s = timed(baseline.predict, test.texts)
        batch_base.append(s * 1000 / len(test.texts))
    row(
        f"batched ({len(test.texts)} messages), median per message",
        f"{statistics.median(batch_ours):.3f} ms",
        f"{statistics.median(batch_base):.3f} ms",
    )
    row("batched, p99 over 5 runs", f"{pct(batch_ours, 99):.3f} ms", f"{pct(batch_base, 99):.3f} ms")
    size = (out_dir / "model.skops").stat().st_size
    row("model file (model.skops)", f"{size / 1e6:.2f} MB")
    row("load_model time", f"{t_load * 1000:.0f} ms")
    row("Python memory allocated by load_model", f"{current / 1e6:.1f} MB")
    row("process RSS (spaCy + model + libraries)", f"{rss_mb():.0f} MB", f"(+{rss_mb() - rss_before:.0f} MB)")
    return {"accuracy": acc_ours, "median_ms": statistics.median(ours)}


def bench_scaling(base: NluData, test: NluData, sizes: list[int]) -> dict:
    section("Scaling on generated examples (noise on the bundled ones; accuracy on the real held-out file)")
    print(
        f"  {'examples':>9} {'train ours':>11} {'train base':>11} {'median ms':>10} {'p99 ms':>8} "
        f"{'held-out':>9} {'base':>7} {'RSS MB':>7}"
    )
    results = {}
    for size in sizes:
        data = synthetic(base, size, seed=size)
        (pipeline, _), t_ours = timed(fit_pipeline, data)
        baseline, t_base = timed(baseline_pipeline().fit, data.texts, data.labels)
        model = IntentModel(pipeline, {"fallback": {}})
        lat = latencies_ms(lambda t, m=model: m.predict(t), test.texts, 1)
        acc = accuracy(model.predict_intents(test.texts), test.labels)
        acc_b = accuracy(list(baseline.predict(test.texts)), test.labels)
        median = statistics.median(lat)
        print(
            f"  {size:>9} {t_ours:>10.1f}s {t_base:>10.1f}s {median:>10.3f} {pct(lat, 99):>8.3f} "
            f"{acc:>9.1%} {acc_b:>7.1%} {rss_mb():>7.0f}"
        )
        results[size] = t_ours
        del pipeline, baseline, model
        gc.collect()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 25 000-example run")
    args = parser.parse_args()
    print(f"Clocher NLU benchmark — {os.cpu_count()} CPU(s), Python {sys.version.split()[0]}")
    train, test = read_nlu([BUNDLED_TRAIN]), read_nlu([BUNDLED_TEST])
    bench_spacy(train, test)
    main_results = bench_main(train, test)
    scaling = bench_scaling(train, test, [5000] if args.quick else [5000, 25000])

    section("Targets (issue 4)")
    checks = [
        (
            f"held-out accuracy ≥ {TARGET_ACCURACY:.0%}",
            main_results["accuracy"] >= TARGET_ACCURACY,
            f"{main_results['accuracy']:.1%}",
        ),
        (
            f"one-by-one median ≤ {TARGET_MEDIAN_MS} ms incl. spaCy",
            main_results["median_ms"] <= TARGET_MEDIAN_MS,
            f"{main_results['median_ms']:.3f} ms",
        ),
        (
            f"training on 5 000 examples ≤ {TARGET_TRAIN_5K_S:.0f} s",
            scaling[5000] <= TARGET_TRAIN_5K_S,
            f"{scaling[5000]:.1f} s",
        ),
    ]
    for label, ok, value in checks:
        print(f"  [{'OK' if ok else 'MISSED'}] {label}: {value}")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
