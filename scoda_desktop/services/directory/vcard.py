"""People as vCards, 3.0 (RFC 2426) and 4.0 (RFC 6350), written and read without a library.

Written: CRLF line ends; lines longer than 75 octets folded (CRLF and a space) without cutting a
UTF-8 character; text values escaped (backslash, comma, semicolon, line break). Each card has
N (family; given; ; honorific), FN (the first-reference form), ORG, TITLE, EMAIL, TEL (work and
cell), ADR (the address as its street part), NOTE, PHOTO and UID, which every address book
reads. The Chinese name and title go, in 4.0, in a second FN and TITLE with ``LANGUAGE=zh``
and the same ``ALTID`` (RFC 6350 §5.4); in 3.0, which has no such pairing, in ``X-SCODA-NAME-ZH``
and ``X-SCODA-TITLE-ZH``. What only SCODA Desktop uses (name order, explicit references,
salutation, alternative spellings, country, post dates, bio) goes in ``X-SCODA-*`` properties,
which other programs keep or ignore.

Read: 3.0 and 4.0 cards, SCODA Desktop's or another program's; vCard 2.1 (quoted-printable) is
refused with a message. A card from elsewhere is never split into names: N gives the family and
given names as that program recorded them; without N, the formatted name is kept whole as a
single name. A card sets the fields it carries and leaves the others alone. A problem's message
is made by ``wording.problem_message`` (English that the import preview translates).
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re
from collections.abc import Iterable

from scoda_desktop.domain.naming import first_reference
from scoda_desktop.services.directory.entries import Cells, FileProblem, ParsedFile
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, problem_message

__all__ = ["VCARD_VERSIONS", "read_vcards", "write_vcards"]

VCARD_VERSIONS = ("3.0", "4.0")
PRODID = "-//SCODA Desktop//Directory//EN"
MAX_OCTETS = 75
_X = "X-SCODA-"
# Cells kept in X-SCODA-* properties, one property each.
_X_CELLS = {
    "NAME-ORDER": "name_order",
    "FIRST-REFERENCE": "first_reference",
    "SECOND-REFERENCE": "second_reference",
    "SALUTATION": "salutation",
    "COUNTRY": "country",
    "ORGANISATION-COUNTRY": "organisation_country",
    "POST-START": "post_start",
    "POST-END": "post_end",
    "BIO": "bio",
}
_MIME_BY_TYPE = {"JPEG": "image/jpeg", "JPG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif"}


# -- writing ----------------------------------------------------------------------------------


def escape(text: str) -> str:
    """A text value escaped for a content line (RFC 6350 §3.4, RFC 2426 §4)."""
    return (
        text.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def fold_line(line: str) -> str:
    """``line`` folded into lines of at most 75 octets, never inside a UTF-8 character."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = MAX_OCTETS if not out else MAX_OCTETS - 1  # continuation lines start with " "
        if size + width > limit:
            out.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out)


def _card(entry: Cells, version: str) -> list[str]:
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"PRODID:{PRODID}"]
    if v4:
        lines.append("KIND:individual")

    def add(name: str, value: str, params: str = "") -> None:
        if value:
            lines.append(f"{name}{params}:{value}")

    family, given = entry.get("family_name", ""), entry.get("given_name", "")
    order = entry.get("name_order") or "given_first"
    name = first_reference(family, given or None, order, entry.get("first_reference") or None)
    uid = entry.get("uid", "")
    add("UID", f"urn:uuid:{uid}" if v4 and uid else uid)
    parts = (family, given, "", entry.get("honorific", ""), "")
    lines.append("N:" + ";".join(escape(part) for part in parts))
    for prop, english, chinese, altid in (
        ("FN", name, entry.get("name_zh", ""), "1"),
        ("TITLE", entry.get("title_en", ""), entry.get("title_zh", ""), "2"),
    ):
        if v4 and english and chinese:
            add(prop, escape(english), f";ALTID={altid};LANGUAGE=en")
            add(prop, escape(chinese), f";ALTID={altid};LANGUAGE=zh")
        else:
            add(prop, escape(english))
            if not v4 or not english:
                add(f"{_X}{prop.replace('FN', 'NAME')}-ZH", escape(chinese))
    add("ORG", escape(entry.get("organisation", "")))
    add("EMAIL", escape(entry.get("email", "")), ";TYPE=work" if v4 else ";TYPE=INTERNET")
    add("TEL", escape(entry.get("phone", "")), ";TYPE=work,voice" if v4 else ";TYPE=WORK,VOICE")
    add("TEL", escape(entry.get("mobile", "")), ";TYPE=cell" if v4 else ";TYPE=CELL")
    if entry.get("address"):
        add("ADR", ";;" + escape(entry["address"]) + ";;;;", ";TYPE=work" if v4 else ";TYPE=WORK")
    add("NOTE", escape(entry.get("notes", "")))
    for suffix, cell in _X_CELLS.items():
        add(_X + suffix, escape(entry.get(cell, "")))
    for spelling in entry.get("alternative_spellings") or ():
        add(f"{_X}ALTERNATIVE-SPELLING", escape(spelling))
    photo, mime = entry.get("photo"), entry.get("photo_mime") or "image/jpeg"
    if photo:
        data = base64.b64encode(photo).decode("ascii")
        if v4:
            add("PHOTO", f"data:{mime};base64,{data}")
        else:
            kind = mime.split("/")[-1].upper()
            add("PHOTO", data, f";ENCODING=b;TYPE={kind}")
    lines.append("END:VCARD")
    return lines


