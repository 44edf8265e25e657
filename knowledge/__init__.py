"""Clocher's knowledge base: what the commune publishes, in SQLite, searchable in French.

The bot reads through read-only connections (`open_kb(path, readonly=True)`); imports and the bot's own
writes (inbox, unanswered questions) go through one writable connection.
"""

from __future__ import annotations

from .annuaire import actor_names, categories, search_acteurs, streets
from .arretes import (
    arretes_in_force,
    arretes_on_place,
    cited_arretes,
    get_arrete,
    get_deliberation,
    recent_arretes,
    search_arretes,
    search_deliberations,
)
from .browse import (
    DocumentLine,
    ImportRecord,
    budget_names,
    document_lines,
    import_history,
    list_acteurs,
    recent_deliberations,
)
from .budget import (
    AccountAmount,
    Amount,
    BudgetDocument,
    BudgetHeading,
    budget_documents,
    budget_documents_of_year,
    budget_headings,
    budget_lines,
    budget_totals,
    budget_years,
    document_amounts,
    largest_accounts,
)
from .commune import get_commune
from .db import content_version, default_db_path, is_empty, open_kb
from .errors import KnowledgeBaseMissing, KnowledgeBusy, KnowledgeError
from .export import export_kb
from .fiches import (
    add_fiche,
    delete_fiche,
    edit_fiche,
    get_fiche,
    list_fiches,
    search_fiches,
    set_fiche_enabled,
)
from .importers import ImportReport, RowError, import_paths, preview_import
from .importers.detect import LABELS as IMPORT_KINDS
from .importers.rejects import table as rejected_rows_table
from .importers.vocabulaire import vocabulary
from .inbox import (
    add_inbox_item,
    add_unanswered,
    answer_inbox,
    answer_unanswered,
    close_inbox,
    data_about_chat,
    erase_chat,
    get_inbox_item,
    list_inbox,
    list_unanswered,
    mark_delivered,
    pending_deliveries,
    purge_resident_data,
    resolve_unanswered,
)
from .newcommune import NewCommune, new_commune
from .records import (
    Acteur,
    Arrete,
    BudgetLine,
    BudgetTotal,
    Commune,
    Deliberation,
    Fiche,
    InboxItem,
    Source,
    UnansweredQuestion,
)
from .textnorm import stem as french_stem

__all__ = [
    "french_stem",
    "KnowledgeError",
    "KnowledgeBaseMissing",
    "KnowledgeBusy",
    "open_kb",
    "content_version",
    "is_empty",
    "default_db_path",
    "import_paths",
    "preview_import",
    "ImportReport",
    "RowError",
    "get_commune",
    "search_fiches",
    "get_fiche",
    "list_fiches",
    "add_fiche",
    "edit_fiche",
    "set_fiche_enabled",
    "delete_fiche",
    "get_arrete",
    "arretes_in_force",
    "arretes_on_place",
    "cited_arretes",
    "vocabulary",
    "search_arretes",
    "recent_arretes",
    "search_deliberations",
    "get_deliberation",
    "budget_years",
    "budget_documents",
    "budget_documents_of_year",
    "budget_headings",
    "document_amounts",
    "largest_accounts",
    "AccountAmount",
    "Amount",
    "BudgetDocument",
    "BudgetHeading",
    "budget_totals",
    "budget_lines",
    "search_acteurs",
    "streets",
    "categories",
    "actor_names",
    "add_inbox_item",
    "list_inbox",
    "get_inbox_item",
    "answer_inbox",
    "close_inbox",
    "pending_deliveries",
    "mark_delivered",
    "add_unanswered",
    "answer_unanswered",
    "list_unanswered",
    "resolve_unanswered",
    "data_about_chat",
    "erase_chat",
    "purge_resident_data",
    "export_kb",
    "new_commune",
    "NewCommune",
    "import_history",
    "IMPORT_KINDS",
    "rejected_rows_table",
    "ImportRecord",
    "recent_deliberations",
    "list_acteurs",
    "budget_names",
    "document_lines",
    "DocumentLine",
    "Source",
    "Commune",
    "Fiche",
    "Arrete",
    "Deliberation",
    "BudgetTotal",
    "BudgetLine",
    "Acteur",
    "InboxItem",
    "UnansweredQuestion",
]
