"""The screen the headless tests run on, and a fresh test process on another screen.

Qt's offscreen platform reads its screens from a JSON file (`configfile=`). The tests
run on a 1280x800 laptop screen; `ADVISOR_REFERRALS_TEST_SCREEN` ("1366x768") picks
another for a fresh process, and `QT_SCALE_FACTOR` scales it as a desktop set to 125%
would (a 1280x800 screen at 125% leaves 1024x640 of room for the app).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

SCREEN_ENV = "ADVISOR_REFERRALS_TEST_SCREEN"
LAPTOP = "1280x800"
ROOT = Path(__file__).resolve().parents[2]


def screen_size() -> tuple[int, int]:
    width, height = os.environ.get(SCREEN_ENV, LAPTOP).lower().split("x")
    return int(width), int(height)


def offscreen_platform(folder: Path) -> str:
    """The QT_QPA_PLATFORM value for a headless screen of the chosen size."""
    width, height = screen_size()
    screen = {
        "name": f"laptop-{width}x{height}",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config = folder / "offscreen-screens.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def run_tests_in_fresh_process(
    node_ids: list[str], env: Mapping[str, str], timeout: float = 600
) -> None:
    """Run these tests in a new pytest process with these environment variables
    (screen size, scaling, fonts), which a running QApplication cannot change.
    Fails with the inner run's output when any of them fails."""
    # The platform is chosen afresh from the screen asked for; the outer run's pytest
    # variables (xdist's worker id, the current test) are not the inner run's.
    child_env = {
        k: v
        for k, v in os.environ.items()
        if k != "QT_QPA_PLATFORM" and not k.startswith("PYTEST_")
    }
    child_env.update(env)
    command = [
        *(sys.executable, "-m", "pytest", "-q", "--tb=short", "--show-capture=no"),
        *("-p", "no:randomly", "-p", "no:cacheprovider"),
    ]
    result = subprocess.run(
        [*command, *node_ids],
        cwd=ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        settings = " ".join(f"{k}={v}" for k, v in env.items())
        raise AssertionError(f"with {settings}:\n{result.stdout[-12000:]}\n{result.stderr[-4000:]}")
