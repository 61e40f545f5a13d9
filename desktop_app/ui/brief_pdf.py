"""The brief as a PDF, written with Qt's own PDF writer: A4, vector charts, page numbers.

The pages are laid out first (every block measured with the writer's font metrics and placed on
a page) and painted second, so each footer can say "page k of n". Charts are drawn with
QPainter, so they stay sharp at any zoom: horizontal bars for rankings and components, lines
for projections. Numbers follow the table's formats (persons without decimals, shares as %).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop_app.io.xlsx_safety import atomic_target
from desktop_app.services.brief import Brief
from desktop_app.ui.numbers import in_locale
from desktop_app.ui.translated import export_language, translated

__all__ = ["write_brief_pdf"]

_DPI = 96
_MARGIN_MM = 18
#: Okabe-Ito: blue for values, vermillion for negative ones, then the others for lines.
_BLUE, _VERMILLION = QColor("#0072B2"), QColor("#D55E00")
_LINES = [QColor(c) for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9")]
_GREY = QColor("#555555")
_MAX_TABLE_ROWS = 14
_CHART_HEIGHT = 210


@dataclass
class _Block:
    """Something placed on a page: its height and how to paint it at (x, y, width)."""

    height: float
    paint: Callable[[QPainter, float, float, float], None]
    keep_with_next: bool = False


def write_brief_pdf(brief: Brief, target: str | Path) -> int:
    """Write ``brief`` as a PDF at ``target`` (whole or not at all); the number of pages."""
    with atomic_target(target) as temp:
        return _write(brief, temp)


def _write(brief: Brief, target: Path) -> int:
    writer = QPdfWriter(str(target))
    writer.setResolution(_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM + 4),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(translated(brief.title))
    writer.setCreator("Anticipa")
    page = writer.pageLayout().paintRectPixels(_DPI)
    width, height = float(page.width()), float(page.height())
    fonts = _Fonts(writer)
    created = export_language().date(brief.created)
    pages = _paginate(_blocks(brief, fonts, width, created), height - fonts.small_height * 2)
    painter = QPainter(writer)
    try:
        for n, blocks in enumerate(pages, start=1):
            if n > 1:
                writer.newPage()
            y = 0.0
            for block in blocks:
                block.paint(painter, 0.0, y, width)
                y += block.height
            painter.setFont(fonts.small)
            painter.setPen(_GREY)
            footer = QCoreApplication.translate(
                "Brief", "{title} · {date} · page {n} of {total}"
            ).format(title=translated(brief.title), date=created, n=n, total=len(pages))
            painter.drawText(
                QRectF(0, height - fonts.small_height, width, fonts.small_height),
                Qt.AlignmentFlag.AlignRight,
                footer,
            )
    finally:
        painter.end()
    return len(pages)


class _Fonts:
    def __init__(self, device) -> None:
        self.title = QFont("DejaVu Sans", 17, QFont.Weight.Bold)
        self.heading = QFont("DejaVu Sans", 12, QFont.Weight.Bold)
        self.body = QFont("DejaVu Sans", 9)
        self.bold = QFont("DejaVu Sans", 9, QFont.Weight.Bold)
        self.small = QFont("DejaVu Sans", 7)
        self.device = device
        self.small_height = self.metrics(self.small).height()

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)


def _paginate(blocks: list[_Block], page_height: float) -> list[list[_Block]]:
    pages: list[list[_Block]] = [[]]
    used = 0.0
    for k, block in enumerate(blocks):
        need = block.height
        if block.keep_with_next and k + 1 < len(blocks):
            need += blocks[k + 1].height
        if pages[-1] and used + need > page_height:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += block.height
    return pages


def _text_block(
    text: str,
    font: QFont,
    fonts: _Fonts,
    width: float,
    gap: float = 4,
    colour: QColor | None = None,
    keep: bool = False,
) -> _Block:
    flags = Qt.TextFlag.TextWordWrap
    rect = fonts.metrics(font).boundingRect(QRectF(0, 0, width, 10_000), flags, text)

    def paint(p: QPainter, x: float, y: float, w: float) -> None:
        p.setFont(font)
        p.setPen(colour or QColor("black"))
        p.drawText(QRectF(x, y, w, rect.height() + 2), flags, text)

    return _Block(rect.height() + gap, paint, keep)


def _blocks(brief: Brief, fonts: _Fonts, width: float, created: str) -> list[_Block]:
    blocks = [
        _text_block(translated(brief.title), fonts.title, fonts, width, 6),
        _text_block(
            QCoreApplication.translate("Brief", "Regional brief · {date} · data: {sources}").format(
                date=created,
                sources=", ".join(brief.sources)
                or QCoreApplication.translate("Brief", "none imported"),
            ),
            fonts.small,
            fonts,
            width,
            12,
            _GREY,
        ),
    ]
    for section in brief.sections:
        blocks.append(
            _text_block(translated(section.title), fonts.heading, fonts, width, 6, keep=True)
        )
        for text in section.paragraphs:
            blocks.append(_text_block(translated(text), fonts.body, fonts, width, 5))
        for table in section.tables:
            blocks.append(
                _text_block(translated(table.title), fonts.bold, fonts, width, 3, keep=True)
            )
            blocks.extend(_table_blocks(table, fonts, width))
            if table.chart is not None and table.rows:
                blocks.append(_chart_block(table, fonts))
            for note in table.notes:
                blocks.append(_text_block(translated(note), fonts.small, fonts, width, 3, _GREY))
            blocks[-1].height += 8
    return blocks


# -- tables ------------------------------------------------------------------------------------


def _format(value, fmt: str | None) -> str:
    """A cell as the report workbook's number format would show it, with the locale's
    separators."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if isinstance(value, str) or not isinstance(value, int | float):
        return translated(value)  # a stage reason made by core reads in the brief's language
    if isinstance(value, int) and not fmt:
        return str(value)  # a year, a count or a rank: no separators
    return in_locale(_python_format(value, fmt))


