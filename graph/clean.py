"""Boilerplate removal: share prompts, teasers, ads, bylines, credits go before extraction.

The cleaned text has exactly the length of the input: removed characters are replaced by spaces
(newlines stay). Offsets found in the cleaned text are therefore offsets into the article as read,
with no mapping to keep, and nothing removed can ever become an entity. The patterns are data, in
``resources/boilerplate.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.resources import resource_lines

TEASER_LINE_MAX_WORDS = 20
CAPS_LINE_MAX_WORDS = 7
TEASER_SNIPPET_MAX_WORDS = 40
_BULLET = re.compile(r"^\s*([-–—•*·▪►>]|\d+[.)])\s")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")


@dataclass(frozen=True)
class Rule:
    kind: str
    scope: str  # line | header | inline
    pattern: re.Pattern


@dataclass(frozen=True)
class Cleaned:
    text: str  # same length as the input, boilerplate blanked out
    dropped: tuple[tuple[str, str], ...]  # (kind, removed text)


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    rules = []
    for fields in resource_lines("boilerplate.tsv"):
        kind, scope, pattern = fields[0], fields[1], fields[2]
        flags = 0 if kind == "byline" else re.IGNORECASE
        rules.append(Rule(kind, scope, re.compile(pattern, flags)))
    return tuple(rules)


def clean_text(text: str, title: str | None = None) -> Cleaned:
    """Blank out boilerplate lines and inline credits; keep offsets intact."""
    rules = load_rules()
    chars = list(text)
    dropped: list[tuple[str, str]] = []
    title_key = _key(title) if title else None
    in_teasers = False
    pos = 0
    lines = text.split("\n")
    related = _related_stories(lines)
    for lineno, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        kind = None
        if lineno in related:
            kind = "related story"
        elif lineno == 0 and title and _key(stripped) == title_key:
            in_teasers = False
        elif in_teasers and _is_teaser_item(stripped):
            kind = "teaser"
        else:
            in_teasers = False
            kind = _line_kind(stripped, rules)
            if kind is None and title_key and lineno > 0 and _key(stripped) == title_key:
                kind = "repeated title"
            if kind is None and _is_caps_header(stripped):
                kind = "section header"
            elif kind is None and lineno > 0 and _is_shouting(stripped):
                kind = "caps teaser"
            if kind == "teaser" and _matches_header(stripped, rules):
                in_teasers = True
        if kind == "end":
            # the article is over: the marker and everything after it go
            rest = text[start:].strip()
            dropped.append(("end", rest[:200]))
            _blank(chars, start, len(text))
            break
        if kind:
            dropped.append((kind, stripped))
            _blank(chars, start, end)
            continue
        for rule in rules:
            if rule.scope != "inline":
                continue
            current = "".join(chars[start:end])  # earlier inline rules may have blanked part of it
            for match in rule.pattern.finditer(current):
                if match.end() > match.start():
                    dropped.append((rule.kind, match.group(0).strip()))
                    _blank(chars, start + match.start(), start + match.end())
    return Cleaned("".join(chars), tuple(dropped))


def _related_stories(lines: list[str]) -> set[int]:
    """Another story's headline in title case below the first line, followed by its first words cut
    off with an ellipsis ("It Took 22 Years to Get to This Point" / "The Kremlin has offered ...
    Spokesman Dmitry..."): both lines go."""
    out: set[int] = set()
    filled = [n for n, line in enumerate(lines) if line.strip()]
    for here, nxt in zip(filled, filled[1:]):
        head, snippet = lines[here].strip(), lines[nxt].strip()
        if here > 0 and _is_title_case(head) and snippet.endswith(("...", "…")) \
                and len(snippet.split()) <= TEASER_SNIPPET_MAX_WORDS:
            out |= {here, nxt}
    return out


def _is_title_case(line: str) -> bool:
    """A headline: no final stop, and nearly every longer word capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", line) if len(w) > 3]
    return (len(words) >= 3 and not _SENTENCE_END.search(line)
            and sum(w[0].isupper() for w in words) >= 0.85 * len(words))


def _line_kind(line: str, rules: tuple[Rule, ...]) -> str | None:
    for rule in sorted(rules, key=lambda r: r.scope != "end"):  # an end marker wins over a line rule
        if rule.scope in ("line", "header", "end") and rule.pattern.search(line):
            return rule.kind
    return None


def _matches_header(line: str, rules: tuple[Rule, ...]) -> bool:
    return any(rule.scope == "header" and rule.pattern.search(line) for rule in rules)


def _is_teaser_item(line: str) -> bool:
    """A line in a teaser list: bulleted, or short and not a finished sentence."""
    if _BULLET.match(line):
        return True
    return len(line.split()) <= TEASER_LINE_MAX_WORDS and not _SENTENCE_END.search(line.rstrip("\\ "))


def _is_caps_header(line: str) -> bool:
    """A short all-capitals line such as "RUSSIA LATEST" or "READ MORE SUN STORIES"."""
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    return (2 <= len(words) <= CAPS_LINE_MAX_WORDS and len(letters) >= 6
            and all(c.isupper() for c in letters) and not _SENTENCE_END.search(line))


def _is_shouting(line: str) -> bool:
    """A whole line in capitals below the first ("TRUMP SAYS: HUNTER MAKES FORTUNE FROM SHADY DEALS!"):
    teasers and ads shout, report prose does not (the first line may be a title in capitals)."""
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    return len(words) >= 3 and len(letters) >= 10 and all(c.isupper() for c in letters)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())
