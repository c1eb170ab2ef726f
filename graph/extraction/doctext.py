"""The text of a Doc, computed once, and what its layout says: quotes and headline lines.

``Doc.text`` joins every token's text on each access; the extractors slice the text thousands of
times per article, which made this the largest cost of extraction after the model itself.
"""
import re

from spacy.tokens import Doc, Span, Token

from graph.dates import month_number
from graph.text import QUOTE_MARKS


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get("wk_text")
    if text is None:
        text = doc.user_data["wk_text"] = doc.text
    return text


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotes. Marks pair up within a paragraph whatever their
    direction (news text mixes “ ” and "), and a quote left open runs to the end of its paragraph."""
    quotes: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        marks = [pos + i for i, ch in enumerate(para) if ch in QUOTE_MARKS]
        for a, b in zip(marks[0::2], marks[1::2]):
            if b - a > 1:
                quotes.append((a + 1, b))
        if len(marks) % 2 == 1 and len(para.strip()) > 0:
            last = marks[-1]
            end = pos + len(para.rstrip())
            if end - last > 20:
                quotes.append((last + 1, end))
        pos += len(para) + 1
    return quotes


NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def is_headline(sent: Span) -> bool:
    """A title-case line ("Russia Stages Major Airstrike On Ukraine"): capitals say nothing there, and
    the small model parses such lines badly."""
    # ordinary words (no names, not the first word) are capitalised only in title case; the model
    # tags runs of title-case words as works of art or events, and those words count
    words = [t for t in sent[1:] if t.is_alpha and len(t) > 3 and not t.is_stop and t.ent_type_ not in NAME_LABELS]
    last = [t for t in sent if not t.is_space][-1:]
    if last and last[0].text == "." and len(sent) > 12:
        return False  # a long sentence ending in a full stop is prose, however many titles it names
    linked = any(t.like_url or "http" in t.lower_ or t.text.startswith("@") for t in sent)
    if _own_line(sent) and not (last and last[0].text in ".?!:\"”") and not linked:
        # a line of its own with no closing stop and no link (a title, a sub-heading; not a post's
        # credit line, not "X, Minister for the Middle East, said:") with every word capitalised: its
        # names count too, which the model runs into the verbs around them ("Jamie Dimon Slams Biden For ...")
        every = [t for t in sent[1:] if t.is_alpha and len(t) > 3 and not t.is_stop]
        if len(every) >= 3 and all(t.text[0].isupper() for t in every):
            return True
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.85 * len(words)


def is_title(sent: Span) -> bool:
    """The article's title: its first line, in sentence case or title case, or a title-case line."""
    return (sent.start == 0 and _own_line(sent)) or is_headline(sent)


def is_subheading_word(span: Span) -> bool:
    """A word that is a whole line by itself ("Background", "Aftermath" above a section of an encyclopaedic
    or explainer article): a heading, named by no word of its own."""
    words = [t for t in span.sent if not t.is_punct and not t.is_space]
    return len(words) == 1 and words[0].i == span.start and span.end - span.start == 1 and _own_line(span.sent)


def _own_line(sent: Span) -> bool:
    """The sentence is a whole line of the text."""
    doc = sent.doc
    before = doc[sent.start - 1] if sent.start > 0 else None
    starts = before is None or "\n" in before.text or "\n" in before.whitespace_
    last = sent[-1]
    ends = sent.end >= len(doc) or "\n" in last.text or "\n" in last.whitespace_ or "\n" in doc[sent.end].text
    return starts and ends


def line_break(tok: Token) -> bool:
    """Whitespace that ends a line: the break between paragraphs, titles and captions."""
    return tok.is_space and "\n" in tok.text


def sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent`` that has a word, over the sentences of white space a paragraph break makes; None
    at the start of the text."""
    doc, start = sent.doc, sent.start
    while start > 0:
        before = doc[start - 1].sent
        if any(t.is_alpha for t in before):
            return before
        start = before.start
    return None


def word_before(doc: Doc, i: int) -> Token | None:
    """The word before token ``i``, over a full stop the tokenizer split from it: "Capt" of "Capt",
    ".", as the default English tokenizer writes most military ranks (it keeps "Gen." whole)."""
    if i < 1:
        return None
    prev = doc[i - 1]
    return doc[i - 2] if prev.text == "." and i > 1 and not doc[i - 2].whitespace_ else prev


def strip_range(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    """``rng`` without the spaces, quote marks and clause punctuation at its ends."""
    a, b = rng
    while a < b and text[a] in " ,;:\n\"“”":
        a += 1
    while b > a and text[b - 1] in " ,;:.\n\"“”":
        b -= 1
    return a, b


DATELINE_DASHES = {"-", "—", "–", "--"}
DATELINE_TOKENS = 12  # how far into a paragraph a dateline's dash may be
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")  # a live page's entry opens with its time ("08:15 GMT - ...")


def dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a wire dateline that opens a paragraph ("KHARTOUM, Dec 19 (Reuters) -",
    "KYIV —", "May 13, 2025 -", "(Bangkok) –", a live page's "08:15 GMT -"): a place in capitals, then maybe a date and
    an agency in brackets, or a date alone, or a place in brackets, or a time, then a dash."""
    first = doc[start]
    word = first.text.replace("'", "").replace("’", "")  # ("N'DJAMENA, March 25 -")
    if not (word.isalpha() and word.isupper() and len(word) >= 3) and not opens_with_a_date(doc, start) \
            and not _bracketed_place(doc, start) and not CLOCK.match(first.text):  # (a live page's "08:15 GMT -")
        return None
    # (a place with its country and the agency run longer: "GOMA, Democratic Republic of Congo, Jan. 27,
    # 2025 (AP) —")
    reach = DATELINE_TOKENS + (6 if start + 1 < len(doc) and doc[start + 1].text == "," else 0)
    for tok in doc[start + 1:min(len(doc), start + reach)]:
        if tok.text in DATELINE_DASHES and (tok.text != "-" or doc[tok.i - 1].whitespace_ or tok.whitespace_):
            # a dash set apart, not a hyphen inside a name ("HTS leader Abu Mohammed al-Golani")
            return tok.i + 1 if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space else None
        if line_break(tok):
            return None
    return None


def _bracketed_place(doc: Doc, start: int) -> bool:
    """A place in brackets, as a rights group's release opens ("(Bangkok) –")."""
    close = next((t.i for t in doc[start + 1:min(len(doc), start + 5)] if t.text == ")"), None)
    return doc[start].text == "(" and close is not None and close > start + 1 \
        and all(t.text[:1].isupper() for t in doc[start + 1:close] if t.is_alpha)


def opens_with_a_date(doc: Doc, start: int) -> bool:
    """A month and a day, either way round ("May 13", "13 May")."""
    if start + 1 >= len(doc):
        return False
    first, second = doc[start], doc[start + 1]
    return bool((month_number(first.text) and second.like_num) or (first.like_num and month_number(second.text)))


def in_dateline(span: Span) -> bool:
    """The span is a place of a wire dateline that opens a paragraph, in capitals, before its first
    comma ("KYIV, May 7 (Reuters) -", "CAIRO/JERUSALEM, ..."): the small model tags such words as
    nouns or adverbs, but the dateline says they are where the story was filed."""
    sent = span.sent
    if not span.text.replace("/", "").replace(" ", "").isupper() or dateline_end(span.doc, sent.start) is None:
        return False
    comma = next((t.i for t in sent if t.text == ","), sent.end)
    return span.end <= comma


def timeline_date(sent: Span) -> str | None:
    """The date of a timeline's entry the sentence is part of: a paragraph that starts with a date alone and a
    dash ("Nov. 29 - Rebels entered Aleppo"), in a text where two paragraphs at least start so (one is a
    wire's dateline, the report's date)."""
    doc, start = sent.doc, sent.start
    para = _entry_start(sent)
    if para is None or para == start or (dateline_end(doc, para) or len(doc)) > start:
        return None  # (any sentence of the entry: "Dec. 7 - Rebels took Homs. Troops pulled out of Deir el-Zor.")
    dash = (dateline_end(doc, para) or para + 3) - 1  # (with its year: "March 2, 2022 - Russian forces capture Kherson")
    return doc[para:dash].text.strip(" ,")


def in_timeline_entry(sent: Span) -> bool:
    """Whether the sentence is part of a timeline's entry (its first sentence, with the date, too)."""
    return _entry_start(sent) is not None


def _entry_start(sent: Span) -> int | None:
    """Where the timeline entry the sentence is part of begins: its paragraph, when that opens with a date and a dash
    in a text where two paragraphs at least open so."""
    doc, start = sent.doc, sent.start
    para = next((k + 1 for k in range(start - 1, -1, -1) if line_break(doc[k])), 0)
    if not opens_with_a_date(doc, para) or dateline_end(doc, para) is None:
        return None
    entries = sum(1 for t in doc if (t.i == 0 or line_break(doc[t.i - 1]))
                  and opens_with_a_date(doc, t.i) and dateline_end(doc, t.i) is not None)
    return para if entries >= 2 else None


def sentence_words(sent: Span) -> list[Token]:
    """A sentence's tokens without spaces and quote marks: how it opens and ends, whatever quotes it."""
    return [t for t in sent if not t.is_space and t.text not in QUOTE_MARKS]


QUESTION_OPENERS = {"do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should", "has",
                    "have", "had", "may", "might", "shall"}


def asks_whether(sent: Span) -> bool:
    """A yes-no question ("Does the United States support an Israeli ground operation in Gaza?", "Matt, will Russia
    attack Kyiv?"): what it asks about is not told as done. A wh-question takes its event as known ("Why did Russia
    withdraw from Kherson?")."""
    words = sentence_words(sent)
    if len(words) < 3 or words[-1].text != "?":
        return False
    first = 2 if words[0].pos_ == "PROPN" and words[1].text == "," else 0  # (a name addressed: "Matt, does ...")
    return words[first].lower_ in QUESTION_OPENERS
