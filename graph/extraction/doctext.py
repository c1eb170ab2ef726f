"""The text of a Doc, computed once.

``Doc.text`` joins every token's text on each access; the extractors slice the text thousands of
times per article, which made this the largest cost of extraction after the model itself.
"""
from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get("wk_text")
    if text is None:
        text = doc.user_data["wk_text"] = doc.text
    return text
