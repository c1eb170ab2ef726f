"""The ``warkg`` command: a thin layer over the library.

Every command is a library call that tests can make directly. Commands that need no language model
import neither spaCy nor the extraction package. Errors a user can act on print one line
(``error: <file>: <problem>``) and exit with status 2; a graph that fails validation exits with 1.
"""
import sys
from pathlib import Path
from typing import List, Optional

import typer

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


@app.command()
def build(
    inputs: List[Path] = typer.Argument(..., help="Article files and folders: .txt, .md, .html, .jsonl "
                                                  "(a folder may hold a metadata.jsonl manifest)."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Output folder for graph.ttl and graph.html."),
    html: bool = typer.Option(True, "--html/--no-html", help="Also write the interactive network graph.html."),
    validate: bool = typer.Option(True, "--validate/--no-validate", help="Check the graph against the SHACL shapes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
) -> None:
    """Build the knowledge graph of some articles: writes graph.ttl (canonical Turtle, ontology merged
    in) and graph.html, validates the graph, and prints a summary."""
    from graph.pipeline import build as run_build
    from graph.progress import progress_factory

    result = run_build([str(p) for p in inputs], out, html=html, validate=validate,
                       warn=lambda m: _echo_err(f"warning: {m}"), progress_factory=progress_factory(quiet))
    if not quiet:
        typer.echo("\n".join(result.summary_lines()))
    if result.report is not None and not result.report.conforms:
        _echo_err("\n".join(result.report.summary()))
        raise typer.Exit(EXIT_INVALID)


@app.command("validate")
def validate_cmd(
    graph_file: Path = typer.Argument(..., metavar="GRAPH", help="A graph file (.ttl, .nt, .jsonld, .trig...)."),
    limit: int = typer.Option(20, help="How many problems to list."),
) -> None:
    """Check a graph against the warkg SHACL shapes; exit 1 when it does not conform."""
    from graph.query import load_graph
    from graph.validate import validate_graph

    report = validate_graph(load_graph(graph_file))
    typer.echo("\n".join(report.summary(limit)))
    if not report.conforms:
        raise typer.Exit(EXIT_INVALID)


@app.command()
def query(
    graph_file: Path = typer.Argument(..., metavar="GRAPH", help="A graph file (.ttl, .nt, .jsonld, .trig...)."),
    sparql: str = typer.Argument(..., metavar="QUERY", help="SPARQL text, or a .rq file. Prefixes wk:, place:, "
                                                             "claim:, rdfs:, prov:, skos:... are bound already."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv or json for SELECT; turtle, nt or "
                                                             "json-ld for CONSTRUCT/DESCRIBE."),
) -> None:
    """Run a SPARQL query over a graph and print the result (an aligned table by default)."""
    from graph.query import format_select, load_graph, read_query, run_query

    text = read_query(sparql)
    result = run_query(load_graph(graph_file), text)
    if result.type == "SELECT":
        typer.echo(format_select(result, fmt).rstrip("\n"))
    elif result.type == "ASK":
        typer.echo("yes" if result.askAnswer else "no")
    else:
        rdf_format = {"table": "turtle", "ttl": "turtle", "jsonld": "json-ld"}.get(fmt, fmt)
        typer.echo(result.serialize(format=rdf_format).decode("utf-8").rstrip("\n"))


def main() -> None:
    """Console entry point: run the app, turning user errors into one line and a non-zero exit."""
    from graph.errors import WarkgError

    try:
        app()
    except WarkgError as err:
        _echo_err(f"error: {err}")
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        _echo_err("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
