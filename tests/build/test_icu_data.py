"""The installer's smaller ICU data (build/icu_data.py) answers Qt as the full data does.

Qt Core asks ICU for collation, case mapping and time-zone names; a Qt process with the smaller
libicudata preloaded must sort, upper-case and name zones as one with PySide6's own, and the
Swedish and Turkish rules (letters after z, dotted capital I) must still be there.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
from icu_data import lean_icu_data  # noqa: E402

PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QTimeZone
from PySide6.QtWidgets import QApplication
app = QApplication([])
words = ["zeta", "Ñandú", "nube", "oso", "Ärger", "apfel", "Öl", "ostern", "ch", "cz"]
answer = {"sorted": {}, "upper": {}, "zones": {}}
for name in ("es_ES", "de_DE", "sv_SE", "en_GB"):
    collator = QCollator(QLocale(name))
    answer["sorted"][name] = sorted(words, key=collator.sortKey)
for name, text in (("tr_TR", "istanbul"), ("de_DE", "straße"), ("el_GR", "οδός")):
    answer["upper"][name] = QLocale(name).toUpper(text)
for zone in ("Europe/Madrid", "America/New_York"):
    for name in ("en_US", "es_ES", "de_DE"):
        answer["zones"][zone + " " + name] = QTimeZone(zone.encode()).displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(name))
print(json.dumps(answer, ensure_ascii=False))
"""

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not (shutil.which("icupkg") or shutil.which("icupkg", path="/usr/sbin")),
    reason="the smaller ICU data is built on Linux with icupkg (icu-devtools)")


def _qt_answers(preload: Path | None) -> dict:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    return json.loads(done.stdout)


def test_smaller_icu_data_answers_qt_as_the_full_data(tmp_path):
    import PySide6

    full = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    lean = lean_icu_data(full, tmp_path)

    assert lean.stat().st_size < full.stat().st_size / 2
    answers = _qt_answers(lean)
    assert answers == _qt_answers(None)
    # Swedish puts Ä and Ö after z; Turkish upper-cases i to İ; German zone names are German
    assert answers["sorted"]["sv_SE"][-2:] == ["Ärger", "Öl"]
    assert answers["upper"]["tr_TR"] == "İSTANBUL"
    assert answers["zones"]["Europe/Madrid de_DE"] == "Mitteleuropäische Normalzeit"
