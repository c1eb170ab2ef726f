"""The trained model's parse, in this process or in parser processes.

The parse (tagger, parser, lemmatizer, NER of the trained pipeline) is the unavoidable cost of
extraction. With ``jobs=0`` it runs here; with ``jobs=N`` it runs in N parser processes, each
loading the model once, receiving batches of texts and sending back the parses as spaCy DocBin
bytes (about 2 ms an article each way), while this process runs warkg's own components on the
parses already back. Parses come back in input order whatever the number of processes, so the
records, and every output, are the same for any ``jobs``.

A text that breaks the parser is reported with its error and skipped; a parser process that dies
(killed, out of memory) stops the run with an error that says so.

Why not spaCy's own ``nlp.pipe(n_process=N)``, which runs warkg's whole pipeline too (the components
leave plain data on the Doc; a test runs it)? Measured on the 221 bench articles, 2 cores, records
byte-identical either way: ``warkg extract --jobs 2`` took 16.7-16.8 s with these parser processes
and 19.3-20.3 s with ``nlp.pipe(n_process=2)`` over the whole pipeline (16.9 s at its best batch
size, 4; 13.6 s against 16.9 s called from Python). Splitting the parse from warkg's components
keeps both cores on the model while this process extracts, so this hand-written pool stays.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from graph.errors import WarkgError

POLL_SECONDS = 0.5
# The model's memory grows with the length of what it parses at once (a 740,000-character article
# peaked at 2.4 GB parsed whole), so a long article is parsed in pieces joined into one Doc; the
# pieces end at line breaks, which start a sentence anyway, so the parse is the one of the whole.
PIECE_CHARS = 50_000
MAX_ARTICLE_CHARS = 1_000_000  # spaCy's max_length: longer articles are reported and skipped
Item = tuple[str, Any]  # (text, context passed through untouched)


@lru_cache(maxsize=2)
def build_parser(model: str | None = None):
    """The trained pipeline with warkg's sentence-boundary and parse-repair components, no extractors (cached)."""
    import graph.extraction.components  # noqa: F401 - registers the factories
    from graph.extraction.model import load_model

    nlp = load_model(model)
    nlp.add_pipe("warkg_paragraphs", before="parser")
    nlp.add_pipe("warkg_parse_repairs", after="parser")
    return nlp


def model_vocab(model: str | None = None):
    """The model's vocabulary without its weights: what parses from other processes are read into."""
    from graph.extraction.model import vocab_pipeline

    return vocab_pipeline(model).vocab


def parse_batch(nlp, texts: list[str]) -> list[tuple[Any, str | None]]:
    """(Doc, None) per text, or (None, error) for a text the parser cannot take."""
    if any(len(text) > min(PIECE_CHARS, MAX_ARTICLE_CHARS) for text in texts):
        return [_parse_one(nlp, text) for text in texts]
    try:
        return [(doc, None) for doc in nlp.pipe(texts, batch_size=max(len(texts), 1))]
    except Exception:  # noqa: BLE001 - find the text that breaks, keep the others
        return [_parse_one(nlp, text) for text in texts]


def _parse_one(nlp, text: str) -> tuple[Any, str | None]:
    if len(text) > MAX_ARTICLE_CHARS:
        return None, (f"the article has {len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} warkg "
                      "reads in one article; split it into parts")
    try:
        if len(text) <= PIECE_CHARS:
            return nlp(text), None
        from spacy.tokens import Doc

        return Doc.from_docs(list(nlp.pipe(text_pieces(text), batch_size=1)), ensure_whitespace=False), None
    except Exception as err:  # noqa: BLE001 - reported for this article only
        return None, f"{type(err).__name__}: {err}"


def text_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """The text cut into pieces of at most ``size`` characters that join back into it: after a line
    break where there is one, else after a sentence end, else after a space."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n") + 1 or window.rfind(". ") + 2 or window.rfind(" ") + 1 or size
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse(items: Iterable[Item], jobs: int = 0, batch_size: int = 32,
          model: str | None = None) -> Iterator[tuple[Any, Any, str | None]]:
    """(Doc or None, context, error or None) for each (text, context), in input order."""
    if jobs <= 0:
        nlp = build_parser(model)
        for batch in _batches(items, batch_size):
            for (doc, error), (_, ctx) in zip(parse_batch(nlp, [t for t, _ in batch]), batch):
                yield doc, ctx, error
        return
    with ParserPool(jobs, model) as pool:
        yield from pool.parse(items, batch_size)


def _batches(items: Iterable[Item], size: int, total: int | None = None) -> Iterator[list[Item]]:
    """Batches of ``size`` items; when ``total`` is known, the last few shrink by halves (to 4 items),
    so that the main process, which extracts from a batch while the parsers parse the next, has
    little left to do once the last parse is back."""
    def wanted(sent: int) -> int:
        left = None if total is None else total - sent
        return size if left is None or left >= 2 * size else max(4, min(size, (left + 1) // 2))

    batch: list[Item] = []
    sent = 0
    want = wanted(0)
    for item in items:
        batch.append(item)
        if len(batch) >= want:
            yield batch
            sent += len(batch)
            batch = []
            want = wanted(sent)
    if batch:
        yield batch


def _worker(model: str | None, tasks, results) -> None:
    """A parser process: batches of texts in, DocBin bytes and per-text errors out."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    from spacy.tokens import DocBin

    try:
        nlp = build_parser(model)
    except Exception as err:  # noqa: BLE001 - sent to the main process, which reports it
        results.put(("fatal", None, f"{type(err).__name__}: {err}", None))
        return
    while True:
        task = tasks.get()
        if task is None:
            return
        bid, texts = task
        parsed = parse_batch(nlp, texts)
        docs = DocBin(store_user_data=False)
        errors = {}
        for i, (doc, error) in enumerate(parsed):
            if doc is None:
                errors[i] = error
            else:
                docs.add(doc)
        results.put(("ok", bid, docs.to_bytes(), errors))


