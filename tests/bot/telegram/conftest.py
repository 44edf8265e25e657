"""Fixtures for the Telegram channel: a running fake Bot API server (real HTTP on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_bot_api import FakeBotAPI


@pytest.fixture
def fake_api() -> Iterator[FakeBotAPI]:
    """A fresh fake Bot API server for one test."""
    with FakeBotAPI() as server:
        yield server
