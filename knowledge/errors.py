"""Errors the knowledge layer raises; their message is French, meant for a clerk or a log."""

from __future__ import annotations


class KnowledgeError(Exception):
    """A user-facing failure (bad file, unknown reference…); the message is in French."""


class KnowledgeBusy(KnowledgeError):
    """Another writer holds the write lock (a clerk's import, usually): the same call works later."""


class KnowledgeBaseMissing(KnowledgeError):
    """The knowledge base file does not exist (or holds no commune yet)."""

    def __init__(self, path: object) -> None:
        super().__init__(
            f"La base de connaissances « {path} » n'existe pas encore. Pour une nouvelle commune : "
            f"python -m knowledge nouvelle-commune DOSSIER ; pour la commune de démonstration : "
            f"python -m knowledge --db {path} import demo/"
        )
        self.path = path
