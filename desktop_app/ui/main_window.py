"""The main window: welcome page or the open project's navigator, views and inspector."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.pacing import foreground
from desktop_app.store.errors import DamagedProjectError, ProjectLockedError
from desktop_app.store.project import PROJECT_SUFFIX, create_project, open_project
from desktop_app.ui import actions
from desktop_app.ui.about import show_about
from desktop_app.ui.errors import show_error
from desktop_app.ui.help import METHODS_INDEX, HelpBrowser, guide_page, methods_page
from desktop_app.ui.preferences import show_preferences
from desktop_app.ui.session import ProjectSession
from desktop_app.ui.tasks import TaskPanel, TaskRunner
from desktop_app.ui.tour import GuidedTour, offer_tour
from desktop_app.ui.views import SECTIONS, Section, ViewSpec, section_of_view
from desktop_app.ui.welcome import WelcomePage
from desktop_app.ui.widgets import scrolling

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
MAX_RECENT = 8


class ComingPage(QLabel):
    """What a section will hold, for sections whose views are not there yet."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.setText(self.tr("<h2>{title}</h2><p>{coming}</p><p><i>This section is not "
                             "available in this version yet.</i></p>").format(
            title=section.title(), coming=section.coming()))
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMargin(32)


class SectionTabs(QTabWidget):
    """A section's views, one tab each (a lone view too: its tab names it), each built when its
    tab is first shown and put in a scroll area, so that no view's minimum size widens the
    window; the "?" in the corner asks for the methods page of the view in front.

    Building every view of a section at once (plots, pickers, their first results) stalled the
    window for a second or more when the section opened; a view nobody looks at costs nothing.
    """

    sig_help = Signal(str)  # the key of the view whose methods page is asked for

    def __init__(self, views: list[ViewSpec], session: ProjectSession) -> None:
        super().__init__()
        self.setDocumentMode(True)
        self.keys = [view.key for view in views]
        self._specs, self._session = views, session
        self._views: dict[int, QWidget] = {}
        for spec in views:
            self.addTab(QWidget(), spec.title())  # a placeholder until first shown
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("What this view shows and how to read it (F1)"))
        self.help_button.setAutoRaise(True)
        self.help_button.clicked.connect(lambda: self.sig_help.emit(self.current_key()))
        self.setCornerWidget(self.help_button, Qt.Corner.TopRightCorner)
        self.currentChanged.connect(self.view)
        self.view(self.currentIndex())

    def view(self, index: int) -> QWidget:
        """The view of tab ``index``, built now if it was not yet."""
        if index not in self._views:
            placeholder, spec = self.widget(index), self._specs[index]
            with foreground():  # background tasks wait while the view is built
                self._views[index] = spec.create(self._session)
            self.blockSignals(True)  # replacing the tab is not the user's choice of tab
            current = self.currentIndex()
            self.removeTab(index)
            self.insertTab(index, scrolling(self._views[index]), spec.title())
            self.setCurrentIndex(current)
            self.blockSignals(False)
            placeholder.deleteLater()
        return self._views[index]

    def current_key(self) -> str:
        return self.keys[self.currentIndex()]

    def current_view(self) -> QWidget:
        return self.view(self.currentIndex())

    def show_key(self, key: str) -> QWidget:
        """Bring the view ``key`` to the front and return it."""
        self.setCurrentIndex(self.keys.index(key))
        return self.current_view()


