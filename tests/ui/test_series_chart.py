"""The data view's chart: says what to select when empty; its legend never covers a point."""

import numpy as np

from desktop_app.ui.data.series_chart import SeriesChart


def test_empty_chart_says_what_to_select_instead_of_empty_axes(qtbot):
    chart = SeriesChart()
    qtbot.addWidget(chart)
    chart.resize(700, 360)
    chart.show()
    qtbot.waitExposed(chart)
    assert not chart.plot.isVisible()
    assert chart.empty.isVisible() and "Select rows in the table" in chart.empty.text()


def test_legend_beside_the_points_and_persons_ticks_whole(qtbot):
    chart = SeriesChart()
    qtbot.addWidget(chart)
    years = np.arange(2008, 2015, dtype=float)
    # DE1 A (agriculture) employees 2008-2014 from germany_laender_employment.csv
    values = np.array([14042, 14609, 15339, 15739, 16690, 17452, 18148], dtype=float)
    chart.set_series([("DE1 · A", years, values)], "persons")
    chart.resize(700, 360)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.plot.isVisible() and not chart.empty.isVisible()
    item = chart.plot.getPlotItem()
    legend = next(i for i in item.scene().items() if type(i).__name__ == "LegendItem")
    box = item.getViewBox()
    # the first point (2008, 14,042) sits in the plot area's lower left; the legend is outside it
    assert not legend.sceneBoundingRect().intersects(box.sceneBoundingRect().adjusted(1, 1, -1, -1))
    assert [label.text for _, label in legend.items] == ["DE1 · A"]
    left = chart.plot.getAxis("left")
    assert left.tickStrings([14000.0, 16000.0, 18000.0], 1.0, 2000.0) == [
        "14,000",
        "16,000",
        "18,000",
    ]
    assert chart.plot.getAxis("bottom").tickStrings([2008.0, 2010.0], 1.0, 2.0) == ["2008", "2010"]
