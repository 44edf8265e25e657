"""Telegram channel throughput and latency through the real stack (issue 6), next to a bare echo bot.

Both bots are real PTB `Application`s polling the project's own Bot API server (tests/bot/telegram/
fake_bot_api.py) over HTTP on 127.0.0.1 — in a child process, as Telegram's would be — measured in one run.
Clocher runs as in production: its conversation core in a process of its own (`bot.core_process`),
started once and shared by the rounds (starting it loads spaCy and the model, seconds).

- capacity: N chats each send questions back to back (the next when the answer arrives), Telegram's flood
  limits lifted in the rate limiter, so the figure is the pipeline's, not the limiter's: messages/s;
- latency at 30 messages/s: an open-loop load of 30 questions/s over enough chats that none writes more
  than once a second, with Telegram's limits enforced: p50/p95/p99 from the update being queued on the
  server to the answer reaching it (long polling, the core's NLU and answer, rendering, rate limiter).

Targets: Clocher's capacity ≥ 50 % of the echo bot's — judged on the median over the rounds of
Clocher's rate divided by the echo bot's in the same round, each round running both bots seconds apart —
and Clocher's p95 ≤ 50 ms at 30 messages/s.

    .venv/bin/python bench/bench_telegram.py [--chats 40] [--per-chat 8] [--rate 30] [--seconds 10]
                                             [--repeat 5]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict, deque
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "bot" / "telegram"))

from demo_setup import demo_config  # noqa: E402
from fake_bot_api import FakeBotAPI, Sent  # noqa: E402
from telegram import Update  # noqa: E402
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters  # noqa: E402

from bot.channels.telegram import ChannelSettings, build_application  # noqa: E402
from bot.channels.telegram.ratelimit import ClocherRateLimiter  # noqa: E402
from bot.core_process import CoreProcess  # noqa: E402

# Everyday questions whose answers fit in one message (so each question maps to one reply).
QUESTIONS = [
    "Quels sont les horaires de la mairie ?",
    "quel est le numéro de téléphone de la mairie ?",
    "Quel soir dois-je sortir mon bac gris ?",
    "c'est quand le prochain ramassage des encombrants ?",
    "combien coûte un passeport pour un adulte",
    "tarif garderie periscolaire",
    "Comment faire pour se pacser ?",
    "où je jette mes bouteilles en verre ?",
]
UNLIMITED = {"overall_per_second": 1e6, "private_per_second": 1e6, "group_per_minute": 1e6}
TELEGRAM = {"overall_per_second": 30, "private_per_second": 1, "group_per_minute": 20}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _server_process(conn) -> None:  # noqa: ANN001 - a multiprocessing Connection
    """Child process: run the fake Bot API server; time each question from injection to its answer.

    The server lives in its own process, as Telegram's does, so it does not compete with the bot for the
    GIL; both timestamps are taken here, on the same clock.
    """
    api = FakeBotAPI().start()
    asked: dict[int, deque[float]] = defaultdict(deque)
    lock = threading.Lock()

    def answered(sent: Sent) -> None:
        if sent.method != "sendMessage" or not isinstance(sent.chat_id, int):
            return
        with lock:
            queue = asked.get(sent.chat_id)
            if queue:  # else: a second part of a long answer, not a question's answer
                conn.send(("answer", sent.chat_id, sent.at - queue.popleft()))

    api.on_sent(answered)
    conn.send((api.token, api.base_url, api.base_file_url))
    while True:
        command = conn.recv()
        if command[0] == "stop":
            break
        _, chat_id, text = command
        with lock:
            asked[chat_id].append(time.monotonic())
        api.send_text(chat_id, text)
    api.stop()


class RemoteServer:
    """The fake server in a child process, and the futures of the questions waiting for an answer."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_server_process, args=(child,), daemon=True)
        self.process.start()
        self.token, self.base_url, self.base_file_url = self.conn.recv()
        self.loop = asyncio.get_running_loop()
        self.waiting: dict[int, deque[asyncio.Future]] = defaultdict(deque)
        self.latencies: list[float] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                _, chat_id, latency = self.conn.recv()
            except (EOFError, OSError):
                return
            self.loop.call_soon_threadsafe(self._answered, chat_id, latency)

    def _answered(self, chat_id: int, latency: float) -> None:
        self.latencies.append(latency)
        queue = self.waiting.get(chat_id)
        if queue:
            future = queue.popleft()
            if not future.done():
                future.set_result(latency)

    def ask(self, chat_id: int, text: str) -> asyncio.Future:
        future = self.loop.create_future()
        self.waiting[chat_id].append(future)
        self.conn.send(("text", chat_id, text))
        return future

    def close(self) -> None:
        self.conn.send(("stop",))
        self.process.join(5)
        self.conn.close()


def echo_application(api: RemoteServer, limits: dict[str, float]) -> Application:
    """The baseline: a bare PTB echo bot with the same rate-limit rules."""

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await context.bot.send_message(update.effective_chat.id, update.effective_message.text)

    app = (ApplicationBuilder().token(api.token).base_url(api.base_url)
           .rate_limiter(ClocherRateLimiter(**limits)).concurrent_updates(True).build())
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app


