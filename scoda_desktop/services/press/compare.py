"""Comparing two texts of a press release: a unified diff (as ``diff -u`` prints it) and the
same comparison side by side, line against line, with the changed words marked inside a line.

A draft keeps each paragraph on one line, so a line-level diff alone would only say "this
paragraph changed"; changed lines are therefore compared again word by word (a Chinese
character counts as a word: Chinese has no spaces between words).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Change", "Comparison", "DiffRow", "Span", "compare_texts"]

# A CJK character, a run of letters or digits, a run of spaces, or one other character.
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|\w+|\s+|.", re.UNICODE)


class Change(StrEnum):
    EQUAL = "equal"
    CHANGED = "changed"  # the line is on both sides, with some words changed
    REMOVED = "removed"  # only in the old text
    ADDED = "added"  # only in the new text


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a line; ``changed`` when it is not on the other side."""

    text: str
    changed: bool = False


@dataclass(frozen=True, slots=True)
class DiffRow:
    """One row of the side-by-side view: a line of the old text beside a line of the new one
    (either side is empty, numbered None, when the line was added or removed)."""

    change: Change
    old_number: int | None
    new_number: int | None
    old: tuple[Span, ...]
    new: tuple[Span, ...]

    @property
    def old_text(self) -> str:
        return "".join(span.text for span in self.old)

    @property
    def new_text(self) -> str:
        return "".join(span.text for span in self.new)


@dataclass(frozen=True, slots=True)
class Comparison:
    old_label: str
    new_label: str
    unified: str  # "" when the texts are the same
    rows: tuple[DiffRow, ...]

    @property
    def changed(self) -> bool:
        return any(row.change != Change.EQUAL for row in self.rows)


def _word_spans(old: str, new: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The two lines cut into spans, the words only one side has marked changed."""
    old_tokens, new_tokens = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    old_spans: list[Span] = []
    new_spans: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        changed = tag != "equal"
        if i2 > i1:
            old_spans.append(Span("".join(old_tokens[i1:i2]), changed))
        if j2 > j1:
            new_spans.append(Span("".join(new_tokens[j1:j2]), changed))
    return tuple(old_spans), tuple(new_spans)


def _rows(old_lines: list[str], new_lines: list[str]) -> list[DiffRow]:
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows += [
                DiffRow(Change.EQUAL, i + 1, j + 1, (Span(old_lines[i]),), (Span(new_lines[j]),))
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
            continue
        # Pair replaced lines one to one; what is left over was removed or added.
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for k in range(pairs):
            old, new = _word_spans(old_lines[i1 + k], new_lines[j1 + k])
            rows.append(DiffRow(Change.CHANGED, i1 + k + 1, j1 + k + 1, old, new))
        rows += [
            DiffRow(Change.REMOVED, i + 1, None, (Span(old_lines[i], True),), ())
            for i in range(i1 + pairs, i2)
        ]
        rows += [
            DiffRow(Change.ADDED, None, j + 1, (), (Span(new_lines[j], True),))
            for j in range(j1 + pairs, j2)
        ]
    return rows


def compare_texts(old: str, new: str, old_label: str = "old", new_label: str = "new") -> Comparison:
    """Compare ``old`` with ``new``, line by line, then word by word inside changed lines."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    unified = "\n".join(
        difflib.unified_diff(old_lines, new_lines, old_label, new_label, lineterm="")
    )
    return Comparison(old_label, new_label, unified, tuple(_rows(old_lines, new_lines)))
