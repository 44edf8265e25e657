"""The parts of an arrêté's text, as a secretary reads them: what it orders lives in the articles.

An arrêté is written in a fixed order: letterhead and @ctes stamp, title and object, « Le Maire », the
visas (« Vu … ») and reasons (« Considérant … »), « ARRÊTE », the articles, « Fait à …, le … », then
ampliation, publication and the stamp again. Dates and places in the visas are other acts' (« Vu
l'arrêté du 10 février 2025 », « la demande de l'entreprise, 3 rue de la Gare »); those in the
letterhead, the stamp and the signature are the mairie's address and the paperwork's dates. Only the
object and the articles say when and where the measure applies. Page furniture (« Arrêté n° … – page
2/2 », the mairie's address in the footer) is printed in the middle of the articles at each page break.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from french import fold

PREAMBLE_START = re.compile(
    r"^(?:(?:monsieur |madame )?(?:le|la) maire\b|(?:le |la |l')(?:premier |premiere )?adjointe?\b"
    r"|nous,|vu |vu$|considerant|arrete\b\s*:?$|arrete$|arretons\b|article)",
    re.I,
)
"""The first line after the title and object (matched on folded lines): who signs (« Le Maire », « La
Maire », « Madame le Maire », « Le premier adjoint »), a visa, a reason, « ARRÊTE » or an article. The
title and the object come before it."""

NOISE = re.compile(
    r"^(?:"
    r".*\bpage\s*\d+(?:\s*(?:/|sur)\s*\d+)?\s*$"  # « Arrêté n° 2025-034 – page 1/2 »
    r"|\d+\s*/\s*\d+$"  # « 1/2 »
    r"|republique francaise.*|liberte\W+egalite\W+fraternite.*"
    r"|(?:departement|arrondissement|canton|prefecture|region)\s+(?:de|du|des|d')\b.*"
    r"|(?:commune|mairie|ville)\s+(?:de|du|des|d'|d’)\s*.{0,60}$"
    r"|extrait du registre.*|registre des arretes.*"
    r"|(?:id\s*:\s*)?\d{3}-\d{9}-\d{8}-\S+$"
    r"|accuse de reception.*|date de (?:teletransmission|reception).*|recu(?:e)? (?:en|a la) prefecture.*"
    r"|(?:affiche|publie|envoye|transmis|certifie)\w* .*le \d.*"
    r"|(?:tel|telephone|fax|courriel|e-mail|email|site)\b.*"
    r"|n\s*(?:o|°)?\s*\.?\s*:?\s*[0-9][a-z0-9_\-/.]*$"  # a number alone: « N° 2025-034 »
    r")$",
    re.I,
)
"""Lines that are never an arrêté's object nor part of what it orders: running headers and footers,
letterheads, the @ctes stamp block, a number alone on its line. Matched on folded lines."""

CONTACT = re.compile(r"\b0\d(?:[ .]?\d{2}){4}\b|[\w.+-]+@[\w-]+\.[\w.]+|\bwww\.")
"""A phone number, an e-mail or a web address: the mairie's footer (« 4 place de la Fruitière – 39160
Ormeval – Tél. 03 84 47 52 10 »), whose street is not a place the arrêté regulates."""

ARRETE_LINE = re.compile(r"^(?:arrete|arretons|decide)\s*:?\s*$", re.I)
"""« ARRÊTE » alone on its line: the visas end, the articles begin."""

ARTICLE_HEADING = re.compile(r"^article\s+(?:\d+|premier|unique)(?:er|e)?\s*(?:[:.\-–—]|$)", re.I)
"""« Article 1 », « Article 1er : … », « Article premier – … »: an article's heading. A visa that wraps
(« … et notamment son / article 84 relatif à … ») starts with « article » too, but not with « Article
84 : » nor « Article 84 » alone."""

SIGNATURE = re.compile(r"^(?:fait\s+(?:a|en)\b|a\s+[^,]{2,60},\s+le\s+\d)", re.I)
"""« Fait à Ormeval, le 13 avril 2026 », « Fait en mairie, le … », « À Ormeval, le … »: the articles end."""

VISA = re.compile(r"^(?:vu\b|considerant\b)", re.I)
"""A visa or a reason: cites other acts and facts, never states when or where this one applies."""

_REPEATED_MIN_LENGTH = 12


@dataclass(frozen=True)
class Layout:
    """An arrêté's text cut into its parts (lines as extracted, page furniture left out of `articles`)."""

    head: list[str]  # letterhead, stamp, title and object
    preamble: list[str]  # « Le Maire … », visas and reasons
    articles: list[str]  # what the arrêté orders
    tail: list[str]  # signature, ampliation, publication, stamp


