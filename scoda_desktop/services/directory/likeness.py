"""How alike two names are, and finding the alike ones among many: pure functions, no
database.

``similarity`` is difflib's ratio of two strings, ``weakest_word`` that of the least alike
word of the shorter name to its best counterpart in the other (two names are alike only if each
word is). The duplicate warning compares a new name with everyone in the directory:
``SimilarTexts`` finds, among many texts, those a text may be ``similar`` to without comparing
it with each, and ``Likeness`` decides whether two names are alike enough, running difflib only
where the lengths and letters they share allow it.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

__all__ = ["Likeness", "SimilarTexts", "similarity", "weakest_word"]


def similarity(a: str, b: str) -> float:
    """How alike two strings are, from 0 to 1 (difflib's ratio; 0 if either is empty)."""
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def weakest_word(a: str, b: str) -> float:
    """How alike the least alike word of the shorter name is to its best counterpart in the
    other: two names are alike only if each word is. An initial ("A.") matches a word it
    begins."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    if not short:
        return 0.0

    def alike(x: str, y: str) -> float:
        letter = x.rstrip(".")
        if len(letter) == 1:
            return 1.0 if y.startswith(letter) else 0.0
        return similarity(x, y)

    return min(max(alike(x, y) for y in long_) for x in short)


def _numbered(items: Iterable[str]) -> list[str]:
    """Each item followed by the number of times it came before, as a character ("abab": a0,
    b0, a1, b1), so that two sets of them share as many as the sequences do (with repeats)."""
    return [item + chr(n) for item, count in Counter(items).items() for n in range(count)]


@dataclass(frozen=True, slots=True)
class _Counted:
    """A text's letters and pairs of adjacent letters, numbered, to count what two texts
    share."""

    length: int
    pairs: list[str]
    pair_set: frozenset[str]
    letter_set: frozenset[str]


def _counted(text: str) -> _Counted:
    pairs = _numbered(map(operator.add, text, text[1:]))
    return _Counted(len(text), pairs, frozenset(pairs), frozenset(_numbered(text)))


def _fewest_matched(threshold: float, length: int, other: int) -> int | None:
    """The fewest letters texts of these lengths must match for a ``similarity`` of
    ``threshold`` (a hair fewer, so that float rounding keeps a ratio on the threshold); None
    if the shorter text is too short.

    ``similarity`` is 2M/T: M letters matched, in blocks, T both lengths together. So two
    texts share at least M letters, and M is at most the shorter length. Between two blocks at
    least one letter of either text is unmatched, so there are at most T - 2M + 1 blocks, and a
    block of n letters holds n - 1 pairs of adjacent letters: the texts share at least
    3M - T - 1 pairs (``_fewest_pairs``)."""
    matched = math.ceil(threshold * (length + other) / 2 - 1e-9)
    return None if matched > min(length, other) else max(matched, 0)


def _fewest_pairs(matched: int, length: int, other: int) -> int:
    return 3 * matched - length - other - 1


def _may_reach(a: _Counted, b: _Counted, threshold: float) -> bool:
    """False if the letters and pairs the texts share rule out a ``similarity`` of
    ``threshold``."""
    matched = _fewest_matched(threshold, a.length, b.length)
    return (
        matched is not None
        and len(a.letter_set & b.letter_set) >= matched
        and len(a.pair_set & b.pair_set) >= _fewest_pairs(matched, a.length, b.length)
    )


class Likeness:
    """Whether pairs of names are alike enough (``similarity`` of the whole, ``weakest_word``
    of each word), worked out once for each pair, and cheaply where it can be: the words
    first, for any order of them (names share words, and two orders of one name have the same),
    then the lengths, letters and pairs of letters the names share (``_fewest_matched``), and
    only then difflib."""

    def __init__(self) -> None:
        self._counts: dict[str, _Counted] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        self._ratios: dict[tuple[str, str], float] = {}
        self._words_alike: dict[tuple[tuple[str, ...], tuple[str, ...], float], bool] = {}
        self._word_pairs: dict[tuple[str, str, float], bool] = {}
        self._verdicts: dict[tuple[str, str, float, float], float] = {}

    @staticmethod
    def _lengths_allow(a: str, b: str, at_least: float) -> bool:
        """difflib's ratio is at most twice the shorter length over both (real_quick_ratio)."""
        shorter = min(len(a), len(b))
        return shorter > 0 and 2.0 * shorter / (len(a) + len(b)) >= at_least

    def may_reach(self, a: str, b: str, at_least: float) -> bool:
        """False if the lengths, letters or pairs of letters ``a`` and ``b`` share rule out a
        ``similarity`` of ``at_least`` (a quick test before ``reaches``)."""
        return self._lengths_allow(a, b, at_least) and _may_reach(
            self._counted(a), self._counted(b), at_least
        )

    def may_be_alike(self, text: str, others: Iterable[str], at_least: float) -> list[str]:
        """Those of ``others`` that ``may_reach`` a ``similarity`` of ``at_least`` with
        ``text``."""
        query = self._counted(text)
        needed: dict[int, tuple[int, int] | None] = {}
        kept = []
        for other in others:
            length = len(other)
            if length not in needed:
                matched = _fewest_matched(at_least, len(text), length)
                needed[length] = (
                    None
                    if matched is None or not self._lengths_allow(text, other, at_least)
                    else (matched, _fewest_pairs(matched, len(text), length))
                )
            need = needed[length]
            if need is not None:
                counted = self._counted(other)
                if (
                    len(query.letter_set & counted.letter_set) >= need[0]
                    and len(query.pair_set & counted.pair_set) >= need[1]
                ):
                    kept.append(other)
        return kept

    def _counted(self, text: str) -> _Counted:
        counted = self._counts.get(text)
        if counted is None:
            counted = self._counts[text] = _counted(text)
        return counted

    def _sorted_words(self, text: str) -> tuple[str, ...]:
        words = self._words.get(text)
        if words is None:
            words = self._words[text] = tuple(sorted(text.split()))
        return words

    def ratio(self, a: str, b: str) -> float:
        """``similarity(a, b)``, worked out once."""
        key = (a, b)
        ratio = self._ratios.get(key)
        if ratio is None:
            ratio = self._ratios[key] = similarity(a, b)
        return ratio

    def _every_word_alike(self, a: str, b: str, at_least: float) -> bool:
        """``weakest_word(a, b) >= at_least`` (above 0)."""
        return self.words_alike(self._sorted_words(a), self._sorted_words(b), at_least)

    def words_alike(self, a: tuple[str, ...], b: tuple[str, ...], at_least: float) -> bool:
        """``weakest_word`` of two names, given as their words sorted (the order of the words
        does not change it), is at least ``at_least`` (above 0)."""
        key = (a, b, at_least)
        alike = self._words_alike.get(key)
        if alike is None:
            alike = self._words_alike[key] = self._each_word_alike(a, b, at_least)
        return alike

    def _each_word_alike(self, a: tuple[str, ...], b: tuple[str, ...], at_least: float) -> bool:
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)  # as weakest_word's sorted()
        if not short:
            return False
        for x in short:
            letter = x.rstrip(".")
            if len(letter) == 1:
                if not any(y.startswith(letter) for y in long_):
                    return False
            elif not any(self._word_alike(x, y, at_least) for y in long_):
                return False
        return True

    def _word_alike(self, x: str, y: str, at_least: float) -> bool:
        key = (x, y, at_least)
        alike = self._word_pairs.get(key)
        if alike is None:
            alike = self._word_pairs[key] = (
                self.may_reach(x, y, at_least) and self.ratio(x, y) >= at_least
            )
        return alike

    def reaches(self, a: str, b: str, whole_at_least: float, words_at_least: float) -> float:
        """``similarity(a, b)`` if it is at least ``whole_at_least`` (above 0) and
        ``weakest_word(a, b)`` at least ``words_at_least`` (none if 0); else 0."""
        if not self._lengths_allow(a, b, whole_at_least):
            return 0.0
        key = (a, b, whole_at_least, words_at_least)
        verdict = self._verdicts.get(key)
        if verdict is None:
            alike = (
                words_at_least <= 0 or self._every_word_alike(a, b, words_at_least)
            ) and _may_reach(self._counted(a), self._counted(b), whole_at_least)
            whole = self.ratio(a, b) if alike else 0.0
            verdict = self._verdicts[key] = whole if whole >= whole_at_least else 0.0
        return verdict


