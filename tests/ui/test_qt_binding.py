"""The Qt binding must keep Python's reference counts: a binding that drops a reference to True on
each signal emit (PySide6 6.12.0) brings the interpreter down once enough signals have fired."""

import sys
import warnings

from PySide6 import QtCore


class _Emitter(QtCore.QObject):
    changed = QtCore.Signal(object)


def test_signals_keep_reference_counts_of_true_and_false():
    sender, receiver = _Emitter(), _Emitter()
    sender.changed.connect(receiver.changed)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(1000):
        sender.changed.emit(1)
    sender.changed.disconnect(receiver.changed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        sender.changed.disconnect(receiver.changed)  # not connected any more: returns False
    after = sys.getrefcount(True), sys.getrefcount(False)
    # A few references may come and go with the interpreter's own work; a leak is one per emit.
    assert abs(after[0] - before[0]) < 50
    assert abs(after[1] - before[1]) < 50
