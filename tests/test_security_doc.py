"""docs/security.md backs each claim with a test: every test it names must exist, so the document cannot
keep citing a test that was renamed or removed."""

from __future__ import annotations

import re

from tests.conftest import REPO

CITED = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")


def test_every_test_named_in_the_security_document_exists() -> None:
    doc = (REPO / "docs" / "security.md").read_text(encoding="utf-8")
    cited = CITED.findall(doc)
    assert len(cited) > 30
    missing = []
    for path, name in cited:
        source = REPO / path
        if not source.exists() or (name and not re.search(rf"\bdef {name}\(", source.read_text("utf-8"))):
            missing.append(f"{path}::{name}" if name else path)
    assert not missing, f"docs/security.md names tests that do not exist: {missing}"
