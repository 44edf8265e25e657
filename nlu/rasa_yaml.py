"""Read (and write) the subset of Rasa 3.x NLU YAML that Clocher trains on.

A Rasa user's `nlu.yml` must train as it is: everything we understand is read, everything else produces a
warning naming the file and the key, never a crash. Only a file that is not NLU YAML at all is an error.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

SUPPORTED_VERSIONS = ("2.0", "3.0", "3.1")
_TOP_LEVEL_IGNORED = {
    "responses",
    "stories",
    "rules",
    "intents",
    "entities",
    "slots",
    "forms",
    "actions",
    "session_config",
    "e2e_actions",
    "retrieval_intents",
    "pipeline",
    "policies",
    "language",
    "recipe",
    "assistant_id",
}

# Rasa's annotation syntax: [text](entity), [text](entity:value), [text]{"entity": ...}, [text][{...}, {...}]
_ANNOTATION = re.compile(
    r"\[(?P<text>[^\]]+?)\]"
    r"(?:\((?P<entity>[^:)]+?)(?::(?P<value>[^)]+))?\)"
    r"|(?P<dict>\{[^}]+?\})"
    r"|\[(?P<dicts>\{.*?\})\])"
)


class NluDataError(ValueError):
    """The file cannot be read as NLU training data at all (missing, not YAML, no `nlu:` list)."""


@dataclass(frozen=True)
class AnnotatedEntity:
    entity: str
    value: str
    start: int
    end: int
    role: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    entities: tuple[AnnotatedEntity, ...] = ()
    source: str = ""


@dataclass
class NluData:
    """Everything read from one or more NLU files, in file order."""

    examples: list[Example] = field(default_factory=list)
    synonyms: dict[str, str] = field(default_factory=dict)  # variant (as written) → canonical value
    regexes: dict[str, list[str]] = field(default_factory=dict)  # name → patterns
    lookups: dict[str, list[str]] = field(default_factory=dict)  # name → entries
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""

    @property
    def intents(self) -> list[str]:
        return sorted({e.intent for e in self.examples})

    @property
    def texts(self) -> list[str]:
        return [e.text for e in self.examples]

    @property
    def labels(self) -> list[str]:
        return [e.intent for e in self.examples]


def parse_annotations(raw: str) -> tuple[str, tuple[AnnotatedEntity, ...]]:
    """Strip Rasa entity markup from one example, returning the plain text and the entities with offsets."""
    out: list[str] = []
    entities: list[AnnotatedEntity] = []
    pos = 0
    length = 0
    for match in _ANNOTATION.finditer(raw):
        before = raw[pos : match.start()]
        out.append(before)
        length += len(before)
        text = match.group("text")
        start, end = length, length + len(text)
        specs: list[dict] = []
        if match.group("entity"):
            specs.append({"entity": match.group("entity").strip(), "value": match.group("value")})
        else:
            blob = match.group("dict") or "[" + match.group("dicts") + "]"
            try:
                parsed = json.loads(blob)
            except json.JSONDecodeError as exc:
                raise ValueError(f"annotation d'entité illisible {blob!r} : {exc.msg}") from exc
            specs.extend(parsed if isinstance(parsed, list) else [parsed])
        for spec in specs:
            if not isinstance(spec, dict) or "entity" not in spec:
                raise ValueError(f'annotation d\'entité sans clé "entity" : {spec!r}')
            value = spec.get("value")
            entities.append(
                AnnotatedEntity(
                    entity=str(spec["entity"]),
                    value=str(value) if value is not None else text,
                    start=start,
                    end=end,
                    role=spec.get("role"),
                    group=spec.get("group"),
                )
            )
        out.append(text)
        length = end
        pos = match.end()
    out.append(raw[pos:])
    return "".join(out), tuple(entities)


def _block_lines(value: object) -> list[str]:
    """Split an `examples: |` block into its `- ` items (Rasa's own format)."""
    if isinstance(value, str):
        items = []
        for line in value.splitlines():
            stripped = line.strip()
            if not stripped:
                continue
            items.append(stripped[2:].strip() if stripped.startswith("- ") or stripped == "-" else stripped)
        return [i for i in items if i]
    if isinstance(value, list):
        items = []
        for item in value:
            if isinstance(item, dict) and "text" in item:
                items.append(str(item["text"]).strip())
            elif isinstance(item, str | int | float):
                items.append(str(item).strip())
        return [i for i in items if i]
    return []


def read_nlu_file(path: Path, into: NluData | None = None) -> NluData:
    """Read one Rasa NLU YAML file; `into` lets several files accumulate into one data set."""
    data = into if into is not None else NluData()
    path = Path(path)
    where = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NluDataError(f"Fichier introuvable : {where}") from None
    except OSError as exc:
        raise NluDataError(f"Impossible de lire {where} : {exc.strerror}") from None
    try:
        doc = yaml.safe_load(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise NluDataError(
            f"{where} n'est pas un fichier texte UTF-8 : est-ce bien un fichier nlu.yml ?"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (ligne {mark.line + 1}, colonne {mark.column + 1})" if mark else ""
        raise NluDataError(f"YAML invalide dans {where}{at} : {getattr(exc, 'problem', exc)}") from None
    if not isinstance(doc, dict) or "nlu" not in doc:
        raise NluDataError(
            f"{where} ne contient pas de section « nlu: » : "
            "ce n'est pas un fichier de données NLU au format Rasa."
        )
    version = str(doc.get("version", "")).strip()
    if version and version not in SUPPORTED_VERSIONS:
        data.warnings.append(
            f"{where} : version « {version} » non prévue (attendu 3.1) ; lecture tentée quand même."
        )
    for key in doc:
        if key not in ("version", "nlu"):
            reason = "hors NLU" if key in _TOP_LEVEL_IGNORED else "inconnue"
            data.warnings.append(f"{where} : clé « {key} » ignorée ({reason}).")
    items = doc["nlu"] or []
    if not isinstance(items, list):
        raise NluDataError(f"{where} : « nlu: » doit être une liste d'éléments « - intent: … ».")
    annotated = 0
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            data.warnings.append(
                f"{where} : élément n° {index} de « nlu: » ignoré (ce n'est pas un dictionnaire)."
            )
            continue
        kinds = [k for k in ("intent", "synonym", "regex", "lookup") if k in item]
        if len(kinds) != 1:
            data.warnings.append(
                f"{where} : élément n° {index} ignoré "
                "(il faut exactement une clé parmi intent, synonym, regex, lookup)."
            )
            continue
        kind = kinds[0]
        name = str(item[kind]).strip()
        extra = set(item) - {kind, "examples", "metadata"}
        if extra:
            data.warnings.append(
                f"{where} : {kind} « {name} » : clé(s) ignorée(s) : {', '.join(sorted(extra))}."
            )
        lines = _block_lines(item.get("examples"))
        if not lines:
            data.warnings.append(f"{where} : {kind} « {name} » n'a aucun exemple.")
            continue
        if kind == "intent":
            for line in lines:
                try:
                    text, entities = parse_annotations(line)
                except ValueError as exc:
                    data.warnings.append(f"{where} : intent « {name} » : exemple ignoré ({exc}) : {line}")
                    continue
                text = " ".join(text.split())
                if not text:
                    continue
                annotated += bool(entities)
                for ent in entities:
                    value_text = text[ent.start : ent.end]
                    if ent.value != value_text:
                        data.synonyms.setdefault(value_text, ent.value)
                data.examples.append(Example(text=text, intent=name, entities=entities, source=where))
        elif kind == "synonym":
            for line in lines:
                data.synonyms[line] = name
        elif kind == "regex":
            for pattern in lines:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    data.warnings.append(f"{where} : regex « {name} » ignorée ({exc}) : {pattern}")
                    continue
                data.regexes.setdefault(name, []).append(pattern)
        else:
            data.lookups.setdefault(name, []).extend(lines)
    if annotated:
        data.warnings.append(
            f"{where} : {annotated} exemple(s) annotés d'entités : "
            "le texte sert à l'apprentissage des intentions ; "
            "les entités ne sont pas apprises (Clocher les reconnaît par règles et listes de référence)."
        )
    return data


def read_nlu(paths: Iterable[Path]) -> NluData:
    """Read several files into one data set; its sha256 covers the bytes of every file, in order."""
    data = NluData()
    digest = hashlib.sha256()
    paths = [Path(p) for p in paths]
    if not paths:
        raise NluDataError("Aucun fichier de données donné.")
    for path in paths:
        read_nlu_file(path, into=data)
        digest.update(path.read_bytes())
    data.sha256 = digest.hexdigest()
    return data


def write_nlu(path: Path, examples: Iterable[tuple[str, str]]) -> None:
    """Write (text, intent) pairs as a Rasa 3.1 NLU file (used to export generated or merged data sets)."""
    by_intent: dict[str, list[str]] = {}
    for text, intent in examples:
        by_intent.setdefault(intent, []).append(text)
    lines = ['version: "3.1"', "nlu:"]
    for intent, texts in by_intent.items():
        lines.append(f"- intent: {intent}")
        lines.append("  examples: |")
        lines.extend(f"    - {' '.join(t.split())}" for t in texts)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_nlu_data(path: Path, data: NluData) -> None:
    """Write a whole data set back as Rasa 3.1 NLU YAML: examples by intent, then synonyms, regexes and
    lookups, so a file edited from the web console keeps everything training reads from it. Entity
    annotations are not written back (they are not learned; their synonyms are kept)."""
    by_intent: dict[str, list[str]] = {}
    for example in data.examples:
        by_intent.setdefault(example.intent, []).append(" ".join(example.text.split()))
    by_value: dict[str, list[str]] = {}
    for variant, value in data.synonyms.items():
        by_value.setdefault(value, []).append(variant)
    lines = ['version: "3.1"', "nlu:"]
    blocks = [("intent", name, texts) for name, texts in by_intent.items()]
    blocks += [("synonym", value, variants) for value, variants in by_value.items()]
    blocks += [("regex", name, patterns) for name, patterns in data.regexes.items()]
    blocks += [("lookup", name, entries) for name, entries in data.lookups.items()]
    for kind, name, entries in blocks:
        lines.append(f"- {kind}: {json.dumps(name, ensure_ascii=False)}")
        lines.append("  examples: |")
        lines.extend(f"    - {entry}" for entry in entries)
    tmp = Path(path).with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)
