"""Sentences the services write for a person to read, kept translatable without Qt.

The services cannot call Qt's ``tr()``. Where they write a sentence the window shows, they write
its English source with ``{name}`` placeholders, marked with ``QT_TRANSLATE_NOOP(context, ...)``
(the Qt-free stand-in below, with the name lupdate looks for: the strings are extracted into the
``services`` translation area), and keep the values apart. The interface translates the source
in its context and fills in the values; the command line, the logs and the tests read the
English text, which is what it always was.

Two shapes:

- ``Problem``: something to fix about one field of a form, marked in the context ``Problems``
  (``problem(field, template, **values)`` makes one; ``ui/display.problem_text`` shows it).
- ``Phrase``: a word or sentence of a change (a meeting's history, a conflict between two
  officers' edits), marked in the context ``ChangeText``. It *is* its English text (a ``str``),
  so code that reads it as text is unchanged, and carries its source and values for the
  interface. A value may itself be a Phrase ("{name}: {field}" with the field's label), which
  the interface translates too.
- An error's message (``error_message``): a Phrase marked in the context ``Errors``, given to
  a ``ScodaError`` as its message; ``str(error)`` is the English, and the interface shows it
  translated (``ui/display.error_text``).

Values are text: numbers and dates are passed formatted (dates as ISO text); a word that would
read differently in Chinese is not passed as a value but written into a sentence of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "QT_TRANSLATE_NOOP",
    "Phrase",
    "Problem",
    "Values",
    "error_message",
    "phrase",
    "problem",
    "verbatim",
    "word",
]

# (placeholder, text) pairs: a tuple, so that a Problem stays hashable.
Values = tuple[tuple[str, str], ...]


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:
    """Marks ``text`` for translation in ``context`` and returns it unchanged (the Qt macro of
    the same name, without Qt); the interface translates it where it shows it. A word with two
    meanings is marked once per meaning, each with a ``disambiguation`` (which a Phrase of it
    carries too: ``word``)."""
    return text


def _values(values: dict[str, object]) -> Values:
    return tuple(
        (name, value if isinstance(value, str) else str(value)) for name, value in values.items()
    )


@dataclass(frozen=True, slots=True)
class Problem:
    """Something to fix (or, as a warning, to notice) about one field of a form.

    ``message`` is the English sentence (the command line, the logs and ``InvalidDraftError``
    show it); ``template`` its source marked in the context ``Problems``, and ``values`` what
    fills its placeholders. A problem made with a message alone (no template) is shown as it
    is in every language."""

    field: str
    message: str
    template: str = ""
    values: Values = ()


def problem(field: str, template: str, **values: object) -> Problem:
    """The problem about ``field`` that ``template`` (marked with ``QT_TRANSLATE_NOOP("Problems",
    ...)``) states once its placeholders are filled with ``values``."""
    filled = _values(values)
    return Problem(field, template.format(**dict(filled)), template, filled)


class Phrase(str):
    """English text that knows its source (marked in the context ``ChangeText``) and values.

    Equal to, and usable as, the English text; ``source`` and ``values`` let the interface
    translate it. Text made from it (``+``, ``.strip()``) is plain English again."""

    source: str
    values: Values
    disambiguation: str
    context: str  # where its source is marked: "ChangeText", or "Errors" for an error's message

    def __new__(
        cls,
        source: str,
        values: Values = (),
        disambiguation: str = "",
        context: str = "ChangeText",
    ) -> Phrase:
        text = super().__new__(cls, source.format(**dict(values)) if values else source)
        text.source = source
        text.values = values
        text.disambiguation = disambiguation
        text.context = context
        return text

    def __getnewargs__(self) -> tuple[str, Values, str, str]:  # type: ignore[override]
        return self.source, self.values, self.disambiguation, self.context

    def __repr__(self) -> str:
        return (
            f"Phrase({self.source!r}, {self.values!r}, {self.disambiguation!r}, {self.context!r})"
        )


def phrase(source: str, **values: object) -> Phrase:
    """``source`` (marked with ``QT_TRANSLATE_NOOP("ChangeText", ...)``) with ``values`` filled
    in; a value that is a Phrase is translated with it."""
    return Phrase(source, _values(values))


def error_message(source: str, /, **values: object) -> Phrase:
    """The message of an error a person is to read: ``source`` (marked with
    ``QT_TRANSLATE_NOOP("Errors", ...)``) with ``values`` filled in. Give it to a ``ScodaError``
    (``raise InputError(error_message(...))``): the command line and the logs read the English,
    the interface translates it. A value that is a Phrase (another error's message, a word) is
    translated with it; a value from outside (a file name, a library's own message) is not."""
    return Phrase(source, _values(values), context="Errors")


def word(source: str, disambiguation: str = "") -> Phrase:
    """A word marked with ``QT_TRANSLATE_NOOP("ChangeText", source, disambiguation)``."""
    return Phrase(source, (), disambiguation)


def verbatim(text: str) -> Phrase:
    """Text shown as it is in every language (a name, a theme, a value typed by a person)."""
    return Phrase("{text}", (("text", text),))


def problem_message(template: str, **values: object) -> Phrase:
    """The English of ``template`` (marked ``QT_TRANSLATE_NOOP("Problems", ...)``) with
    ``values`` filled in, for a message that travels as text (a directory file's or cell's
    problem): a ``Phrase`` that carries the source and values, which the import planner keeps
    so that the window translates them."""
    found = problem("", template, **values)
    return Phrase(found.template, found.values, context="Problems")
