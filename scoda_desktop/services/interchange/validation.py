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


def load_document(path: Path) -> dict[str, Any]:
    """The parsed JSON object of ``path``; InputError if it cannot be read, is not UTF-8, is not
    JSON (the message gives the line and column) or is not a JSON object."""
    path = Path(path)
    data = read_import_file(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not a UTF-8 text file (byte {exc.start}: {exc.reason}). "
            "Save it as UTF-8 and import it again."
        ) from exc

    def refuse_constant(name: str) -> None:
        raise ValueError(f"{name} is not allowed in JSON")

    try:
        document = json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from exc
    except ValueError as exc:
        raise InputError(f"{path} is not valid JSON: {exc}.") from exc
    if not isinstance(document, dict):
        raise InputError(
            f"{path} is not a SCODA Desktop interchange file: it holds a JSON "
            f"{type(document).__name__.replace('dict', 'object')}, not an object with "
            f'"format": "{FORMAT}".'
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
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def _schema_messages(error: Any) -> list[tuple[str | None, str]]:
    """(extra field, message) pairs for one jsonschema error, in plain words."""
    validator, expected, instance = error.validator, error.validator_value, error.instance
    if validator == "required":
        match = re.match(r"^'(.*)' is a required property$", error.message)
        return [(match.group(1) if match else None, "is required")]
    if validator == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in known)
        return [(k, "unknown field") for k in extra]
    if validator == "type":
        words = [
            _TYPE_WORDS.get(t, t) for t in ([expected] if isinstance(expected, str) else expected)
        ]
        return [(None, f"must be {' or '.join(words)}, not {json.dumps(instance)[:40]}")]
    if validator == "enum":
        choices = ", ".join("null" if c is None else str(c) for c in expected)
        return [(None, f"{json.dumps(instance, ensure_ascii=False)} is not one of: {choices}")]
    if validator == "const":
        if error.absolute_path and list(error.absolute_path) == ["format_version"]:
            return [
                (
                    None,
                    f"this file is format version {instance}; this SCODA Desktop reads "
                    f"version {FORMAT_VERSION} (a newer version may read it)",
                )
            ]
        return [(None, f"must be {json.dumps(expected)}")]
    if validator == "pattern":
        return [(None, f"{json.dumps(instance, ensure_ascii=False)} {PATTERN_HINTS[expected]}")]
    if validator == "minLength":
        return [(None, "must not be empty")]
    if validator == "maxLength":
        return [(None, f"must be at most {expected} characters")]
    if validator == "minimum":
        return [(None, f"must be at least {expected}")]
    if validator == "maximum":
        return [(None, f"must be at most {expected}")]
    return [(None, error.message)]


def schema_problems_in(document: Any) -> list[tuple[Any, str]]:
    problems = []
    for error in _validator().iter_errors(document):
        path = list(error.absolute_path)
        for extra, message in _schema_messages(error):
            full = [*path, extra] if extra is not None else path
            item, where = _locate(document, full)
            prefix = " ".join(p for p in (item, where) if p)
            problems.append((sort_key(full), f"{prefix}: {message}" if prefix else message))
    return problems
