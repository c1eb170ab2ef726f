"""The distribution as a packager builds it: a wheel that holds every module and data file.

The wheel is built from this checkout without build isolation (setuptools comes with the test
extras), then compared with the files git tracks under graph/ and ontology/: a package or a data
file left out of ``pyproject.toml`` fails here, not on a user's machine after ``pip install .``.
"""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tracked(*folders: str) -> set[str]:
    try:
        out = subprocess.run(["git", "ls-files", *folders], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return {line for line in out.splitlines() if line and "__pycache__" not in line}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    [path] = out.glob("warkg-*.whl")
    return path


@pytest.fixture(scope="module")
def wheel_names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def test_wheel_holds_every_tracked_module_and_data_file(wheel_names):
    tracked = _tracked("graph", "ontology")
    assert tracked, "git lists no files"
    missing = sorted(tracked - wheel_names)
    assert not missing, f"left out of the wheel: {missing}"


def test_wheel_declares_the_console_script(wheel, wheel_names):
    [name] = [n for n in wheel_names if n.endswith(".dist-info/entry_points.txt")]
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read(name).decode()
    assert "warkg = graph.cli:run" in text
