"""Reading the XML files of public finance (TOTEM budgets, plans de comptes): a small tree with line numbers.

Why not xml.etree: its elements do not know their line, and a clerk needs the line of a bad amount to
find it. pyexpat directly gives both, in any encoding the file declares (TOTEM files are ISO-8859-1).
Entity declarations are refused outright: budget files never need them, and they are the way an XML
file makes a parser expand text without bound.
"""

from __future__ import annotations

import pyexpat
from collections.abc import Iterator
from dataclasses import dataclass, field

from .csvread import FileRejected

_TRUNCATED_CODES = {
    pyexpat.errors.codes[pyexpat.errors.XML_ERROR_NO_ELEMENTS],
    pyexpat.errors.codes[pyexpat.errors.XML_ERROR_UNCLOSED_TOKEN],
    pyexpat.errors.codes[pyexpat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION],
    pyexpat.errors.codes[pyexpat.errors.XML_ERROR_PARTIAL_CHAR],
}


@dataclass
class Node:
    """One element: its namespace and local name, its attributes, its children, the line it starts on."""

    namespace: str
    name: str
    attrib: dict[str, str]
    line: int
    children: list[Node] = field(default_factory=list)

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.attrib.get(key, default)

    def find(self, name: str) -> Node | None:
        """The first child called `name` (any namespace)."""
        return next((c for c in self.children if c.name == name), None)

    def findall(self, name: str) -> list[Node]:
        return [c for c in self.children if c.name == name]

    def iter(self, name: str) -> Iterator[Node]:
        """Every element called `name` below this one, in document order (nested ones included)."""
        for child in self.children:
            if child.name == name:
                yield child
            yield from child.iter(name)

    def value(self, name: str) -> str | None:
        """TOTEM's `<Name V="…"/>` child: its V attribute, stripped; None when absent or blank."""
        child = self.find(name)
        text = (child.get("V") or "").strip() if child is not None else ""
        return text or None


def _split(name: str) -> tuple[str, str]:
    namespace, _, local = name.rpartition(" ")
    return namespace, local


def parse_xml(data: bytes, what: str = "fichier XML") -> Node:
    """The document's root element, or FileRejected in French (truncated, malformed, entities).

    `what` names the file for the clerk (« fichier budgétaire TOTEM »).
    """
    parser = pyexpat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[Node] = []
    roots: list[Node] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        namespace, local = _split(name)
        node = Node(namespace, local, {_split(k)[1]: v for k, v in attrs.items()}, parser.CurrentLineNumber)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)

    def end(name: str) -> None:
        stack.pop()

    def entity(*args: object) -> None:
        raise FileRejected(
            f"ce {what} déclare des entités XML (<!ENTITY …>) : un fichier de finances publiques n'en a "
            "jamais besoin, il est refusé par prudence. Rien n'a été importé."
        )

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = entity
    try:
        parser.Parse(data, True)
    except pyexpat.ExpatError as exc:
        raise _french(exc, data, what) from None
    except (LookupError, UnicodeError):
        raise FileRejected(
            f"ce {what} déclare un encodage que Clocher ne sait pas lire : enregistrez-le en UTF-8 ou en "
            "ISO-8859-1. Rien n'a été importé."
        ) from None
    if not roots:
        raise FileRejected(f"ce {what} ne contient aucun élément. Rien n'a été importé.")
    return roots[0]


def _french(exc: pyexpat.ExpatError, data: bytes, what: str) -> FileRejected:
    """expat's English error as a French refusal with its line; a cut-off file is said to be cut off."""
    lines = data.count(b"\n") + 1
    if exc.code in _TRUNCATED_CODES or (exc.lineno >= lines and not data.rstrip().endswith(b">")):
        return FileRejected(
            f"ce {what} s'arrête avant sa fin (fichier tronqué ou copié incomplètement, ligne "
            f"{exc.lineno}) : "
            "récupérez le fichier complet, puis importez-le à nouveau. Rien n'a été importé.",
            line=exc.lineno,
        )
    return FileRejected(
        f"ce {what} est mal formé ligne {exc.lineno} (balise, guillemet ou caractère interdit) : il a été "
        "abîmé ou modifié à la main ; récupérez l'original auprès du logiciel qui l'a produit. Rien n'a "
        "été importé.",
        line=exc.lineno,
    )


def _head(data: bytes) -> bytes:
    return data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")


def declares_xml(data: bytes) -> bool:
    """True when the file opens with an XML declaration (« <?xml … ?> »): it is XML, whatever follows."""
    return _head(data).startswith(b"<?xml")


def root_of(data: bytes) -> tuple[str, str, dict[str, str]] | None:
    """(namespace, local name, attributes) of the root element, read from the file's start; None when the
    file does not start like XML or its root cannot be read. For detection: the rest is not read."""
    head = _head(data)
    if not head.startswith(b"<"):
        return None
    parser = pyexpat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
    found: list[tuple[str, str, dict[str, str]]] = []

    class _Found(Exception):
        pass

    def start(name: str, attrs: dict[str, str]) -> None:
        namespace, local = _split(name)
        found.append((namespace, local, {_split(k)[1]: v for k, v in attrs.items()}))
        raise _Found

    parser.StartElementHandler = start
    try:
        parser.Parse(head, False)
    except _Found:
        pass
    except (pyexpat.ExpatError, LookupError, UnicodeError):
        return None
    return found[0] if found else None
