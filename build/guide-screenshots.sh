#!/usr/bin/env bash
# Screenshots of every view at 1280 x 720 (a field office's laptop) for the user guide, made from
# the demo project with `anticipa open --screenshot`, so the guide never shows a stale window.
#   build/guide-screenshots.sh          English, into docs/guide/images/
#   build/guide-screenshots.sh es       Spanish, into docs/guide/es/images/
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
language=${1:-en}
if [ "$language" = en ]; then out=docs/guide/images; else out=docs/guide/$language/images; fi
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$python" -m desktop_app demo "$work/demo.anticipa" >/dev/null
views=$("$python" -c "from desktop_app.ui.views import SECTIONS
print(' '.join(v.key for s in SECTIONS for v in s.load_views() or [s]))")
for view in $views; do
    "$python" -m desktop_app open "$work/demo.anticipa" --view "$view" --size 1280x720 \
        --lang "$language" --screenshot "$out/$view.png"
    echo "$out/$view.png"
done
# 256 colours are plenty for a window: the pictures take a quarter of the room
"$python" build/guide_images.py "$out"
