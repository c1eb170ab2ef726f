"""The network page in a real headless Chromium with the network blocked, as an analyst would see it.

Checks: no console error, no request leaving the page, a drawn canvas, as many nodes as the
projection, and article text shown as text (a script or an onerror image in an article runs nothing).
Uses Debian's chromium through playwright (which never downloads a browser here); skipped with a clear
message where no browser can be found.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from graph.analysis import project
from graph.rdf import records_to_quads
from graph.export import GraphData, export
from graph.records import Article, ArticleRecord, Claim, Entity, Evidence, Mention
from graph.resolve import resolve_records

SCREENSHOTS = ROOT / "exports" / "screenshots"
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("WARKG_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (shutil.which(candidate) or Path(candidate).exists()):
            return shutil.which(candidate) or candidate
    return None


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium found (install Debian's chromium, or set WARKG_CHROMIUM)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


class Visit:
    """A page opened with every request outside the page itself blocked and recorded."""

    def __init__(self, browser, path: Path, width: int = 1280, height: int = 800):
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.url = path.resolve().as_uri()
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready='1']", timeout=180_000)

    def _route(self, route):
        url = route.request.url
        if url.split("#")[0] == self.url or url.startswith(("data:", "blob:")):
            route.continue_()  # the page itself and what it holds inline
        else:
            self.requests.append(url)
            route.abort()

    def drawn_pixels(self) -> int:
        return self.page.evaluate("""() => {
            const c = document.querySelector('#network canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 0; i < d.length; i += 16) { if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n++; }
            return n;
        }""")

    def close(self):
        self.page.close()


def check_page(browser, data: GraphData, path: Path, layout: str = "force", title: str = "test") -> Visit:
    from graph.viz import render_html

    render_html(data.network(), path, title=title, layout=layout)
    visit = Visit(browser, path)
    assert visit.errors == []
    assert visit.requests == []
    assert visit.drawn_pixels() > 500
    assert visit.page.evaluate("window.warkgData.nodes.length") == project(data.store).number_of_nodes()
    return visit


def hover_until_shown(page, locate: str, selector: str, timeout_s: float = 60.0) -> None:
    """Hover the point that the script ``locate`` returns until ``selector`` shows. The page's own
    ready signal has been given by then, but the view may still be moving (a search result is focused
    with an animation) and a loaded machine may take several frames to take a hover: so the point is
    found again and the pointer leaves and comes back each second, up to a generous limit."""
    import time

    deadline = time.monotonic() + timeout_s
    while True:
        point = page.evaluate(locate)
        page.mouse.move(0, 0)
        page.mouse.move(point["x"], point["y"], steps=4)
        try:
            page.wait_for_selector(selector, state="visible", timeout=1000)
            return
        except Exception:  # playwright's TimeoutError: try again until the deadline
            if time.monotonic() > deadline:
                raise


def hostile_record() -> ArticleRecord:
    evil_name = '<img src=x onerror="window.__pwned = 1">Bad Actor'
    evil_text = "<script>window.__pwned = 2</script> he said the town fell"
    sentence = f"{evil_name} said {evil_text}."
    return ArticleRecord(
        article=Article(id="evil", text=sentence, title="<b>title</b><script>window.__pwned = 3</script>"),
        entities=(Entity("x", "Person", evil_name, (evil_name,)),),
        mentions=(Mention("x", evil_name, 0, len(evil_name), sentence),),
        claims=(Claim("x", evil_text, "said", (Evidence(0, len(sentence), sentence, "said"),)),),
    )


def test_untrusted_text_shows_as_text_and_runs_nothing(browser, tmp_path):
    records = [hostile_record()]
    data = GraphData(records_to_quads(records, resolve_records(records)))
    visit = check_page(browser, data, tmp_path / "evil.html")
    page = visit.page
    page.fill("#search", "Bad Actor")
    page.click("#matches li")
    panel = page.inner_text("#panel")
    assert '<img src=x onerror="window.__pwned = 1">Bad Actor' in panel
    assert "<script>window.__pwned = 2</script>" in page.content() or "window.__pwned" in panel
    # hover the person: its tooltip shows the same text, as text
    hover_until_shown(page, """() => {
        const net = window.warkgNetwork;
        const id = window.warkgData.nodes.get().find(n => n.group === 'Person').id;
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        const r = document.getElementById('network').getBoundingClientRect();
        return {x: p.x + r.left, y: p.y + r.top};
    }""", "#tip")
    assert "Bad Actor" in page.inner_text("#tip") and "he said the town fell" in page.inner_text("#tip")
    assert page.evaluate("window.__pwned === undefined")
    assert page.evaluate("document.querySelectorAll('#panel img, #panel script, #tip img, #tip script').length") == 0
    assert visit.requests == []  # the image was never fetched
    visit.close()


def _pages_with_screenshots(browser, data: GraphData, tmp_path, title: str, request, save: bool) -> None:
    visit = check_page(browser, data, tmp_path / "graph.html", title=title)
    if save:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        visit.page.set_viewport_size({"width": 1100, "height": 700})
        visit.page.evaluate("window.warkgNetwork.fit()")
        visit.page.screenshot(path=str(SCREENSHOTS / "network.png"))
    visit.close()
    geo = check_page(browser, data, tmp_path / "geo.html", layout="geo", title=f"{title} (geo)")
    if save:
        geo.page.set_viewport_size({"width": 1100, "height": 700})
        geo.page.screenshot(path=str(SCREENSHOTS / "network-geo.png"))
    geo.close()


@pytest.mark.model
def test_sample_graph_page(browser, tmp_path, request):
    """The sample articles in data/: the README's screenshots (--update-screenshots rewrites them)."""
    from graph.pipeline import build
    from graph.sparql import open_source

    result = build([ROOT / "data"], tmp_path, formats=["ttl"], validate=False)
    data = GraphData.from_source(open_source(result.outputs[0]))
    _pages_with_screenshots(browser, data, tmp_path, "warkg: the sample articles", request,
                            request.config.getoption("--update-screenshots"))


def test_seed_graph_page(browser, shared, tmp_path, request):
    from graph.pipeline import build
    from graph.sparql import open_source

    result = build([shared / "corpus" / "seeds"], tmp_path, formats=["ttl"], validate=False)
    data = GraphData.from_source(open_source(result.outputs[0]))
    _pages_with_screenshots(browser, data, tmp_path, "warkg: the five seed articles", request, False)


def _open_map(visit) -> dict:
    visit.page.click("#show-map")
    visit.page.wait_for_selector("#map[data-places]", timeout=30_000)
    return {"places": int(visit.page.get_attribute("#map", "data-places")),
            "events": int(visit.page.get_attribute("#map", "data-events")),
            "land": visit.page.evaluate("document.querySelectorAll('#map path.land').length"),
            "nodes": visit.page.evaluate("window.warkgData.nodeView.length")}


def _slide(visit, box: str, value: str) -> None:
    visit.page.fill(box, value)
    visit.page.dispatch_event(box, "input")


@pytest.mark.model
def test_the_map_and_the_time_slider_on_the_seeds_and_the_samples(browser, shared, tmp_path, request):
    """The map view: country outlines, places coloured by who held them, events; the time slider
    filters the map and the network together; a place's panel lists its control periods. Offline."""
    from graph.pipeline import build
    from graph.sparql import open_source

    result = build([shared / "corpus" / "seeds", ROOT / "data"], tmp_path, formats=["ttl"], validate=False)
    data = GraphData.from_source(open_source(result.outputs[0]))
    data.title = "warkg: the seed and sample articles"
    [path] = export(data, "html", tmp_path / "graph.html")
    visit = Visit(browser, path)
    whole = _open_map(visit)
    assert whole["land"] == 1 and whole["places"] > 10 and whole["events"] > 10
    # who held Kherson at the end of the range: Ukraine (the colour of its controller in the legend)
    kherson = visit.page.evaluate("""() => { const d = [...document.querySelectorAll('#map circle.place')]
        .find(c => c.querySelector('title').textContent.startsWith('Kherson'));
        return d ? d.querySelector('title').textContent : null; }""")
    assert kherson == "Kherson \u00b7 held by Armed Forces of Ukraine"
    visit.page.evaluate("""() => { const d = [...document.querySelectorAll('#map circle.place')]
        .find(c => c.querySelector('title').textContent.startsWith('Kherson'));
        d.dispatchEvent(new MouseEvent('click', {bubbles: true})); }""")
    panel = visit.page.inner_text("#panel")
    assert "Control periods" in panel and "Russian Armed Forces" in panel and "Armed Forces of Ukraine" in panel
    if request.config.getoption("--update-screenshots"):
        visit.page.set_viewport_size({"width": 1100, "height": 700})
        visit.page.evaluate("window.warkgMap.draw()")
        visit.page.screenshot(path=str(SCREENSHOTS / "map.png"))
    _slide(visit, "#to", "0")  # only the first day of the range
    first_day = _open_map(visit)
    assert first_day["events"] < whole["events"] and first_day["nodes"] < whole["nodes"]
    assert visit.errors == [] and visit.requests == []
    visit.close()


def test_bench_graph_page_with_thousands_of_nodes(browser, bench_build, tmp_path):
    from graph.sparql import open_source

    out, _ = bench_build
    data = GraphData.from_source(open_source(out / "graph.ttl"))
    assert data.network().number_of_nodes() > 1000
    visit = check_page(browser, data, tmp_path / "graph.html")
    visit.page.fill("#mindeg", "3")
    visit.page.dispatch_event("#mindeg", "input")
    shown = visit.page.evaluate("window.warkgData.nodeView.length")
    assert 0 < shown < data.network().number_of_nodes()
    on_map = _open_map(visit)  # articles on several wars: the map fits them and draws
    assert on_map["places"] > 50 and on_map["events"] > 50
    assert visit.errors == [] and visit.requests == []
    visit.close()


def test_export_command_writes_the_same_page(browser, tmp_path):
    from records_factory import fixture_records

    records = fixture_records()
    data = GraphData(records_to_quads(records, resolve_records(records)))
    [path] = export(data, "html", tmp_path / "fx.html")
    visit = Visit(browser, path)
    assert visit.errors == [] and visit.requests == []
    assert visit.page.evaluate("window.warkgData.nodes.length") == data.network().number_of_nodes()
    visit.close()
