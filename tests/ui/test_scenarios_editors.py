"""Study editor, cross-impact grid and experts view on the demo project's real cibsa studies."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from desktop_app.io.scw import read_scw
from desktop_app.store import scenarios as st

CIB = Path(__file__).parents[1] / "fixtures" / "cib"


@pytest.fixture
def editor(session, qtbot):
    from desktop_app.ui.scenarios.matrix_editor import MatrixEditor

    widget = MatrixEditor(session)
    qtbot.addWidget(widget)
    return widget


def _global(session):
    return st.require_study(session.db, "Global context (CIB sample)")


def test_grid_shows_blocks_closed_and_coloured(editor, session):
    from desktop_app.ui.scenarios.study_common import CLOSED

    model = editor.model
    assert model.rowCount() == 10 and model.labels[0] == "World trade regime: Free trade"
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == CLOSED
    # CIB_global.scw row 1 (WTRD:FT) -> WECO:RpdGr = +3: shown "+3" in the middle of the three
    # blues, as the study's scale runs to +6 (the deepest is for +5 and +6)
    assert model.scale == (-6, 6)
    index = model.index(0, 9)
    assert model.data(index) == "+3"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).name() == "#9dc3e6"
    model.cells[0][9] = 6.0
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).name() == "#5b9bd5"


def test_typing_and_undo(editor, session):
    assert editor.set_value(0, 3, "-2")
    assert editor.model.values[0, 3] == -2
    study = _global(session)
    eid = study.experts[0].id
    assert st.expert_matrix(session.db, study, eid).values[0, 3] == -2
    assert not editor.set_value(0, 3, "7")  # off the study's -6..+6 scale: refused
    assert not editor.set_value(0, 0, "1")  # closed self-impact block
    session.undo_stack_for("scenarios").undo()
    assert editor.model.values[0, 3] == read_scw(CIB / "CIB_global.scw").matrix[0, 3]


def test_judgements_beyond_three_are_on_the_studys_scale_and_editable(editor, session):
    # CIB_global.scw holds WTRD:FT -> WECO:ModGr = -4, WTRD:Mix -> WECO:RpdGr = -5 and
    # WECO:RpdGr -> WTRD:Mix = -6 (rows and columns 0-based, read with read_scw by hand)
    original = read_scw(CIB / "CIB_global.scw").matrix
    assert (original[0, 6], original[1, 9], original[9, 1]) == (-4, -5, -6)
    assert editor.model.scale == (-6, 6)  # stored at import: the file's widest judgement
    assert (editor.scale_low.value(), editor.scale_high.value()) == (-6, 6)
    assert "Type -6..+6 in a cell" in editor.legend.text()
    assert editor.model.data(editor.model.index(9, 1)) == "-6"
    assert editor.set_value(9, 1, "-5")  # an imported judgement corrected in place
    assert editor.set_value(0, 6, "+6")
    assert editor.model.values[9, 1] == -5 and editor.model.values[0, 6] == 6
    assert not editor.set_value(0, 6, "-7")
    editor.table.setCurrentIndex(editor.model.index(0, 3))
    assert editor.paste("4\t-6\n")
    assert editor.model.values[0, 3:5].tolist() == [4, -6]
    assert not editor.paste("7\n")


def test_the_scale_is_set_with_the_spin_pair_and_undone(editor, session):
    study = _global(session)
    expert_id = study.experts[0].id
    editor.scale_low.setValue(-3)
    editor.scale_high.setValue(3)
    assert not editor._scale_entered()  # judgements of -6 .. +5 are stored: refused
    assert _global(session).scale == (-6, 6)
    assert (editor.scale_low.value(), editor.scale_high.value()) == (-6, 6)
    values = st.expert_matrix(session.db, study, expert_id).values
    st.set_expert_matrix(session.db, study, expert_id, np.clip(values, -3, 3))
    editor.scale_low.setValue(-3)
    editor.scale_high.setValue(3)
    assert editor._scale_entered()
    assert _global(session).scale == (-3, 3)
    assert editor.model.scale == (-3, 3)
    assert "Type -3..+3 in a cell" in editor.legend.text()
    assert not editor.set_value(0, 6, "4")
    session.undo_stack_for("scenarios").undo()
    assert _global(session).scale == (-6, 6) and editor.model.scale == (-6, 6)
    assert editor.scale_high.value() == 6


def test_paste_block_from_excel_and_refuse_bad_values(editor, session, qtbot):
    editor.table.setCurrentIndex(editor.model.index(0, 2))
    # 2 x 3 block across WTRD:Mix (closed) and WSEC:Rlx, WSEC:Mod
    assert editor.paste("9\t1\t-1\r\n0\t-3\t2\r\n")
    assert editor.model.values[0, 3:5].tolist() == [1, -1]
    assert editor.model.values[1, 3:5].tolist() == [-3, 2]
    assert editor.model.values[0, 2] == 0  # self-impact block left closed
    selection = QItemSelection(editor.model.index(0, 2), editor.model.index(1, 4))
    editor.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    assert editor.copy_selection() == "\t1\t-1\n\t-3\t2"
    editor.table.selectionModel().clearSelection()
    assert not editor.paste("1\tx\n")
    assert editor.model.values[0, 3] == 1  # nothing of the bad block was pasted
    session.undo_stack_for("scenarios").undo()
    original = read_scw(CIB / "CIB_global.scw").matrix
    assert np.array_equal(editor.model.values, original)


def test_comment_and_delete(editor, session):
    editor.table.setCurrentIndex(editor.model.index(3, 0))
    editor.comment.setText("security eases trade")
    editor.save_comment()
    assert editor.model.comments == {(3, 0): "security eases trade"}
    assert "security eases trade" in editor.model.data(
        editor.model.index(3, 0), Qt.ItemDataRole.ToolTipRole
    )
    editor.clear_selection()
    assert editor.model.values[3, 0] == 0 and editor.model.comments[(3, 0)]
    session.undo_stack_for("scenarios").undo()
    session.undo_stack_for("scenarios").undo()
    assert editor.model.comments == {} and editor.model.values[3, 0] == 1


def test_study_editor_structure_and_undo(session, qtbot, tmp_path):
    from desktop_app.store.scenarios import NewDescriptor
    from desktop_app.ui.scenarios.study_editor import StudyEditor

    widget = StudyEditor(session)
    qtbot.addWidget(widget)
    assert widget.study.name == "Global context (CIB sample)"
    assert widget.tree.topLevelItemCount() == 3
    assert widget.add_descriptor(NewDescriptor("Regional skills", ["Scarce", "Ample"]))
    assert widget.tree.topLevelItemCount() == 4
    assert not widget.add_descriptor(NewDescriptor("Solo", ["one"]))  # refused, nothing pushed
    widget.tree.setCurrentItem(widget.tree.topLevelItem(0))
    assert widget.remove_selected()
    assert [widget.tree.topLevelItem(k).text(0) for k in range(3)] == [
        "World security",
        "World economy",
        "Regional skills",
    ]
    session.undo_stack_for("scenarios").undo()
    session.undo_stack_for("scenarios").undo()
    study = _global(session)
    assert study.descriptor_names == ["World trade regime", "World security", "World economy"]
    assert len(st.list_scenarios(session.db, study)) == 4  # solved scenarios came back too
    new_id = widget.import_file(CIB / "CIB_natl_regional.scw")
    from desktop_app.ui.scenarios.matrix_editor import MatrixEditor

    grid = MatrixEditor(session)
    qtbot.addWidget(grid)
    assert grid.study.id == new_id and "WSCEN" in grid.self_impact.text()
    assert widget.study.id == new_id and widget.study.sizes[-1] == 2
    widget.export_file(tmp_path / "back.scw")
    assert np.array_equal(
        read_scw(tmp_path / "back.scw").matrix, read_scw(CIB / "CIB_natl_regional.scw").matrix
    )
    session.undo_stack_for("scenarios").undo()
    assert st.find_study(session.db, new_id) is None


def test_experts_view_finds_critical_judgements(drawn, session, qtbot):
    from desktop_app.ui.scenarios.experts import ExpertsView

    widget = ExpertsView(session)
    qtbot.addWidget(widget)
    widget.show()  # a view loads while shown
    drawn(widget)
    widget.study_box.select(st.require_study(session.db, "National and regional (two versions)").id)
    drawn(widget)
    assert widget.experts.count() == 2
    model = widget.spread_model
    assert int((model.spread > 0).sum()) == 21
    widget.find_critical()
    qtbot.waitUntil(lambda: widget.last_result is not None, timeout=20000)
    found, n_scenarios, note = widget.last_result
    assert n_scenarios > 0 and note == ""
    assert widget.critical.rowCount() == len(found.critical)
    widget.aggregation.setCurrentIndex(widget.aggregation.findData("median"))
    assert _pair(session).aggregation == "median"
    session.undo_stack_for("scenarios").undo()
    assert _pair(session).aggregation == "mean"


def _pair(session):
    return st.require_study(session.db, "National and regional (two versions)")


def test_study_editor_sets_a_descriptor_role_and_weight_undoably(session, qtbot):
    from desktop_app.ui.scenarios.study_editor import StudyEditor

    widget = StudyEditor(session)
    qtbot.addWidget(widget)
    widget.tree.setCurrentItem(widget.tree.topLevelItem(0))  # World trade regime
    assert widget.item_role.currentData() == "system" and widget.item_weight.value() == 1
    widget.item_role.setCurrentIndex(widget.item_role.findData("lever"))
    widget.item_weight.setValue(2.5)
    assert widget.apply_changes()
    trade = _global(session).descriptors[0]
    assert (trade.role, trade.weight) == ("lever", 2.5)
    assert widget.tree.topLevelItem(0).text(2) == "Policy lever ×2.5"
    session.undo_stack_for("scenarios").undo()
    trade = _global(session).descriptors[0]
    assert (trade.role, trade.weight) == ("system", 1.0)


def test_grid_draws_block_borders_and_comment_marks(editor, session, qtbot):
    """The table draws a dark line where a descriptor's block begins and an orange corner on a
    cell with a comment."""
    editor.resize(1000, 700)
    editor.show()
    model, table = editor.model, editor.table
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    editor.table.setCurrentIndex(model.index(0, 9))
    editor.comment.setText("why")
    editor.save_comment()
    assert model.comments[(0, 9)] == "why"
    first = model.first_of_block[1]
    assert first == 3  # WTRD has three variants
    columns, rows = table.horizontalHeader(), table.verticalHeader()
    image = table.viewport().grab().toImage()
    border_x = columns.sectionViewportPosition(first)
    inside_y = rows.sectionViewportPosition(5) + rows.sectionSize(5) // 2
    assert image.pixelColor(border_x, inside_y).name() == "#404040"
    assert image.pixelColor(border_x + 6, inside_y).name() != "#404040"
    corner_x = columns.sectionViewportPosition(9) + columns.sectionSize(9) - 2
    top_y = rows.sectionViewportPosition(0) + 1
    assert image.pixelColor(corner_x, top_y).name() == "#d55e00"
    plain_x = columns.sectionViewportPosition(8) + columns.sectionSize(8) - 2
    assert image.pixelColor(plain_x, top_y).name() != "#d55e00"
