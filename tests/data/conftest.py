"""Other SCODA Desktop processes on the test's database: see ``sqlite_worker.py``."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINE_TIMEOUT = 60.0  # seconds: generous for a loaded machine, yet no test can hang for ever


class Worker:
    """``python -m tests.data.sqlite_worker ARGS`` with its output read line by line."""

    def __init__(self, args: list[str], stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        with stderr_path.open("w", encoding="utf-8") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.data.sqlite_worker", *args],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                encoding="utf-8",
            )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def next_line(self) -> str | None:
        """The next line printed, or None once the process has ended."""
        try:
            line = self._queue.get(timeout=LINE_TIMEOUT)
        except queue.Empty:
            pytest.fail(f"the worker printed nothing for {LINE_TIMEOUT} s")
        if line is not None:
            self.lines.append(line)
        return line

    def wait_for(self, expected: str) -> None:
        while (line := self.next_line()) != expected:
            if line is None:
                self.process.wait(LINE_TIMEOUT)
                pytest.fail(f"the worker ended before {expected!r}:\n{self.stderr()}")

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind runs in the process."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(LINE_TIMEOUT)

    def finish(self) -> int:
        """Read the rest of the output (into ``lines``) and return the exit code."""
        while self.next_line() is not None:
            pass
        return self.process.wait(LINE_TIMEOUT)

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8")

    def close(self) -> None:
        if self.process.poll() is None:
            self.kill()
        self._reader.join(LINE_TIMEOUT)  # it has read to the end of the output
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.stdout.close()


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[..., Worker]]:
    """Start workers; any still running when the test ends is killed."""
    if sys.platform == "win32":
        pytest.skip("SIGKILL and these subprocess tests are POSIX-only")
    started: list[Worker] = []

    def start(*args: str) -> Worker:
        worker = Worker([str(a) for a in args], tmp_path / f"worker-{len(started)}.err")
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.close()