def write_vcards(entries: Iterable[Cells], version: str = "4.0") -> str:
    """The people ``entries`` as vCards of ``version`` (3.0 or 4.0), CRLF, folded."""
    if version not in VCARD_VERSIONS:
        raise ValueError(f"vCard version {version!r}: write 3.0 or 4.0")
    lines = [fold_line(line) for entry in entries for line in _card(entry, version)]
    return "\r\n".join(lines) + "\r\n"


# -- reading ----------------------------------------------------------------------------------

_UNFOLD = re.compile(r"(?:\r\n|\n|\r)[ \t]")
_LINE_END = re.compile(r"\r\n|\n|\r")


def unescape(text: str) -> str:
    out, escaped = [], False
    for char in text:
        if escaped:
            out.append("\n" if char in "nN" else char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    return "".join(out)


def split_unescaped(text: str, separator: str = ";") -> list[str]:
    """The components of a structured value, each unescaped."""
    parts, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(char)
    parts.append(unescape("".join(current)))
    return parts


def _outside_quotes(text: str, char: str) -> list[int]:
    positions, quoted = [], False
    for i, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif c == char and not quoted:
            positions.append(i)
    return positions


def parse_line(line: str) -> tuple[str, dict[str, list[str]], str] | None:
    """(upper-case name without group, parameters, raw value) of a content line; None if the
    line has no colon."""
    colons = _outside_quotes(line, ":")
    if not colons:
        return None
    head, value = line[: colons[0]], line[colons[0] + 1 :]
    cuts = [-1, *_outside_quotes(head, ";"), len(head)]
    pieces = [head[a + 1 : b] for a, b in itertools.pairwise(cuts)]
    name = pieces[0].rsplit(".", 1)[-1].upper()
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        key, _, raw = piece.partition("=")
        if not raw:  # vCard 3.0 bare type: TEL;WORK;VOICE
            key, raw = "TYPE", key
        values = [v.strip('"') for v in raw.split(",")]
        params.setdefault(key.upper(), []).extend(values)
    return name, params, value


def _types(params: dict[str, list[str]]) -> set[str]:
    return {t.lower() for t in params.get("TYPE", [])}


def _photo(params: dict[str, list[str]], value: str) -> tuple[bytes, str] | str:
    """(bytes, MIME type), or what is wrong."""
    try:
        if value.startswith("data:"):
            meta, _, data = value[5:].partition(",")
            mime = meta.split(";")[0] or "image/jpeg"
            return base64.b64decode(data, validate=True), mime
        encoding = {e.lower() for e in params.get("ENCODING", [])}
        if encoding & {"b", "base64"}:
            kind = next(iter(params.get("TYPE", ["JPEG"]))).upper()
            return base64.b64decode(value, validate=True), _MIME_BY_TYPE.get(
                kind, f"image/{kind.lower()}"
            )
    except (binascii.Error, ValueError):
        return problem_message(QT_TRANSLATE_NOOP("Problems", "the photo is not valid base64"))
    return problem_message(
        QT_TRANSLATE_NOOP(
            "Problems", "the photo is a link, not an image in the card: it was left out"
        )
    )


class _CardReader:
    def __init__(self, number: int, line: int) -> None:
        self.number, self.line = number, line
        self.cells: Cells = {}
        self.problems: list[FileProblem] = []
        self.version: str | None = None
        self.fn: str | None = None
        self.n: list[str] | None = None

    def take(self, name: str, params: dict[str, list[str]], raw: str) -> None:
        cells = self.cells
        language = (params.get("LANGUAGE") or [""])[0].lower()
        if name == "VERSION":
            self.version = raw.strip()
        elif name == "FN":
            if language.startswith("zh"):
                cells["name_zh"] = unescape(raw)
            elif self.fn is None:
                self.fn = unescape(raw)
        elif name == "N":
            self.n = [*split_unescaped(raw), "", "", "", ""][:5]
        elif name == "TITLE":
            cells["title_zh" if language.startswith("zh") else "title_en"] = unescape(raw)
        elif name == "ORG":
            cells["organisation"] = next((p for p in split_unescaped(raw) if p.strip()), "")
        elif name == "UID":
            cells["uid"] = unescape(raw).removeprefix("urn:uuid:")
        elif name == "EMAIL":
            cells.setdefault("email", unescape(raw))
        elif name == "TEL":
            number = unescape(raw).removeprefix("tel:")
            cells.setdefault("mobile" if "cell" in _types(params) else "phone", number)
        elif name == "ADR":
            parts = [p for p in split_unescaped(raw) if p.strip()]
            cells.setdefault("address", "\n".join(parts))
        elif name == "NOTE":
            cells["notes"] = unescape(raw)
        elif name == "PHOTO":
            photo = _photo(params, raw.strip())
            if isinstance(photo, str):
                self.problems.append(FileProblem(self.number, "photo", photo))
            else:
                cells["photo"], cells["photo_mime"] = photo
        elif name == f"{_X}NAME-ZH":
            cells["name_zh"] = unescape(raw)
        elif name == f"{_X}TITLE-ZH":
            cells["title_zh"] = unescape(raw)
        elif name == f"{_X}ALTERNATIVE-SPELLING":
            cells.setdefault("alternative_spellings", []).append(unescape(raw))
        elif name.startswith(_X) and name[len(_X) :] in _X_CELLS:
            cells[_X_CELLS[name[len(_X) :]]] = unescape(raw)

    def finish(self) -> Cells | None:
        if self.version not in VCARD_VERSIONS:
            if self.version:
                message = problem_message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "the card has version {version}; SCODA Desktop reads vCard 3.0 and 4.0 "
                        "(export the contacts again choosing one of those)",
                    ),
                    version=self.version,
                )
            else:
                message = problem_message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "the card has no VERSION line; SCODA Desktop reads vCard 3.0 and 4.0 "
                        "(export the contacts again choosing one of those)",
                    )
                )
            self.problems.append(FileProblem(self.number, None, message))
            return None
        cells = self.cells
        family, given = (self.n[0], self.n[1]) if self.n else ("", "")
        if not family.strip() and given.strip():
            family, given = given, ""  # one name only, recorded as given: a single name
        if not family.strip():
            family, given = self.fn or "", ""  # no structured name: the name kept whole
        if not family.strip():
            nameless = problem_message(QT_TRANSLATE_NOOP("Problems", "the card has no name"))
            self.problems.append(FileProblem(self.number, "family_name", nameless))
            return None
        cells["family_name"], cells["given_name"] = family, given
        if self.n and self.n[3]:
            cells["honorific"] = self.n[3]
        if "name_order" not in cells and self.fn and given:
            if self.fn == f"{family} {given}":
                cells["name_order"] = "family_first"
            elif self.fn == f"{given} {family}":
                cells["name_order"] = "given_first"
            else:
                cells["first_reference"] = self.fn  # as that program wrote it, whole
        return cells