class ProjectPage(QSplitter):
    """Navigator on the left (collapsible), the current section's views in the centre (built on
    first show)."""

    sig_section_shown = Signal(str)  # the key of the section now in the centre
    sig_help = Signal(str)  # the key of the view (or section) whose methods page is asked for

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.session = session
        self.navigator = QListWidget()
        self.navigator.setMinimumWidth(150)
        self.navigator.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self.current_section = ""
        for section in SECTIONS:
            self.navigator.addItem(section.title())
        self.addWidget(self.navigator)
        self.addWidget(self.stack)
        self.setCollapsible(1, False)
        self.setStretchFactor(1, 1)
        self.setSizes([200, 1000])
        self.navigator.currentRowChanged.connect(lambda row: self.show_section(SECTIONS[row].key))

    def show_section(self, key: str) -> QWidget:
        """Show the section ``key``; the view in front (what the section shows when it has no
        views yet)."""
        row = next(k for k, s in enumerate(SECTIONS) if s.key == key)
        self.current_section = key  # before building: a new view may inspect at once
        if key not in self._pages:
            with foreground():  # background tasks wait while the section is built
                self._pages[key] = self._build(SECTIONS[row])
            self.stack.addWidget(self._pages[key])
        self.stack.setCurrentWidget(self._pages[key])
        self.navigator.blockSignals(True)
        self.navigator.setCurrentRow(row)
        self.navigator.blockSignals(False)
        self.sig_section_shown.emit(key)
        page = self._pages[key]
        return page.current_view() if isinstance(page, SectionTabs) else page

    def show_view(self, key: str) -> QWidget:
        """Show a section by its key, or a view by its key (in whichever section holds it);
        the view now in front."""
        holder = section_of_view(key)
        shown = self.show_section(holder.key)
        return shown if holder.key == key else self._pages[holder.key].show_key(key)

    def current_view_key(self) -> str:
        """The key of the view in front, or of the section when it has no views yet."""
        page = self.stack.currentWidget()
        return page.current_key() if isinstance(page, SectionTabs) else self.current_section

    def _build(self, section: Section) -> QWidget:
        views = section.load_views()
        if not views:
            return ComingPage(section)
        tabs = SectionTabs(views, self.session)
        tabs.sig_help.connect(self.sig_help)
        return tabs


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Anticipa")
        self.setAcceptDrops(True)
        self.tasks = TaskRunner(self)
        self.session: ProjectSession | None = None
        self.help_browser: HelpBrowser | None = None
        self.project_page: ProjectPage | None = None
        self.central = QStackedWidget()
        self.welcome = WelcomePage()
        self.central.addWidget(self.welcome)
        self.read_only_banner = QLabel()
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setStyleSheet(
            "#readOnlyBanner { background: #fff3c4; color: #3d3000; padding: 8px 12px; "
            "border-bottom: 1px solid #e0c060; }")
        self.read_only_banner.hide()
        self.due_banner = QLabel()
        self.due_banner.setWordWrap(True)
        self.due_banner.setObjectName("dueBanner")
        self.due_banner.setStyleSheet(
            "#dueBanner { background: #e3f0fa; color: #0b2f4a; padding: 8px 12px; "
            "border-bottom: 1px solid #9cc3e0; }")
        self.due_banner.linkActivated.connect(self.show_view)
        self.due_banner.hide()
        framed = QWidget()
        layout = QVBoxLayout(framed)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.due_banner)
        layout.addWidget(self.central, 1)
        self.setCentralWidget(framed)
        self.inspector = QTextBrowser()
        self.inspector.setMinimumWidth(240)
        self.inspector_dock = QDockWidget(self.tr("Inspector"), self)
        self.inspector_dock.setObjectName("inspector")
        self.inspector_dock.setWidget(self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.resizeDocks([self.inspector_dock], [280], Qt.Orientation.Horizontal)
        self.inspector_dock.hide()
        self.project_label = QLabel()
        self.statusBar().addPermanentWidget(TaskPanel(self.tasks))
        self.statusBar().addPermanentWidget(self.project_label)
        self._build_menus()
        self.welcome.sig_new.connect(self.new_project)
        self.welcome.sig_open.connect(self.choose_project)
        self.welcome.sig_demo.connect(self.open_demo)
        self.welcome.sig_open_path.connect(self.open_path)
        self._refresh_recent()
        self._update_actions()
        settings = QSettings()
        if settings.value("window/geometry") is not None:
            self.restoreGeometry(settings.value("window/geometry"))
            self.restoreState(settings.value("window/state"))
        else:  # the first start: large, but never beyond a laptop's screen
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width()), min(900, screen.height()))

    # --- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        def add(menu, text, slot, shortcut=None):
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add(file_menu, self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        add(file_menu, self.tr("&Open project…"), self.choose_project,
            QKeySequence.StandardKey.Open)
        add(file_menu, self.tr("Open the &demo"), self.open_demo)
        self.recent_menu = file_menu.addMenu(self.tr("Recent projects"))
        file_menu.addSeparator()
        self.project_actions: list[QAction] = []
        self.writing_actions: list[QAction] = []  # disabled while the project is read-only
        menus = {"file": file_menu}
        tools_menu = None
        for entry in actions.PROJECT_ACTIONS:
            if entry.menu not in menus:
                tools_menu = tools_menu or self.menuBar().addMenu(self.tr("&Tools"))
                menus[entry.menu] = tools_menu
            act = add(menus[entry.menu], entry.title(),
                      lambda _=False, e=entry: e.run(self, self.session), entry.shortcut or None)
            self.project_actions.append(act)
            if entry.writes:
                self.writing_actions.append(act)
        file_menu.addSeparator()
        self.close_action = add(file_menu, self.tr("&Close project"), self.close_project,
                                QKeySequence.StandardKey.Close)
        add(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = add(edit_menu, self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo)
        self.redo_action = add(edit_menu, self.tr("&Redo"), self._redo, QKeySequence.StandardKey.Redo)
        edit_menu.addSeparator()
        add(edit_menu, self.tr("&Preferences…"), lambda: show_preferences(self))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.section_actions = []
        for number, section in enumerate(SECTIONS, start=1):
            self.section_actions.append(add(view_menu, section.title(),
                                            lambda _=False, k=section.key: self.show_view(k),
                                            f"Ctrl+{number}"))
        view_menu.addSeparator()
        self.navigator_action = add(view_menu, self.tr("&Navigator"), self._show_navigator,
                                    "Ctrl+Shift+N")
        self.navigator_action.setCheckable(True)
        self.navigator_action.setChecked(True)
        view_menu.addAction(self.inspector_dock.toggleViewAction())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.view_help_action = add(help_menu, self.tr("Methods of this &view"),
                                    self.show_view_help, "F1")
        add(help_menu, self.tr("&Methods…"), lambda: self.show_help(methods_page(METHODS_INDEX)))
        add(help_menu, self.tr("User &guide…"), lambda: self.show_help(guide_page()))
        self.tour_action = add(help_menu, self.tr("Guided &tour"), self.start_tour)
        help_menu.addSeparator()
        add(help_menu, self.tr("&About Anticipa"), lambda: show_about(self))

    def show_help(self, page: Path) -> None:
        """Show a help page in the help window (one for the main window, made on first use)."""
        if self.help_browser is None:
            self.help_browser = HelpBrowser(self)
        self.help_browser.show_page(page)

    def show_view_help(self) -> None:
        """F1: the methods page of the view in front, or the index of all methods."""
        key = self.project_page.current_view_key() if self.project_page else METHODS_INDEX
        self.show_help(methods_page(key))

    def _show_navigator(self, shown: bool) -> None:
        """Hide the navigator to give a view the width of a small screen (View ▸ Navigator)."""
        if self.project_page is not None:
            self.project_page.navigator.setVisible(shown)

    def _undo(self) -> None:
        if self.session:
            self.session.undo_group.undo()

    def _redo(self) -> None:
        if self.session:
            self.session.undo_group.redo()

    def _activate_undo(self, section_key: str) -> None:
        """Undo and Redo act on the stack of the section now shown."""
        if self.session is not None:
            self.session.undo_group.setActiveStack(self.session.undo_stack_for(section_key))

    def _update_actions(self) -> None:
        has_project = self.session is not None
        for act in (*self.project_actions, *self.section_actions, self.close_action,
                    self.navigator_action, self.tour_action):
            act.setEnabled(has_project)
        if has_project and self.session.project.read_only:
            for act in self.writing_actions:
                act.setEnabled(False)
        # the shown section's stack: Undo names the edit it takes back there, or says none
        group = self.session.undo_group if has_project else None
        self.undo_action.setEnabled(bool(group and group.canUndo()))
        self.redo_action.setEnabled(bool(group and group.canRedo()))
        self.undo_action.setText(self.tr("&Undo {what}").format(what=group.undoText())
                                 if group and group.canUndo() else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {what}").format(what=group.redoText())
                                 if group and group.canRedo() else self.tr("&Redo"))

    # --- projects --------------------------------------------------------------------------
    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), "",
                                              self.tr("Anticipa projects (*.anticipa)"))
        if path:
            path = Path(path) if Path(path).suffix else Path(path).with_suffix(PROJECT_SUFFIX)
            try:
                create_project(path).close()
            except Exception as error:  # noqa: BLE001 - shown, with a fault told apart
                show_error(self, self.tr("New project"), error, path)
                return
            self.open_path(path)

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr("Anticipa projects (*.anticipa)"))
        if path:
            self.open_path(Path(path))

    def open_demo(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the demo project as"),
                                              "anticipa-demo.anticipa",
                                              self.tr("Anticipa projects (*.anticipa)"))
        if path:
            self.build_demo(Path(path))

    def build_demo(self, path: Path) -> None:
        """Build the demo in the background (progress and Cancel in the status bar), then open it."""
        from desktop_app.services.demo import build_demo

        self.tasks.start(self.tr("Building the demo project"),
                         lambda progress: build_demo(path, progress),
                         on_done=self._open_built_demo,
                         on_error=lambda error: show_error(
                             self, self.tr("Demo project"), error, path),
                         on_cancelled=lambda: self.statusBar().showMessage(
                             self.tr("Demo not built: cancelled."), 5000))

    def _open_built_demo(self, path: Path) -> None:
        """Open the demo just built; the first time, with the guided tour."""
        if self.open_path(path):
            offer_tour(self)

    def start_tour(self) -> None:
        """Help ▸ Guided tour, again, on the open project."""
        if self.project_page is not None:
            GuidedTour(self)

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window; a message (no exception) when it cannot be opened."""
        try:
            self.open_project_file(path)
        except Exception as error:  # noqa: BLE001 - shown, with a fault told apart
            show_error(self, self.tr("Open project"), error, Path(path))
            return False
        return True

    def open_project_file(self, path: Path) -> None:
        """Open ``path`` for changes, or read-only with a banner when another window has it open
        for changes or it is damaged; raises what prevents opening it at all."""
        path = Path(path)
        banner = ""
        try:
            project = open_project(path)
        except ProjectLockedError as error:
            project = open_project(path, read_only=True)
            banner = self.tr("Read-only: {reason} Changes made here cannot be saved.").format(
                reason=str(error).split(". Close it there")[0] + ".")
        except DamagedProjectError:
            project = open_project(path, read_only=True)
        if project.damage:
            banner = project.damage
        self.close_project()
        self.session = ProjectSession(project, self.tasks, self)
        self.session.sig_inspect.connect(self._inspect)
        self.session.sig_status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        group = self.session.undo_group
        for changed in (group.indexChanged, group.cleanChanged, group.activeStackChanged):
            changed.connect(self._update_actions)
        self.project_page = ProjectPage(self.session)
        self.project_page.sig_section_shown.connect(self._show_inspected)
        self.project_page.sig_section_shown.connect(self._activate_undo)
        self.project_page.sig_help.connect(lambda key: self.show_help(methods_page(key)))
        self.project_page.navigator.setVisible(self.navigator_action.isChecked())
        self.read_only_banner.setText(banner)
        self.read_only_banner.setVisible(bool(banner))
        self._show_due_experiments()
        self._inspected: dict[str, tuple[str, str]] = {}
        self.central.addWidget(self.project_page)
        self.central.setCurrentWidget(self.project_page)
        self.project_page.show_section("data")
        self.project_label.setText(str(path))
        self.setWindowTitle(f"{path.stem} — Anticipa")
        self.inspector_dock.show()
        self._remember(path)
        self._update_actions()

    def _show_due_experiments(self) -> None:
        """Open experiments whose decision date has passed are named as the project opens."""
        from desktop_app.services.signals import due_experiments
        from desktop_app.ui.translated import written_date

        due = due_experiments(self.session.db)
        if due:
            names = "; ".join(
                self.tr("{name} (decision due {date})").format(
                    name=escape(e.name), date=written_date(e.decision_date)) for e in due[:3])
            more = self.tr(" and {n} more").format(n=len(due) - 3) if len(due) > 3 else ""
            head = (self.tr("An open experiment is past its decision date:") if len(due) == 1
                    else self.tr("{n} open experiments are past their decision date:").format(
                        n=len(due)))
            self.due_banner.setText(self.tr(
                "{head} {names}{more}. <a href='experiments'>Open the experiments log</a>").format(
                    head=head, names=names, more=more))
        self.due_banner.setVisible(bool(due))

    def close_project(self) -> None:
        if self.session is None:
            return
        self.central.removeWidget(self.project_page)
        self.project_page.deleteLater()
        self.session.close()
        self.session.deleteLater()
        self.session = self.project_page = None
        self.central.setCurrentWidget(self.welcome)
        self.project_label.clear()
        self.read_only_banner.hide()
        self.due_banner.hide()
        self.inspector.clear()
        self.inspector_dock.hide()
        self.setWindowTitle("Anticipa")
        self._update_actions()

    def show_view(self, key: str) -> None:
        if self.project_page is not None:
            self.project_page.show_view(key)

    def _inspect(self, title: str, html: str) -> None:
        """Show what a view inspects; kept per section, so each section shows its own."""
        self._inspected[self.project_page.current_section] = (title, html)
        self._show_inspected(self.project_page.current_section)

    def _show_inspected(self, section_key: str) -> None:
        title, html = self._inspected.get(section_key, ("", ""))
        self.inspector_dock.setWindowTitle(
            self.tr("Inspector — {title}").format(title=title) if title else self.tr("Inspector")
        )
        self.inspector.setHtml(
            html or self.tr("<p><i>Select an item in this section to see its details here.</i></p>")
        )

    # --- recent projects ---------------------------------------------------------------------
    def _recent(self) -> list[str]:
        value = QSettings().value("recent/projects", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [p for p in self._recent() if p != str(path.resolve())]
        QSettings().setValue("recent/projects", recent[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        recent = [p for p in self._recent() if Path(p).exists()]
        self.welcome.set_recent(recent)
        self.recent_menu.clear()
        for path in recent:
            act = self.recent_menu.addAction(Path(path).name)
            act.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(recent))

    # --- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if any(url.toLocalFile().lower().endswith((*WORKBOOK_SUFFIXES, PROJECT_SUFFIX))
               for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            self.open_dropped(Path(url.toLocalFile()))

    def open_dropped(self, path: Path) -> None:
        """A dropped project opens; a dropped workbook starts the import (if there is one)."""
        if path.suffix.lower() == PROJECT_SUFFIX:
            self.open_path(path)
            return
        importer = actions.action("import")
        if self.session is None:
            self.statusBar().showMessage(self.tr("Open a project first, then drop the workbook."),
                                         8000)
        elif importer is None:
            self.statusBar().showMessage(
                self.tr("Importing workbooks is not available in this version."), 8000)
        elif self.session.project.read_only:
            self.statusBar().showMessage(
                self.tr("This project is open read-only; nothing can be imported into it."), 8000)
        else:
            importer.run(self, self.session, path)

    # --- closing -------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.tasks.discard()
        self.close_project()
        super().closeEvent(event)
