"""ThreadCore (a core open in this process): a quick answer is waited for without letting the event loop
run; a slow one is awaited; the core's errors reach the handler."""

import asyncio
import time

from bot.channels.telegram.runtime import ChannelSettings, Runtime, ThreadCore


class FakeCore:
    """Stands for `Conversation`: methods called by name, as the handlers call them."""

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def divide(self, a: int, b: int) -> tuple[int, int]:
        return divmod(a, b)

    def fail(self, after: float = 0.0) -> None:
        time.sleep(after)
        raise ZeroDivisionError


def _runtime(**settings: float) -> Runtime:
    channel = ChannelSettings(**settings)
    return Runtime(config=None, settings=channel, core=ThreadCore(FakeCore(), channel))  # type: ignore[arg-type]


async def _ticks_during(runtime: Runtime, seconds: float) -> tuple[int, float]:
    """How often the event loop ran while the core slept `seconds`."""
    ticks = 0

    async def count() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    counter = asyncio.create_task(count())
    await asyncio.sleep(0)
    before = ticks
    started = time.monotonic()
    assert await runtime.ask("sleep", seconds) is None
    elapsed = time.monotonic() - started
    counter.cancel()
    return ticks - before, elapsed


async def test_quick_answers_keep_the_loop_waiting_slow_ones_let_it_run() -> None:
    runtime = _runtime(core_wait=0.2)
    try:
        quick, _ = await _ticks_during(runtime, 0.01)
        assert quick == 0  # answered inside core_wait: no GIL ping-pong with the loop
        slow, elapsed = await _ticks_during(runtime, 0.6)
        assert elapsed >= 0.6
        assert slow > 10  # after core_wait the other chats went on
        assert await runtime.ask("divide", 7, 2) == (3, 1)
    finally:
        await runtime.core.aclose()


async def test_errors_of_the_core_reach_the_handler() -> None:
    runtime = _runtime()
    try:
        for after in (0.0, 0.1):  # answered within core_wait, and after it
            try:
                await runtime.ask("fail", after)
            except ZeroDivisionError:
                continue
            raise AssertionError("the core's exception was lost")
    finally:
        await runtime.core.aclose()
