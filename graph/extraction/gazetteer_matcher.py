"""Where the gazetteer's names occur in a Doc, found by spaCy's PhraseMatcher.

Names are compared by :func:`graph.text.name_key` (case, punctuation, diacritics and a possessive
do not count) or, for people and towns, by :func:`graph.text.translit_key`. Both keys are made word
by word, so a Doc is matched through its *key words*: every token's key split into words, tokens
without one (punctuation) left out. Two PhraseMatchers, built once per process from the
gazetteer's tables, hold every name key and every transliteration key as a phrase of key words; a
match that starts at a token's first key word and ends at a token's last one is a span of the Doc
whose text has that key, which is exactly what a lookup of the span's text would find.
"""
from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.gazetteer import Gazetteer
from graph.text import name_key, translit_key


class GazetteerMatcher:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
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
        for tok in doc:
            for n, word in enumerate(name_key(tok.text).split()):
                words.append(word)
                owner.append(tok.i)
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
                        if end >= len(doc) or name_key(doc[end].text):
                            break
                        end += 1
        return {span: (keys[0], keys[1]) for span, keys in found.items()}


_BUILT: dict[int, GazetteerMatcher] = {}


def gazetteer_matcher(gaz: Gazetteer) -> GazetteerMatcher:
    """The matcher of a gazetteer, built once per process (about three seconds for the built-in one)."""
    matcher = _BUILT.get(id(gaz))
    if matcher is None or matcher.gaz is not gaz:
        matcher = _BUILT[id(gaz)] = GazetteerMatcher(gaz)
    return matcher
