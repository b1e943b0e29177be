"""Reading an interchange file and checking it against the JSON Schema, with every problem
in plain words naming the item and the field."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from scoda_desktop import paths
from scoda_desktop.errors import InputError
from scoda_desktop.services.files import read_import_file
from scoda_desktop.services.interchange.kinds import (
    ALL_KINDS,
    FORMAT,
    FORMAT_VERSION,
    KIND_ORDER,
    SCHEMA_RESOURCE,
)
from scoda_desktop.services.interchange.values import PATTERN_HINTS
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message


def load_document(path: Path) -> dict[str, Any]:
    """The parsed JSON object of ``path``; InputError if it cannot be read, is not UTF-8, is not
    JSON (the message gives the line and column) or is not a JSON object."""
    path = Path(path)
    data = read_import_file(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is not a UTF-8 text file (byte {byte}: {reason}). "
                    "Save it as UTF-8 and import it again.",
                ),
                path=path,
                byte=exc.start,
                reason=exc.reason,
            )
        ) from exc

    def refuse_constant(name: str) -> None:
        raise ValueError(
            error_message(QT_TRANSLATE_NOOP("Errors", "{name} is not allowed in JSON"), name=name)
        )

    try:
        document = json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is not valid JSON: {error} at line {line}, column {column}."
                ),
                path=path,
                error=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            )
        ) from exc
    except ValueError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{path} is not valid JSON: {error}."),
                path=path,
                error=exc.args[0] if len(exc.args) == 1 else str(exc),
            )
        ) from exc
    if not isinstance(document, dict):
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is not a SCODA Desktop interchange file: it holds a JSON {type}, "
                    'not an object with "format": "{format}".',
                ),
                path=path,
                type=type(document).__name__.replace("dict", "object"),
                format=FORMAT,
            )
        )
    return document


@cache
def _schema_text() -> str:
    return paths.resource(*SCHEMA_RESOURCE).read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    """The JSON Schema of the format, as published in resources/schema."""
    return json.loads(_schema_text())  # type: ignore[no-any-return]


def _inline(node: Any, definitions: Mapping[str, Any]) -> Any:
    """The schema with its local ``$ref``s replaced by what they name (it has no cycles):
    resolving a reference for every field of every record is most of jsonschema's time."""
    if isinstance(node, list):
        return [_inline(n, definitions) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inline(v, definitions) for k, v in node.items() if k not in ("$ref", "$defs")}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        out = {**_inline(definitions[ref.removeprefix("#/$defs/")], definitions), **out}
    return out


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    published = schema()
    return Draft202012Validator(_inline(published, published.get("$defs", {})))


_ITEM_LISTS = {k.name for k in ALL_KINDS}


def item_label(list_name: str, index: int, item: Any) -> str:
    label = f"{list_name}[{index}]"
    if not isinstance(item, dict):
        return label
    for key in ("uid", "code", "number", "person"):
        value = item.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool):
            name = "uid" if key == "uid" else key
            return f"{label} ({name} {value})"
    return label


def _locate(document: Any, path: Iterable[str | int]) -> tuple[str, str]:
    """(the item, the rest of the path as a field) for an instance path in the document."""
    parts = list(path)
    labels: list[str] = []
    node = document
    i = 0
    while (
        i + 1 < len(parts)
        and isinstance(parts[i], str)
        and parts[i] in _ITEM_LISTS
        and isinstance(parts[i + 1], int)
        and isinstance(node, dict)
        and isinstance(node.get(parts[i]), list)
    ):
        list_name, index = str(parts[i]), int(parts[i + 1])
        node = node[list_name][index]
        labels.append(item_label(list_name, index, node))
        i += 2
    rest = ""
    for part in parts[i:]:
        rest += f"[{part}]" if isinstance(part, int) else (f".{part}" if rest else part)
    return " ".join(labels), rest


def sort_key(path: Iterable[str | int]) -> tuple[tuple[int, int, str], ...]:
    """Problems in document order: lists in the order of kinds, an item's own fields (by name)
    before its nested lists."""
    key = []
    for part in path:
        if isinstance(part, int):
            key.append((0, part, ""))
        else:
            key.append((1, 1 + KIND_ORDER[part] if part in KIND_ORDER else 0, part))
    return tuple(key)


