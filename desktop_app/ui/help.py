"""Help inside the window: the methods page of each view and the user guide, shown offline.

The pages are Markdown files shipped with the application (``resources/help/methods/<view>.md``
and the user guide's folder), read by a ``QTextBrowser``: no web browser and no network needed.
A translated page sits in a sub-folder named by its language (``methods/es/<view>.md``,
``guide/es/index.md``) and is shown when the interface runs in that language; a page not yet
translated is shown in English rather than not at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import guide_dir, resources_dir

METHODS_INDEX = "index"
IMAGE_WIDTH = 640  # the guide's screenshots (1280 px) shown at this width, fitting the window


def help_language() -> str:
    """The interface's language ("es", "en"): the default locale, which the application sets
    from ANTICIPA_LANGUAGE, the preference or the system at start, as it does the translation."""
    return QLocale().name().split("_")[0]


def methods_folder(language: str = "en") -> Path:
    """The folder of the methods pages in ``language`` (English ones at the top)."""
    folder = resources_dir() / "help" / "methods"
    return folder if language == "en" else folder / language


def _in_language(english: Path, translated: Path) -> Path:
    return translated if translated.is_file() else english


def methods_page(key: str, language: str | None = None) -> Path:
    """The methods page of the view (or section) ``key`` in the interface's language (or
    ``language``), in English when it is not translated; the index when ``key`` has none."""
    language = language or help_language()
    name = f"{key}.md" if (methods_folder() / f"{key}.md").is_file() else f"{METHODS_INDEX}.md"
    return _in_language(methods_folder() / name, methods_folder(language) / name)


def guide_page(language: str | None = None) -> Path:
    """The user guide in the interface's language (or ``language``), else in English."""
    language = language or help_language()
    return _in_language(guide_dir() / "index.md", guide_dir() / language / "index.md")


class _PageView(QTextBrowser):
    """A text browser that shows wide images (the guide's screenshots) scaled to fit."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        data = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value and data:
            image = QImage.fromData(data)
            if image.width() > IMAGE_WIDTH:
                return image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        return data


class HelpBrowser(QDialog):
    """A window beside the main one that shows help pages; links between pages are followed,
    links out of the shipped pages are only named (no network)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anticipa help"))
        self.setModal(False)
        self.browser = _PageView()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        methods = QPushButton(self.tr("All methods"))
        methods.clicked.connect(lambda: self.show_page(methods_page(METHODS_INDEX)))
        guide = QPushButton(self.tr("User guide"))
        guide.clicked.connect(lambda: self.show_page(guide_page()))
        buttons = QHBoxLayout()
        for button in (back, methods, guide):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.resize(720, 600)

    def show_page(self, page: Path) -> None:
        """Show ``page`` (a Markdown or HTML file) and bring the help window to the front."""
        self._open(QUrl.fromLocalFile(str(page)))
        self.show()
        self.raise_()
        self.activateWindow()

    def page(self) -> Path:
        """The file shown now."""
        return Path(self.browser.source().toLocalFile())

    def _open(self, url: QUrl) -> None:
        kind = (QTextDocument.ResourceType.MarkdownResource if url.path().endswith(".md")
                else QTextDocument.ResourceType.HtmlResource)
        self.note.clear()
        self.browser.setSource(url, kind)

    def _follow(self, url: QUrl) -> None:
        target = self.browser.source().resolved(url)
        if target.isLocalFile() and Path(target.toLocalFile()).is_file():
            self._open(target)
        else:
            self.note.setText(self.tr("Not shipped with Anticipa (no network is used): {url}")
                              .format(url=url.toString()))