def _python_format(value: float, fmt: str | None) -> str:
    if fmt and fmt.endswith("%"):
        decimals = len(fmt.split(".")[1]) - 1 if "." in fmt else 0
        return f"{value * 100:,.{decimals}f} %"
    if fmt and "." in fmt:
        return f"{value:,.{len(fmt.split('.')[1])}f}"
    if fmt or float(value).is_integer() or abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _table_blocks(table, fonts: _Fonts, width: float) -> list[_Block]:
    rows = [
        [_format(v, table.number_formats.get(c)) for c, v in zip(table.columns, row, strict=True)]
        for row in table.rows[:_MAX_TABLE_ROWS]
    ]
    metrics = fonts.metrics(fonts.body)
    header_metrics = fonts.metrics(fonts.bold)
    natural = [
        max(
            [header_metrics.horizontalAdvance(translated(c))]
            + [metrics.horizontalAdvance(r[k]) for r in rows]
        )
        + 10
        for k, c in enumerate(table.columns)
    ]
    numeric = [
        all(_is_number(row[k]) for row in table.rows[:_MAX_TABLE_ROWS] if row[k] is not None)
        for k in range(len(table.columns))
    ]
    widths = _fit(natural, numeric, width)
    flags = Qt.TextFlag.TextWordWrap

    def row_height(cells: list[str], bold: bool) -> float:
        m = header_metrics if bold else metrics
        return (
            max(
                m.boundingRect(QRectF(0, 0, w - 8, 1000), flags, text).height()
                for text, w in zip(cells, widths, strict=True)
            )
            + 4
        )

    def line(cells: list[str], bold: bool, shaded: bool) -> _Block:
        h = row_height(cells, bold)

        def paint(p: QPainter, x: float, y: float, _w: float) -> None:
            if shaded:
                p.fillRect(QRectF(x, y, sum(widths), h), QColor("#EEF3F8"))
            p.setFont(fonts.bold if bold else fonts.body)
            p.setPen(QColor("black"))
            left = x
            for k, (text, w) in enumerate(zip(cells, widths, strict=True)):
                align = (
                    Qt.AlignmentFlag.AlignRight
                    if numeric[k] and not bold
                    else Qt.AlignmentFlag.AlignLeft
                )
                p.drawText(QRectF(left + 4, y + 2, w - 8, h), int(align) | int(flags), text)
                left += w
            if bold:
                p.setPen(QPen(_GREY, 0.8))
                p.drawLine(QPointF(x, y + h), QPointF(x + sum(widths), y + h))

        return _Block(h, paint)

    blocks = [line([translated(c) for c in table.columns], True, False)]
    blocks[0].keep_with_next = True
    blocks += [line(cells, False, k % 2 == 1) for k, cells in enumerate(rows)]
    if len(table.rows) > _MAX_TABLE_ROWS:
        blocks.append(
            _text_block(
                QCoreApplication.translate(
                    "Brief", "... and {n} more rows in the report workbook"
                ).format(n=len(table.rows) - _MAX_TABLE_ROWS),
                fonts.small,
                fonts,
                width,
                2,
                _GREY,
            )
        )
    return blocks


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fit(natural: list[float], numeric: list[bool], width: float) -> list[float]:
    """Column widths within ``width``: numbers keep theirs; a text column narrower than its
    fair share of the rest keeps its own, the wider ones share what is left (and wrap)."""
    if sum(natural) <= width:
        return natural
    widths = list(natural)
    wide = [k for k, n in enumerate(numeric) if not n]
    room = max(width - sum(w for w, n in zip(natural, numeric, strict=True) if n), width * 0.3)
    while wide:
        share = room / len(wide)
        narrow = [k for k in wide if natural[k] <= share]
        if not narrow:
            for k in wide:
                widths[k] = share
            break
        for k in narrow:
            room -= natural[k]
            wide.remove(k)
    return widths


# -- charts ------------------------------------------------------------------------------------


def _chart_block(table, fonts: _Fonts) -> _Block:
    spec = table.chart
    if spec.kind == "line":
        return _Block(
            _CHART_HEIGHT + 10,
            lambda p, x, y, w: _line_chart(p, table, fonts, QRectF(x, y, w, _CHART_HEIGHT)),
        )
    n = min(len(table.rows), _MAX_TABLE_ROWS)
    height = 16 + n * 15 + 6
    return _Block(
        height + 10, lambda p, x, y, w: _bar_chart(p, table, fonts, QRectF(x, y, w, height))
    )


