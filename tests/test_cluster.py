"""Extraction on a Dask cluster (graph.cluster): a LocalCluster of two worker processes writes the record
file one process writes, byte for byte, so the loaded graph is the one-process build's; the user
gazetteer in use travels to the workers; a scheduler that is not there is one clear error."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the cluster tests need pip install 'warkg[dask]'")

from graph.errors import WarkgError  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.model
def test_a_two_worker_cluster_writes_the_one_process_records_with_the_user_gazetteer(tmp_path):
    """Several shards over two workers: the record file is the one-process extract's, byte for byte (so
    the loaded graph is too: graph.ttl compared), and the user gazetteer in use reached the workers."""
    from graph.cluster import extract_on_cluster
    from graph.gazetteer import use_user_gazetteers
    from graph.pipeline import extract_to_file, load
    from graph.recordfile import read_records

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "zz-user.txt").write_text("Fighters of the Brotherhood of Glass said on Monday that they had left "
                                        "the town.\n")
    rows = tmp_path / "mine.csv"
    rows.write_text("name,kind,aliases,country\nBrotherhood of Glass,Organization,BoG,SD\n", encoding="utf-8")
    use_user_gazetteers([rows])
    try:
        one_count, _ = extract_to_file([DATA, corpus], tmp_path / "one.jsonl", jobs=0)
        count, skipped = extract_on_cluster([DATA, corpus], tmp_path / "dask.jsonl", "local:2", shard_size=2)
    finally:
        use_user_gazetteers([])
    assert count == one_count > 4 and not skipped
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    last = list(read_records([tmp_path / "dask.jsonl"]))[-1]
    assert any(e.name == "Brotherhood of Glass" and (e.gid or "").startswith("user:") for e in last.entities)
    for name in ("one", "dask"):
        load([tmp_path / f"{name}.jsonl"], tmp_path / name, formats=["ttl"])
    assert (tmp_path / "dask" / "graph.ttl").read_bytes() == (tmp_path / "one" / "graph.ttl").read_bytes()


@pytest.mark.parametrize("scheduler, message", [
    ("local:none", "needs a number of workers"),
    ("tcp://127.0.0.1:9", "no Dask scheduler answers there"),
])
def test_no_cluster_is_one_clear_error_and_no_file(tmp_path, monkeypatch, scheduler, message):
    import graph.cluster
    from graph.cluster import extract_on_cluster

    monkeypatch.setattr(graph.cluster, "CONNECT_TIMEOUT", "2s")
    out = tmp_path / "r.jsonl"
    out.write_text("an earlier file\n")
    with pytest.raises(WarkgError, match=message):
        extract_on_cluster([DATA], out, scheduler)
    assert out.read_text() == "an earlier file\n"


def test_the_command_line_takes_a_scheduler(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "graph.cli", "extract", str(DATA), "-o", str(tmp_path / "r.jsonl"),
                           "--dask", "local:0"], capture_output=True, text=True)
    assert proc.returncode != 0 and "local:0" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "r.jsonl").exists()
