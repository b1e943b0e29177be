"""Splitting text into paragraphs: the one rule shared by the context and the exports."""

from __future__ import annotations

import re

__all__ = ["paragraphs"]

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str | None) -> list[str]:
    """The blocks between blank lines, blanks around them removed, line breaks inside kept."""
    blocks = _BLANK_LINE.split((text or "").replace("\r\n", "\n").strip())
    return [block.strip() for block in blocks if block.strip()]
