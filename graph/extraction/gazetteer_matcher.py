"""Where the gazetteer's names occur in a Doc, found by spaCy's PhraseMatcher.

Names are compared by :func:`graph.text.name_key` (case, punctuation, diacritics and a possessive
do not count) or, for people and towns, by :func:`graph.text.translit_key`. Both keys are made word
by word, so a Doc is matched through its *key words*: every token's key split into words, tokens
without one (punctuation) left out. Two PhraseMatchers, built once per process from the
gazetteer's tables, hold every name key and every transliteration key as a phrase of key words; a
match that starts at a token's first key word and ends at a token's last one is a span of the Doc
whose text has that key, which is exactly what a lookup of the span's text would find.

Building the matchers takes about 3.5 s (making 180,000 phrase Docs); loading them back takes 0.5 s.
So the built matchers are kept in the user's cache folder (``$XDG_CACHE_HOME/warkg`` or
``~/.cache/warkg``; ``WARKG_CACHE_DIR`` moves it, ``WARKG_CACHE_DIR=off`` turns it off), under a
name made from the gazetteer's keys and the spaCy version, so a changed gazetteer gets its own; a
cache that cannot be read or written is ignored (the matchers are then built).
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.gazetteer import Gazetteer
from graph.text import name_key, translit_key


class GazetteerMatcher:
    def __init__(self, gaz: Gazetteer, built: tuple | None = None):
        self.gaz = gaz
        if built is not None:
            self.vocab, self.names, self.variants = built
            return
        self.vocab = Vocab()  # its own: the key words are not the text's words
        self.names = PhraseMatcher(self.vocab)
        self.names.add("NAME", [self._phrase(key) for key in gaz.by_key])
        self.variants = PhraseMatcher(self.vocab)
        self.variants.add("VARIANT", [self._phrase(key) for key in gaz.by_translit])

    def _phrase(self, key: str) -> Doc:
        words = key.split(" ")
        return Doc(self.vocab, words=words, spaces=[False] * len(words))  # given spaces: twice as fast to make

    def spans(self, doc: Doc) -> dict[tuple[int, int], tuple[str | None, str | None]]:
        """(start, end) token range -> (name key, transliteration key), each None when the gazetteer
        has no such name. A range may also end after tokens without a key (a name's key is the
        same with them)."""
        words: list[str] = []
        owner: list[int] = []  # the token of each key word
        starts_token: list[bool] = []
        keys = [name_key(tok.text) for tok in doc]  # each token's key, once
        for i, key in enumerate(keys):
            for n, word in enumerate(key.split()):
                words.append(word)
                owner.append(i)
                starts_token.append(n == 0)
        if not words:
            return {}
        ends_token = [k == len(words) - 1 or owner[k + 1] != owner[k] for k in range(len(words))]
        found: dict[tuple[int, int], list[str | None]] = {}
        key_doc = Doc(self.vocab, words=words)
        variant_doc = Doc(self.vocab, words=[translit_key(w, w) for w in words])
        for slot, (matcher, kdoc) in enumerate(((self.names, key_doc), (self.variants, variant_doc))):
            for _, s, e in matcher(kdoc):
                if starts_token[s] and ends_token[e - 1]:
                    key = " ".join(t.text for t in kdoc[s:e])
                    start, end = owner[s], owner[e - 1] + 1
                    while True:  # the same key with keyless tokens after it ("$", a lone symbol)
                        found.setdefault((start, end), [None, None])[slot] = key
                        if end >= len(doc) or keys[end]:
                            break
                        end += 1
        return {span: (keys[0], keys[1]) for span, keys in found.items()}


_BUILT: dict[int, GazetteerMatcher] = {}


def gazetteer_matcher(gaz: Gazetteer) -> GazetteerMatcher:
    """The matcher of a gazetteer: once per process, from the cache folder when it holds it."""
    matcher = _BUILT.get(id(gaz))
    if matcher is None or matcher.gaz is not gaz:
        matcher = _BUILT[id(gaz)] = _cached(gaz)
    return matcher


KEEP_CACHED = 4  # matchers of this many gazetteers (the built-in one with or without user rows) stay cached


def cache_folder() -> Path | None:
    where = os.environ.get("WARKG_CACHE_DIR")
    if where == "off":
        return None
    if where:
        return Path(where)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "warkg"


def _cached(gaz: Gazetteer) -> GazetteerMatcher:
    folder = cache_folder()
    if folder is None:
        return GazetteerMatcher(gaz)
    digest = hashlib.sha256("\n".join(gaz.by_key).encode() + b"\0" + "\n".join(gaz.by_translit).encode())
    path = folder / f"gazetteer-matcher-{spacy.__version__}-{digest.hexdigest()[:16]}.pickle"
    try:
        with open(path, "rb") as handle:
            found = GazetteerMatcher(gaz, built=pickle.load(handle))
        os.utime(path)  # recently used: kept when older ones go
        return found
    except Exception:  # noqa: BLE001 - missing, unreadable or stale: built instead
        pass
    matcher = GazetteerMatcher(gaz)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as handle:
            pickle.dump((matcher.vocab, matcher.names, matcher.variants), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        # the few gazetteers used last stay (with a user gazetteer and without, one build after the
        # other, each would otherwise throw the other's away and be built again: 7 s on 2 cores)
        kept = sorted(folder.glob("gazetteer-matcher-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP_CACHED:]:
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a read-only home, a full disk: built again next time
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
    return matcher
