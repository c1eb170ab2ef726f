"""The long-lived part of the heap, kept out of the garbage collector's full passes.

A build holds a few hundred thousand objects that live as long as it does: the gazetteer, the model's
vocabulary, the shapes, the modules of the page, and once the articles are read the resolution of
them all. Every full collection walks them all again (on the 221-article bench, ten full passes cost
the main process 1.1 s of CPU, 0.2 s each by the end), and the last articles and the writing of the
outputs wait on the main process. Frozen (:func:`gc.freeze`) they are left out of every pass: objects
freed by their reference counts are freed as ever, only cycles among the frozen objects wait until
they are unfrozen. Measured on the bench, alternated: 20.63 s against 20.90 s a build (five each).
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def frozen_heap() -> Iterator[Callable[[], None]]:
    """Freeze what is alive now; the callable given freezes what is alive by then too. On leaving,
    everything is unfrozen again, unless the heap was frozen already when this began (then the outer
    freeze, which the objects frozen within join, ends it)."""
    outer = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        if not outer:
            gc.unfreeze()
