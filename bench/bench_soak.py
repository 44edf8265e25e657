"""Soak (issue 14): minutes of residents' messages at 30 a second through the real Telegram stack, while a
clerk re-imports a big arrêtés file over and over.

`run_bot.py` runs as in production (long polling, its conversation core in a process of its own) against
the project's Bot API server (tests/bot/telegram/fake_bot_api.py, real HTTP on 127.0.0.1, in this
process). An open-loop load of `--rate` updates a second over twice as many chats (each writes every two
seconds, inside Telegram's one a second per chat): questions with an answer, questions without one (they
go to the clerks' list, parked while the import holds the base), /contact, and 👍 presses under earlier
answers. Meanwhile `python -m knowledge import` re-imports a big arrêtés file in a loop, two versions in
turn, so every import rewrites every row and holds the base's write lock for seconds.

Printed: updates sent and answered, lost (no answer), extra answers, resident-visible errors (the
apology), latency from the update reaching the server to its answer reaching it (p50/p95/p99/max), the
RSS of the bot's process and of its core before the load, after a warm-up and at the end, the imports
done, and where the questions for the clerks ended up. Targets: 0 lost, 0 extra, 0 errors, RSS growth
after the warm-up ≤ 5 % for both processes.

    .venv/bin/python bench/bench_soak.py [--minutes 10] [--rate 30] [--rows 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests" / "bot" / "telegram"))

from fake_bot_api import FakeBotAPI, Sent  # noqa: E402

import knowledge  # noqa: E402
from bot.config import Config, load_config  # noqa: E402

APOLOGY = "problème technique"
# Each gets exactly one message back (checked: counting answers relies on it).
QUESTIONS = [
    "Quels sont les horaires de la mairie ?",
    "Quel soir dois-je sortir mon bac gris ?",
    "c'est quand le prochain ramassage des encombrants ?",
    "combien coûte un passeport pour un adulte",
    "tarif garderie periscolaire",
    "Comment faire pour se pacser ?",
    "où je jette mes bouteilles en verre ?",
    "/contact",
]
# No answer in the demo commune: they go to the clerks' list (parked while an import holds the base).
UNKNOWN = [
    "quelle est la recette de la tarte tatin ?",
    "le club de pétanque recrute-t-il des arbitres cette année ?",
]
PRESS = "👍"
WARM_UP = 0.1  # share of the run (at least 20 s) after which the RSS baseline is taken: caches are full


@dataclass
class SoakResult:
    seconds: float
    rate: float
    sent: int = 0
    answered: int = 0
    extra: int = 0
    errors: int = 0
    latencies: list[float] = field(default_factory=list)
    # kB: before the load, then medians of one reading a second over the ten seconds before the end of the
    # warm-up and over the load's last ten seconds
    rss: dict[str, list[int]] = field(default_factory=dict)
    imports: list[float] = field(default_factory=list)
    import_failures: int = 0
    unknown_asked: int = 0
    unknown_listed: int = 0
    unknown_parked: int = 0
    bot_exit: int | None = None

    @property
    def lost(self) -> int:
        return self.sent - self.answered

    def growth(self, name: str) -> float:
        _, warm, end = self.rss[name]
        return (end - warm) / warm

    def ok(self) -> bool:
        return (self.lost == 0 and self.extra == 0 and self.errors == 0 and self.bot_exit == 0
                and all(self.growth(name) <= 0.05 for name in self.rss))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


def core_pid(bot_pid: int) -> int:
    """The bot's conversation core: its child started by multiprocessing's spawn."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if ppid == bot_pid and b"spawn_main" in cmdline:
            return int(entry.name)
    raise RuntimeError("the core process was not found")


def big_files(folder: Path, rows: int) -> tuple[Path, Path]:
    """Two versions of one big arrêtés file: each import of the other rewrites every row."""
    from bench_knowledge import generate

    first, _, _ = generate(folder, rows, 0, random.Random(14))
    second = folder / "arretes-corrige.csv"
    with first.open(encoding="utf-8") as src, second.open("w", encoding="utf-8") as out:
        out.write(next(src))
        for line in src:
            cells = line.rstrip("\n").split(";")
            cells[5] += " (version corrigée)"
            out.write(";".join(cells) + "\n")
    return first, second


