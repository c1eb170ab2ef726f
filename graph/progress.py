"""A progress bar for long runs: articles done, articles per second, time left.

Shown on stderr only when it is a terminal and the user did not ask for quiet, so logs and pipes stay
clean.
"""
from __future__ import annotations

import sys
from collections.abc import Callable


def progress_factory(quiet: bool, label: str = "extracting") -> Callable[[int], Callable[[object], None]] | None:
    """A factory ``total -> advance(item)`` for a bar, or None when no bar should be shown."""
    if quiet or not sys.stderr.isatty():
        return None

    def factory(total: int) -> Callable[[object], None]:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.1f} articles/s" if speed else "", style="progress.data.speed")

        bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True)
        bar.start()
        task = bar.add_task(label, total=total)

        def advance(_item: object) -> None:
            bar.advance(task)
            if bar.tasks[0].completed >= total:
                bar.stop()

        return advance

    return factory
