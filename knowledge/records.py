"""Records the knowledge layer hands to callers.

Every record carries its `source`, so that whoever shows a fact can cite where it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """Where a fact comes from, as a resident would be told (« arrêté n° 2025-017 du 3 mars 2025 »)."""

    kind: str  # commune | fiche | arrete | deliberation | budget | acteur
    id: str
    title: str
    url: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "id": self.id, "title": self.title, "url": self.url}
