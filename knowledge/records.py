"""Records the knowledge layer hands to callers.

Every record carries its `source`, so that whoever shows a fact can cite where it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class Source:
    """Where a fact comes from, as a resident would be told (« arrêté n° 2025-017 du 3 mars 2025 »)."""

    kind: str  # commune | fiche | arrete | deliberation | budget | acteur
    id: str
    title: str
    url: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "id": self.id, "title": self.title, "url": self.url}


@dataclass(frozen=True)
class Commune:
    """The commune profile (commune.yml); its mairie contacts back every fallback answer."""

    nom: str
    code_insee: str
    siret: str | None
    population: int | None
    site_web: str | None
    maire: str | None
    adresse: str | None
    telephone: str | None
    email: str | None
    horaires: str | None  # OpenStreetMap opening_hours
    description: str | None
    source: Source


@dataclass(frozen=True)
class Fiche:
    """A fiche pratique: a question residents ask and the commune's answer."""

    id: int
    question: str
    reponse: str
    variantes: tuple[str, ...]
    theme: str | None
    lien: str | None
    enabled: bool
    source: Source


@dataclass(frozen=True)
class Arrete:
    """A municipal arrêté; temporary ones apply from `debut` to `fin` (inclusive).

    `id` is the arrêté's stable key: its published number (« 2025-017 »), or, for an arrêté published
    without one (CEREMA rows with ARR_REF « NC », a PDF with no number), an internal key that must
    never be shown. `numero` is the number to show, None for those: show them by date and object
    (`source.title` does: « Arrêté du 15 janvier 2018 »).
    """

    id: str
    date: date
    type: str
    objet: str
    debut: date | None
    fin: date | None
    lieux: tuple[str, ...]
    matiere: str | None
    url: str | None
    text: str | None
    source: Source
    numbered: bool = True  # False: published without a number (then `numero` is None)

    @property
    def numero(self) -> str | None:
        """The published number, None when the commune published the arrêté without one."""
        return self.id if self.numbered else None


@dataclass(frozen=True)
class Deliberation:
    """A délibération of the municipal council, with its vote."""

    id: str
    date: date
    objet: str
    matiere: str | None
    budget_annee: int | None
    vote_effectif: int | None
    vote_reel: int | None
    vote_pour: int | None
    vote_contre: int | None
    vote_abstention: int | None
    url: str | None
    source: Source


@dataclass(frozen=True)
class BudgetTotal:
    """Sum of the `réel` lines of one budget document, section and direction."""

    year: int
    document: str
    budget_nom: str
    section: str  # fonctionnement | investissement
    direction: str  # dépenses | recettes
    amount: Decimal
    source: Source


@dataclass(frozen=True)
class BudgetLine:
    """One nature line of a budget document (amount voted, or realised for a compte administratif)."""

    year: int
    document: str
    budget_nom: str
    section: str
    direction: str
    nature: str
    nature_label: str | None
    fonction: str | None
    amount: Decimal
    source: Source


@dataclass(frozen=True)
class Acteur:
    """An entry of the local directory: shop, doctor, association, public facility…"""

    id: int
    nom: str
    categorie: str
    adresse: str | None
    telephone: str | None
    email: str | None
    site_web: str | None
    horaires: str | None
    description: str | None
    source: Source


@dataclass(frozen=True)
class InboxItem:
    """A signalement or a request to talk to a human, with the reference the resident was given."""

    reference: str
    kind: str  # signalement | demande
    chat_id: str
    text: str
    photo_file_id: str | None
    latitude: float | None
    longitude: float | None
    created_at: datetime
    status: str  # ouvert | répondu | clos
    answer: str | None
    answered_at: datetime | None
    delivered_at: datetime | None


@dataclass(frozen=True)
class UnansweredQuestion:
    """A question the bot could not answer (fallback), whose answer got a 👎, or that it failed on."""

    id: int
    question: str
    chat_id: str | None
    reason: str  # fallback | avis négatif | erreur technique
    created_at: datetime
    resolved_at: datetime | None
