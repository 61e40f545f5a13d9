"""Cold start: Anticipa's window on the demo project vs a bare PySide6 window with a table.

Each start is a new process that exits when its main window has been painted for the first time
(an event filter sees the first Paint event); work the window defers until after that first
frame (the Data view's chart) is not counted, as the user already sees the window then.
Target (issue 3): ratio <= 2. Run: .venv/bin/python bench/startup.py [--runs 5]

pandas is no dependency of Anticipa (the bundle excludes it), but other benchmarks install it in
the development environment, and sqlite-utils imports it whenever it is importable. Both child
processes therefore hide it, as on a user's machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HIDE_PANDAS = "import sys; sys.modules['pandas'] = None\n"

QUIT_ON_FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
class QuitOnPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            app.quit()
        return False
quit_on_paint = QuitOnPaint()
window.installEventFilter(quit_on_paint)
"""

BARE = HIDE_PANDAS + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
""" + QUIT_ON_FIRST_PAINT + """
window.show()
app.exec()
"""

ANTICIPA = HIDE_PANDAS + """
import sys
from desktop_app.ui.app import make_application
app = make_application()
from desktop_app.ui.main_window import MainWindow
window = MainWindow()
""" + QUIT_ON_FIRST_PAINT + """
window.open_path(sys.argv[1])
window.show()
app.exec()
"""


def timed(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True,
                   env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                        "ANTICIPA_SETTINGS_DIR": tempfile.gettempdir()})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    from desktop_app.services.demo import build_demo

    with tempfile.TemporaryDirectory() as folder:
        demo = str(build_demo(Path(folder) / "demo.anticipa"))
        timed(BARE), timed(ANTICIPA, demo)  # warm the disk cache for both
        bare, ours = [], []
        for _ in range(runs):  # interleaved, so machine noise hits both alike
            bare.append(timed(BARE))
            ours.append(timed(ANTICIPA, demo))
    b, a = statistics.median(bare), statistics.median(ours)
    print(f"bare QMainWindow+QTableView: {b:.3f} s   Anticipa on the demo: {a:.3f} s")
    print(f"ratio {a / b:.2f} (target <= 2.0)")


if __name__ == "__main__":
    main()
