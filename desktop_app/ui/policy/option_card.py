"""One policy option on a card: what it is, what it targets and where that sits in the
competency network, and its assumed effects in every study."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.services.policy_options import option_card
from desktop_app.store import policy_options as store
from desktop_app.ui.policy.options_common import OptionSignals
from desktop_app.ui.scenarios.futures_view import effect_text

_KIND_TITLES = {"industry": QT_TRANSLATE_NOOP("OptionCardView", "Industries"),
                "competency": QT_TRANSLATE_NOOP("OptionCardView", "Competencies"),
                "institution": QT_TRANSLATE_NOOP("OptionCardView", "Meso institutions")}


class OptionCardView(QWidget):
    """The chosen option's card (follows the register)."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.option = QComboBox()
        self.option.setMinimumContentsLength(28)
        self.card = QTextBrowser()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Option")))
        top.addWidget(self.option, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.card, 1)
        self.option.currentIndexChanged.connect(lambda _i: self.show_card())
        OptionSignals.of(session).sig_register_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        current = self.option.currentData()
        self.option.blockSignals(True)
        self.option.clear()
        for option in store.list_options(self.session.db):
            self.option.addItem(option.name, option.id)
        self.option.setCurrentIndex(max(0, self.option.findData(current)))
        self.option.blockSignals(False)
        self.show_card()

    def show_card(self) -> None:
        option_id = self.option.currentData()
        if option_id is None:
            self.card.setHtml(self.tr("<p>No policy option yet: add options in the register "
                                      "(Options view) or import an options workbook.</p>"))
            return
        self.card.setHtml(self.card_html(option_card(self.session.db, option_id)))

    def card_html(self, card) -> str:
        o = card.option
        facts = [
            (self.tr("Instrument"), o.instrument or "–"),
            (self.tr("Cost"), "–" if o.cost is None else f"{o.cost:,g}"),
            (self.tr("Start year"), "–" if o.start_year is None else str(o.start_year)),
            (self.tr("Years to effect"),
             "–" if o.time_to_effect is None else f"{o.time_to_effect:g}"),
            (self.tr("Owner"), o.owner or "–"),
        ]
        parts = [f"<h2>{escape(o.name)}</h2>"]
        if o.description:
            parts.append(f"<p>{escape(o.description)}</p>")
        parts.append("<table cellpadding='3'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts)
            + "</table>")
        parts.append("<h3>" + self.tr("Targets and their links in the competency network") + "</h3>")
        if not card.targets:
            parts.append("<p>" + self.tr("No targets yet.") + "</p>")
        for kind, title in _KIND_TITLES.items():
            mine = [t for t in card.targets if t.kind == kind]
            if not mine:
                continue
            items = []
            for t in mine:
                linked = ", ".join(f"{escape(name)} ({strength})"
                                   for name, strength in card.network[t])
                said = (self.tr("linked to") + " " + linked if linked
                        else self.tr("no links in the register"))
                items.append(f"<li><b>{escape(t.name)}</b> — {said}</li>")
            parts.append("<p>" + self.tr(title) + f"</p><ul>{''.join(items)}</ul>")
        parts.append("<h3>" + self.tr("Assumed effects (low / mode / high)") + "</h3>")
        if not card.effects:
            parts.append("<p>" + self.tr("No effects entered yet.") + "</p>")
        else:
            rows = "".join(
                f"<tr><td>{escape(study)}</td><td>{escape(where)}</td><td>{escape(outcome)}</td>"
                f"<td align='right'>{escape(effect_text((low, mode, high)))}</td></tr>"
                for study, where, outcome, low, mode, high in card.effects)
            parts.append(
                "<table cellpadding='3' border='0'><tr><th align='left'>"
                + "</th><th align='left'>".join(
                    (self.tr("Study"), self.tr("Under"), self.tr("Outcome"), self.tr("Effect")))
                + f"</th></tr>{rows}</table>")
        return "".join(parts)
