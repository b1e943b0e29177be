"""Comparing names as people type and spell them: pure functions, no database.

``fold`` is what a filter compares: case and accents removed (Unicode NFKD, combining marks
dropped, ``casefold``), so "Ozturk" finds "Öztürk" and "egamzod" finds "Egamzod". Chinese is left
as it is (it has neither case nor accents).

``skeleton`` is what the duplicate warning compares: a coarse key under which the usual
Cyrillic-to-Latin transliteration variants of one name come out the same or close. It drops the
vowels (Muhammed/Muhammad, Yerlan/Erlan, Jumabaev/Dzhumabaev differ mostly there), merges the
consonant spellings of one Cyrillic letter (kh/h/x, dzh/dj/zh/j, sh/sch/s, ts/c, gh/g, ph/f,
w/v, q/k) and doubled letters. "Igormonzod" gives ``grmnzd`` and "Egamzod" ``gmzd``: not equal,
but ``similarity`` rates them 0.8, enough with the same given name. ``family_stem`` also drops
the surname endings Central Asian names change between (-ov/-ova/-ev/-eva, and the -zoda/-zod/
-zade forms Tajik surnames are moving to), so "Egamov" and "Egamzoda" share a stem.

``likeness`` tells how alike two names are (``similarity``, ``weakest_word``) and finds the
alike ones among many (``Likeness``, ``SimilarTexts``); those names can be imported from here
too.

A name is never split into given and family names here: the functions read the forms the
directory records, whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from scoda_desktop.services.directory.likeness import (
    Likeness,
    SimilarTexts,
    similarity,
    weakest_word,
)

__all__ = [
    "Likeness",
    "SimilarTexts",
    "family_stem",
    "fold",
    "folded_skeleton",
    "matches_all_words",
    "search_key",
    "similarity",
    "skeleton",
    "spelling_key",
    "weakest_word",
]

# Letters NFKD does not decompose into a base letter and a mark.
_SPECIAL_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ı": "i",
        "ħ": "h",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "ʻ": "",  # Uzbek o‘ and g‘ (modifier letter turned comma)
        "ʼ": "",
        "‘": "",
        "’": "",
        "'": "",
        "`": "",
    }
)

# One Cyrillic letter, several Latin spellings: longest first (applied in this order).
_CONSONANT_SPELLINGS = (
    ("shch", "s"),
    ("sch", "s"),
    ("dzh", "j"),
    ("tch", "c"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ch", "c"),
    ("sh", "s"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("x", "h"),
    ("q", "k"),
    ("w", "v"),
)
_VOWELS = re.compile(r"[aeiouy]+")
_NOT_A_LETTER = re.compile(r"[^\w]+")
_DOUBLED = re.compile(r"(.)\1+")
# Surname endings that come and go between spellings of one family (longest first).
_FAMILY_ENDINGS = ("zoda", "zade", "zod", "ova", "eva", "ov", "ev")
_SHORTEST_STEM = 3


def fold(text: str | None) -> str:
    """``text`` for comparing: accents and case removed, blanks collapsed; "" for None."""
    if not text:
        return ""
    if text.isascii():  # as below, where NFKD and the marks leave ASCII as it is
        return " ".join(text.translate(_SPECIAL_LETTERS).casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def spelling_key(text: str | None) -> str:
    """``text`` with case and blanks folded but accents kept: two spellings with the same key
    are one spelling ("Elif Yildirim" is a spelling of its own beside "Elif Yıldırım")."""
    return " ".join((text or "").casefold().split())


def search_key(forms: Iterable[str | None]) -> str:
    """Every form folded, one per line: what ``matches_all_words`` searches."""
    return "\n".join(dict.fromkeys(folded for form in forms if (folded := fold(form))))


def matches_all_words(key: str, text: str) -> bool:
    """True if every word of ``text`` (folded) occurs in ``key`` (a ``search_key``); an empty
    ``text`` matches everything. A word may occur in any of the forms, as a part of a word:
    "igor 伊" finds nobody, "muh igor" finds Muhammed Igormonzod."""
    return all(word in key for word in fold(text).split())


@lru_cache(maxsize=1 << 14)  # names share their words: a directory has a few thousand
def _word_skeleton(word: str) -> str:
    for spelling, letter in _CONSONANT_SPELLINGS:
        word = word.replace(spelling, letter)
    consonants = _VOWELS.sub("", word)
    if not consonants:  # a name of vowels only ("Ai"): keep one vowel
        return word[:1]
    return _DOUBLED.sub(r"\1", consonants)


def _latin_words(text: str | None) -> list[str]:
    return [w for w in _NOT_A_LETTER.sub(" ", fold(text)).split() if w]


def skeleton(name: str | None) -> str:
    """The name's words reduced to their consonant skeleton, in their order:
    "Muhammed Igormonzod" -> "mhmd grmnzd", "Muhammad Egamzod" -> "mhmd gmzd"."""
    return folded_skeleton(fold(name))


def folded_skeleton(folded: str) -> str:
    """``skeleton`` of a name already ``fold``ed."""
    words = _NOT_A_LETTER.sub(" ", folded).split()
    return " ".join(s for word in words if (s := _word_skeleton(word)))


def family_stem(family_name: str | None) -> str:
    """The skeleton of a surname without an ending that changes between its forms
    ("Egamov", "Egamzoda" and "Egamzod" all give "gm"); the whole skeleton if the stem left
    would be shorter than three letters."""
    words = _latin_words(family_name)
    if not words:
        return ""
    last = words[-1]
    for ending in _FAMILY_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= _SHORTEST_STEM:
            last = last[: -len(ending)]
            break
    return " ".join(_word_skeleton(w) for w in [*words[:-1], last])
