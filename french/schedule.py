"""Weekly hours written in French text: « le samedi de 9 h à 12 h et de 15 h à 19 h ; dimanches et jours
fériés : 10 h - 12 h », « fermée le lundi ».

Why: a fiche pratique holds its hours as sentences, not as OpenStreetMap `opening_hours`; a resident asking
« je peux tondre le dimanche après-midi ? » deserves « Non » read from them. Only a plain weekly schedule is
read: a text whose hours change with the season or the month (french/data/days.txt, [season]), or that
gives one day two different sets of hours, is not a schedule we can answer from, and `read` says so (None)
— unless it dates each period (« du 1er décembre au 30 avril : … ; du 1er mai au 30 novembre : … ») and
is asked about a day: then the period holding that day is read.
"""

from __future__ import annotations

import re
from datetime import date, time
from functools import lru_cache
from pathlib import Path

from .text import fold, fold_keep_offsets

DATA = Path(__file__).parent / "data" / "days.txt"
_TIME = r"(\d{1,2})\s*h\s*(\d{2})?"
_RANGE = re.compile(rf"(?<!\d){_TIME}\s*(?:-|–|à|a|jusqu'a|jusqu a)\s*{_TIME}")
_THROUGH = re.compile(r"\bdu (\w+) au (\w+)\b")
_CLOSED = re.compile(r"\bfermee?s?\b")

Schedule = dict[int, list[tuple[time, time]]]  # weekday → opening spans; [] for a day said closed


@lru_cache(maxsize=1)
def _sections() -> dict[str, list[str]]:
    """french/data/days.txt's lines by section: the days first, then [months] and [season]."""
    out: dict[str, list[str]] = {"days": []}
    section = "days"
    for raw in DATA.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("["):
            section = line.strip("[]")
            out.setdefault(section, [])
        elif line:
            out[section].append(line)
    return out


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, tuple[int, ...]], frozenset[str]]:
    days: dict[str, tuple[int, ...]] = {}
    for line in _sections()["days"]:
        parts = line.split()
        numbers = [p for p in parts if p.isdigit()]
        days[" ".join(p for p in parts if not p.isdigit())] = tuple(int(n) for n in numbers)
    return days, frozenset(_sections().get("season", []))


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {name: int(number) for name, number in (line.split() for line in _sections().get("months", []))}


def day_words() -> frozenset[str]:
    """The phrases that name days (« samedi », « week end », « jours ouvrables »)."""
    return frozenset(_words()[0])


def day_group(text: str | None) -> tuple[int, ...]:
    """The weekdays of a phrase naming several days (« en semaine », « le week-end »), or (): « il ouvre en
    semaine ? » asks about Monday to Friday, not about today."""
    folded = " ".join(fold(text or "").replace("-", " ").split())
    return next((days for _, _, days in _day_matches(folded) if len(days) > 1), ())


def weekdays_named(text: str | None) -> frozenset[int]:
    """The weekdays a text restricts something to (« les lundis, mardis, jeudis et vendredis », « chaque
    vendredi »); none when it names no day, or names dated days (« du lundi 3 au vendredi 14 août »), which
    its dates already say."""
    folded = " ".join(fold(text or "").replace("-", " ").split())
    matches = _day_matches(folded)
    if any(_DATED.match(folded, end) for _, end, _ in matches):
        return frozenset()
    named: set[int] = set()
    excepted: set[int] = set()
    previous: tuple[int, bool] = (0, False)  # end of the last day phrase, and whether it was excepted
    for start, end, days in matches:
        joined = folded[previous[0] : start].strip(" ,") in {"et", "ou", ""}
        excepting = _excepts(folded[:start]) or (previous[1] and joined)
        (excepted if excepting else named).update(days)
        previous = (end, excepting)
    if excepted and not named:
        named = set(range(7))  # « interdit sauf le dimanche »: every other day
    return frozenset(named - excepted)


