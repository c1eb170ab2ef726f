"""Which language an article is written in, so that non-English text is not read as English.

warkg's extractors and the trained pipeline are English; French, Ukrainian or Arabic text run through
them gives junk entities. py3langid (a maintained fork of langid.py, whose model ships inside the
package, so nothing is downloaded) names the language of the article's text; a build skips articles
it is sure are in another language (see :data:`MIN_CONFIDENCE`), with a warning.
"""
from __future__ import annotations

from functools import lru_cache

# Sure enough to skip: below this, text is kept (a list of place names or a two-word caption is
# often "Czech" or "Slovak" with low confidence; real French or Ukrainian prose scores above 0.95).
MIN_CONFIDENCE = 0.7
SAMPLE_CHARS = 20_000  # enough text to be sure; more only costs time
ENGLISH = "en"


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the language of ``text``."""
    code, prob = _identifier().classify(text[:SAMPLE_CHARS])
    return str(code), float(prob)


def other_language(text: str) -> str | None:
    """The code of the language ``text`` is written in when that is surely not English, else None."""
    code, prob = detect_language(text)
    return code if code != ENGLISH and prob >= MIN_CONFIDENCE else None
