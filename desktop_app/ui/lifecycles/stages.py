"""The lifecycle stages as the user reads them, in the interface's language."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: The stages as lupdate must see them; ``stage_label`` translates them when shown.
STAGE_TITLES = {
    "emergence": QT_TRANSLATE_NOOP("Lifecycles", "emergence"),
    "growth": QT_TRANSLATE_NOOP("Lifecycles", "growth"),
    "maturity": QT_TRANSLATE_NOOP("Lifecycles", "maturity"),
    "decline": QT_TRANSLATE_NOOP("Lifecycles", "decline"),
    "renewal": QT_TRANSLATE_NOOP("Lifecycles", "renewal"),
}


def stage_label(stage: str | None) -> str:
    if stage is None:
        return QCoreApplication.translate("Lifecycles", "no stage")
    return QCoreApplication.translate("Lifecycles", STAGE_TITLES.get(stage, stage))