def read_vcards(text: str) -> ParsedFile:
    """The people of vCard ``text`` (already decoded), numbered by card from 1."""
    result = ParsedFile(kind="people", unit="card")
    card: _CardReader | None = None
    number = 0
    # Only CR and LF end a line (str.splitlines would also cut at U+2028 inside a value).
    lines = _LINE_END.split(_UNFOLD.sub("", text.removeprefix("\ufeff")))
    for line_number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        parsed = parse_line(line)
        name = parsed[0] if parsed else ""
        if name == "BEGIN" and parsed and parsed[2].strip().upper() == "VCARD":
            if card is not None:
                no_end = problem_message(QT_TRANSLATE_NOOP("Problems", "the card has no END"))
                result.problems.append(FileProblem(card.number, None, no_end))
            number += 1
            card = _CardReader(number, line_number)
        elif name == "END" and card is not None:
            cells = card.finish()
            result.problems += card.problems
            if cells is not None:
                result.rows.append((card.number, cells))
            card = None
        elif card is None:
            outside = problem_message(
                QT_TRANSLATE_NOOP(
                    "Problems", "line {line} is outside any card (BEGIN:VCARD ... END:VCARD)"
                ),
                line=line_number,
            )
            result.problems.append(FileProblem(number or 1, None, outside))
        elif parsed is None:
            not_property = problem_message(
                QT_TRANSLATE_NOOP("Problems", "line {line} is not a vCard property"),
                line=line_number,
            )
            result.problems.append(FileProblem(card.number, None, not_property))
        else:
            card.take(*parsed)
    if card is not None:
        no_end = problem_message(QT_TRANSLATE_NOOP("Problems", "the card has no END:VCARD"))
        result.problems.append(FileProblem(card.number, None, no_end))
    if number == 0 and not result.problems:
        no_card = problem_message(
            QT_TRANSLATE_NOOP("Problems", "the file holds no vCard (BEGIN:VCARD)")
        )
        result.problems.append(FileProblem(1, None, no_card))
    return result