async def running(app: Application) -> None:
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=5)


async def stopped(app: Application) -> None:
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


async def capacity(make_app, chats: int, per_chat: int) -> float:
    """Messages/s with every chat asking back to back."""
    server = RemoteServer()
    app = make_app(server, UNLIMITED)
    await running(app)
    try:
        await asyncio.gather(*(server.ask(900_000 + i, QUESTIONS[i % len(QUESTIONS)]) for i in range(8)))

        async def chat(chat_id: int) -> None:
            for k in range(per_chat):
                await asyncio.wait_for(server.ask(chat_id, QUESTIONS[(chat_id + k) % len(QUESTIONS)]), 60)

        started = time.monotonic()
        await asyncio.gather(*(chat(1000 + i) for i in range(chats)))
        return chats * per_chat / (time.monotonic() - started)
    finally:
        await stopped(app)
        server.close()


async def latency(make_app, rate: float, seconds: float) -> list[float]:
    """Latencies (s) of an open-loop load of `rate` questions/s, each chat writing at most once a second."""
    chats = max(int(rate * 2), 2)  # every chat writes every 2 s: well inside Telegram's 1/s
    server = RemoteServer()
    app = make_app(server, TELEGRAM)
    await running(app)
    try:
        await asyncio.gather(*(server.ask(900_000 + i, QUESTIONS[i % len(QUESTIONS)]) for i in range(8)))
        await asyncio.sleep(1.1)  # let the warm-up leave the rate limiter's one-second window
        server.latencies.clear()
        futures = []
        started = time.monotonic()
        for k in range(int(rate * seconds)):
            await asyncio.sleep(max(0.0, started + k / rate - time.monotonic()))
            futures.append(server.ask(2000 + k % chats, QUESTIONS[k % len(QUESTIONS)]))
        await asyncio.wait_for(asyncio.gather(*futures), 60)
        return list(server.latencies)
    finally:
        await stopped(app)
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chats", type=int, default=40)
    parser.add_argument("--per-chat", type=int, default=8)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=5, help="capacity runs per bot (median printed)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    with tempfile.TemporaryDirectory() as tmp:
        config = demo_config(Path(tmp))
        core = CoreProcess(config).start()
        settings = ChannelSettings(alerts_every=3600, deliveries_every=3600, outbox_every=3600)

        def clocher_application(api: RemoteServer, limits: dict[str, float]) -> Application:
            bot_config = replace(config, token=api.token, api_base_url=api.base_url,
                                 api_base_file_url=api.base_file_url, staff_chat_id=None)
            return build_application(bot_config, settings=replace(settings, **limits), core=core)

        try:
            bots = (("echo bot (PTB, bare)", echo_application), ("Clocher", clocher_application))
            rates: dict[str, list[float]] = defaultdict(list)
            for _ in range(args.repeat):  # alternate the bots, so a change in the machine's load hits both
                for name, make_app in bots:
                    rates[name].append(asyncio.run(capacity(make_app, args.chats, args.per_chat)))
            rows = []
            for name, make_app in bots:
                lat = asyncio.run(latency(make_app, args.rate, args.seconds))
                rows.append((name, statistics.median(rates[name]), lat))
        finally:
            core.close()

    print(f"Telegram channel, {args.chats} chats × {args.per_chat} questions back to back (capacity, median "
          f"of {args.repeat} alternated runs), then "
          f"{args.rate:g} questions/s for {args.seconds:g} s over {int(args.rate * 2)} chats (latency)")
    print(f"{'bot':<24}{'messages/s':>12}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'n':>6}")
    for name, per_s, lat in rows:
        ms = [x * 1000 for x in lat]
        print(f"{name:<24}{per_s:>12.1f}{statistics.median(ms):>10.1f}{percentile(ms, 95):>10.1f}"
              f"{percentile(ms, 99):>10.1f}{len(ms):>6}")
    (echo_name, echo_rate, _), (clocher_name, clocher_rate, clocher_lat) = rows
    # Each round runs the echo bot then Clocher, seconds apart: the ratio within a round is the fair one on
    # a machine whose speed drifts; the verdict takes the median of the rounds' ratios.
    pairs = [c / e for e, c in zip(rates[echo_name], rates[clocher_name], strict=True)]
    ratio = statistics.median(pairs)
    print(f"Clocher / echo per round: {', '.join(f'{p:.0%}' for p in pairs)}; "
          f"ratio of the medians {clocher_rate / echo_rate:.0%}")
    p95 = percentile([x * 1000 for x in clocher_lat], 95)
    print(f"Clocher / echo throughput, median of the rounds: {ratio:.0%} (target ≥ 50 %) — "
          f"{'OK' if ratio >= 0.5 else 'MISSED'}")
    print(f"Clocher p95 at {args.rate:g} messages/s: {p95:.1f} ms (target ≤ 50 ms) — "
          f"{'OK' if p95 <= 50 else 'MISSED'}")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: latency figures only mean "
          "something on an otherwise idle machine)")


if __name__ == "__main__":
    main()
