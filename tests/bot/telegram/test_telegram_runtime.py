"""Runtime.ask: a quick answer is waited for without letting the event loop run; a slow one is awaited."""

import asyncio
import time

from bot.channels.telegram.runtime import ChannelSettings, Runtime


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
    assert await runtime.ask(time.sleep, seconds) is None
    elapsed = time.monotonic() - started
    counter.cancel()
    return ticks - before, elapsed


async def test_quick_answers_keep_the_loop_waiting_slow_ones_let_it_run() -> None:
    runtime = Runtime(config=None, settings=ChannelSettings(core_wait=0.2))  # type: ignore[arg-type]
    try:
        quick, _ = await _ticks_during(runtime, 0.01)
        assert quick == 0  # answered inside core_wait: no GIL ping-pong with the loop
        slow, elapsed = await _ticks_during(runtime, 0.6)
        assert elapsed >= 0.6
        assert slow > 10  # after core_wait the other chats went on
        assert await runtime.ask(divmod, 7, 2) == (3, 1)
    finally:
        runtime.close_core_thread()


async def test_errors_of_the_core_reach_the_handler() -> None:
    runtime = Runtime(config=None, settings=ChannelSettings())  # type: ignore[arg-type]
    try:
        for fn in (lambda: 1 / 0, lambda: (time.sleep(0.1), 1 / 0)):
            try:
                await runtime.ask(fn)
            except ZeroDivisionError:
                continue
            raise AssertionError("the core's exception was lost")
    finally:
        runtime.close_core_thread()
