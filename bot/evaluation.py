"""Residents' question sets, run through the conversation core and judged as a resident would judge them.

A question set is a commune's files plus a `questions.yml` written by someone who knows the files (see
tests/communes/README.md for the format). Each answer is one of three outcomes, because they do not cost
the same: a right answer; an honest fallback (« je ne sais pas » and the mairie's contacts, when the files
did hold the answer); and a confident-wrong answer (an answer that misses a required fact, states a wrong
one, or answers a question the files cannot answer) — the one a resident cannot detect.

Used by the tests, `bench/bench_communes.py` and the web console's model evaluation page.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import yaml

RIGHT = "right"
HONEST_FALLBACK = "honest_fallback"
CONFIDENT_WRONG = "confident_wrong"
OUTCOMES = (RIGHT, HONEST_FALLBACK, CONFIDENT_WRONG)
OUTCOME_LABELS = {RIGHT: "juste", HONEST_FALLBACK: "repli honnête", CONFIDENT_WRONG: "faux assuré"}

DEFAULT_TODAY = "2026-06-17"
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2019": "'"})


@dataclass(frozen=True)
class QuestionSet:
    """A commune's files and the questions asked about them."""

    name: str
    cases: list[dict]
    files: list[Path]  # imported in this order
    missing: list[str] = field(default_factory=list)  # listed files that are not on this machine


@dataclass(frozen=True)
class Outcome:
    """How one question (or one turn of a session) was answered."""

    label: str  # case id, plus « tour N » for a session's turns
    kind: str
    question: str
    outcome: str  # one of OUTCOMES
    problems: list[str]
    answer: str
    fallback: bool


_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")


_HOUR = re.compile(r"(?<=\d) h(?= \d{2}\b| |$|[^\w])")
_HOUR_MINUTES = re.compile(r"(?<=\dh) (?=\d{2}\b)")
_CLOCK = re.compile(r"\b0?([01]?\d|2[0-3])[:h]([0-5]\d)\b")


def normalise(text: str) -> str:
    """Case, every kind of space, the typographic apostrophe, the thousands' space (« 6 812 » is « 6812 »)
    and the spaces of an hour (« 19 h 30 » is « 19h30 », as residents write it) do not decide whether a
    fact is there, nor does a clock's notation (« 08:30 », « 18:00 » and « 18h00 » are « 8h30 », « 18h »)."""
    spaced = " ".join(text.translate(_SPACES).lower().split())
    hours = _HOUR_MINUTES.sub("", _HOUR.sub("h", spaced))
    return _THOUSANDS.sub("", _CLOCK.sub(_clock, hours))


def _clock(match: re.Match) -> str:
    hour, minutes = match.groups()
    return f"{int(hour)}h" + ("" if minutes == "00" else minutes)


# A case may name the source by the kind of question (« annuaire », « mairie ») or by the kind of record.
SOURCE_KINDS = {"annuaire": "acteur", "mairie": "commune", "profil": "commune"}


def check(case: dict, reply: dict) -> list[str]:
    """What is wrong with one answer, judged on the case's facts (empty when it is right)."""
    problems = []
    answer = normalise(reply["answer"])
    for fact in case.get("must") or []:
        if normalise(str(fact)) not in answer:
            problems.append(f"missing {fact!r}")
    for fact in case.get("must_not") or []:
        if normalise(str(fact)) in answer:
            problems.append(f"must not say {fact!r}")
    starts = [normalise(str(s)) for s in case.get("starts_with") or []]
    if starts and not any(answer.startswith(s) for s in starts):
        problems.append(f"should start with one of {starts!r}")
    if "fallback" in case and bool(case["fallback"]) != reply["fallback"]:
        problems.append(f"fallback should be {case['fallback']}")
    kind = SOURCE_KINDS.get(case.get("source_kind"), case.get("source_kind"))
    if kind and kind not in {s["kind"] for s in reply["sources"]}:
        problems.append(f"no {kind} source")
    if kind and not reply["fallback"] and not reply["sources"]:
        problems.append("a factual answer without a source")
    return problems