_DATED = re.compile(r"\s*(?:\d|1er\b)")


def _excepts(before: str) -> bool:
    """Whether the day phrase that follows `before` is an exception (« sauf dimanches et jours fériés »,
    « sauf le samedi », « du lundi au samedi, excepté les jours fériés »): days.txt's [except] words, then
    at most an article (« sauf samedi et dimanche »: the caller reads the days joined to an exception)."""
    words = before.split()[-3:]
    while words and words[-1] in {"le", "la", "les", "l"}:
        words = words[:-1]
    return bool(words) and words[-1] in _except_words()


@lru_cache(maxsize=1)
def _except_words() -> frozenset[str]:
    return frozenset(_sections().get("except", []))


def daily_hours(text: str | None) -> list[tuple[time, time]]:
    """The hours a text gives with no weekday (« interdiction des barbecues de 10 h à 21 h », « fermeture
    de 21 h à 6 h »): a measure of every day it runs, at those hours only. A span past midnight keeps its
    order (start after end). Empty when the text names weekdays (`read` gives those) or an hour it cannot
    read."""
    folded = " ".join(fold(text or "").replace("-", " - ").split())
    if _day_matches(folded):
        return []
    spans = []
    for m in _RANGE.finditer(folded):
        start, end = _clock(m.group(1), m.group(2)), _clock(m.group(3), m.group(4))
        if start is None or end is None or start == end:
            return []
        spans.append((start, end))
    return spans


def month_words() -> frozenset[str]:
    return frozenset(_months())


def date_months() -> dict[str, int]:
    """Month names as a resident writes a date, in full or short (« janvier », « janv », « jan ») → the
    month's number, in calendar order: days.txt's [months] and [month_abbreviations]. The schedules read
    the full names only (`_months`)."""
    lines = _sections().get("month_abbreviations", [])
    short = {name: int(number) for name, number in (line.split() for line in lines)}
    return dict(sorted({**_months(), **short}.items(), key=lambda item: item[1]))


def weekday_names() -> dict[str, int]:
    """Each weekday's own name → its number (« lundi » → 0 … « dimanche » → 6), as a date is written
    (« jeudi 12 », « samedi prochain »): the one-word phrases of days.txt naming a single day, without
    their plurals (« les lundis » names no date)."""
    days, _ = _words()
    return {
        phrase: covered[0]
        for phrase, covered in days.items()
        if len(covered) == 1 and " " not in phrase and not (phrase.endswith("s") and phrase[:-1] in days)
    }


@lru_cache(maxsize=1)
def moment_words() -> frozenset[str]:
    """Days and months: what a question says of when, not of what (« et samedi ? », « le 10 juillet »)."""
    return day_words() | month_words()


def _period_pattern() -> re.Pattern:
    names = "|".join(_months())
    return re.compile(rf"\bdu (\d{{1,2}})(?:er)? ({names}) au (\d{{1,2}})(?:er)? ({names})\b")


def _contains(day: date, first: tuple[int, int], last: tuple[int, int]) -> bool:
    """Whether (month, day) bounds hold the day, across the new year too (« du 1er décembre au 30 avril »)."""
    here = (day.month, day.day)
    return first <= here <= last if first <= last else here >= first or here <= last


def _period_holds(match: re.Match, day: date) -> bool:
    """Whether a « du 1er avril au 31 octobre » match of `_period_pattern` holds the day."""
    months = _months()
    first = (months[match.group(2)], int(match.group(1)))
    return _contains(day, first, (months[match.group(4)], int(match.group(3))))


@lru_cache(maxsize=1)
def _closed_season_pattern() -> re.Pattern:
    names = "|".join(_months())
    return re.compile(
        rf"\bfermee?s?\s+(?:(?:d'|de )({names}) (?:a|au) ({names})"
        rf"|du (\d{{1,2}})(?:er)? ({names}) au (\d{{1,2}})(?:er)? ({names}))\b"
    )


