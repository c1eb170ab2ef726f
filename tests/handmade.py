"""Docs written by hand, as the trained model would parse them, so that warkg's rules can be tested
without loading the model: one line per token, ``word POS dep head [lemma] [ENT]``.

``head`` is the index of the head token within its sentence (the root points at itself); the lemma
defaults to the lower-cased word (the word itself for proper nouns); ``ENT`` is a BIO tag such as
``B-GPE``; a field ``tag:VBZ`` sets the fine-grained tag (else one is derived from the POS). Sentences are separated by blank lines and joined with a space.
"""
from __future__ import annotations

from spacy.tokens import Doc

# two sentences several tests use: an event, and a claim
WITHDREW = """
Russian ADJ amod 1 russian B-NORP
forces NOUN nsubj 2 force
withdrew VERB ROOT 2 withdraw
from ADP prep 2
Kherson PROPN pobj 3 B-GPE
. PUNCT punct 2
"""
SAID = """
Volodymyr PROPN compound 1 B-PERSON
Zelensky PROPN nsubj 2 I-PERSON
said VERB ROOT 2 say
the DET det 4
city NOUN nsubj 5
was AUX ccomp 2 be
free ADJ acomp 5
. PUNCT punct 2
"""

TAGS = {"PROPN": "NNP", "NOUN": "NN", "VERB": "VBD", "AUX": "VBD", "ADJ": "JJ", "ADP": "IN", "DET": "DT",
        "PUNCT": ".", "CCONJ": "CC", "PRON": "PRP", "PART": "RB", "ADV": "RB", "NUM": "CD", "SCONJ": "IN"}


def hand_doc(vocab, table: str) -> Doc:
    words, spaces, pos, tags, lemmas, heads, deps, ents, starts = [], [], [], [], [], [], [], [], []
    for block in table.strip().split("\n\n"):
        offset = len(words)
        for n, line in enumerate(block.strip().splitlines()):
            fields = line.split()
            word, upos, dep, head = fields[0], fields[1], fields[2], int(fields[3])
            rest = [f for f in fields[4:] if not f.startswith("tag:")]
            tag = next((f[4:] for f in fields[4:] if f.startswith("tag:")), TAGS.get(upos, "XX"))
            ent = rest.pop() if rest and rest[-1][:2] in ("B-", "I-") else "O"
            lemma = rest[0] if rest else (word if upos == "PROPN" else word.lower())
            words.append(word)
            pos.append(upos)
            tags.append(tag)
            lemmas.append(lemma)
            heads.append(offset + head)
            deps.append(dep)
            ents.append(ent)
            starts.append(n == 0)
    for i in range(len(words)):  # a table is a tree: every word reaches a root (head = itself) without a cycle
        seen, k = set(), i
        while heads[k] != k:
            assert k not in seen, f"the hand-made parse has a cycle through {words[k]!r} (token {k - offset})"
            seen.add(k)
            k = heads[k]
    for i, word in enumerate(words):  # a space after every token but before punctuation
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in (".", ",", ";", ":", "'s", "\u201d") and word != "\u201c")
    return Doc(vocab, words=words, spaces=spaces, pos=pos, tags=tags, lemmas=lemmas, heads=heads, deps=deps,
               ents=ents, sent_starts=starts)


def run_components(nlp, doc: Doc) -> Doc:
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
