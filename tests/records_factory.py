"""Hand-made records for tests that must not depend on the language model."""
from __future__ import annotations

from graph.records import Article, ArticleRecord, Claim, Entity, Event, Evidence, Mention

TEXT_A = ("Russian troops withdrew from Kherson on Friday. Zelensky said Kherson was free again. "
          "The Ukrainian military said its units entered the city.")
TEXT_B = "Zelenskyy visited Kherson. Volodymyr Zelenskyy thanked the Armed Forces of Ukraine."


def record_a() -> ArticleRecord:
    art = Article(id="a-1", text=TEXT_A, title=None, published="2022-11-12", publisher="Test Wire", source="a-1.txt")
    entities = (
        Entity(key="actor:russian-armed-forces", kind="MilitaryUnit", name="Russian Armed Forces",
               names=("Russian troops",), gid="actor:russian-armed-forces"),
        Entity(key="geonames:706448", kind="Place", name="Kherson", names=("Kherson",), gid="geonames:706448"),
        Entity(key="actor:volodymyr-zelenskyy", kind="Person", name="Volodymyr Zelenskyy", names=("Zelensky",),
               gid="actor:volodymyr-zelenskyy"),
        Entity(key="actor:armed-forces-of-ukraine", kind="MilitaryUnit", name="Armed Forces of Ukraine",
               names=("Ukrainian military",), gid="actor:armed-forces-of-ukraine"),
    )
    s1 = TEXT_A.index("Zelensky")
    mentions = (
        Mention("actor:russian-armed-forces", "Russian troops", 0, 14, "Russian troops withdrew from Kherson on Friday."),
        Mention("geonames:706448", "Kherson", 29, 36, "Russian troops withdrew from Kherson on Friday."),
        Mention("actor:volodymyr-zelenskyy", "Zelensky", s1, s1 + 8, "Zelensky said Kherson was free again."),
        Mention("actor:armed-forces-of-ukraine", "Ukrainian military", TEXT_A.index("Ukrainian military"),
                TEXT_A.index("Ukrainian military") + 18, "The Ukrainian military said its units entered the city."),
    )
    claim_ev = Evidence(start=s1, end=s1 + 37, sentence="Zelensky said Kherson was free again.", trigger="said")
    claims = (Claim(speaker="actor:volodymyr-zelenskyy", text="Kherson was free again", verb="said",
                    evidence=(claim_ev,), date="2022-11-12", about=("geonames:706448",)),)
    ev = Evidence(start=0, end=36, sentence="Russian troops withdrew from Kherson on Friday.", trigger="withdrew")
    events = (Event(type="Withdrawal", places=("geonames:706448",), agents=("actor:russian-armed-forces",),
                    evidence=(ev,), framings=("withdraw",), date="2022-11-11", date_text="on Friday"),
              Event(type="ControlChange", places=("geonames:706448",), agents=(), evidence=(ev,), modality="Planned"))
    return ArticleRecord(article=art, entities=entities, mentions=mentions, claims=claims, events=events)


def record_b() -> ArticleRecord:
    art = Article(id="b 2", text=TEXT_B, title="Visit", published="2022-11-14", source="b.jsonl:1")
    entities = (
        Entity(key="actor:volodymyr-zelenskyy", kind="Person", name="Volodymyr Zelenskyy",
               names=("Zelenskyy", "Volodymyr Zelenskyy"), gid="actor:volodymyr-zelenskyy"),
        Entity(key="geonames:706448", kind="Place", name="Kherson", names=("Kherson",), gid="geonames:706448"),
        Entity(key="person:oleh doe", kind="Person", name="Oleh Doe", names=("Oleh Doe",)),
    )
    mentions = (
        Mention("actor:volodymyr-zelenskyy", "Zelenskyy", 0, 9, "Zelenskyy visited Kherson."),
        Mention("geonames:706448", "Kherson", 18, 25, "Zelenskyy visited Kherson."),
        Mention("person:oleh doe", "Oleh Doe", 27, 35, "Volodymyr Zelenskyy thanked the Armed Forces of Ukraine."),
    )
    return ArticleRecord(article=art, entities=entities, mentions=mentions)
