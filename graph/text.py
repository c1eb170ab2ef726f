"""Name normalisation shared by the gazetteer, extraction, resolution and IRI minting.

``name_key`` is how two names are compared: case, punctuation, diacritics, a possessive ``'s`` and a
leading "the" do not count ("the Ukraine's Ministry of Defense" == "Ukraine Ministry of Defense").
``translit_key`` also forgives the spelling variants of transliterated Slavic names
(Zelensky/Zelenskyy/Zelenskiy/Selenskyj, Izium/Izyum, Oleksii/Oleksiy, Lavrov/Ławrow, Peskov/Pieskow)
and the izafe of Persian and Urdu names (Mazar-i-Sharif/Mazar-e Sharif), and is used for people and
places only. ``name_keys`` are the look-up keys a graph stores per entity.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

QUOTE_MARKS = frozenset("\"“”«»„")  # the double quotation marks news text uses, in either direction


def nickname_free(name: str) -> bool:
    """Whether a name is written without a nickname in quotes ("John “J.D.” Dorrian" is not): such a
    name is kept as another name, never chosen as the label."""
    return not any(ch in QUOTE_MARKS for ch in name)


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_TRANSLIT = [
    # the Persian and Urdu "of" (izafe) between the words of a name: Mazar-i-Sharif / Mazar-e Sharif
    (re.compile(r"\bi\b"), "e"),
    # Polish and German spellings of Russian and Ukrainian names: Ławrow, Pieskow, Szojgu, Selenskyj
    (re.compile(r"ł"), "l"),
    (re.compile(r"sz"), "sh"),
    (re.compile(r"cz"), "ch"),
    (re.compile(r"(?<=[^aeiou\s])ie(?=[a-z]*(?:ow|ew)\b|w\b)"), "e"),  # Pieskow -> Peskow, Miedwiediew -> Medwedew
    (re.compile(r"w"), "v"),  # Ławrow -> Lavrov, Medwedew -> Medvedev
    (re.compile(r"(?<=[aeiou])j(?=[^aeiou\s])"), "i"),  # Szojgu -> Shoigu
    (re.compile(r"\bsel(?=ensk)"), "zel"),  # German Selenskyj -> Zelensky
    (re.compile(r"yj\b"), "y"),
    (re.compile(r"(?:iy|yy|yi|ij|ii|iі)\b"), "y"),  # Zelenskiy / Zelenskyy / Zelenskyi -> Zelensky
    (re.compile(r"(?<=[a-z])i\b"), "y"),  # Dmitri -> Dmitry, Sergei -> Sergey
    (re.compile(r"[iy]([aeou])"), r"y\1"),  # Izium/Izyum, Oleksiy/Oleksii (after the rule above)
    (re.compile(r"(?<=[^aeiou\s])j(?=[aeiou])"), "y"),  # Kijev -> Kiyev
    (re.compile(r"kh"), "h"),
    (re.compile(r"([a-z])\1"), r"\1"),  # doubled letters
    (re.compile(r"['‘’ʿʾ`]"), ""),  # apostrophes, and the marks of the Arabic ayn and hamza: ‘Ayn ‘Isa / Ayn Issa
    (re.compile(r"(?<=[a-z]{3})ah\b"), "a"),  # the Arabic feminine ending: Jablah / Jabla, Raqqah / Raqqa
    # the Arabic article inside a name as said before a sun letter, and as written: Salah ad Din / Salah al-Din,
    # Dayr az Zawr / Dayr al-Zawr (not the colloquial "el", under which GeoNames lists other towns: the Turkish
    # twin of Ras al-Ayn is "Rass-el-Ain")
    (re.compile(r"(?<=\w )(?:ad|ed|ud|ul|ar|er|as|es|ash|esh|az|ez|ath|adh|an|en|at|et)(?= \w)"), "al"),
    # the Arabic "monastery" that opens place names, as English news and GeoNames write it: Deir al-Balah / Dayr al Balah
    (re.compile(r"\b(?:deir|dair|deyr)\b"), "dayr"),
]


# characters XML 1.0 cannot carry at all, not even as references (C0 controls but tab, LF, CR; FFFE/FFFF,
# lone surrogates): exports and query results in XML refuse or replace them
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_POSSESSIVE = re.compile(r"'s\b")
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Strip diacritics and unify apostrophes (Erdoğan -> Erdogan, Kup’yansk -> Kup'yansk)."""
    if text.isascii():
        return text.replace("`", "'")
    text = text.translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """The comparison key of a name (lower case, no punctuation, no possessive, no leading "the")."""
    text = _NON_WORD.sub(" ", _POSSESSIVE.sub("", fold(text).lower())).strip()
    return text[4:] if text.startswith("the ") else text


def name_keys(name: str) -> list[str]:
    """The keys under which a query finds an entity by this name (``wk:nameKey``): the name's
    :func:`name_key` and every run of its last words ("volodymyr zelensky", "zelensky"), so that a
    look-up by any name, in any case, or by a surname is one exact index hit."""
    words = name_key(name).split()
    return [" ".join(words[i:]) for i in range(len(words))]


def translit_key(text: str, key: str | None = None) -> str:
    """A looser key that merges common transliteration variants of the same name.

    ``key`` may pass the name's :func:`name_key` when the caller has it already.
    """
    key = name_key(text) if key is None else key
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key


GENERATIONAL_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# the small words inside a person's family name ("Staffan de Mistura", "Ursula von der Leyen", "Osama bin
# Laden", "Khalil al-Hayya")
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
                            "al", "el", "bin", "ibn", "la", "le"})


def family_name(name: str) -> str:
    """The last word of a person's full name that is no generational suffix ("Kennedy" of "Robert F.
    Kennedy Jr.")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in GENERATIONAL_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


_ARABIC_ARTICLE = re.compile(r"^(?i:al|el|ad|an|ar|as|ash|at|az)[-‑](?=[A-Z])")  # (the name after it capitalised)


def family_names(name: str) -> tuple[str, ...]:
    """The family name of a person's full name, and the same without an Arabic article: "al-Burhan" and
    "Burhan" of "Abdel Fattah al-Burhan" (news writes both)."""
    last = family_name(name)
    bare = _ARABIC_ARTICLE.sub("", last)
    return (last, bare) if bare != last else (last,)


def slugify(text: str, max_len: int = 80) -> str:
    """A readable IRI segment: ASCII lower case words joined by hyphens; a hash when nothing is left."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"'", "", ascii_text.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:max_len].strip("-")
    return slug or "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def squash_space(text: str) -> str:
    """Collapse runs of white space (blanked boilerplate, line breaks) into single spaces."""
    return " ".join(text.split())


_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")


def is_acronym(word: str) -> bool:
    """Two to six capitals, perhaps a plural s: "RSF", "IDF", "NGOs"."""
    return bool(_ACRONYM.match(word))


def head_word(words: list[str]) -> str:
    """The head word of a name given as lower-case words: its last, or the last before "of" or "for" ("Rapid Support
    Forces of Sudan", "Observatory for Human Rights", "League of Arab States")."""
    before_of = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
    return words[max(0, before_of - 1)] if words else ""
