"""Ranking tables: the region's industries and all regions, sortable by any indicator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableWidget

from desktop_app.services.analysis import AnalysisResult
from desktop_app.ui.analysis.base import AnalysisView, fill_table, finite_or_none
from desktop_app.ui.number_format import Kind, NotAvailable, kind_of_unit


class RankingView(AnalysisView):
    """One table at a time: the region's industries, or every region's structure indices."""

    name = "rankings"

    def build(self) -> None:
        options = QHBoxLayout()
        self.which = QComboBox()
        self.which.addItem(self.tr("Industries of the region"), "industries")
        self.which.addItem(self.tr("Regions: specialisation and complexity"), "regions")
        self.which.addItem(self.tr("Industries: concentration over the regions"), "concentration")
        self.which.activated.connect(self.refresh)
        options.addWidget(QLabel(self.tr("Table")))
        options.addWidget(self.which)
        options.addWidget(QLabel(self.tr("Click a column header to rank by it.")), 1)
        self.body.addLayout(options)
        self.table = QTableWidget()
        self.table.setAlternatingRowColors(True)
        self.body.addWidget(self.table, 1)

    def table_content(
        self, result: AnalysisResult, region: int
    ) -> tuple[str, list[str], list[list]]:
        data, cx = result.data, result.complexity
        which = self.which.currentData()
        if which == "regions":
            spec = result.specialisation
            names = list(spec)
            columns = [
                self.tr("Code"),
                self.tr("Region"),
                self.tr("Diversity"),
                "ECI",
                self.tr("Complexity outlook"),
                *names,
            ]
            undefined = self._undefined_indices(result)
            rows = [
                [
                    r.code,
                    r.name,
                    int(cx.diversity[k, -1]),
                    finite_or_none(cx.eci[k, -1]),
                    finite_or_none(cx.outlook[k, -1]),
                    *[undefined.get(n) or finite_or_none(spec[n][k, -1]) for n in names],
                ]
                for k, r in enumerate(data.regions)
            ]
            return "Regions", columns, rows
        if which == "concentration":
            conc = result.concentration
            names = list(conc)
            columns = [self.tr("Code"), self.tr("Industry"), self.tr("Ubiquity"), "PCI", *names]
            rows = [
                [
                    c.code,
                    c.name,
                    int(cx.ubiquity[k, -1]),
                    finite_or_none(cx.pci[k, -1]),
                    *[finite_or_none(conc[n][k, -1]) for n in names],
                ]
                for k, c in enumerate(data.industries)
            ]
            return "Concentration", columns, rows
        y1 = int(data.years[-1])
        columns = [
            self.tr("Code"),
            self.tr("Industry"),
            f"{data.measure.unit} {y1}",
            "LQ",
            self.tr("LQ change"),
            self.tr("Growth %/yr"),
            self.tr("Regional share ({unit})").format(unit=data.measure.unit),
            self.tr("Density"),
            "PCI",
            self.tr("Opportunity rank"),
        ]
        rows = []
        for i, c in enumerate(data.industries):
            lq = result.lq[region, i]
            rank = int(result.opportunity_rank[region, i])
            if not rank and cx.m[region, i, -1] == 1:
                rank = NotAvailable(
                    self.tr(
                        "Not ranked: {region} is already specialised in {code} (RCA >= 1); "
                        "only the industries it is not specialised in are opportunities."
                    ).format(region=data.regions[region].code, code=c.code)
                )
            rows.append(
                [
                    c.code,
                    c.name,
                    finite_or_none(data.values[region, i, -1]),
                    finite_or_none(lq[-1]),
                    finite_or_none(lq[-1] - lq[0]),
                    finite_or_none(result.growth[region, i] * 100),
                    finite_or_none(result.shift.by_industry["regional_share"][region, i]),
                    finite_or_none(cx.density[region, i, -1]),
                    finite_or_none(cx.pci[i, -1]),
                    rank or None,
                ]
            )
        return f"Industries {data.regions[region].code}", columns, rows

    def _undefined_indices(self, result: AnalysisResult) -> dict[str, NotAvailable]:
        """Indices of the regions table that the data cannot define, with the reason.

        Related variety is the entropy within groups of industries: when no two industries
        share a parent in the classification, every group holds one industry and it is 0 by
        construction, which would read as "no related variety".
        """
        parents = [c.parent_id for c in result.data.industries if c.parent_id is not None]
        if "Related variety" not in result.specialisation or len(parents) > len(set(parents)):
            return {}
        return {
            "Related variety": NotAvailable(
                self.tr(
                    "Related variety needs industries grouped under common parents (such as "
                    "NACE divisions under their section); no two industries of this measure "
                    "share a parent in the classification."
                )
            )
        }

    def column_kinds(self, result: AnalysisResult) -> dict[int, Kind]:
        """Number format of the industries table's columns (the others are indices)."""
        if self.which.currentData() != "industries":
            return {}
        unit = kind_of_unit(result.data.measure.unit)
        return {2: unit, 5: Kind.PERCENT, 6: unit}

    def draw(self, result: AnalysisResult, region: int) -> None:
        _, columns, rows = self.table_content(result, region)
        fill_table(self.table, columns, rows, self.column_kinds(result))
        self.table.sortItems(
            3 if self.which.currentData() == "industries" else 0,
            Qt.SortOrder.DescendingOrder
            if self.which.currentData() == "industries"
            else Qt.SortOrder.AscendingOrder,
        )
