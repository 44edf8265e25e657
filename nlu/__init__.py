"""Clocher NLU: French text → intent, confidence, ranking and entities; models trained, versioned, promoted.

Imports nothing else of Clocher: the knowledge base hands street, category and actor names in as
`Gazetteers`. See `python -m nlu --help` for the admin commands.
"""

from .entities import Entity, Gazetteers, extract_entities
from .model import IntentModel, Understanding
from .pipeline import build_pipeline
from .rasa_yaml import NluData, NluDataError, read_nlu
from .store import ModelError, ModelHandle, Registry, RegistryError, load_model
from .training import BUNDLED_TRAIN, TrainingError, ensure_model, train

__all__ = [
    "BUNDLED_TRAIN",
    "Entity",
    "Gazetteers",
    "IntentModel",
    "ModelError",
    "ModelHandle",
    "NluData",
    "NluDataError",
    "Registry",
    "RegistryError",
    "TrainingError",
    "Understanding",
    "build_pipeline",
    "ensure_model",
    "extract_entities",
    "load_model",
    "read_nlu",
    "train",
]
