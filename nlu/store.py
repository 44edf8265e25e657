"""Saving, loading and versioning models: skops + meta.json, a registry with promote and rollback.

A model directory holds `model.skops` (skops format, loaded only with an explicit allow-list of types — a
pickle is never unpickled) and `meta.json` (format version, data sha256, metrics, library versions).
The registry keeps every version under `versions/` and the current one in a one-line `CURRENT` file that
is replaced atomically, so a running bot notices a promotion with a single `stat`.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
import zipfile
from datetime import UTC, datetime
from pathlib import Path

FORMAT = "clocher-nlu"
FORMAT_VERSION = 1
log = logging.getLogger(__name__)

MODEL_FILE = "model.skops"
META_FILE = "meta.json"

# Every type a Clocher model may contain. Anything else in a file means it is not ours (or was tampered
# with): refuse instead of executing it.
TRUSTED_TYPES = frozenset(
    {
        "builtins.slice",
        "nlu.pipeline.CompactTfidfVectorizer",
        "nlu.pipeline._tokens",
        "nlu.preprocess.SpacyLemmatizer",
        "nlu.preprocess.TextNormalizer",
        "numpy.dtype",
        "numpy.float64",
        "numpy.int64",
        "numpy.ndarray",
        "scipy.sparse._csr.csr_matrix",
        "sklearn.calibration.CalibratedClassifierCV",
        "sklearn.calibration._CalibratedClassifier",
        "sklearn.calibration._SigmoidCalibration",
        "sklearn.feature_extraction.text.TfidfTransformer",
        "sklearn.feature_extraction.text.TfidfVectorizer",
        "sklearn.linear_model._logistic.LogisticRegression",
        "sklearn.pipeline.FeatureUnion",
        "sklearn.pipeline.Pipeline",
        "sklearn.preprocessing._label.LabelEncoder",
        "sklearn.svm._classes.LinearSVC",
        "sklearn.utils._metadata_requests.MetadataRequest",
        "sklearn.utils._metadata_requests.MethodMetadataRequest",
    }
)


class ModelError(RuntimeError):
    """A model directory cannot be used; the message says what is wrong and what to do (French)."""


class RegistryError(RuntimeError):
    """A registry operation was refused (French message for the admin)."""


def library_versions() -> dict[str, str]:
    import numpy
    import scipy
    import sklearn
    import skops
    import spacy

    versions = {
        "python": ".".join(map(str, sys.version_info[:3])),
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "spacy": spacy.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
    }
    with contextlib.suppress(Exception):
        from importlib.metadata import version

        versions["fr_core_news_sm"] = version("fr_core_news_sm")
    return versions


def _minor(v: str) -> str:
    return ".".join(v.split(".")[:2])


def version_mismatch(meta: dict) -> list[str]:
    """Libraries whose major.minor differs between the model's build and this process."""
    built = meta.get("libraries", {})
    here = library_versions()
    return [
        f"{name} {built[name]} (ici {here[name]})"
        for name in ("scikit-learn", "spacy", "skops")
        if name in built and name in here and _minor(built[name]) != _minor(here[name])
    ]


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write_json_atomic(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, default=str)
        fh.write("\n")
    os.replace(tmp, path)


def save_model(pipeline, meta: dict, out_dir: Path) -> Path:
    """Write `model.skops` then `meta.json` (with the model file's sha256) into `out_dir`."""
    import skops.io as sio

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / f".{MODEL_FILE}.tmp"
    sio.dump(pipeline, tmp, compression=zipfile.ZIP_DEFLATED)
    os.replace(tmp, out_dir / MODEL_FILE)
    meta = {
        **meta,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "model_sha256": sha256_file(out_dir / MODEL_FILE),
    }
    _write_json_atomic(out_dir / META_FILE, meta)
    return out_dir


def read_meta(model_dir: Path) -> dict:
    """Read and check `meta.json`: exists, is JSON, is a Clocher model of a format version we read."""
    model_dir = Path(model_dir)
    if not model_dir.exists():
        raise ModelError(f"Modèle introuvable : le dossier {model_dir} n'existe pas.")
    if model_dir.is_file():
        raise ModelError(
            f"{model_dir} est un fichier ; il faut le dossier du modèle (avec {MODEL_FILE} et {META_FILE})."
        )
    meta_path = model_dir / META_FILE
    if not meta_path.exists():
        raise ModelError(
            f"{model_dir} n'est pas un modèle Clocher : {META_FILE} manque "
            "(entraînez-en un avec « python -m nlu train »)."
        )
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{meta_path} est illisible ou corrompu ({exc}).") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(
            f"{model_dir} n'est pas un modèle Clocher "
            f"(format « {meta.get('format') if isinstance(meta, dict) else '?'} »,"
            f" attendu « {FORMAT} »)."
        )
    if meta.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            f"{model_dir} est au format de modèle v{meta.get('format_version')}, cette version de Clocher "
            f"lit le format v{FORMAT_VERSION} : ré-entraînez le modèle (« python -m nlu train »)."
        )
    return meta


