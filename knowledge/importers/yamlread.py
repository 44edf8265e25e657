# ruff: noqa: E501  (French messages are kept whole, one per line)
"""Reading a clerk's YAML (commune.yml) safely, with errors in plain French.

Why: PyYAML's messages are parser jargon (« found character '\\t' that cannot start any token »), and
its aliases let a few hundred bytes expand into billions of values (« billion laughs »): a profile
never needs them, so any alias is refused before anything is built.
"""

from __future__ import annotations

from typing import Any

import yaml

from .csvread import FileRejected

MAX_BYTES = 1_000_000  # a commune profile is a few hundred bytes
MAX_DEPTH = 20

# (words in PyYAML's problem, what it means for the clerk), first match wins.
_PROBLEMS = [
    ("'\\t'", "une tabulation : YAML n'accepte que des espaces pour décaler les lignes ; remplacez-la par des espaces"),
    ("mapping values are not allowed", "un deux-points « : » inattendu ; si la valeur en contient un, mettez-la entre guillemets"),
    ("could not find expected ':'", "il manque le deux-points « : » après le nom du champ"),
    ("unexpected end of stream", "un guillemet ouvert n'est jamais refermé"),
    ("found unknown escape character", "une barre oblique inverse « \\ » entre guillemets doubles ; utilisez des guillemets simples"),
    ("expected <block end>", "le décalage des lignes est incohérent : les champs d'un même bloc doivent commencer à la même colonne"),
    ("did not find expected key", "le décalage des lignes est incohérent : les champs d'un même bloc doivent commencer à la même colonne"),
    ("did not find expected '-'", "le décalage des lignes est incohérent : les éléments d'une liste commencent tous par « - » à la même colonne"),
    ("expected ',' or ']'", "un crochet « [ » n'est pas refermé"),
    ("expected ',' or '}'", "une accolade « { » n'est pas refermée"),
    ("that cannot start any token", "ce caractère ne peut pas commencer une valeur ; mettez la valeur entre guillemets"),
    ("found undefined alias", "un alias YAML (« *nom ») ; écrivez la valeur en toutes lettres"),
    ("found duplicate anchor", "une ancre YAML (« &nom ») répétée ; écrivez les valeurs en toutes lettres"),
]


class _ProfileLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and documents nested deeper than MAX_DEPTH."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise FileRejected(
                f"ligne {event.start_mark.line + 1}, colonne {event.start_mark.column + 1} : alias YAML "
                f"« *{event.anchor} ». Un profil n'en a pas besoin : écrivez chaque valeur en toutes lettres.",
                line=event.start_mark.line + 1,
            )
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise FileRejected(
                    f"ligne {mark.line + 1} : blocs imbriqués trop profondément ; un profil de commune a "
                    "deux niveaux (les champs, et ceux de « mairie »).",
                    line=mark.line + 1,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load(text: str) -> Any:
    """The YAML document in `text`; FileRejected with the line, the column and the fix in French."""
    if len(text) > MAX_BYTES:
        raise FileRejected("le fichier fait plus d'un million de caractères : ce n'est pas un profil de commune.")
    try:
        return yaml.load(text, Loader=_ProfileLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if "end of stream" in (exc.problem or "") and exc.context_mark is not None:
            mark = exc.context_mark  # where the quote was opened, not the end of the file
        raise FileRejected(_french(exc.problem or "", mark), line=mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise FileRejected(
            f"ligne {line} : caractère invisible interdit (code {exc.character:#x}) ; supprimez-le ou "
            "retapez la ligne.",
            line=line,
        ) from None
    except yaml.YAMLError as exc:  # pragma: no cover - every PyYAML error above is marked
        raise FileRejected(f"YAML illisible ({type(exc).__name__}) ; vérifiez le fichier.") from None
    except RecursionError:
        raise FileRejected("blocs ou listes imbriqués trop profondément : ce n'est pas un profil de commune.") from None


def _french(problem: str, mark: Any) -> str:
    where = f"ligne {mark.line + 1}, colonne {mark.column + 1}" if mark is not None else "quelque part"
    said = next((french for words, french in _PROBLEMS if words in problem), None)
    if said is None:
        said = "syntaxe incorrecte ; vérifiez le décalage des lignes, les deux-points et les guillemets"
    return f"YAML incorrect {where} : {said}."
