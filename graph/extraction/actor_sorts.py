"""The sorts of actor the gazetteer's actor kinds make, and whether an entity is of the sort a description
names ("the rebels", "the ministry", "the alliance"): what :class:`graph.extraction.descriptions.DescriptionResolver`
and the pronoun rules match a description against."""
from __future__ import annotations

from graph.cues import Cues
from graph.extraction.entities import EntityInfo
from graph.gazetteer import ARMED_GROUP_KINDS
from graph.text import head_word

REBEL_KINDS = ARMED_GROUP_KINDS - {"private military company", "paramilitary"}  # what "the rebels" may stand for
# actor kinds of the gazetteer that "the group" may stand for (not a ministry, a service or an army); not
# records.GROUP_KINDS, the entity kinds a group pronoun may stand for
GROUP_ACTOR_KINDS = ARMED_GROUP_KINDS | {"OSINT group", "political party", "NGO", "investigative group",
                                         "humanitarian organisation", "coalition", "think tank", "unit"}
BUILDINGS = {"hotel", "mall", "market", "restaurant", "cafe"}  # a name the model takes for a body's, no group's
# what "the alliance" or "the bloc" may stand for besides a body with one of these words in a name ("the
# Kurdish-led alliance" is the SDF, a militia alliance, never the Islamic State named before)
ALLIANCE_KINDS = {"coalition", "militia alliance"}
ALLIANCE_WORDS = {"alliance", "coalition", "bloc", "union", "league", "front"}


def fits_description(info: EntityInfo, what: str, cues: Cues) -> bool:
    """Whether an entity is of the sort a description's anaphor value names ("ministry", "rebels", ...)."""
    kind = info.entry.actor_kind if info.entry else None
    name = info.name.lower()
    if what == "ministry":
        return info.kind == "Organization" and (kind == "ministry" or "ministry" in name or "department" in name)
    if what == "thinktank":
        return info.kind == "Organization" and (kind == "think tank" or "institute" in name)
    if what == "governing":
        return info.kind == "Organization" and (kind == "government" or "government" in name)
    if what == "policing":
        return info.kind == "Organization" and kind == "police"
    if what == "alliance":  # "the alliance", "the bloc": a coalition or alliance, by its kind or one of its names
        # (by a name's head word: not the "Union" of "Republic of the Union of Myanmar military")
        names = [info.name, *(info.entry.aliases if info.entry else ())]
        return info.kind in ("Organization", "MilitaryUnit") and (
            kind in ALLIANCE_KINDS or any(head_word(n.lower().split()) in ALLIANCE_WORDS for n in names))
    if what == "media":
        return info.kind == "Organization" and kind == "media"
    if what == "rebels":  # "the rebels also captured ...": the armed group the article named
        return kind in REBEL_KINDS
    if what == "aid":  # "the aid group", "the rights group": a humanitarian body or an NGO, never the armed group
        return info.kind == "Organization" and kind in (None, "humanitarian organisation", "NGO")
    if what == "armed group":  # "the Iran-aligned group": one a state backs is armed, never a firm or an NGO (a
        # name the gazetteer lacks is one by a group's or forces' word: "the Dushani Front", not "Trafigura")
        return kind in ARMED_GROUP_KINDS or (info.entry is None and info.kind in ("Organization", "MilitaryUnit") and any(
            w in cues.group_nouns | cues.armed_bands | cues.forces_nouns for w in name.split()))
    if what == "group":  # a group named ("the group's armed wing"): no state's institution, no hotel's name
        return info.kind in ("Organization", "MilitaryUnit") and (kind is None or kind in GROUP_ACTOR_KINDS) \
            and name.split()[-1] not in cues.venue_heads and name.split()[-1] not in BUILDINGS
    return info.kind == what