class SimilarTexts:
    """Texts gathered to find, for a query, every one whose ``similarity`` with it may reach
    ``threshold``, without comparing the query with each: ``similar`` returns all of those (and
    some that fall short: the caller still computes ``similarity``).

    Two texts that similar share a number of pairs of adjacent letters (``_fewest_matched``),
    so one of them is among the first (pairs - needed + 1) pairs of each text, taken rarest
    first (prefix filtering): each text is listed under those first pairs, for each length a
    partner may have, and a query looks up its own first pairs only, then counts the letters
    and pairs each text found shares with it. The lists are built at the
    ``SCANS_BEFORE_LISTING``-th query: before, each query counts what it shares with every
    text of a suitable length (a form that looks for one name need not list thousands).
    """

    SCANS_BEFORE_LISTING = 8

    def __init__(self, threshold: float) -> None:
        if not 0 < threshold <= 1:
            raise ValueError(f"a similarity threshold is above 0 and at most 1, not {threshold}")
        self.threshold = threshold
        self._pending: dict[str, _Counted | None] = {}  # gathered before the lists
        self._rarity: dict[str, int] | None = None  # fixed when the lists are built
        self._scans = 0
        self._counts: dict[str, _Counted] = {}  # their pairs rarest first
        self._by_length: dict[int, list[str]] = {}
        self._by_pair: dict[tuple[int, int, str], list[str]] = {}
        self._partners: dict[int, list[tuple[int, int, int]]] = {}

    def __len__(self) -> int:
        return len(self._counts) + len(self._pending)

    def __contains__(self, text: str) -> bool:
        return text in self._counts or text in self._pending

    def add(self, text: str) -> None:
        if not text or text in self:
            return
        if self._rarity is None:
            self._pending[text] = None  # counted when a scan needs it
        else:
            self._index(text)

    def _partner_lengths(self, length: int) -> list[tuple[int, int, int]]:
        """(partner's length, letters and pairs they must share) for every length a text may
        have to be similar to one of ``length``."""
        if length not in self._partners:
            partners = []
            longest = math.floor(length * (2 / self.threshold - 1)) + 1  # 2 x shorter / T
            for other in range(1, longest + 1):
                matched = _fewest_matched(self.threshold, length, other)
                if matched is not None:
                    partners.append((other, matched, _fewest_pairs(matched, length, other)))
            self._partners[length] = partners
        return self._partners[length]

    def _count(self, text: str) -> _Counted:
        counted = _counted(text)
        rarity = self._rarity or {}
        counted.pairs.sort(key=lambda pair: (rarity.get(pair, 0), pair))
        return counted

    def _index(self, text: str) -> None:
        counted = self._counts[text] = self._count(text)
        length = len(text)
        self._by_length.setdefault(length, []).append(text)
        for other, _, shared in self._partner_lengths(length):
            if shared > 0:  # pairs tell (else every text of that length is a candidate)
                for pair in counted.pairs[: max(len(counted.pairs) - shared + 1, 0)]:
                    self._by_pair.setdefault((length, other, pair), []).append(text)

    def _build(self) -> None:
        pending = list(self._pending)
        rarity: dict[str, int] = {}
        for text in pending:
            for pair in _counted(text).pairs:
                rarity[pair] = rarity.get(pair, 0) + 1
        self._rarity, self._pending = rarity, {}
        for text in pending:
            self._index(text)

    def _scan(self, text: str) -> set[str]:
        """``similar`` without the lists: every text of a suitable length is counted."""
        query = _counted(text)
        needed = {
            other: (matched, shared) for other, matched, shared in self._partner_lengths(len(text))
        }
        found = set()
        for candidate, counted in self._pending.items():
            need = needed.get(len(candidate))
            if need is None:
                continue
            if counted is None:
                counted = self._pending[candidate] = _counted(candidate)
            if (
                len(query.letter_set & counted.letter_set) >= need[0]
                and len(query.pair_set & counted.pair_set) >= need[1]
            ):
                found.add(candidate)
        return found

    def similar(self, text: str) -> set[str]:
        """The texts gathered whose similarity with ``text`` may reach the threshold."""
        if not text:
            return set()
        if self._rarity is None:
            if self._scans < self.SCANS_BEFORE_LISTING:
                self._scans += 1
                return self._scan(text)
            self._build()
        query = self._counts.get(text) or self._count(text)
        length = len(text)
        found: set[str] = set()
        for other, matched, shared in self._partner_lengths(length):
            texts = self._by_length.get(other)
            if not texts:
                continue
            if shared <= 0:  # too short for pairs to tell: their letters may
                counts = self._counts
                found.update(
                    candidate
                    for candidate in texts
                    if len(query.letter_set & counts[candidate].letter_set) >= matched
                )
                continue
            for pair in query.pairs[: max(len(query.pairs) - shared + 1, 0)]:
                for candidate in self._by_pair.get((other, length, pair), ()):
                    if candidate not in found:
                        counted = self._counts[candidate]
                        if (
                            len(query.pair_set & counted.pair_set) >= shared
                            and len(query.letter_set & counted.letter_set) >= matched
                        ):
                            found.add(candidate)
        return found
