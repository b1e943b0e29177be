"""Where the parts of a report's bar chart go, measured with the fonts it is drawn in: the title,
the legend, the value axis with round ticks, one slot per bar group, and the bars' names.

The names under the bars are set level when they fit side by side (long ones broken into lines
at spaces), else rising at 45 degrees,
and when even then neighbours would touch, only every n-th name is set (the rest are in the
table beside the chart and in the tooltip on screen). A name longer than the room below the
axis, or than the room to the left of its bar, is cut with "…". Nothing here draws: the
painter (``chart_painter``), the screen's hit test and the tests all use the same numbers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPolygonF, QTransform

if TYPE_CHECKING:
    from scoda_desktop.services.reports import Chart

__all__ = [
    "DIAGONAL",
    "LEVEL",
    "CategoryLabel",
    "CategoryLabels",
    "ChartFonts",
    "ChartGeometry",
    "category_labels",
    "chart_geometry",
    "nice_step",
    "tick_text",
    "value_text",
    "value_ticks",
]

LEVEL, DIAGONAL = 0.0, 45.0  # the angle of the bars' names, rising to the right
_SIN45 = math.sqrt(0.5)
LABEL_ROOM = 0.35  # the names take at most this share of the chart's height
AXIS_ROOM = 0.25  # the value axis and a first slanted name, at most this share of the width
TICK_SPACING = 2.5  # grid lines at least this many text lines apart
MOST_TICKS = 6
WRAPPED_LINES = 3  # a level name may take up to this many lines; else the names slant
BAR_SHARE = 0.7  # of a slot's width; the rest is the gap between groups


@dataclass(frozen=True, slots=True)
class ChartFonts:
    title: QFont
    text: QFont  # names, ticks, values and legend


@dataclass(frozen=True, slots=True)
class CategoryLabel:
    index: int  # of the category
    text: str  # as drawn: cut with "…" when too long, or broken into lines at spaces
    anchor: QPointF  # level: the text's top centre; slanted: where the text ends, under its bar
    box: QRectF  # the text's box around the anchor, before it is turned by the angle
    outline: QPolygonF  # the area the text covers, turned


@dataclass(frozen=True, slots=True)
class CategoryLabels:
    angle: float  # LEVEL or DIAGONAL
    step: int  # every step-th category is named, from the first
    labels: tuple[CategoryLabel, ...]
    height: float  # the room they take below the axis

    @property
    def shortened(self) -> tuple[int, ...]:
        """The categories whose names are drawn cut."""
        return tuple(label.index for label in self.labels if label.text.endswith("…"))


def value_text(value: float) -> str:
    """A value as the chart writes it: whole numbers without decimals, thousands grouped."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def tick_text(value: float, step: float) -> str:
    """A grid line's value, with the decimals its step needs (none for whole steps)."""
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if 0 < step < 1 else 0
    return f"{value:,.{decimals}f}"


def _tick_width(metrics: QFontMetricsF, ticks: tuple[float, ...]) -> float:
    return max(metrics.horizontalAdvance(tick_text(tick, ticks[1])) for tick in ticks)