_TYPE_WORDS = {
    "string": QT_TRANSLATE_NOOP("Errors", "a string"),
    "integer": QT_TRANSLATE_NOOP("Errors", "a whole number"),
    "number": QT_TRANSLATE_NOOP("Errors", "a number"),
    "boolean": QT_TRANSLATE_NOOP("Errors", "true or false"),
    "array": QT_TRANSLATE_NOOP("Errors", "a list"),
    "object": QT_TRANSLATE_NOOP("Errors", "an object"),
    "null": QT_TRANSLATE_NOOP("Errors", "null"),
}


def _type_word(name: str) -> str:
    word = _TYPE_WORDS.get(name)
    return error_message(word) if word else name


def _wrong_type(expected: str | list[str], instance: Any) -> str:
    """ "must be a string or null, not 5": the JSON types the schema allows, in words."""
    words = [_type_word(t) for t in ([expected] if isinstance(expected, str) else expected)]
    value = json.dumps(instance)[:40]
    if len(words) == 1:
        return error_message(
            QT_TRANSLATE_NOOP("Errors", "must be {type}, not {value}"), type=words[0], value=value
        )
    if len(words) == 2:
        return error_message(
            QT_TRANSLATE_NOOP("Errors", "must be {type} or {other}, not {value}"),
            type=words[0],
            other=words[1],
            value=value,
        )
    return f"must be {' or '.join(words)}, not {value}"  # the schema allows at most two


def _schema_messages(error: Any) -> list[tuple[str | None, str]]:
    """(extra field, message) pairs for one jsonschema error, in plain words (each a
    ``wording.Phrase`` but jsonschema's own message, for a rule this does not word)."""
    validator, expected, instance = error.validator, error.validator_value, error.instance
    if validator == "required":
        match = re.match(r"^'(.*)' is a required property$", error.message)
        return [
            (
                match.group(1) if match else None,
                error_message(QT_TRANSLATE_NOOP("Errors", "is required")),
            )
        ]
    if validator == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in known)
        return [(k, error_message(QT_TRANSLATE_NOOP("Errors", "unknown field"))) for k in extra]
    if validator == "type":
        return [(None, _wrong_type(expected, instance))]
    if validator == "enum":
        choices = ", ".join("null" if c is None else str(c) for c in expected)
        return [
            (
                None,
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "{value} is not one of: {choices}"),
                    value=json.dumps(instance, ensure_ascii=False),
                    choices=choices,
                ),
            )
        ]
    if validator == "const":
        if error.absolute_path and list(error.absolute_path) == ["format_version"]:
            return [
                (
                    None,
                    error_message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "this file is format version {version}; this SCODA Desktop reads "
                            "version {supported} (a newer version may read it)",
                        ),
                        version=instance,
                        supported=FORMAT_VERSION,
                    ),
                )
            ]
        return [
            (
                None,
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "must be {value}"), value=json.dumps(expected)
                ),
            )
        ]
    if validator == "pattern":
        return [
            (
                None,
                error_message(
                    PATTERN_HINTS[expected], value=json.dumps(instance, ensure_ascii=False)
                ),
            )
        ]
    if validator == "minLength":
        return [(None, error_message(QT_TRANSLATE_NOOP("Errors", "must not be empty")))]
    if validator == "maxLength":
        return [
            (
                None,
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "must be at most {n} characters"), n=expected
                ),
            )
        ]
    if validator == "minimum":
        return [
            (None, error_message(QT_TRANSLATE_NOOP("Errors", "must be at least {n}"), n=expected))
        ]
    if validator == "maximum":
        return [
            (None, error_message(QT_TRANSLATE_NOOP("Errors", "must be at most {n}"), n=expected))
        ]
    return [(None, error.message)]


def _placed(where: str, message: str) -> str:
    """ "people[0] (uid p-1) family_name: is required": a problem after the place it is at."""
    if not where:
        return message
    return error_message(
        QT_TRANSLATE_NOOP("Errors", "{where}: {problem}"), where=where, problem=message
    )


def schema_problems_in(document: Any) -> list[tuple[Any, str]]:
    problems = []
    for error in _validator().iter_errors(document):
        path = list(error.absolute_path)
        for extra, message in _schema_messages(error):
            full = [*path, extra] if extra is not None else path
            item, where = _locate(document, full)
            prefix = " ".join(p for p in (item, where) if p)
            problems.append((sort_key(full), _placed(prefix, message)))
    return problems