def closed_season(text: str, day: date) -> bool:
    """« Fermé d'octobre à mars », « fermée du 1er novembre au 31 mars » holds the day."""
    months = _months()
    for m in _closed_season_pattern().finditer(text):
        if m.group(1):
            first, last = (months[m.group(1)], 1), (months[m.group(2)], 31)
        else:
            first = (months[m.group(4)], int(m.group(3)))
            last = (months[m.group(6)], int(m.group(5)))
        if _contains(day, first, last):
            return True
    return False


def out_of_its_period(text: str | None, day: date) -> bool:
    """« Du 1er juin au 30 septembre, les chiens sont interdits sur la plage »: asked on 10 October, the
    sentence says nothing of that day. False when the text names no such period, or one holding the day."""
    found = list(_period_pattern().finditer(fold(text or "")))
    return bool(found) and not any(_period_holds(m, day) for m in found)


def in_its_months(text: str | None, day: date) -> bool:
    """Whether the months a text names hold the day: « en juillet et août » says nothing of October. A
    text with a « du … au … » period is read by that period (`out_of_its_period`); one naming no month
    holds all year."""
    folded = fold(text or "")
    if _period_pattern().search(folded):
        return not out_of_its_period(text, day)
    months = _months()
    named = {months[w] for w in re.findall(r"[a-z]+", folded) if w in months}
    return not named or day.month in named


_SENTENCES = re.compile(r"((?<=[.!?])\s+|\n)")
_LOOSE_END = re.compile(r"[\s,;:]*(?:\bet\b|\bpuis\b)?[\s,;:.]*$")


def for_period(text: str, day: date) -> str | None:
    """The text with each sentence that gives hours for two dated periods or more cut to the period
    holding the day: « ouvert du 1er avril au 31 octobre de 8 h à 19 h, et du 1er novembre au 31 mars de
    8 h à 17 h 30. » asked for May reads « ouvert du 1er avril au 31 octobre de 8 h à 19 h. ». None when
    no sentence has a period to leave out, or none holds the day."""
    pattern = _period_pattern()
    parts = _SENTENCES.split(text)
    changed = False
    for i in range(0, len(parts), 2):
        sentence = parts[i]
        found = list(pattern.finditer(fold_keep_offsets(sentence)))
        if len(found) < 2:
            continue
        holding = [n for n, m in enumerate(found) if _period_holds(m, day)]
        if len(holding) != 1:
            continue
        n = holding[0]
        end = found[n + 1].start() if n + 1 < len(found) else len(sentence)
        kept = _LOOSE_END.sub("", sentence[: found[0].start()] + sentence[found[n].start() : end])
        parts[i] = kept[:1].upper() + kept[1:] + "."
        changed = True
    if not changed:
        # « Horaires d'été (du 1er avril au 30 septembre) : … . Horaires d'hiver (du 1er octobre au 31 mars) :
        # … . »: one period per sentence giving hours; the sentences of the other periods go
        holds: dict[int, bool] = {}
        for i in range(0, len(parts), 2):
            folded = fold_keep_offsets(parts[i])
            found = list(pattern.finditer(folded))
            if len(found) == 1 and _RANGE.search(folded):  # a sentence giving hours, not another rule
                holds[i] = _period_holds(found[0], day)
        if len(holds) >= 2 and sum(holds.values()) == 1:
            for i, held in holds.items():
                if not held:
                    parts[i] = ""
                    # the separator before it goes (the one after may end a line), or after the first
                    parts[i - 1 if i else min(i + 1, len(parts) - 1)] = ""
            changed = True
    return "".join(parts).strip() if changed else None


def period_of(text: str, day: date) -> str | None:
    """The part of a text whose dated period holds the day, when the text gives two periods or more."""
    found = list(_period_pattern().finditer(text))
    if len(found) < 2:
        return None
    for i, m in enumerate(found):
        if _period_holds(m, day):
            end = found[i + 1].start() if i + 1 < len(found) else len(text)
            return text[m.end() : end]
    return None


