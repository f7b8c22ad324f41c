"""The progress bar appears on a terminal and stays out of pipes and logs."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from tumen import Tumen


def _corpus(folder: Path, n: int = 40) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"note{i:03d}.txt").write_text(f"Testimony {i}: the witness was questioned for hours.\n" * 5)


def test_progress_bar_is_drawn_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    db = str(tmp_path / "t.db")
    Tumen.init(db).close()
    primary, secondary = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tumen", "--db", db, "ingest", str(tmp_path / "c")],
        stdout=subprocess.PIPE,
        stderr=secondary,
        env=env,
    )
    os.close(secondary)
    seen = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        seen += chunk
    stdout, _ = process.communicate(timeout=120)
    os.close(primary)
    assert process.returncode == 0
    assert b"ingest" in seen and b"40" in seen, seen[-500:]  # "ingest ━━━ 40/40"
    assert stdout.decode().strip() == "ingested 40, duplicates 0, failed 0"


def test_no_progress_output_when_not_a_terminal(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    db = str(tmp_path / "t.db")
    Tumen.init(db).close()
    result = subprocess.run(
        [sys.executable, "-m", "tumen", "--db", db, "ingest", str(tmp_path / "c")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout == "ingested 40, duplicates 0, failed 0\n"
