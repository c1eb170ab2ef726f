"""Groups a phrase names through another name: the body an "X-led" modifier or a "led by X" phrase names ("HTS-led
rebels", "rebels led by Hayat Tahrir al-Sham"), the name a group goes by ("a militia known as the White Army"), and the
member a plural names ("groups such as X"); mixed into the reference resolver, whose ``key_at``, ``entities`` and
``kind`` it reads."""
from __future__ import annotations

from spacy.tokens import Token

RULING = {"led", "run", "controlled", "administered"}  # "HTS-led rebels", "the Houthi-run ministry"


class GroupNames:
    """Groups named through a leader, an alias or a member (see the module)."""

    def leader(self, modifier: Token) -> str | None:
        """The body an "X-led" modifier names ("HTS-led rebels captured the city", "Hamas-led fighters
        attacked"): the group that leads is the one acting; so is the group that runs a body ("the Houthi-run health
        ministry said"). Organisations and units only: a "Saudi-led" or "US-led" coalition is not that state."""
        if modifier.lower_ not in RULING or modifier.i < 2 or modifier.nbor(-1).text not in ("-", "\u2010"):
            return None
        key = self.key_at.get(modifier.i - 2)
        return key if key is not None and self.entities[key].kind in ("Organization", "MilitaryUnit") else None

    def led_by(self, tok: Token) -> str | None:
        """The body that leads a group ("rebels led by Hayat Tahrir al-Sham", as "HTS-led rebels"), or
        whose name it goes by ("a militia known as the White Army"; not one a possessive owns, whose
        local name may be another group's: "Islamic State's Mozambique branch, known locally as al-Shabab")."""
        names = ("lead",) if any(c.dep_ == "poss" for c in tok.children) else ("lead", "know", "call")
        for acl in tok.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in names and acl.tag_ == "VBN":
                for by in (c for c in acl.children if (c.dep_ == "agent") == (acl.lemma_.lower() == "lead")
                           and c.lower_ in ("by", "as")):
                    # (or the name apposed to the noun: "led by the Islamist group Hayat Tahrir al-Sham")
                    key = next((self.key_at[n.i] for c in by.children if c.dep_ == "pobj"
                                for n in [c, *(a for a in c.children if a.dep_ == "appos")] if n.i in self.key_at), None)
                    if key is not None and self.kind(key) in ("Organization", "MilitaryUnit"):
                        return key
        return None

    def named_member(self, tok: Token) -> Token | None:
        """X in "groups such as X", "outlets like X", "bodies including X" (a common plural noun): X says it."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
            return None
        for prep in tok.children:
            if prep.dep_ != "prep":
                continue
            such = prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such"
            if such or prep.lower_ in ("like", "including"):
                # (not a place the parser hung there: "The militants have regained several towns, including X")
                return next((c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.i in self.key_at)
                             and self.kind(self.key_at.get(c.i)) != "Place"), None)
        return None
