"""``warkg serve``: a standards-compliant, read-only SPARQL 1.1 endpoint over a graph or a store.

The endpoint is the Oxigraph server (the ``oxigraph`` package on PyPI ships it), run in its read-only
mode with the union of the named graphs as default graph and a query timeout, on a private loopback
port behind a small front (:mod:`graph.endpoint_guard`) that refuses federated queries (SERVICE) unless
allowed and enforces the timeout and a size limit on whole answers. A store folder is served where it
lies; a graph file is first loaded into a temporary store that is removed when the server stops.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

from graph.errors import WarkgError

READY_TIMEOUT = 30.0
SERVING_MARKER = "warkg-serving.json"  # in a store being served: builds refuse to write into it
TEMP_PREFIX = "warkg-serve-"
MAX_RESULT_BYTES = 256 * 1024 * 1024  # the default limit of one answer


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _die_with_parent() -> None:
    """In the server process, before exec: on Linux, ask the kernel to stop it when warkg dies, even
    by kill -9 (a server left on the port would outlive its user)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def sweep_stale_folders() -> None:
    """Temporary databases of servers whose warkg process died without cleaning up (kill -9)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*-*"):
        pid = folder.name[len(TEMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def serving_pid(store: Path) -> int | None:
    """The pid of the live ``warkg serve`` serving this store folder, if any (a stale mark is removed)."""
    marker = Path(store) / SERVING_MARKER
    try:
        pid = int(json.loads(marker.read_text()).get("pid", 0))
    except (OSError, ValueError, AttributeError):
        return None
    if pid and pid_alive(pid):
        return pid
    marker.unlink(missing_ok=True)
    return None


@contextlib.contextmanager
def _serving_mark(store: Path) -> Iterator[None]:
    marker = store / SERVING_MARKER
    marker.write_text(json.dumps({"pid": os.getpid()}) + "\n")
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)


def server_binary() -> str:
    """The oxigraph server executable (installed beside this Python by the ``oxigraph`` package)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise WarkgError("the Oxigraph server is not installed (pip install oxigraph==0.5.13)")
    return found


def check_port(host: str, port: int) -> None:
    """A clear error when the port is taken (rather than a server that dies on start)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError as err:
            reason = "is already in use" if err.errno in (98, 48) else f"cannot be used ({err.strerror})"
            raise WarkgError(f"port {port} on {host} {reason}; choose another with --port") from None


@contextlib.contextmanager
def database_for(source: str | Path) -> Iterator[Path]:
    """The Oxigraph database folder to serve: the store's own, or a temporary one loaded from a file."""
    from graph.sparql import _ox_format
    from graph.store import is_store

    source = Path(source)
    if not source.exists():
        raise WarkgError("no such file or folder", source)
    if source.is_dir():
        if not is_store(source):
            raise WarkgError("is a folder but not a warkg store (no warkg-store.json)", source)
        from graph.sparql import open_source

        del open_source(source).store  # a damaged store is one clear line here, not a dead server
        with _serving_mark(source):
            yield source / "oxigraph"
        return
    import pyoxigraph as ox

    sweep_stale_folders()
    with tempfile.TemporaryDirectory(prefix=f"{TEMP_PREFIX}{os.getpid()}-") as tmp:
        db = Path(tmp) / "oxigraph"
        store = ox.Store(str(db))
        try:
            store.bulk_load(path=str(source), format=_ox_format(source))
        except (SyntaxError, ValueError, OSError) as err:
            raise WarkgError(f"not a graph Oxigraph can read: {str(err).splitlines()[0][:200]}", source) from None
        store.flush()
        del store  # release the lock: the server opens the database itself
        yield db


def _free_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(source: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30,
                   max_bytes: int = MAX_RESULT_BYTES, allow_federation: bool = False) -> Iterator[str]:
    """Start the read-only server behind its front (:mod:`graph.endpoint_guard`), wait until it
    answers, yield the front's base URL, stop both afterwards."""
    from graph.endpoint_guard import GuardedFront, Limits

    check_port(host, port)
    binary = server_binary()
    # the server's log goes to a file: a pipe nobody reads would block it once full
    with database_for(source) as db, tempfile.TemporaryFile() as log:
        inner = _free_loopback_port()
        proc = subprocess.Popen([binary, "serve-read-only", "--location", str(db), "--bind", f"127.0.0.1:{inner}",
                                 "--union-default-graph", "--timeout-s", str(timeout)],
                                stdout=subprocess.DEVNULL, stderr=log,
                                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        try:
            _wait_ready(proc, f"http://127.0.0.1:{inner}", log)
            try:
                front = GuardedFront(("127.0.0.1", inner), host, port, Limits(timeout, max_bytes, allow_federation))
            except OSError as err:
                raise WarkgError(f"port {port} on {host} cannot be used ({err.strerror})") from None
            with front:
                yield f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_ready(proc: subprocess.Popen, base: str, log) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            message = log.read().decode("utf-8", "replace").strip().splitlines()
            raise WarkgError(f"the Oxigraph server stopped: {message[-1] if message else 'no message'}")
        try:
            with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise WarkgError(f"the Oxigraph server did not answer at {base} within {READY_TIMEOUT:.0f} s")


def serve(source: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30,
          max_bytes: int = MAX_RESULT_BYTES, allow_federation: bool = False,
          announce: Callable[[str], None] = print) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM; the server process is stopped either way)."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    with running_server(source, host, port, timeout, max_bytes, allow_federation) as base:
        announce(f"SPARQL endpoint: {base}/query (read-only; GET or POST; JSON, XML, CSV, TSV results)")
        announce(f"limits:          {timeout} s and {max_bytes / 1e6:g} MB per answer; SERVICE "
                 + ("allowed (--allow-federation)" if allow_federation else "refused"))
        announce(f"query editor:    {base}/")
        announce("stop with Ctrl-C")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            announce("stopping")
