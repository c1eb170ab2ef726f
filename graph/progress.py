"""A progress bar for long runs: articles done, articles per second, time left.

Shown on stderr only when it is a terminal and the user did not ask for quiet, so logs and pipes stay
clean. ``progress_factory(quiet)`` gives ``factory(total, label)``, which gives a bar: call it once per
article done (or skipped), and ``close()`` it at the end of the stage.
"""
from __future__ import annotations

import sys
from collections.abc import Callable


class Bar:
    def __init__(self, total: int, label: str):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.1f} articles/s" if speed else "", style="progress.data.speed")

        self.bar = Progress(TextColumn(f"{label:10}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self.bar.start()
        self.task = self.bar.add_task(label, total=total)
        self.open = True

    def __call__(self, _item: object = None) -> None:
        self.bar.advance(self.task)

    def close(self) -> None:
        if self.open:
            self.bar.stop()
            self.open = False


def progress_factory(quiet: bool) -> Callable[[int, str], Bar] | None:
    """A factory ``(total, label) -> bar``, or None when no bar should be shown."""
    if quiet or not sys.stderr.isatty():
        return None
    return Bar
