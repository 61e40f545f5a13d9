"""The user guide's pictures: 256-colour PNGs in docs/guide, smaller copies in the installer.

build/guide-screenshots.sh saves every screenshot with 256 colours (plenty for a window; a
quarter of the bytes). The help window shows the guide's 1280-pixel screenshots at
``IMAGE_WIDTH`` (ui/help.py), so the installer ships them at that width: with the English and the
Spanish guide both in it, their pictures take less room than the English ones alone at full
size, and nothing the user sees in the window changes. The full-size pictures stay in docs/guide
for reading the guide in a checkout.

    python build/guide_images.py FOLDER    every PNG in FOLDER to 256 colours, in place
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

FLAGS = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither


def save_with_256_colours(image: QImage, path: Path) -> None:
    indexed = image if image.format() == QImage.Format.Format_Indexed8 else \
        image.convertToFormat(QImage.Format.Format_Indexed8, FLAGS)
    if not indexed.save(str(path), "PNG", 9):
        raise OSError(f"could not write {path}")


def with_256_colours(folder: Path) -> None:
    """Every PNG of ``folder`` that is not yet a 256-colour one, rewritten as one."""
    for png in sorted(folder.glob("*.png")):
        image = QImage(str(png))
        if image.format() != QImage.Format.Format_Indexed8:
            save_with_256_colours(image, png)


def guide_for_bundle(guide: Path, target: Path, width: int) -> Path:
    """A copy of the guide folder ``guide`` in ``target`` whose pictures wider than ``width``
    are scaled to it (then 256 colours again); ``target`` is returned."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(guide, target)
    for png in sorted(target.rglob("*.png")):
        image = QImage(str(png))
        if image.width() > width:
            smaller = image.convertToFormat(QImage.Format.Format_RGB32).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)
            save_with_256_colours(smaller, png)
    return target


if __name__ == "__main__":
    with_256_colours(Path(sys.argv[1]))
