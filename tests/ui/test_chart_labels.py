"""Label placement shared by the bubble charts: boxes cover no other label and no other marker."""

import itertools

from desktop_app.ui.chart_labels import place_labels


def _overlap(a, b) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    w = min(ax + aw, bx + bw) - max(ax, bx)
    h = min(ay + ah, by + bh) - max(ay, by)
    return max(w, 0) * max(h, 0)


def test_crowded_markers_get_labels_that_cover_nothing():
    # five markers in a cluster, as F, G-I and R-U sit in the demo's portfolio
    centres = [(200, 200), (230, 205), (215, 240), (260, 230), (180, 260)]
    radii = [25, 12, 15, 10, 8]
    sizes = [[(60, 16)]] * 5
    placed = place_labels(centres, radii, sizes, (0, 0, 600, 400))
    for a, b in itertools.combinations(placed, 2):
        assert _overlap(a.box, b.box) == 0
    for k, label in enumerate(placed):
        for j, ((x, y), r) in enumerate(zip(centres, radii, strict=True)):
            assert _overlap(label.box, (x - r, y - r, 2 * r, 2 * r)) == 0, (k, j)
        x0, y0, w, h = label.box
        assert 0 <= x0 and x0 + w <= 600 and 0 <= y0 and y0 + h <= 400


def test_the_long_text_where_it_fits_the_short_one_where_not():
    # a marker at the right edge: the long name does not fit beside it on either side
    centres = [(50, 100), (585, 100)]
    sizes = [[(300, 16), (30, 16)], [(580, 16), (30, 16)]]
    placed = place_labels(centres, [10, 10], sizes, (0, 0, 600, 200))
    assert [p.text for p in placed] == [0, 1]


def test_a_label_sits_next_to_its_own_marker():
    placed = place_labels([(300, 100)], [20], [[(80, 16)]], (0, 0, 600, 200))
    x0, y0, w, h = placed[0].box
    # right of the marker, vertically centred, a few pixels from its edge
    assert 320 < x0 <= 326 and abs(y0 + h / 2 - 100) < 1e-9


def test_a_label_keeps_off_fixed_text():
    # a quadrant's name where the label would go first (right of its marker)
    name = (318, 90, 420, 110)
    placed = place_labels([(300, 100)], [20], [[(80, 16)]], (0, 0, 600, 200), [name])
    x0, y0, w, h = placed[0].box
    assert _overlap(placed[0].box, (318, 90, 102, 20)) == 0
    assert x0 + w <= 280  # the next spot in order: left of the marker