def _day_matches(text: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """(start, end, weekdays) of each day phrase, « du lundi au vendredi » as one phrase."""
    days, _ = _words()
    found: list[tuple[int, int, tuple[int, ...]]] = []
    taken: list[tuple[int, int]] = []
    for m in _THROUGH.finditer(text):
        first, last = days.get(m.group(1)), days.get(m.group(2))
        if first and last and len(first) == 1 and len(last) == 1 and first[0] <= last[0]:
            found.append((m.start(), m.end(), tuple(range(first[0], last[0] + 1))))
            taken.append((m.start(), m.end()))
    for phrase in sorted(days, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            found.append((m.start(), m.end(), days[phrase]))
            taken.append((m.start(), m.end()))
    return sorted(found)


def _clock(hours: str, minutes: str | None) -> time | None:
    h, m = int(hours), int(minutes or 0)
    if h == 24 and m == 0:
        return time.max
    if h > 23 or m > 59:
        return None
    return time(h, m)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[a-z0-9])")


def _schedule_sentences(folded: str) -> str:
    """The sentences that give hours or closed days: « les encombrants sont collectés le premier mercredi
    de juin » after a weekly schedule is another subject, whose months must not make it seasonal."""
    sentences = _SENTENCE.split(folded)
    kept = [s for s in sentences if _RANGE.search(s) or _CLOSED.search(s)]
    return " ".join(kept) if kept else folded


def read(text: str | None, on: date | None = None, *, dated: bool = False) -> Schedule | None:
    """The weekly schedule a text gives (on that day, for a text dated by periods), or None when it gives
    none we can trust. `dated`: the text's own dates bound its season (an arrêté's « piétonnisation
    estivale … les samedis et dimanches de 10 h à 19 h »), so a season's name does not make it doubtful."""
    if not text:
        return None
    folded = _schedule_sentences(fold(text))
    _, season = _words()
    if not dated and any(re.search(rf"\b{w}\b", folded) for w in season):
        part = period_of(folded, on) if on else None
        if part is None:
            # « fermé d'octobre à mars »: out of its seasons, closed every day
            return dict.fromkeys(range(7), []) if on and closed_season(folded, on) else None
        folded = part
    events: list[tuple[int, str, object]] = [(a, "day", days) for a, _, days in _day_matches(folded)]
    for m in _RANGE.finditer(folded):
        start, end = _clock(m.group(1), m.group(2)), _clock(m.group(3), m.group(4))
        if start is None or end is None or end <= start:
            return None
        events.append((m.start(), "span", (start, end)))
    for m in _CLOSED.finditer(folded):
        events.append((m.start(), "closed", None))
    events.sort(key=lambda e: e[0])
    schedule: Schedule = {}
    general: set[int] = set()  # days set by a phrase naming several (« jours ouvrables »)
    group: list[int] = []
    spans: list[tuple[time, time]] = []
    closed = False

    def flush() -> bool:
        """Give the group's days their spans; a day named alone overrides a group of days (« jours
        ouvrables … le samedi … »); a day given twice otherwise is not a plain weekly schedule."""
        if not group or not (spans or closed):
            return True
        several = len(group) > 1
        for day in group:
            if day in schedule:
                if several and day not in general:
                    continue  # the day was named alone earlier: that wins
                if several or day not in general:
                    return False  # twice by a group, or twice alone
            schedule[day] = [] if closed and not spans else list(spans)
            if several:
                general.add(day)
            else:
                general.discard(day)
        return True

    previous = None
    for _, what, value in events:
        if what == "day":
            if previous in {"span", "closed"} and (spans or (closed and group)):
                if not flush():
                    return None
                group, spans, closed = [], [], previous == "closed" and not group
            group.extend(d for d in value if d not in group)  # type: ignore[union-attr]
        elif what == "span" and group:
            spans.append(value)  # type: ignore[arg-type]
        elif what == "closed":
            if spans:  # « … de 9 h à 18 h. Fermée le lundi »: what follows is closed
                if not flush():
                    return None
                group, spans = [], []
            closed = True
        previous = what
    if not flush():
        return None
    return schedule or None


# Where a sentence's figures part, outside brackets: « 19,50 € en basse saison (mai, juin, septembre) et
# 27,80 € en haute saison (juillet et août) ; électricité 5,10 € ».
_PARTS = re.compile(r"\s*;\s*|,\s+|\s+et\s+|\s+ou\s+")
_TOKEN = re.compile(r"\d[\d\s]*(?:[.,]\d+)?|[^\W\d_]+|€|%")


@lru_cache(maxsize=1)
def _season_months() -> dict[str, frozenset[int]]:
    return {
        parts[0]: frozenset(int(n) for n in parts[1:])
        for parts in (line.split() for line in _sections().get("season_months", []))
    }


def _top_level_parts(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each part of a sentence, split where no bracket is open."""
    spans, start = [], 0
    for m in _PARTS.finditer(sentence):
        depth = sentence.count("(", 0, m.start()) - sentence.count(")", 0, m.start())
        # after a figure, a comma goes on with it (« à compter du 1er septembre 2026, le repas coûte … »),
        # unless « et » or « ou » opens another part (« de 8h00 à 19h00, et du 1er novembre … »)
        joined = sentence[m.start() - 1 : m.start()].isdigit() and not _lead_join(sentence[m.end() :])
        if depth == 0 and not (m.group().strip() == "," and joined):
            spans.append((start, m.start()))
            start = m.end()
    end = len(sentence.rstrip(" .!?"))  # the sentence's full stop stays
    # and so does a closing aside on the whole sentence (« (adoptée à l'unanimité : 9 pour …) »), not
    # one naming the last figure's season (« (juillet et août) »)
    aside = re.search(r"\s*\([^()]*\)$", sentence[:end])
    if aside and aside.start() > start and _months_said(fold_keep_offsets(aside.group())) is None:
        end = aside.start()
    spans.append((start, end))
    return spans


@lru_cache(maxsize=1)
def _month_range() -> re.Pattern:
    names = "|".join(_months())
    words = sorted(_sections().get("month_range_links", []), key=len, reverse=True)
    links = "|".join(rf"\s+{re.escape(w)}\s+" if w[-1].isalpha() else rf"\s*{re.escape(w)}\s*" for w in words)
    return re.compile(rf"\b({names})(?:{links})(?:\d{{1,2}}(?:er)?\s+)?({names})\b")


def _months_said(folded: str) -> frozenset[int] | None:
    """The months a part of a sentence gives its figure for: those it names, or its season's; None when it
    names none. The rest of the year is the empty set, read against the others."""
    months = _months()
    named = {months[w] for w in re.findall(r"[a-z]+", folded) if w in months}
    for m in _month_range().finditer(folded):  # « du 1er avril au 31 octobre »: the months between
        first, last = months[m.group(1)], months[m.group(2)]
        named |= {(first - 1 + k) % 12 + 1 for k in range((last - first) % 12 + 1)}
    seasons = _season_months()
    for word in re.findall(r"[a-z]+", folded):
        named |= seasons.get(word, frozenset())
    if named:
        return frozenset(named)
    if any(phrase in folded for phrase in _sections().get("rest_of_year", [])):
        return frozenset()
    return None


_LEAD_JOIN = re.compile(r"(?:et|ou)\s+", re.IGNORECASE)  # the words _PARTS splits on, opening a part


def _lead_join(part: str) -> int:
    """The length of the « et » or « ou » a part opens on (« et du 1er novembre … »), else 0."""
    m = _LEAD_JOIN.match(part)
    return m.end() if m else 0


def _figure_start(part: str, like: str) -> int | None:
    """Where a part's figure begins, read on the shape of another part that begins with its figure: « 3
    semaines … » finds « 5 semaines » in « Délai actuel : environ 5 semaines en été », so the words before
    it, which say what is measured, stay; « et du 1er novembre au 31 mars … » finds « du 1er avril » in
    « est ouvert du 1er avril au 31 octobre … »."""
    shape = _TOKEN.findall(like[_lead_join(like) :])[:2]
    if len(shape) < 2:
        return None
    if not shape[0][0].isdigit():
        # a period's opening word (« du ») before its figure: the same word before a figure in the part
        if not shape[1][0].isdigit():
            return None
        found = re.search(rf"\b{re.escape(shape[0])}\s+\d", part, re.IGNORECASE)
        return found.start() if found else None
    for m in re.finditer(r"\d", part):
        if m.start() and part[m.start() - 1].isdigit():
            continue
        tokens = _TOKEN.findall(part[m.start() :])[:2]
        if len(tokens) == 2 and tokens[1] == shape[1]:
            return m.start()
    return None


def season_day(text: str, today: date) -> date | None:
    """The day a question's season stands for (« le cimetière ferme à quelle heure en hiver ? »): today when
    it is in that season, else the first day of the season's next month; None when no season is named."""
    seasons = _season_months()
    named = [seasons[w] for w in re.findall(r"[a-z]+", fold_keep_offsets(text)) if w in seasons]
    if not named:
        return None
    if today.month in named[0]:
        return today
    ahead = min((m - today.month) % 12 for m in named[0])
    month = (today.month - 1 + ahead) % 12 + 1
    return date(today.year + (month < today.month), month, 1)


def for_season(text: str, day: date) -> str | None:
    """The text with each sentence that gives one figure per season cut to the season holding the day:
    « Délai actuel : environ 5 semaines en été, 3 semaines le reste de l'année. » asked in August reads
    « Délai actuel : environ 5 semaines en été. », asked in November « Délai actuel : environ 3 semaines le
    reste de l'année. ». Seasons are months named or season words ([season_months] of days.txt). None
    when no sentence has exactly one such part holding the day and another that does not."""
    parts = _SENTENCES.split(text)
    changed = False
    for i in range(0, len(parts), 2):
        cut = _season_cut(parts[i], day)
        if cut is not None:
            parts[i] = cut
            changed = True
    return "".join(parts).strip() if changed else None


def _season_cut(sentence: str, day: date) -> str | None:
    folded = fold_keep_offsets(sentence)
    spans = _top_level_parts(sentence)
    seasonal = [
        (n, months)
        for n, (s, e) in enumerate(spans)
        if (months := _months_said(folded[s:e])) is not None and re.search(r"\d", sentence[s:e])
    ]
    named = [m for _, m in seasonal if m]
    rest = frozenset(range(1, 13)) - frozenset().union(*named)
    holding = [n for n, m in seasonal if day.month in (m or rest)]
    if len(seasonal) < 2 or len(holding) != 1 or not named:
        return None
    kept = spans[holding[0]]
    cut = sentence
    for n, _ in reversed(seasonal):
        s, e = spans[n]
        if n > holding[0]:
            cut = cut[: spans[n - 1][1]] + cut[e:]  # with the separator before it
            continue
        if n == holding[0]:
            continue
        # before the figure kept: the words saying what is measured stay (« Délai actuel : environ »)
        start = _figure_start(sentence[s:e], sentence[kept[0] : kept[1]])
        if start is None:
            return None
        following = spans[n + 1][0]
        if n + 1 == holding[0]:  # the part kept takes the place of this one's figure, without its « et »
            following += _lead_join(sentence[following : spans[n + 1][1]])
        cut = cut[: s + start] + cut[following:]
    return cut[:1].upper() + cut[1:]
