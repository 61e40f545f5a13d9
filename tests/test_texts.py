"""Texts made below the ui layer: English as strings, translated part by part when rendered."""

import json

import numpy as np

from desktop_app.core.lifecycle_stage import assess_stage
from desktop_app.texts import N_, Text, joined, render

YEARS = np.arange(2006, 2017)


def test_a_text_is_its_english_sentence():
    text = Text(
        "LQ {level} and rising ({rate})", level="0.59", rate=Text("{rate} %/yr", rate="7.0")
    )
    assert text == "LQ 0.59 and rising (7.0 %/yr)"
    assert json.dumps({"reason": text}) == '{"reason": "LQ 0.59 and rising (7.0 %/yr)"}'
    assert N_("growth returned") == "growth returned"


def test_render_translates_the_message_and_each_text_parameter():
    spanish = {
        "{rate} %/yr": "{rate} %/año",
        "LQ {level} and rising ({rate})": "CL {level} y en aumento ({rate})",
    }
    text = joined(
        "; ",
        [
            Text(
                "LQ {level} and rising ({rate})", level="0.59", rate=Text("{rate} %/yr", rate="7.0")
            ),
            "Sachsen",  # a plain string is kept as it is
        ],
    )
    assert text == "LQ 0.59 and rising (7.0 %/yr); Sachsen"
    assert render(text, lambda m: spanish.get(m, m)) == "CL 0.59 y en aumento (7.0 %/año); Sachsen"


def test_a_stage_reason_renders_with_every_part_translated():
    values = 100 * 1.08 ** np.arange(11)
    lq = 0.3 * 1.07 ** np.arange(11)
    reason = assess_stage(YEARS, values, lq).reason
    assert reason.startswith("growth steady at 8.0 %/yr (8.0 %/yr before ")
    assert reason.endswith(
        "; LQ 0.59 and rising (7.0 %/yr); fast growth from a small, rising specialisation"
    )
    seen = []
    render(reason, lambda m: seen.append(m) or m)
    assert "growth steady at {rate} ({before} before {since})" in seen
    assert "fast growth from a small, rising specialisation" in seen
    assert seen.count("{rate} %/yr") == 3


def test_a_text_sent_to_another_process_keeps_its_message_and_parameters():
    """A cell's note travels from the worker that parses a sheet piece; its sentence may hold
    braces of the cell's own text."""
    import pickle

    note = Text('text "{text}" is not a number', text="{x}")
    back = pickle.loads(pickle.dumps(note))
    assert back == 'text "{x}" is not a number'
    assert (type(back), back.message, back.params) == (Text, note.message, {"text": "{x}"})
