"""Add the messages that core and services mark for translation to anticipa_es.ts.

pyside6-lupdate reads only desktop_app/ui; the words made below it are ``Text("...", ...)`` and
``N_("...")`` calls (desktop_app/texts.py). This script finds them in the other packages and keeps
them in the .ts under the context "Texts": new ones unfinished, translations kept, those no longer
in the sources marked vanished, as lupdate does. Run it after lupdate, before lrelease.

Usage: .venv/bin/python resources/translations/extract_texts.py
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent.parent / "desktop_app"
CONTEXT = "Texts"  # desktop_app.texts.CONTEXT; read here without importing the package
MARKERS = {"Text", "N_"}


def marked_messages(package: Path = PACKAGE) -> dict[str, tuple[str, int]]:
    """Each marked message of the package outside ui/ → (file relative to the .ts, line)."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted(package.rglob("*.py")):
        if "ui" in path.relative_to(package).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = Path("../..") / path.relative_to(package.parent)
                found.setdefault(node.args[0].value, (where.as_posix(), node.lineno))
    return found


def update(ts: Path, messages: dict[str, tuple[str, int]]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == CONTEXT), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
    existing = {m.findtext("source"): m for m in context.findall("message")}
    for source, message in existing.items():
        translation = message.find("translation")
        if source not in messages:
            translation.set("type", "vanished")
        elif translation.get("type") in ("vanished", "obsolete"):
            if translation.text:
                translation.attrib.pop("type")
            else:
                translation.set("type", "unfinished")
    for source, (filename, line) in messages.items():
        message = existing.get(source)
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")
        for old in message.findall("location"):
            message.remove(old)
        message.insert(0, ET.Element("location", filename=filename, line=str(line)))
    ET.indent(context, space="    ")
    context.tail = "\n"
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> None:
    update(HERE / "anticipa_es.ts", marked_messages())


if __name__ == "__main__":
    main()
