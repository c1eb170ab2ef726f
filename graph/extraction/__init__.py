"""Everything that touches spaCy: the pipeline, its components, and Doc -> records.

Nothing outside this package imports spaCy, so commands that need no model stay fast.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator

from graph.clean import clean_text
from graph.records import Article, ArticleRecord

DEFAULT_BATCH_SIZE = 32  # measured: 32 beats 256 and 1000 on real news (DESIGN.md section 5)

OnError = Callable[[Article, str], None]


def load_pipeline(model: str | None = None, **config):
    """warkg's whole extraction as one spaCy pipeline: the trained model (``model``, else the default
    of :mod:`graph.extraction.model`) with ``warkg_paragraphs`` before its parser, ``warkg_parse_repairs``
    right after it, and ``warkg_mentions``, ``warkg_claims`` and ``warkg_events`` after all. ``config`` maps a component
    name to settings of its factory (``{"warkg_mentions": {"theatre": ["SD"]}}``).

    For example ``nlp = load_pipeline()``, ``doc = nlp(text)``, then ``doc._.wk_claims`` (dicts
    with ``speaker``, ``verb``, ``content``...) and ``doc.spans["wk_mentions"]``.

    ``warkg build`` runs the same components (parse and extraction apart, see
    :mod:`graph.extraction.parse`)."""
    import graph.extraction.components  # noqa: F401 - registers the factories
    from graph.extraction.components import EXTRACTORS
    from graph.extraction.model import load_model

    unknown = set(config) - {"warkg_paragraphs", "warkg_parse_repairs", *EXTRACTORS}
    if unknown:
        raise ValueError(f"no warkg component named {', '.join(sorted(unknown))}")
    nlp = load_model(model)
    nlp.add_pipe("warkg_paragraphs", before="parser")
    nlp.add_pipe("warkg_parse_repairs", after="parser")
    for name in EXTRACTORS:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


def extract_records(articles: Iterable[Article], *, batch_size: int = DEFAULT_BATCH_SIZE, jobs: int = 0,
                    on_error: OnError | None = None, model: str | None = None, pool=None,
                    total: int | None = None) -> Iterator[ArticleRecord]:
    """One record per article, in input order, streaming: articles are cleaned as they are read, parsed
    in batches (here, or in ``jobs`` parser processes, or in a started
    :class:`~graph.extraction.parse.ParserPool`), run through warkg's extractors and released.

    ``total`` (how many articles to expect, if known) lets a pool shorten the last batches.
    An article that breaks parsing or extraction goes to ``on_error(article, message)`` and is left
    out (without ``on_error`` the error is raised).
    """
    from graph.extraction.parse import parse

    if pool is not None:
        model = pool.model

    def texts():
        for article in articles:
            cleaned = clean_text(article.text, article.title)
            yield cleaned.text, (article, tuple(f"{kind}: {text}" for kind, text in cleaned.dropped))

    parsed = pool.parse(texts(), batch_size, total) if pool is not None else parse(texts(), jobs=jobs, batch_size=batch_size,
                                                                            model=model)
    # spaCy, the extractors and the model's meta are loaded once a pool is reading the texts, not before
    from graph.extraction.convert import doc_to_record
    from graph.extraction.components import annotate
    from graph.extraction.model import model_label

    label = model_label(model)  # recorded on every article: which pipeline read it
    for doc, (article, dropped), error in parsed:
        article = dataclasses.replace(article, model=label)
        record = None
        if error is None:
            try:
                record = doc_to_record(annotate(doc), article, dropped)
            except Exception as err:  # noqa: BLE001 - reported for this article, the others go on
                error = f"{type(err).__name__}: {err}"
        if record is not None:
            yield record
            continue
        if on_error is None:
            raise RuntimeError(f"{article.source}: extraction failed ({error})")
        on_error(article, error)