def nice_step(largest: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving at most about ``ticks`` grid lines
    up to ``largest``; whole numbers when the values reach 1."""
    if largest <= 0:
        return 1.0
    raw = largest / max(ticks, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw * (1 - 1e-9))
    return max(step, 1.0) if largest >= 1 else step


def value_ticks(largest: float, room: float, line_height: float) -> tuple[float, ...]:
    """The grid's values from 0 past ``largest``: round steps, as many as fit in ``room``
    (pixels of height) with their labels at least ``TICK_SPACING`` lines apart."""
    wanted = max(1, min(MOST_TICKS, int(room / (line_height * TICK_SPACING))))
    step = nice_step(largest, wanted)
    steps = max(1, math.ceil(largest / step - 1e-9))
    return tuple(round(step * i, 10) for i in range(steps + 1))


def _text_box(width: float, height: float, *, level: bool) -> QRectF:
    """A name's box around its anchor: level, hanging from its top centre; slanted, ending at
    the anchor and centred on it across the line."""
    if level:
        return QRectF(-width / 2, 0, width, height)
    return QRectF(-width, -height / 2, width, height)


def _wrapped(metrics: QFontMetricsF, text: str, width: float) -> str | None:
    """``text`` broken into lines at most ``width`` wide, at spaces only (a Chinese name or a
    date is not split), or None when a word is wider or it takes more than ``WRAPPED_LINES``
    lines."""
    lines: list[str] = []
    for word in text.split():
        if metrics.horizontalAdvance(word) > width:
            return None
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return "\n".join(lines) if 0 < len(lines) <= WRAPPED_LINES else None


def _level(
    texts: Sequence[str],
    metrics: QFontMetricsF,
    first_centre: float,
    slot: float,
    axis_y: float,
    gap: float,
) -> CategoryLabels:
    """Level names (lines joined by newlines), each hanging centred under its slot."""
    labels = []
    for index, text in enumerate(texts):
        anchor = QPointF(first_centre + index * slot, axis_y + gap / 2)
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        box = _text_box(width, _lines_height(metrics, len(lines)), level=True)
        labels.append(CategoryLabel(index, text, anchor, box, _outline(anchor, box, LEVEL)))
    tallest = max((label.box.height() for label in labels), default=0.0)
    return CategoryLabels(LEVEL, 1, tuple(labels), tallest + gap)


def _lines_height(metrics: QFontMetricsF, lines: int) -> float:
    return metrics.height() + (lines - 1) * metrics.lineSpacing()


def _outline(anchor: QPointF, box: QRectF, angle: float) -> QPolygonF:
    transform = QTransform().translate(anchor.x(), anchor.y()).rotate(-angle)
    return transform.map(QPolygonF(box))


def category_labels(
    texts: Sequence[str],
    metrics: QFontMetricsF,
    *,
    first_centre: float,
    slot: float,
    axis_y: float,
    left_limit: float,
    right_limit: float,
    max_height: float,
    keep_clear: QRectF | None = None,
) -> CategoryLabels:
    """Lay out the names (at least one) of the bars whose slots (``slot`` wide) are centred
    from ``first_centre``, under the axis at ``axis_y``: no two names overlap, none reaches
    past ``left_limit`` or ``right_limit`` or further down than ``max_height`` below the axis,
    and none covers ``keep_clear`` (the value axis's label at 0)."""
    height = metrics.height()
    gap = height * 0.4
    widths = [metrics.horizontalAdvance(text) for text in texts]
    first_room = first_centre - (left_limit if keep_clear is None else keep_clear.right())
    last_room = right_limit - (first_centre + (len(texts) - 1) * slot)
    if (
        all((left + right) / 2 + gap <= slot for left, right in pairwise(widths))
        and widths[0] / 2 <= first_room
        and widths[-1] / 2 <= last_room
    ):
        return _level(texts, metrics, first_centre, slot, axis_y, gap)
    wrapped = [_wrapped(metrics, text, slot - gap) for text in texts]
    broken = [text for text in wrapped if text is not None]
    tallest = max(text.count("\n") for text in broken) + 1 if broken else 0
    if len(broken) == len(texts) and _lines_height(metrics, tallest) + gap <= max_height:
        return _level(broken, metrics, first_centre, slot, axis_y, gap)

    # Slanted names are parallel strips ``height`` wide: neighbours named ``step`` slots apart
    # are ``step * slot * sin 45`` apart across the strips.
    step = max(1, math.ceil((height + gap) / (slot * _SIN45)))
    corner = height / 2 * _SIN45  # how far the box's upper corner rises above the anchor
    anchor_y = axis_y + corner + gap / 2
    if keep_clear is not None:  # the first name's upper edge passes below the label at 0
        reach = first_centre - corner - keep_clear.right()
        anchor_y = max(anchor_y, keep_clear.bottom() + corner - reach + gap / 2)
    bottom = axis_y + max_height
    labels = []
    for index in range(0, len(texts), step):
        anchor = QPointF(first_centre + index * slot, anchor_y)
        fits_below = (bottom - anchor_y - corner) / _SIN45
        fits_left = (anchor.x() - corner - left_limit) / _SIN45
        room = max(0.0, min(fits_below, fits_left))
        text = texts[index]
        if widths[index] > room:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        box = _text_box(metrics.horizontalAdvance(text), height, level=False)
        labels.append(CategoryLabel(index, text, anchor, box, _outline(anchor, box, DIAGONAL)))
    lowest = max((label.outline.boundingRect().bottom() for label in labels), default=axis_y)
    return CategoryLabels(DIAGONAL, step, tuple(labels), lowest - axis_y + gap / 2)


@dataclass(frozen=True, slots=True)
class ChartGeometry:
    """Where everything of one chart goes in ``area``."""

    area: QRectF
    title: QRectF
    title_text: str  # cut with "…" when wider than the chart
    legend: QRectF | None  # when there are several series
    plot: QRectF  # the bars' area: value 0 at its bottom, ``ticks[-1]`` at its top
    ticks: tuple[float, ...]
    tick_labels: tuple[tuple[QRectF, str], ...]
    slot: float  # the width given to each category
    bars_per_slot: int
    labels: CategoryLabels
    show_values: bool  # each bar's value written above it
    count: int  # categories

    def y_of(self, value: float) -> float:
        return self.plot.bottom() - self.plot.height() * value / self.ticks[-1]

    def bar_rect(self, index: int, number: int, low: float, high: float) -> QRectF:
        """The bar of series ``number`` for category ``index``, from ``low`` to ``high``."""
        bar = self.slot * BAR_SHARE / self.bars_per_slot
        left = self.plot.left() + index * self.slot + self.slot * (1 - BAR_SHARE) / 2
        x = left + (number if self.bars_per_slot > 1 else 0) * bar
        return QRectF(QPointF(x, self.y_of(high)), QPointF(x + bar, self.y_of(low)))

    def slot_rect(self, index: int) -> QRectF:
        left = self.plot.left() + index * self.slot
        return QRectF(left, self.plot.top(), self.slot, self.plot.height())

    def category_at(self, point: QPointF) -> int | None:
        """The category under ``point``: its name, else its slot from the top of the plot to
        the bottom of the names."""
        for label in self.labels.labels:
            if label.outline.containsPoint(point, Qt.FillRule.OddEvenFill):
                return label.index
        below = self.plot.bottom() + self.labels.height
        if self.plot.left() <= point.x() < self.plot.right() and (
            self.plot.top() <= point.y() <= below
        ):
            return min(self.count - 1, int((point.x() - self.plot.left()) / self.slot))
        return None


def _largest(chart: Chart) -> float:
    count = len(chart.categories)
    if chart.stacked:
        return max((sum(s.values[i] for s in chart.series) for i in range(count)), default=0.0)
    return max((v for s in chart.series for v in s.values), default=0.0)


def chart_geometry(chart: Chart, area: QRectF, fonts: ChartFonts) -> ChartGeometry:
    """Lay out ``chart`` (with at least one category) in ``area``."""
    text = QFontMetricsF(fonts.text)
    titles = QFontMetricsF(fonts.title)
    line = text.height()
    pad = line * 0.5
    title = QRectF(area.left(), area.top() + pad, area.width(), titles.height() * 1.2)
    title_text = titles.elidedText(chart.title, Qt.TextElideMode.ElideRight, area.width() - 2 * pad)
    top = title.bottom() + pad
    legend = None
    if len(chart.series) > 1:
        legend = QRectF(area.left() + pad, top, area.width() - 2 * pad, line * 1.3)
        top = legend.bottom() + pad
    largest = _largest(chart)
    count = len(chart.categories)
    bars_per_slot = 1 if chart.stacked else len(chart.series)
    max_label_height = area.height() * LABEL_ROOM - pad
    ticks = value_ticks(largest, area.bottom() - pad - top - max_label_height, line)
    for _attempt in range(3):  # the axis's width and the plot's height depend on each other
        axis_width = _tick_width(text, ticks)
        left = area.left() + axis_width + 2 * pad
        right = area.right() - 2 * pad
        left, slot, labels = _labels_and_left(chart, text, area, left, right, max_label_height, pad)
        widest_value = max(
            (text.horizontalAdvance(value_text(v)) for s in chart.series for v in s.values),
            default=0.0,
        )
        show_values = not chart.stacked and widest_value + pad / 2 <= slot / bars_per_slot
        plot_top = top + (line * 1.2 if show_values else pad)
        plot_bottom = max(plot_top + line * 2, area.bottom() - pad - labels.height)
        plot = QRectF(QPointF(left, plot_top), QPointF(right, plot_bottom))
        labels = _moved_down(labels, plot_bottom)
        fitted = value_ticks(largest, plot.height(), line)
        if _tick_width(text, fitted) <= axis_width:
            ticks = fitted
            break
        ticks = fitted
    tick_labels = tuple(
        (
            QRectF(
                area.left(),
                plot.bottom() - plot.height() * tick / ticks[-1] - line / 2,
                plot.left() - pad - area.left(),
                line,
            ),
            tick_text(tick, ticks[1]),
        )
        for tick in ticks
    )
    return ChartGeometry(
        area=area,
        title=title,
        title_text=title_text,
        legend=legend,
        plot=plot,
        ticks=ticks,
        tick_labels=tick_labels,
        slot=slot,
        bars_per_slot=bars_per_slot,
        labels=labels,
        show_values=show_values,
        count=count,
    )


def _moved_down(labels: CategoryLabels, dy: float) -> CategoryLabels:
    """``labels`` laid out under an axis at y = 0, moved under the axis at ``dy``."""
    down = QPointF(0, dy)
    moved = tuple(
        replace(label, anchor=label.anchor + down, outline=label.outline.translated(down))
        for label in labels.labels
    )
    return replace(labels, labels=moved)


def _labels_and_left(
    chart: Chart,
    metrics: QFontMetricsF,
    area: QRectF,
    left: float,
    right: float,
    max_height: float,
    pad: float,
) -> tuple[float, float, CategoryLabels]:
    """The plot's left edge, its slot width and the bars' names under an axis at y = 0. When
    the names slant and the first would be cut at the chart's edge, the plot starts further
    right, by at most ``AXIS_ROOM`` of the chart's width."""
    line = metrics.height()
    count = len(chart.categories)

    def lay_out(left: float) -> CategoryLabels:
        slot = (right - left) / count
        return category_labels(
            chart.categories,
            metrics,
            first_centre=left + slot / 2,
            slot=slot,
            axis_y=0.0,
            left_limit=area.left(),
            right_limit=area.right(),
            max_height=max_height,
            keep_clear=QRectF(area.left(), -line / 2, left - pad - area.left(), line),
        )

    labels = lay_out(left)
    widest = area.left() + area.width() * AXIS_ROOM
    full = metrics.horizontalAdvance(chart.categories[0])
    for _attempt in range(3):  # moving the plot right narrows the slots: the anchor moves less
        needed = (full + line / 2) * _SIN45 - (labels.labels[0].anchor.x() - area.left())
        if labels.angle != DIAGONAL or needed <= 0 or left >= widest:
            break
        left = min(widest, left + needed + 1)
        labels = lay_out(left)
    return left, (right - left) / count, labels