def composed_reply(answer) -> dict:
    """A candidate's composed answer (bot/answers) as `check` reads a reply: the ranker's labels and the
    word weights judge each candidate the way the bot's replies are judged."""
    return {
        "answer": answer.text,
        "fallback": answer.fallback,
        "sources": [s.as_dict() for s in answer.sources],
    }


def classify(case: dict, reply: dict, problems: list[str]) -> str:
    """A « je ne sais pas » asserts nothing: never confident-wrong, even where the files allowed a more
    useful « aucun arrêté ne … » (then it is an honest fallback, not a right answer)."""
    if not problems:
        return RIGHT
    if reply["fallback"]:
        return HONEST_FALLBACK
    return CONFIDENT_WRONG


def load_cases(path: Path) -> list[dict]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(cases, list):
        raise ValueError(f"{path}: a YAML list of cases is expected")
    return cases


def load_commune(folder: Path, shared: Path | None = None) -> QuestionSet:
    """tests/communes/<name>/: `files/` to import, optional `real_files.yml` (under shared/data/real)."""
    files: list[Path] = []
    missing: list[str] = []
    listed = folder / "real_files.yml"
    if listed.exists():
        for rel in yaml.safe_load(listed.read_text(encoding="utf-8")) or []:
            path = (shared / "data" / "real" / rel) if shared else None
            if path is not None and path.exists():
                files.append(path)
            else:
                missing.append(str(rel))
    if (folder / "files").is_dir():
        files.insert(0, folder / "files")
    return QuestionSet(folder.name, load_cases(folder / "questions.yml"), files, missing)


def items(cases: Iterable[dict]) -> list[tuple[str, str, dict, dict]]:
    """(label, chat id, turn, case) for every question to ask, sessions' turns in order."""
    out = []
    for case in cases:
        turns = case["turns"] if case.get("session") else [case]
        for number, turn in enumerate(turns, 1):
            label = f"{case['id']} tour {number}" if case.get("session") else case["id"]
            chat = f"eval:{case['id']}"
            out.append((label, chat, turn, case))
    return out


def moment(turn: dict, case: dict) -> datetime:
    day = date.fromisoformat(str(case.get("today") or turn.get("today") or DEFAULT_TODAY))
    at = turn.get("now") or case.get("now") or "10:00"
    return datetime.combine(day, time.fromisoformat(str(at)))


def run_cases(ask: Callable[[str, str, datetime], dict], cases: list[dict]) -> list[Outcome]:
    """Ask every question through `ask(chat_id, text, now) -> reply dict` and judge each answer."""
    outcomes = []
    for label, chat, turn, case in items(cases):
        reply = ask(chat, turn["question"], moment(turn, case))
        problems = check(turn, reply)
        kind = str(turn.get("kind") or case.get("kind") or "?")
        outcomes.append(
            Outcome(
                label,
                kind,
                turn["question"],
                classify(turn, reply, problems),
                problems,
                reply["answer"],
                reply["fallback"],
            )
        )
    return outcomes


def conversation_asker(conversation) -> Callable[[str, str, datetime], dict]:
    """Ask through a running `Conversation` (each case has its own chat, so no context leaks between them)."""

    def ask(chat_id: str, text: str, now: datetime) -> dict:
        return conversation.text(chat_id, text, now=now).as_dict()

    return ask


def import_set(qset: QuestionSet, db_path: Path) -> None:
    """Import a set's files into a new base, as a clerk would (`--skip-invalid`)."""
    import knowledge

    conn = knowledge.open_kb(db_path)
    try:
        knowledge.import_paths(conn, qset.files, skip_invalid=True)
    finally:
        conn.close()


