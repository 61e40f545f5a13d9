"""Frozen start vs source start: the bundle's window on the demo project against the same from Python.

Both run `anticipa open DEMO --screenshot OUT.png` in a new process: start, open the project,
paint the window once, save the picture, exit; the frozen one from the bundle built by
`make bundle`, the other as `python -m desktop_app` from this tree. Runs are interleaved so
machine noise hits both alike; medians are compared. Target (issue 15): ratio <= 1.5.
Run: .venv/bin/python bench/frozen_start.py [--runs 5] [--bundle build/out/dist/anticipa/anticipa]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# pandas is no dependency (the bundle has none); sqlite-utils imports it whenever it can, so the
# source run hides it as on a user's machine (see bench/startup.py).
HIDE_PANDAS = ("import runpy, sys; sys.modules['pandas'] = None; "
               "runpy.run_module('desktop_app', run_name='__main__')")


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path,
                        default=ROOT / "build" / "out" / "dist" / "anticipa" / "anticipa")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": folder,
               "ANTICIPA_SETTINGS_DIR": folder}
        demo = Path(folder) / "demo.anticipa"
        subprocess.run([str(args.bundle), "demo", str(demo)], check=True, env=env,
                       capture_output=True)
        shot = ["open", str(demo), "--screenshot", str(Path(folder) / "shot.png")]
        frozen = [str(args.bundle), *shot]
        source = [sys.executable, "-c", HIDE_PANDAS, *shot]
        source_env = {**env, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path[1:]])}
        timed(frozen, env), timed(source, source_env)  # warm the disk cache for both
        frozen_times, source_times = [], []
        for _ in range(args.runs):
            frozen_times.append(timed(frozen, env))
            source_times.append(timed(source, source_env))
    f, s = statistics.median(frozen_times), statistics.median(source_times)
    print(f"source start: {s:.3f} s   frozen start: {f:.3f} s  (median of {args.runs})")
    print(f"ratio {f / s:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
