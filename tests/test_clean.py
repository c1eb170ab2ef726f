"""Boilerplate removal keeps offsets and never lets prompts, teasers or credits through."""
from __future__ import annotations

from graph.clean import clean_text

BODY = "Russian forces withdrew from the town on Friday, officials said."


def kept(text: str, title: str | None = None) -> str:
    cleaned = clean_text(text, title)
    assert len(cleaned.text) == len(text)  # offsets unchanged
    return " ".join(cleaned.text.split())


def test_share_follow_subscribe_lines_go():
    text = "\n".join([BODY, "Share this article", "Follow The Daily Front on Facebook, Twitter and Instagram",
                      "Subscribe to our newsletter and never miss a story!", "Sign up for free email alerts", BODY])
    assert kept(text) == f"{BODY} {BODY}"


def test_a_keep_up_to_date_prompt_goes_but_a_sentence_about_updates_stays():
    prompt = "Stay up to date with all of Scotland's biggest stories"
    sentence = "Officials said they would keep up to date with the news from the front and report weekly on it."
    assert kept("\n".join([BODY, prompt, sentence])) == f"{BODY} {sentence}"


def test_teaser_block_after_its_header_goes_until_a_real_paragraph():
    text = "\n".join([BODY, "Related stories:", "– Why the bridge matters", "– Ten photos from the front",
                      "The mayor said power had been restored to most districts by the evening.", ""])
    assert kept(text) == f"{BODY} The mayor said power had been restored to most districts by the evening."


def test_bylines_credits_ads_and_comment_forms_go():
    text = "\n".join(["By Jane Doe, Kyiv", BODY, "Advertisement", "(With AP inputs)", "Leave a Reply",
                      "Your email address will not be published.", "© 2023 Some Agency"])
    assert kept(text) == BODY


def test_inline_photo_credit_is_blanked_inside_a_kept_line():
    text = "Soldiers rest near Izium after the battle (Photo: John Smith/Reuters)"
    result = kept(text)
    assert result == "Soldiers rest near Izium after the battle"
    assert "Reuters" not in result


def test_a_sentence_that_starts_like_a_byline_is_kept():
    text = "By such actions, both sides have made any ceasefire unlikely for months to come."
    assert kept(text) == text


def test_repeated_title_goes_but_the_title_line_stays():
    title = "Russia pulls back from the river"
    text = f"{title}\n\n{title}\n{BODY}"
    assert kept(text, title) == f"{title} {BODY}"


def test_short_all_caps_section_header_goes():
    text = f"READ MORE STORIES\n{BODY}\nRUSSIA LATEST"
    assert kept(text) == BODY


def test_a_shouting_line_below_the_title_goes_whatever_its_length():
    teaser = "GENERAL SAYS: THE BRIDGE WILL NEVER BE REBUILT, NOT EVEN IN TEN YEARS!"
    title = "KHERSON BRIDGE: WHAT THE ENGINEERS FOUND WHEN THE WATER WENT DOWN"
    assert kept(f"{title}\n{BODY}\n{teaser}") == f"{title} {BODY}"
    assert ("caps teaser", teaser) in clean_text(f"{title}\n{BODY}\n{teaser}").dropped


def test_dropped_lines_are_listed_with_their_kind():
    cleaned = clean_text(f"{BODY}\nShare on Facebook\n")
    assert ("share", "Share on Facebook") in cleaned.dropped


def test_a_teaser_header_with_a_typographic_apostrophe_goes():
    # "Don’t Miss:" as sites print it, with U+2019, and the teaser on the same line
    for header in ("Don’t Miss: General warns the front will ‘collapse by spring’", "Editor’s picks"):
        assert kept(f"{BODY}\n{header}\n{BODY}") == f"{BODY} {BODY}"


def test_a_related_story_headline_and_its_cut_off_snippet_go():
    text = "\n".join([BODY, "", "Ten Years After The Siege, The City Rebuilds", "",
                      "The governor has promised new bridges. Spokesman Ivan...", "", BODY])
    assert kept(text) == f"{BODY} {BODY}"
    # a paragraph of the article that ends with an ellipsis stays, and so does a headline without a snippet
    text = "\n".join([BODY, "The mayor said the city would hold out...", "What Comes Next For The Front", BODY])
    assert kept(text) == f"{BODY} The mayor said the city would hold out... What Comes Next For The Front {BODY}"


def test_a_releases_label_line_goes_but_a_sentence_about_a_release_stays():
    text = "\n".join(["Media release", BODY, "Joint press statement:", "For immediate release", BODY,
                      "The ministry's media release said the army withdrew."])
    assert kept(text) == f"{BODY} {BODY} The ministry's media release said the army withdrew."


def test_a_pages_time_stamps_and_standards_line_go_but_sentences_with_times_stay():
    stamps = ["March 17, 2024 10:42 AM UTC Updated ago", "Updated 2 hours ago", "Published: 17 March 2024 10:42 GMT",
              "Our Standards: The Trust Principles."]
    sentences = ["At 4:30 p.m. the shelling began.", "Updated figures showed 40 dead.",
                 "Updated figures released on Monday showed that 40 people had been killed in the strikes on the city."]
    assert kept("\n".join([BODY, *stamps, *sentences])) == " ".join([BODY, *sentences])
