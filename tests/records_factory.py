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


def _ev(text: str, start: int, trigger: str | None = None, claim: int | None = None, framing: str | None = None):
    return Evidence(start=start, end=start + len(text), sentence=text, trigger=trigger, claim=claim, framing=framing)


def fixture_records() -> list[ArticleRecord]:
    """Three small articles that exercise every named query (see tests/test_queries.py)."""
    gid = {"ru": "actor:russian-armed-forces", "ua": "actor:armed-forces-of-ukraine", "mod": "actor:ministry-of-defence-of-russia",
           "izium": "geonames:707292", "kup": "geonames:703656", "kyiv": "geonames:703448",
           "brig": "actor:93rd-mechanized-brigade", "zel": "actor:volodymyr-zelenskyy"}
    s1 = "The Russian defence ministry said troops were regrouping from Izium."
    s2 = "Ukraine's army said Russian units retreated from Izium in panic."
    s3 = "The 93rd Mechanized Brigade recaptured Kupiansk on Friday, Zelensky said."
    one = ArticleRecord(
        article=Article(id="fx-1", text=f"{s1} {s2}", title="Izium", published="2022-09-10", publisher="Wire A"),
        entities=(
            Entity("mod", "Organization", "Ministry of Defence of Russia", ("Russian defence ministry",), gid["mod"]),
            Entity("ru", "MilitaryUnit", "Russian Armed Forces", ("Russian units",), gid["ru"]),
            Entity("ua", "MilitaryUnit", "Armed Forces of Ukraine", ("Ukraine's army",), gid["ua"]),
            Entity("izium", "Place", "Izium", ("Izium",), gid["izium"]),
        ),
        mentions=(Mention("mod", "Russian defence ministry", 4, 28, s1), Mention("izium", "Izium", 63, 68, s1),
                  Mention("ua", "Ukraine's army", len(s1) + 1, len(s1) + 15, s2),
                  Mention("ru", "Russian units", len(s1) + 21, len(s1) + 34, s2)),
        claims=(Claim("mod", "troops were regrouping from Izium", "said", (_ev(s1, 0, "said"),), "2022-09-10"),
                Claim("ua", "Russian units retreated from Izium in panic", "said", (_ev(s2, len(s1) + 1, "said"),),
                      "2022-09-10", about=("ru", "izium"))),
        events=(Event("Withdrawal", ("izium",), ("ru",), (_ev(s1, 0, "regrouping", 0, "regroup"),
                                                           _ev(s2, len(s1) + 1, "retreated", 1, "retreat")),
                      framings=("regroup", "retreat"), claims=(0, 1)),),
    )
    two = ArticleRecord(
        article=Article(id="fx-2", text=s3, title="Kupiansk", published="2022-09-11", publisher="Wire B"),
        entities=(
            Entity("brig", "MilitaryUnit", "93rd Mechanized Brigade", ("93rd Mechanized Brigade",), gid["brig"]),
            Entity("kup", "Place", "Kupiansk", ("Kupiansk",), gid["kup"]),
            Entity("zel", "Person", "Volodymyr Zelenskyy", ("Zelensky",), gid["zel"]),
            Entity("ua", "MilitaryUnit", "Armed Forces of Ukraine", (), gid["ua"]),
            Entity("village", "Place", "Zarichne-Nove", ("Zarichne-Nove",)),
        ),
        mentions=(Mention("brig", "93rd Mechanized Brigade", 4, 27, s3), Mention("kup", "Kupiansk", 39, 47, s3),
                  Mention("zel", "Zelensky", 59, 67, s3), Mention("village", "Zarichne-Nove", 0, 0, s3)),
        claims=(Claim("zel", "The 93rd Mechanized Brigade recaptured Kupiansk on Friday", "said", (_ev(s3, 0, "said"),),
                      "2022-09-11", about=("brig", "kup")),),
        events=(Event("ControlChange", ("kup",), ("brig",), (_ev(s3, 0, "recaptured", 0, "recapture"),),
                      framings=("recapture",), date="2022-09-09", date_text="Friday", claims=(0,)),),
    )
    s4 = "Russian forces took Kupiansk in February. They did not withdraw from Kyiv, the ministry said."
    three = ArticleRecord(
        article=Article(id="fx-3", text=s4, title="Earlier", published="2022-03-01", publisher="Wire A"),
        entities=(
            Entity("ru", "MilitaryUnit", "Russian Armed Forces", ("Russian forces",), gid["ru"]),
            Entity("kup", "Place", "Kupiansk", ("Kupiansk",), gid["kup"]),
            Entity("kyiv", "Place", "Kyiv", ("Kyiv",), gid["kyiv"]),
            Entity("mod", "Organization", "Ministry of Defence of Russia", (), gid["mod"]),
        ),
        mentions=(Mention("ru", "Russian forces", 0, 14, s4), Mention("kup", "Kupiansk", 20, 28, s4),
                  Mention("kyiv", "Kyiv", 80, 84, s4)),
        claims=(Claim("mod", "They did not withdraw from Kyiv", "said", (_ev(s4, 0, "said"),), "2022-03-01"),),
        events=(Event("ControlChange", ("kup",), ("ru",), (_ev(s4, 0, "took", None, "take"),), framings=("take",),
                      date="2022-02", date_text="in February"),
                Event("Withdrawal", ("kyiv",), ("ru",), (_ev(s4, 40, "withdraw", 0, "withdraw"),), modality="Negated",
                      framings=("withdraw",), claims=(0,)),
                Event("Withdrawal", ("kyiv",), ("ru",), (_ev(s4, 40, "withdrew", None, "withdraw"),),
                      framings=("withdraw",))),
    )
    return [one, two, three]