def load_model(model_dir: Path, *, allow_version_mismatch: bool = False):
    """Load a model directory into an `IntentModel`, refusing anything that is not exactly a Clocher model.

    Raises `ModelError` for a missing directory, a missing/corrupt/foreign `meta.json`, a wrong format
    version, a `model.skops` that is altered, not a skops archive, or holds types outside the allow-list,
    and (unless `allow_version_mismatch`) a model built with another scikit-learn/spaCy/skops minor version.
    """
    import skops.io as sio

    from .model import IntentModel

    model_dir = Path(model_dir)
    meta = read_meta(model_dir)
    model_path = model_dir / MODEL_FILE
    if not model_path.exists():
        raise ModelError(f"{model_dir} : {MODEL_FILE} manque à côté de {META_FILE}.")
    expected = meta.get("model_sha256")
    if expected and sha256_file(model_path) != expected:
        raise ModelError(f"{model_path} a été modifié depuis son enregistrement (sha256 différent) : refusé.")
    mismatch = version_mismatch(meta)
    if mismatch and not allow_version_mismatch:
        raise ModelError(
            f"{model_dir} a été construit avec d'autres versions de bibliothèques : {', '.join(mismatch)}. "
            "Ré-entraînez le modèle avec les versions installées."
        )
    try:
        untrusted = set(sio.get_untrusted_types(file=model_path))
    except (zipfile.BadZipFile, KeyError, ValueError, json.JSONDecodeError, OSError) as exc:
        raise ModelError(f"{model_path} n'est pas un fichier skops valide ({type(exc).__name__}).") from None
    foreign = sorted(untrusted - TRUSTED_TYPES)
    if foreign:
        raise ModelError(
            f"{model_path} contient des types non autorisés ({', '.join(foreign[:5])}) : "
            "fichier étranger ou altéré, refusé."
        )
    try:
        pipeline = sio.load(model_path, trusted=sorted(untrusted))
    except Exception as exc:  # skops raises many types for a damaged archive; all mean the same to the admin
        raise ModelError(f"{model_path} n'a pas pu être chargé ({type(exc).__name__}: {exc}).") from None
    from sklearn.pipeline import Pipeline

    if not isinstance(pipeline, Pipeline) or not hasattr(pipeline, "classes_"):
        raise ModelError(f"{model_path} ne contient pas un classifieur d'intentions entraîné.")
    return IntentModel(pipeline, meta)


# ---------------------------------------------------------------- registry