def _bar_chart(p: QPainter, table, fonts: _Fonts, area: QRectF) -> None:
    spec = table.chart
    k_cat = list(table.columns).index(spec.category)
    k_val = list(table.columns).index(spec.series[0])
    fmt = table.number_formats.get(spec.series[0])
    rows = [r for r in table.rows[:_MAX_TABLE_ROWS] if _is_number(r[k_val])]
    p.setFont(fonts.bold)
    p.setPen(QColor("black"))
    p.drawText(
        QRectF(area.left(), area.top(), area.width(), 14),
        Qt.AlignmentFlag.AlignLeft,
        translated(spec.title),
    )
    if not rows:
        return
    metrics = fonts.metrics(fonts.small)
    label_width = min(
        area.width() * 0.38, max(metrics.horizontalAdvance(translated(r[k_cat])) for r in rows) + 8
    )
    value_width = max(metrics.horizontalAdvance(_format(r[k_val], fmt)) for r in rows) + 8
    values = [float(r[k_val]) for r in rows]
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    plot_left = area.left() + label_width
    plot_width = area.width() - label_width - value_width
    zero = plot_left + (0 - low) / span * plot_width
    p.setFont(fonts.small)
    for k, (row, value) in enumerate(zip(rows, values, strict=True)):
        top = area.top() + 16 + k * 15
        label = metrics.elidedText(
            translated(row[k_cat]), Qt.TextElideMode.ElideRight, label_width - 6
        )
        p.setPen(QColor("black"))
        p.drawText(
            QRectF(area.left(), top, label_width - 6, 13),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        end = plot_left + (value - low) / span * plot_width
        p.fillRect(
            QRectF(min(zero, end), top + 2, abs(end - zero), 10),
            _BLUE if value >= 0 else _VERMILLION,
        )
        p.drawText(
            QRectF(max(zero, end) + 4, top, value_width, 13),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            _format(value, fmt),
        )
    p.setPen(QPen(_GREY, 0.8))
    p.drawLine(QPointF(zero, area.top() + 14), QPointF(zero, area.bottom() - 4))


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering low..high."""
    if high <= low:
        high = low + (abs(low) or 1.0)
    rough = (high - low) / (count - 1)
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return ticks


def _line_chart(p: QPainter, table, fonts: _Fonts, area: QRectF) -> None:
    spec = table.chart
    columns = list(table.columns)
    xs = [float(r[columns.index(spec.category)]) for r in table.rows]
    series = [(name, [r[columns.index(name)] for r in table.rows]) for name in spec.series]
    values = [float(v) for _, vs in series for v in vs if _is_number(v)]
    p.setFont(fonts.bold)
    p.setPen(QColor("black"))
    p.drawText(
        QRectF(area.left(), area.top(), area.width(), 14),
        Qt.AlignmentFlag.AlignLeft,
        translated(spec.title),
    )
    if not values or len(xs) < 2:
        return
    fmt = table.number_formats.get(spec.series[0])
    metrics = fonts.metrics(fonts.small)
    ticks = _nice_ticks(min(values), max(values))
    low, high = ticks[0], ticks[-1]
    left = area.left() + max(metrics.horizontalAdvance(_format(t, fmt)) for t in ticks) + 8
    plot = QRectF(left, area.top() + 20, area.right() - left - 90, area.height() - 40)

    def at(x: float, v: float) -> QPointF:
        return QPointF(
            plot.left() + (x - xs[0]) / (xs[-1] - xs[0]) * plot.width(),
            plot.bottom() - (v - low) / (high - low) * plot.height(),
        )

    p.setFont(fonts.small)
    for t in ticks:
        y = at(xs[0], t).y()
        p.setPen(QPen(QColor("#DDDDDD"), 0.6))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(_GREY)
        p.drawText(
            QRectF(area.left(), y - 7, left - area.left() - 4, 14),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            _format(t, fmt),
        )
    for x in sorted({xs[0], xs[len(xs) // 2], xs[-1]}):
        p.drawText(
            QRectF(at(x, low).x() - 20, plot.bottom() + 2, 40, 12),
            Qt.AlignmentFlag.AlignHCenter,
            f"{x:.0f}",
        )
    for k, (name, vs) in enumerate(series):
        colour = _LINES[k % len(_LINES)]
        pen = QPen(
            colour, 1.6, Qt.PenStyle.DashLine if name == "baseline" else Qt.PenStyle.SolidLine
        )
        p.setPen(pen)
        points = [at(x, float(v)) for x, v in zip(xs, vs, strict=True) if _is_number(v)]
        for a, b in zip(points, points[1:], strict=False):
            p.drawLine(a, b)
        p.drawText(
            QRectF(plot.right() + 6, plot.top() + k * 13, 84, 12),
            Qt.AlignmentFlag.AlignLeft,
            translated(name),
        )
