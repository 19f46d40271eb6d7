"""Scores over time as a small line chart painted with QPainter (QtCharts is not installed).

Colours come from the widget's palette (text, mid, highlight), so the chart follows light and
dark themes; the pass mark, when all attempts share one, is a dashed line. The chart is also
described in words (its accessible description) for a screen reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from examhub_desktop.ui.runner.describe import percent


@dataclass(frozen=True)
class Point:
    label: str  # shown under the first and last point, e.g. "3 Mar"
    score: int
    passed: bool | None


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.setAccessibleName(self.tr("Scores over time"))
        self.points: list[Point] = []
        self.pass_mark: int | None = None
        self.setMinimumSize(320, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(560, 200)

    def set_points(self, points: Sequence[Point], pass_mark: int | None = None) -> None:
        self.points = list(points)
        self.pass_mark = pass_mark
        if self.points:
            scores = [p.score for p in self.points]
            self.setAccessibleDescription(
                self.tr(
                    "%n scored attempt(s), from {start} to {end}; first {first}, latest {latest}, best {best}.",
                    "",
                    len(scores),
                ).format(
                    start=self.points[0].label,
                    end=self.points[-1].label,
                    first=percent(scores[0]),
                    latest=percent(scores[-1]),
                    best=percent(max(scores)),
                )
            )
        else:
            self.setAccessibleDescription(self.tr("No scored attempts yet."))
        self.update()

    def _legend(self, painter: QPainter, plot: QRectF) -> None:
        """● passed  ○ not passed, top right: the fill is the only thing that differs."""
        pal = self.palette()
        fm = self.fontMetrics()
        line = pal.color(QPalette.ColorRole.Highlight)
        items = [
            (self.tr("passed"), line),
            (self.tr("not passed or no pass mark"), pal.color(QPalette.ColorRole.Base)),
        ]
        x = plot.right() - sum(fm.horizontalAdvance(t) + 26 for t, _ in items)
        y = fm.height() / 2 + 2
        for words, fill in items:
            painter.setPen(QPen(line, 2))
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(x + 5, y), 4, 4)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(x + 14, y + fm.ascent() / 2 - 1), words)
            x += fm.horizontalAdvance(words) + 26

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        grid = pal.color(QPalette.ColorRole.Mid)
        line = pal.color(QPalette.ColorRole.Highlight)
        fm = self.fontMetrics()
        left = fm.horizontalAdvance(percent(100)) + 10
        top = fm.height() * 2 + 6  # a row for the legend, then room for the labels over points at 100%
        plot = QRectF(left, top, self.width() - left - 16, self.height() - top - fm.height() - 10)
        painter.setPen(QPen(grid, 1))
        for value in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * value / 100
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                percent(value),
            )
            painter.setPen(QPen(grid, 1))
        if not self.points:
            painter.setPen(text)
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.tr("No scores yet"))
            return
        if self.pass_mark is not None:
            y = plot.bottom() - plot.height() * self.pass_mark / 100
            pen = QPen(text, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(
                QPointF(plot.left() + 4, y - 3),
                self.tr("pass {percent}").format(percent=percent(self.pass_mark)),
            )
        n = len(self.points)
        step = plot.width() / (n - 1) if n > 1 else 0.0
        xy = [
            QPointF(
                plot.left() + (step * i if n > 1 else plot.width() / 2),
                plot.bottom() - plot.height() * p.score / 100,
            )
            for i, p in enumerate(self.points)
        ]
        path = QPainterPath(xy[0])
        for point in xy[1:]:
            path.lineTo(point)
        painter.setPen(QPen(line, 2))
        painter.drawPath(path)
        for point, p in zip(xy, self.points, strict=True):
            painter.setBrush(line if p.passed else pal.color(QPalette.ColorRole.Base))
            painter.setPen(QPen(line, 2))
            painter.drawEllipse(point, 4, 4)
            if n <= 24:  # each score written over its point while they fit
                painter.setPen(text)
                label = percent(p.score)
                x = min(
                    max(point.x() - fm.horizontalAdvance(label) / 2, plot.left()),
                    plot.right() - fm.horizontalAdvance(label),
                )
                painter.drawText(QPointF(x, point.y() - 8), label)
        self._legend(painter, plot)
        painter.setPen(text)
        baseline = plot.bottom() + fm.height() + 4
        painter.drawText(QPointF(plot.left(), baseline), self.points[0].label)
        if n > 1:
            last = self.points[-1].label
            painter.drawText(QPointF(plot.right() - fm.horizontalAdvance(last), baseline), last)