@contextmanager
def set_conversation(
    qset: QuestionSet, models_dir: Path, *, home: Path | None = None, with_ranker: bool = True
):
    """A conversation core over a fresh base holding the set's files (a temporary folder by default)."""
    from bot.config import load_config
    from bot.conversation import Conversation

    tmp = Path(tempfile.mkdtemp(prefix=f"clocher-{qset.name}-")) if home is None else home
    try:
        db = tmp / "clocher.sqlite"
        import_set(qset, db)
        conv = Conversation(load_config(home=tmp, db_path=db, models_dir=models_dir), with_ranker=with_ranker)
        try:
            yield conv
        finally:
            conv.close()
    finally:
        if home is None:
            shutil.rmtree(tmp, ignore_errors=True)


def demo_set(repo: Path) -> QuestionSet:
    """The development commune: demo/ and the table written alongside the code."""
    return QuestionSet("demo", load_cases(repo / "tests" / "bot" / "questions.yml"), [repo / "demo"])


def commune_sets(repo: Path, shared: Path | None = None) -> list[QuestionSet]:
    """Every held-out commune under tests/communes/, in name order."""
    root = repo / "tests" / "communes"
    if not root.is_dir():
        return []
    return [load_commune(d, shared) for d in sorted(root.iterdir()) if (d / "questions.yml").exists()]


def development_sets(repo: Path, shared: Path | None = None) -> list[QuestionSet]:
    """The sets the ranker learns from: the demo and the communes tests/communes/sets.yml calls
    « development » whose files are all on this machine."""
    listed = yaml.safe_load((repo / "tests" / "communes" / "sets.yml").read_text(encoding="utf-8")) or {}
    out = [demo_set(repo)]
    for name in listed.get("development") or []:
        qset = load_commune(repo / "tests" / "communes" / name, shared)
        if not qset.missing:
            out.append(qset)
    return out


def role(repo: Path, name: str) -> str:
    """« développement », « lu » (read to fix the engine, not trained on) or « mis de côté » (held out), as
    tests/communes/sets.yml says."""
    if name == "demo":
        return "développement"
    listed = yaml.safe_load((repo / "tests" / "communes" / "sets.yml").read_text(encoding="utf-8")) or {}
    if name in (listed.get("development") or []):
        return "développement"
    return "lu, hors entraînement" if name in (listed.get("read") or []) else "mis de côté"


def evaluate_set(qset: QuestionSet, models_dir: Path) -> list[Outcome]:
    with set_conversation(qset, models_dir) as conv:
        return run_cases(conversation_asker(conv), qset.cases)


def summary(outcomes: list[Outcome]) -> dict[str, Counter]:
    """Counts of each outcome per kind of question, plus « total »."""
    table: dict[str, Counter] = defaultdict(Counter)
    for o in outcomes:
        table[o.kind][o.outcome] += 1
        table["total"][o.outcome] += 1
    return dict(table)


def format_summary(name: str, outcomes: list[Outcome]) -> str:
    """A plain-text table: per kind, right / honest fallback / confident-wrong, counts and shares."""
    table = summary(outcomes)
    kinds = sorted(k for k in table if k != "total") + ["total"]
    head = f"{name:<16}{'n':>5}{'juste':>14}{'repli honnête':>16}{'faux assuré':>15}"
    lines = [head, "-" * len(head)]
    for kind in kinds:
        counts = table.get(kind, Counter())
        n = sum(counts.values())
        cells = [f"{counts[o]:>4} {100 * counts[o] / n:5.1f} %" if n else "" for o in OUTCOMES]
        lines.append(f"{kind:<16}{n:>5}{cells[0]:>14}{cells[1]:>16}{cells[2]:>15}")
    return "\n".join(lines)


def share(outcomes: list[Outcome], outcome: str = RIGHT) -> float:
    return sum(o.outcome == outcome for o in outcomes) / len(outcomes) if outcomes else 0.0


def failures(outcomes: list[Outcome], limit: int = 300) -> str:
    lines = []
    for o in outcomes:
        if o.outcome != RIGHT:
            lines.append(f"[{OUTCOME_LABELS[o.outcome]}] {o.label}: {o.question!r} → {o.problems}")
            lines.append(f"    {o.answer[:limit]!r}")
    return "\n".join(lines)
