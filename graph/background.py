"""Run a function in a forked child while this process goes on, then collect its result.

A build validates its graph in a child (the graph's records are re-read from the spill file there)
while the parent writes the outputs: on two cores the two take the time of the longer one. Where the
platform cannot fork, the function simply runs at once, in this process.
"""
from __future__ import annotations

import multiprocessing as mp
import traceback
from collections.abc import Callable
from typing import Any

from graph.heap import frozen_heap

POLL_SECONDS = 0.5


def _child(func: Callable[..., Any], args: tuple, kwargs: dict, conn) -> None:
    try:
        conn.send(("ok", func(*args, **kwargs)))
    except BaseException as err:  # noqa: BLE001 - sent to the parent, which raises it
        conn.send(("error", f"{type(err).__name__}: {err}\n{traceback.format_exc()}"))
    finally:
        conn.close()


class Background:
    """``func(*args, **kwargs)`` in a forked child (or at once where fork is unavailable); :meth:`result`
    waits for it."""

    def __init__(self, func: Callable[..., Any], *args: Any, name: str = "warkg-background", **kwargs: Any):
        self.proc = None
        if "fork" not in mp.get_all_start_methods():
            self.value = func(*args, **kwargs)
            return
        ctx = mp.get_context("fork")
        self.conn, child_conn = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(target=_child, args=(func, args, kwargs, child_conn), daemon=True, name=name)
        # the child's garbage collector would touch every object this process has (the gazetteer, the
        # model's vocabulary) and so copy every page of memory it shares with this process: frozen, they
        # are left alone (the gc module's advice for fork without exec)
        with frozen_heap():
            self.proc.start()
        child_conn.close()

    def result(self) -> Any:
        if self.proc is None:
            return self.value
        try:
            while not self.conn.poll(POLL_SECONDS):
                if not self.proc.is_alive():
                    raise RuntimeError(f"{self.proc.name} died (exit code {self.proc.exitcode})")
            status, value = self.conn.recv()
        finally:
            self.cancel()
        if status != "ok":
            raise RuntimeError(f"{self.proc.name} failed: {value}")
        return value

    def cancel(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            self.proc.terminate()
        if self.proc is not None:
            self.proc.join(timeout=5)
            self.conn.close()
