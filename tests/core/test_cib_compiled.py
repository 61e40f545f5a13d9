"""The compiled search loop is used only when it was built from the source beside it."""

from __future__ import annotations

import os

import pytest

from desktop_app.core.cib import search


@pytest.mark.skipif(search._search_c is None, reason="the compiled search is not built")
def test_a_loop_compiled_from_an_older_source_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(search, "__file__", str(tmp_path / "search.py"))
    assert search._compiled_loop() is search._search_c  # a frozen bundle ships no source
    source = tmp_path / "_search_c.c"
    source.write_text("/* older */")
    built = os.stat(search._search_c.__file__).st_mtime
    os.utime(source, (built - 60, built - 60))
    assert search._compiled_loop() is search._search_c
    os.utime(source, (built + 60, built + 60))  # the source changed since the build
    assert search._compiled_loop() is None