class Clerk(threading.Thread):
    """Re-imports the big file, its two versions in turn, until told to stop (as `python -m knowledge`)."""

    def __init__(self, db: Path, files: tuple[Path, ...], result: SoakResult) -> None:
        super().__init__(daemon=True)
        self.db, self.files, self.result = db, files, result
        self.stopping = threading.Event()

    def run(self) -> None:
        for path in itertools.cycle(reversed(self.files)):
            if self.stopping.is_set():
                return
            started = time.monotonic()
            command = [sys.executable, "-m", "knowledge", "--db", str(self.db), "import", str(path)]
            done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
            if done.returncode != 0:
                self.result.import_failures += 1
            self.result.imports.append(time.monotonic() - started)


class Residents:
    """The load: who is waiting for what, measured in the server's thread as answers arrive."""

    def __init__(self, api: FakeBotAPI, result: SoakResult) -> None:
        self.api, self.result = api, result
        self.lock = threading.Lock()
        self.waiting: dict[int, deque[float]] = defaultdict(deque)
        self.last_answer: dict[int, Sent] = {}
        api.on_sent(self.answered)

    def answered(self, sent: Sent) -> None:
        if sent.method != "sendMessage" or not isinstance(sent.chat_id, int) or sent.chat_id < 0:
            return
        with self.lock:
            queue = self.waiting.get(sent.chat_id)
            if not queue:
                self.result.extra += 1
                return
            self.result.latencies.append(sent.at - queue.popleft())
            self.result.answered += 1
            if APOLOGY in (sent.text or ""):
                self.result.errors += 1
            if sent.params.get("reply_markup"):
                self.last_answer[sent.chat_id] = sent

    def write(self, chat: int, rng: random.Random) -> None:
        """One update from `chat`: mostly questions, some without an answer, some 👍 presses."""
        roll = rng.random()
        with self.lock:
            self.waiting[chat].append(time.monotonic())
            self.result.sent += 1
            answer = self.last_answer.pop(chat, None) if roll < 0.15 else None
        if answer is not None:
            buttons = [b for row in answer.params["reply_markup"]["inline_keyboard"] for b in row]
            ups = [b["callback_data"] for b in buttons if b["text"] == PRESS]
            up = ups[0] if ups else buttons[0]["callback_data"]
            self.api.click(answer.result, up)
        elif roll > float(os.environ.get("SOAK_KNOWN", "0.9")):
            self.result.unknown_asked += 1
            self.api.send_text(chat, f"{UNKNOWN[chat % len(UNKNOWN)]} ({chat}-{self.result.sent})")
        else:
            self.api.send_text(chat, QUESTIONS[rng.randrange(len(QUESTIONS))])

    def pending(self) -> int:
        with self.lock:
            return sum(len(q) for q in self.waiting.values())


async def _soak(seconds: float, rate: float, config: Config, files: tuple[Path, ...], log) -> SoakResult:  # noqa: ANN001
    result = SoakResult(seconds=seconds, rate=rate)
    api = FakeBotAPI().start()
    residents = Residents(api, result)
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url,
           "TELEGRAM_API_BASE_FILE_URL": api.base_file_url, "CLOCHER_HOME": str(config.home),
           "CLOCHER_DB": str(config.db_path), "CLOCHER_MODELS": str(config.models_dir)}
    bot_log = open(config.home / "bot.log", "w")  # noqa: SIM115 - the bot writes to it until it stops
    bot = subprocess.Popen([sys.executable, "run_bot.py"], cwd=REPO, env=env, stdout=bot_log,
                           stderr=subprocess.STDOUT)
    clerk = Clerk(config.db_path, files, result)
    chats = list(range(100_000, 100_000 + max(2, int(rate * 2))))  # each writes every two seconds
    try:
        await api.wait_for(lambda: api.commands, timeout=300, what="the bot started")
        pids = {"bot": bot.pid, "core": core_pid(bot.pid)}
        samples: dict[str, list[tuple[float, int]]] = {name: [] for name in pids}
        result.rss = {name: [rss_kb(pid)] for name, pid in pids.items()}
        if files:
            clerk.start()
        rng = random.Random(1)
        started = time.monotonic()
        warm_at = max(20.0, WARM_UP * seconds)
        next_sample, next_report = started, started + 60
        for k in itertools.count():
            at = started + k / rate
            if at - started >= seconds:
                break
            await asyncio.sleep(max(0.0, at - time.monotonic()))
            residents.write(chats[k % len(chats)], rng)
            now = time.monotonic()
            if now >= next_sample:  # once a second: one reading is noisy (a job's transient allocations)
                next_sample += 1
                for name, pid in pids.items():
                    samples[name].append((now - started, rss_kb(pid)))
            if now >= next_report:
                next_report += 60
                log(f"  {now - started:5.0f} s: {result.sent} sent, {result.answered} answered, "
                    f"{len(result.imports)} imports, RSS bot {rss_kb(pids['bot'])} kB, "
                    f"core {rss_kb(pids['core'])} kB")
        for name, taken in samples.items():  # the ten seconds before the warm-up mark, and the last ten
            warm = [v for t, v in taken if warm_at - 10 <= t <= warm_at]
            result.rss[name] += [int(statistics.median(warm)), int(statistics.median(v for t, v in taken
                                                                                     if t >= seconds - 10))]
        await api.wait_for(lambda: residents.pending() == 0, timeout=120, what="the last answers")
        await asyncio.sleep(2)  # an extra answer would show by now
    finally:
        clerk.stopping.set()  # the import under way ends, then the bot: its core hands parked questions over
        if clerk.is_alive():
            clerk.join(300)
        bot.send_signal(signal.SIGINT)
        try:
            result.bot_exit = bot.wait(60)
        except subprocess.TimeoutExpired:
            bot.kill()
            bot.wait()
        bot_log.close()
        api.stop()
    _clerks_list(result, config, chats)
    return result


