"""The installed Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 takes a reference to None away on every call of a void Qt method
(``QRect.setHeight``, ``QPainter.drawText`` ...); when the count reaches zero the interpreter
aborts ("deallocating None"). Painting the calendar makes hundreds of such calls a frame, so
the application would die within minutes. pyproject.toml excludes that release."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRect


def test_void_qt_calls_keep_none_alive():
    rect, obj = QRect(), QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        rect.setHeight(3)
        obj.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10