class ParserPool:
    """``jobs`` parser processes. Start it early (before threads or big data exist in this process:
    where the platform forks, children share the parent's memory as it is at that moment)."""

    def __init__(self, jobs: int, model: str | None = None):
        methods = mp.get_all_start_methods()
        # fork: no re-import of the caller's __main__ (spawn needs an `if __name__ == "__main__"` guard)
        self.ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        self.model = model
        self.tasks, self.results = self.ctx.Queue(maxsize=2 * jobs), self.ctx.Queue()
        self.procs = [self.ctx.Process(target=_worker, args=(model, self.tasks, self.results), daemon=True,
                                       name=f"warkg-parser-{i}") for i in range(jobs)]
        for proc in self.procs:
            proc.start()
        self.stop = threading.Event()

    def __enter__(self) -> ParserPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.stop.set()
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
        for proc in self.procs:
            proc.join(timeout=5)
        for q in (self.tasks, self.results):
            q.close()
            q.cancel_join_thread()

    def _check_alive(self) -> None:
        for proc in self.procs:
            if not proc.is_alive() and proc.exitcode not in (0, None):
                how = (f"was killed by signal {-proc.exitcode}" + (" (out of memory?)" if proc.exitcode == -9 else "")
                       if proc.exitcode < 0 else f"exited with code {proc.exitcode}")
                raise WarkgError(f"a parser process {how}; try fewer --jobs (0 parses in the main process)")

    def _feed(self, items: Iterable[Item], batch_size: int, total: int | None, pending: dict[int, list],
              state: dict[str, Any], lock: threading.Lock) -> None:
        """The feeder thread: batches of texts to the parser processes; their contexts wait in ``pending``."""
        n = 0
        try:
            for batch in _batches(items, batch_size, total):
                with lock:
                    pending[n] = [c for _, c in batch]
                while not self.stop.is_set():
                    try:
                        self.tasks.put((n, [t for t, _ in batch]), timeout=POLL_SECONDS)
                        break
                    except queue.Full:
                        continue
                if self.stop.is_set():
                    return
                n += 1
                state["first"].set()
        except BaseException as err:  # noqa: BLE001 - re-raised in the main thread
            state["error"] = err
        finally:
            state["batches"] = n
            state["first"].set()
            for _ in self.procs:
                try:
                    self.tasks.put(None, timeout=POLL_SECONDS)
                except queue.Full:
                    pass

    def parse(self, items: Iterable[Item], batch_size: int = 32,
              total: int | None = None) -> Iterator[tuple[Any, Any, str | None]]:
        """(Doc or None, context, error or None) for each (text, context), in input order (``total``:
        how many items to expect, if known, for shorter last batches). The feeder starts at once, and
        this returns once it has queued the first batch: the first texts are read and cleaned (the
        language model loaded) while the parser processes load the model, before this process spends
        its time importing spaCy and the extractors, which it needs only when the first parse is back
        (the first parse began 0.8 s later on the bench when the two ran together)."""
        pending: dict[int, list] = {}  # batch id -> contexts, kept until its parse is back
        state: dict[str, Any] = {"batches": None, "error": None, "first": threading.Event()}
        lock = threading.Lock()

        feeder = threading.Thread(target=self._feed, args=(items, batch_size, total, pending, state, lock),
                                  name="warkg-feeder", daemon=True)
        feeder.start()
        state["first"].wait()
        return self._collect(pending, state, lock)

    def _collect(self, pending: dict[int, list], state: dict[str, Any],
                 lock: threading.Lock) -> Iterator[tuple[Any, Any, str | None]]:
        """The parses back from the parser processes, in input order."""
        from spacy.tokens import DocBin

        vocab = model_vocab(self.model)  # loaded while the parser processes load the model
        waiting: dict[int, tuple[bytes, dict]] = {}
        next_bid = 0
        try:
            while True:
                if state["error"] is not None:
                    raise state["error"]
                if state["batches"] is not None and next_bid >= state["batches"]:
                    return
                if next_bid in waiting:
                    data, errors = waiting.pop(next_bid)
                    with lock:
                        contexts = pending.pop(next_bid)
                    docs = iter(DocBin().from_bytes(data).get_docs(vocab))
                    for i, context in enumerate(contexts):
                        yield (None, context, errors[i]) if i in errors else (next(docs), context, None)
                    next_bid += 1
                    continue
                try:
                    kind, bid, data, errors = self.results.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    self._check_alive()
                    continue
                if kind == "fatal":
                    raise WarkgError(f"a parser process could not start: {data}")
                waiting[bid] = (data, errors)
        finally:
            self.stop.set()
