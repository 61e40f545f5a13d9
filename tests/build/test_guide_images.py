"""The user guide the installer ships (build/guide_images.py): both languages, every picture,
at the width the help window shows them, in less room than one language's full-size pictures."""

import re
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from desktop_app.paths import guide_dir
from desktop_app.ui.help import IMAGE_WIDTH

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
from guide_images import guide_for_bundle, with_256_colours  # noqa: E402


def test_the_shipped_guide_has_every_page_and_picture_at_the_help_windows_width(tmp_path):
    shipped = guide_for_bundle(guide_dir(), tmp_path / "guide", IMAGE_WIDTH)
    for language in ("", "es"):
        page = shipped / language / "index.md"
        assert page.read_bytes() == (guide_dir() / language / "index.md").read_bytes()
        for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", page.read_text(encoding="utf-8")):
            image = QImage(str(page.parent / picture))
            full = QImage(str(guide_dir() / language / picture))
            assert (image.width(), image.height()) == (IMAGE_WIDTH, full.height() * IMAGE_WIDTH
                                                       // full.width()), picture
            assert image.format() == QImage.Format.Format_Indexed8
    shipped_bytes = sum(png.stat().st_size for png in shipped.rglob("*.png"))
    english_bytes = sum(png.stat().st_size for png in (guide_dir() / "images").glob("*.png"))
    assert shipped_bytes < english_bytes  # two languages in less room than one at full size


def test_screenshots_are_kept_with_256_colours(tmp_path):
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    for x in range(64):  # a gradient: more colours than a palette holds
        for y in range(32):
            image.setPixel(x, y, (x * 4 << 16) | (y * 8 << 8) | 128)
    image.save(str(tmp_path / "shot.png"))
    with_256_colours(tmp_path)
    assert QImage(str(tmp_path / "shot.png")).format() == QImage.Format.Format_Indexed8
