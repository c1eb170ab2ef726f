"""Extraction on a Dask cluster: the articles go out in shards to the cluster's workers, each worker
runs warkg's whole extraction on its shard, and the records come back into one record file, in input
order, the same file a one-process ``warkg extract`` writes (so ``warkg load`` makes the same graph).

``pip install 'warkg[dask]'``, then ``warkg extract CORPUS -o records.jsonl --dask tcp://scheduler:8786``
(or ``--dask local:N`` for a cluster of N worker processes on this machine). From Python:
:func:`extract_on_cluster`. Workers need warkg and its spaCy pipeline installed; they read nothing
from disk (the client reads the articles and sends them with the user gazetteer rows in use).
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from graph.errors import WarkgError
from graph.records import Article, ArticleRecord

DEFAULT_SHARD_SIZE = 32  # articles per task: a parse batch (graph.extraction.DEFAULT_BATCH_SIZE)
IN_FLIGHT_PER_WORKER = 2  # tasks queued per worker: enough to keep it busy, few articles held in memory
LOCAL_PREFIX = "local:"
CONNECT_TIMEOUT = "20s"  # how long to wait for a scheduler that does not answer


def extract_on_cluster(inputs: Iterable[str | Path], output: str | Path, scheduler: str, *,
                       shard_size: int = DEFAULT_SHARD_SIZE, model: str | None = None, strict: bool = False,
                       keep_other_languages: bool = False, warn: Callable[[str], None] = lambda message: None,
                       progress_factory=None) -> tuple[int, list[str]]:
    """Extract every article under ``inputs`` on the Dask cluster at ``scheduler`` (an address, or
    ``local:N`` for N worker processes here) into the record file ``output`` (written whole or not at
    all). Returns (records written, problems reported), as :func:`graph.pipeline.extract` does."""
    from graph.corpus import count_articles, read_articles
    from graph.pipeline import checked_record_file, nothing_extracted

    inputs = list(inputs)
    total = count_articles(inputs, strict=strict)  # missing paths fail here, before a cluster is touched
    skipped: list[str] = []
    advance = progress_factory(total, "extracting") if progress_factory else None

    def report(message: str) -> None:
        skipped.append(message)
        warn(message)
        if advance:
            advance(None)

    articles = read_articles(inputs, on_error=lambda err: report(str(err)), strict=strict,
                             keep_other_languages=keep_other_languages)
    count = 0
    try:
        # the evidence is checked here, as the records come back: the same file as one process writes
        with _client(scheduler) as client, checked_record_file(output) as write:
            for records, errors in _map_shards(client, _shards(articles, shard_size), model):
                for record in records:
                    write(record)
                    count += 1
                    if advance:
                        advance(record)
                for message in errors:
                    report(message)
            if count == 0:  # raised inside: the record file is not written
                raise nothing_extracted(inputs, skipped)
    finally:
        if advance:
            advance.close()
    return count, skipped


def extract_shard(articles: list[Article], model: str | None, user_rows: tuple) -> tuple[list[ArticleRecord], list[str]]:
    """What a worker runs: warkg's extraction of one shard, with the client's user gazetteer rows.
    Returns the records in input order and one message per article that failed."""
    from graph.extraction import extract_records
    from graph.gazetteer import use_user_rows
    from graph.pipeline import extraction_failed

    use_user_rows(user_rows)
    errors: list[str] = []
    records = list(extract_records(articles, jobs=0, model=model,
                                   on_error=lambda article, error: errors.append(extraction_failed(article, error))))
    return records, errors


def _shards(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    shard: list[Article] = []
    for article in articles:
        shard.append(article)
        if len(shard) >= size:
            yield shard
            shard = []
    if shard:
        yield shard


def _map_shards(client, shards: Iterator[list[Article]], model: str | None):
    """The results of :func:`extract_shard` on every shard, in shard order, with a bounded number of
    shards in flight (the corpus is read as the cluster works, never held whole)."""
    from graph.gazetteer import user_rows

    rows = user_rows()
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    pending: list = []
    for shard in shards:
        pending.append(client.submit(extract_shard, shard, model, rows, pure=False))
        while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
            yield _result(pending.pop(0))
    while pending:
        yield _result(pending.pop(0))


def _result(future):
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001 - a worker lost or a task that broke: one clear error
        raise WarkgError(f"a Dask task failed ({type(err).__name__}: {err}); nothing was written") from None


@contextlib.contextmanager
def _client(scheduler: str):
    """A client of the scheduler at that address, or of a new local cluster for ``local:N``."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise WarkgError("--dask needs Dask: pip install 'warkg[dask]'") from None
    if scheduler.startswith(LOCAL_PREFIX):
        workers = scheduler[len(LOCAL_PREFIX):] or "2"
        if not workers.isdigit() or int(workers) < 1:
            raise WarkgError(f"--dask {scheduler}: 'local:N' needs a number of workers, such as local:2")
        with LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as err:
        raise WarkgError(f"--dask {scheduler}: no Dask scheduler answers there ({err})") from None
    with client:
        yield client