def furniture(lines: list[str]) -> set[str]:
    """Folded lines printed on every page (running headers and footers, page numbers written apart).

    Why repetition: a footer's wording is the commune's own (« Commune de … – 5 Grand'Rue – … »); what
    gives it away is that each page repeats it. Digits are ignored so « page 1/2 » and « page 2/2 » match.
    """
    counts = Counter(_shape(line) for line in lines if len(line.strip()) >= _REPEATED_MIN_LENGTH)
    return {shape for shape, n in counts.items() if n > 1}


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", fold(line.strip()))


def is_furniture(line: str, repeated: set[str]) -> bool:
    """A header, footer, stamp or contact line: no part of what the arrêté says."""
    folded = fold(line.strip())
    return (
        not folded
        or _shape(line) in repeated
        or bool(NOISE.match(folded))
        or bool(CONTACT.search(folded))
    )


def split(text: str) -> Layout:
    """Cut the text into head, preamble, articles and tail (see the module's docstring for why).

    The articles start at « ARRÊTE » (else at the first article heading) and end at « Fait à …, le … ».
    A text with neither « ARRÊTE » nor an article heading (a short notice) has its body after the
    preamble's first line read as articles, visas and reasons left out line by line.
    """
    lines = text.splitlines()
    folded = [fold(line.strip()) for line in lines]
    start = next((i for i, f in enumerate(folded) if PREAMBLE_START.match(f)), len(lines))
    body = _articles_start(folded, start)
    end = next((i for i in range(body, len(lines)) if SIGNATURE.match(folded[i])), len(lines))
    repeated = furniture(lines)
    if body < len(lines) or start == len(lines):
        preamble = lines[start:body]
        articles = [line for line in lines[body:end] if not is_furniture(line, repeated)]
    else:  # no « ARRÊTE », no article heading: whatever is not a visa is what it orders
        end = next((i for i in range(start, len(lines)) if SIGNATURE.match(folded[i])), len(lines))
        preamble = [line for line in lines[start:end] if VISA.match(fold(line.strip()))]
        articles = [
            line
            for line in lines[start:end]
            if not VISA.match(fold(line.strip())) and not is_furniture(line, repeated)
        ]
    return Layout(head=lines[:start], preamble=preamble, articles=articles, tail=lines[end:])


def _articles_start(folded: list[str], start: int) -> int:
    """Index of the first line of the articles: after « ARRÊTE », else an article heading, else the end."""
    for i in range(start, len(folded)):
        if ARRETE_LINE.match(folded[i]):
            return i + 1
    for i in range(start, len(folded)):
        if ARTICLE_HEADING.match(folded[i]):
            return i
    return len(folded)


ADMINISTRATIVE = re.compile(
    r"\b(?:sera\s+(?:publie|affiche|notifie|transmis)|affiche\w*\s+(?:en|a)\s|ampliation|recours"
    r"|charge\w*[^.;]{0,60}\bexecution|execution du present|voie(?:s)? et delais)",
)
"""Clauses about the paperwork — display, notification, appeal, who carries it out — not the measure:
« affiché à l'entrée du parc et à la mairie » names no place the arrêté regulates, « recours dans un
délai de deux mois à compter de sa publication » no date it applies. Matched on folded text."""

_CLAUSE_END = re.compile(r"(?<=[;!?])\s+|(?<=\.)\s+(?=[A-ZÉÈÀÂÎÔÛÇ])|\n(?=[Aa]rticle\b)")


def clauses(lines: list[str]) -> list[str]:
    """The articles as clauses (sentences and « ; » parts), lines joined, paperwork clauses left out.

    Why join lines: extraction cuts sentences at the page's width (« du lundi 29 juin 2026 au vendredi /
    10 juillet 2026 »). Hyphenated names cut at a line end (« Mont-sous- / Liante ») are rare enough
    in arrêtés that lines are joined with a space.
    """
    text = "\n".join(" ".join(line.split()) for line in lines)
    out = []
    for part in _CLAUSE_END.split(text):
        clause = " ".join(part.split())
        if clause and not ADMINISTRATIVE.search(fold(clause)):
            out.append(clause)
    return out