def _clerks_list(result: SoakResult, config: Config, chats: list[int]) -> None:
    """Where the questions without an answer went: the clerks' list, or still parked in the state file."""
    ours = {str(chat) for chat in chats}
    conn = knowledge.open_kb(config.db_path, readonly=True)
    try:
        result.unknown_listed = sum(1 for q in knowledge.list_unanswered(conn) if q.chat_id in ours)
    finally:
        conn.close()
    state = sqlite3.connect(config.state_path)
    try:
        result.unknown_parked = state.execute("SELECT COUNT(*) FROM parked_questions").fetchone()[0]
    finally:
        state.close()


def run_soak(seconds: float, rate: float, rows: int, workdir: Path, models: Path | None = None,
             log=print) -> SoakResult:  # noqa: ANN001
    """Set up the demo commune and the big files in `workdir`, then soak; the tests call this too.

    Without `models`, the developer's promoted model is used (or one is trained, as `make run` does)."""
    if models is None:
        from demo_setup import demo_config

        config = demo_config(workdir)
    else:
        config = load_config(home=workdir, db_path=workdir / "clocher.sqlite", models_dir=models)
    log(f"Generating {rows} arrêtés in two versions, importing the demo commune and the first…")
    files = big_files(workdir, rows) if rows else ()
    conn = knowledge.open_kb(config.db_path)
    try:
        knowledge.import_paths(conn, [REPO / "demo", *files[:1]])
    finally:
        conn.close()
    return asyncio.run(_soak(seconds, rate, config, files, log))


def report(result: SoakResult) -> str:
    ms = [x * 1000 for x in result.latencies] or [0.0]
    lines = [
        f"{result.seconds:g} s at {result.rate:g} updates/s: {result.sent} sent, {result.answered} answered, "
        f"lost {result.lost}, extra answers {result.extra}, resident-visible errors {result.errors}",
        f"latency ms: p50 {statistics.median(ms):.1f}, p95 {percentile(ms, 95):.1f}, "
        f"p99 {percentile(ms, 99):.1f}, max {max(ms):.1f}",
    ]
    for name, (before, warm, end) in result.rss.items():
        lines.append(f"RSS {name}: {before / 1024:.1f} MB before the load, {warm / 1024:.1f} MB after the "
                     f"warm-up, {end / 1024:.1f} MB at the end ({result.growth(name):+.1%} since the "
                     "warm-up; target ≤ +5 %)")
    if result.imports:
        median = statistics.median(result.imports)
        lines.append(f"clerk's imports: {len(result.imports)} done (median {median:.1f} s each, the base's "
                     f"write lock held meanwhile), {result.import_failures} failed")
    lines.append(f"questions without an answer: {result.unknown_asked} asked, {result.unknown_listed} in the "
                 f"clerks' list, {result.unknown_parked} still parked (moved at the next round)")
    lines.append(f"bot stopped by SIGINT: exit {result.bot_exit}")
    lines.append("OK" if result.ok() else "MISSED")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--rows", type=int, default=100_000,
                        help="arrêtés in the file the clerk re-imports (0: no import, for comparison)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run_soak(args.minutes * 60, args.rate, args.rows, Path(tmp))
        print(report(result))
        print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if result.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