class Registry:
    """Versioned models under `root`: `versions/<version>/`, `registry.json` (history) and `CURRENT`."""

    def __init__(self, root: Path):
        self.root = Path(root)

    @property
    def _index_path(self) -> Path:
        return self.root / "registry.json"

    @property
    def current_file(self) -> Path:
        return self.root / "CURRENT"

    @contextlib.contextmanager
    def lock(self, name: str = ".lock"):
        """Serialise writers (CLI and a bot's first-start training) with an advisory file lock."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / name, "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _index(self) -> dict:
        if not self._index_path.exists():
            return {"versions": {}, "history": []}
        try:
            return json.loads(self._index_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise RegistryError(f"{self._index_path} est corrompu ({exc}).") from None

    def versions(self) -> list[dict]:
        """Registered versions, oldest first: `version`, `created`, `data_sha256`, `metrics`, `current`."""
        index = self._index()
        current = self.current_version()
        return [
            {"version": v, **info, "current": v == current}
            for v, info in sorted(index["versions"].items(), key=lambda kv: kv[1].get("registered", ""))
        ]

    def current_version(self) -> str | None:
        try:
            version = self.current_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return version or None

    def current(self) -> Path | None:
        version = self.current_version()
        return self.root / "versions" / version if version else None

    def path(self, version: str) -> Path:
        index = self._index()
        if version not in index["versions"]:
            known = ", ".join(index["versions"]) or "aucune"
            raise RegistryError(f"Version « {version} » inconnue du registre (versions : {known}).")
        return self.root / "versions" / version

    def register(self, model_dir: Path, metrics: dict | None = None) -> str:
        """Copy a trained model into the registry (unless already there) and record it; return its version."""
        meta = read_meta(model_dir)
        with self.lock():
            index = self._index()
            version = meta.get("version") or datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            base, n = version, 1
            while (
                version in index["versions"]
                and Path(model_dir).resolve() != (self.root / "versions" / version).resolve()
            ):
                n += 1
                version = f"{base}-{n}"
            target = self.root / "versions" / version
            if Path(model_dir).resolve() != target.resolve():
                if target.exists():
                    shutil.rmtree(target)
                shutil.copytree(model_dir, target)
            metrics = {**meta.get("metrics", {}), **(metrics or {})}
            if metrics != meta.get("metrics"):
                meta_target = read_meta(target)
                meta_target["metrics"] = metrics
                meta_target["version"] = version
                _write_json_atomic(target / META_FILE, meta_target)
            index["versions"][version] = {
                "created": meta.get("created"),
                "registered": datetime.now(UTC).isoformat(timespec="seconds"),
                "data_sha256": meta.get("data_sha256"),
                "metrics": metrics,
                "libraries": meta.get("libraries", {}),
            }
            _write_json_atomic(self._index_path, index)
        return version

    def promote(
        self,
        version: str,
        force: bool = False,
        *,
        test_paths: list[Path] | None = None,
        handled: list[str] | set[str] | None = None,
    ) -> str:
        """Make `version` current. Unless forced, the promotion guard (`nlu.guard`) must agree: other
        library versions, a worse score than the current model on the same test files, a score on
        examples it was trained on, or (when `handled` is given) an intent nothing answers, refuse it."""
        if not force:
            self.path(version)  # unknown version: say so before evaluating anything
            if self.current_version() == version:
                raise RegistryError(f"La version « {version} » est déjà la version en service.")
            mismatch = version_mismatch(read_meta(self.path(version)))
            if mismatch:
                raise RegistryError(
                    f"Refusé : « {version} » a été construit avec d'autres versions "
                    f"({', '.join(mismatch)}). "
                    "Utilisez --force pour passer outre."
                )
            from .guard import check_promotion

            check = check_promotion(self, version, test_paths=test_paths, handled=handled)
            if not check.ok:
                raise RegistryError(" ".join(check.refusals) + " Utilisez --force pour passer outre.")
        with self.lock():
            self.path(version)
            index = self._index()
            if self.current_version() == version:
                raise RegistryError(f"La version « {version} » est déjà la version en service.")
            index["history"].append(version)
            _write_json_atomic(self._index_path, index)
            self._set_current(version)
        return version

    def rollback(self) -> str:
        """Return to the version promoted before the current one."""
        with self.lock():
            index = self._index()
            history = index["history"]
            if len(history) < 2:
                raise RegistryError("Aucune version précédente : impossible de revenir en arrière.")
            history.pop()
            previous = history[-1]
            _write_json_atomic(self._index_path, index)
            self._set_current(previous)
        return previous

    def _set_current(self, version: str) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".CURRENT.")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(version + "\n")
        os.replace(tmp, self.current_file)


def _pct(x: float) -> str:
    return f"{x * 100:.1f} %".replace(".", ",")


class ModelHandle:
    """The bot's handle on the current model: `get()` costs one `stat` and reloads after a promotion."""

    def __init__(self, registry_root: Path):
        self.registry = Registry(registry_root)
        self._model = None
        self._stamp: tuple | None = None
        self._lock = threading.Lock()

    def _pointer_stamp(self) -> tuple | None:
        try:
            st = os.stat(self.registry.current_file)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def get(self):
        stamp = self._pointer_stamp()
        if self._model is not None and stamp == self._stamp:
            return self._model
        with self._lock:
            stamp = self._pointer_stamp()
            if self._model is not None and stamp == self._stamp:
                return self._model
            path = self.registry.current()
            if path is None:
                if self._model is not None:
                    return self._model
                raise ModelError(
                    f"Aucun modèle en service dans {self.registry.root} "
                    "(lancez « python -m nlu train --register » puis « promote »)."
                )
            try:
                model = load_model(path)
            except ModelError:
                if self._model is None:
                    raise
                # A broken promotion must not take the bot down: keep answering with the previous model.
                log.exception("Nouveau modèle %s inutilisable ; l'ancien reste en service.", path)
                self._stamp = stamp
                return self._model
            self._model, self._stamp = model, stamp
            return model
