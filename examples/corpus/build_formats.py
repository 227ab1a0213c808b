"""Build the demo corpus's copies in every input format from the team's articles in src/*.jsonl.

    python examples/corpus/build_formats.py

writes jsonl/corpus.jsonl, html/<id>.html, txt/<id>.txt, rss/<outlet>.xml (one RSS 2.0 or Atom
feed per outlet) and warc/corpus.warc.gz (an HTTP response record per HTML page). The output is
deterministic, so rebuilding an unchanged corpus changes no file.
"""

from __future__ import annotations

import html
import io
import json
from datetime import date, datetime, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
FIELDS = ("id", "url", "outlet", "title", "published", "story", "wire_copy_of", "text")
ATOM_OUTLETS = {"Pacific Herald"}
# Each outlet's page furniture, so the HTML reader meets more than one layout.
LAYOUTS = {
    "Meridian Wire": ("wire", "Meridian Wire — international news as it breaks"),
    "The Atlantic Ledger": ("broadsheet", "The Atlantic Ledger · Analysis · World"),
    "Tehran Dispatch": ("portal", "Tehran Dispatch | Voice of the Region"),
    "Levant Voice": ("portal", "Levant Voice — news from the Levant and beyond"),
    "Liberty Sentinel": ("blog", "Liberty Sentinel: Defending Freedom"),
    "Pacific Herald": ("broadsheet", "Pacific Herald · Asia"),
    "Continental Review": ("wire", "Continental Review — Europe and the world"),
}


def load_articles() -> list[dict]:
    articles: list[dict] = []
    for path in sorted((ROOT / "src").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                articles.append({key: record.get(key) for key in FIELDS})
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "article ids must be unique"
    # Originals before their wire copies, so that ingesting in file order links each copy to its original.
    return sorted(articles, key=lambda a: (a["published"], a["wire_copy_of"] is not None, a["id"]))


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def slug(outlet: str) -> str:
    return outlet.lower().replace("the ", "").replace(" ", "-")


def page(article: dict) -> str:
    layout, banner = LAYOUTS.get(article["outlet"], ("wire", article["outlet"]))
    body = "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in paragraphs(article["text"]))
    title = html.escape(article["title"])
    nav = "".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("world", "politics", "defence", "opinion"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | {html.escape(article["outlet"])}</title>
  <link rel="canonical" href="{article["url"]}">
  <meta property="og:site_name" content="{html.escape(article["outlet"])}">
  <meta property="og:title" content="{title}">
  <meta property="og:url" content="{article["url"]}">
  <meta property="article:published_time" content="{article["published"]}T08:00:00Z">
</head>
<body class="layout-{layout}">
  <header><div class="banner">{html.escape(banner)}</div><nav><ul>{nav}</ul></nav></header>
  <main>
    <article>
      <h1>{title}</h1>
      <div class="byline">By {html.escape(article["outlet"])} staff · <time datetime="{article["published"]}">{article["published"]}</time></div>
{body}
    </article>
    <aside><h2>Most read</h2><ul><li><a href="/more">More from {html.escape(article["outlet"])}</a></li></ul></aside>
  </main>
  <footer><p>© {html.escape(article["outlet"])}. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


def dateline(article: dict, number: int) -> str:
    published = date.fromisoformat(article["published"])
    if number % 2:
        return f"date {published.isoformat()} {article['outlet']}"
    return f"{published.strftime('%B')} {published.day}, {published.year}"


def rss_feed(outlet: str, articles: list[dict]) -> str:
    items = []
    for a in articles:
        when = datetime.fromisoformat(a["published"] + "T08:00:00").replace(tzinfo=timezone.utc)
        content = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs(a["text"]))
        items.append(
            f"""    <item>
      <title>{html.escape(a["title"])}</title>
      <link>{a["url"]}</link>
      <guid isPermaLink="true">{a["url"]}</guid>
      <pubDate>{format_datetime(when)}</pubDate>
      <description>{html.escape(paragraphs(a["text"])[0])}</description>
      <content:encoded><![CDATA[{content}]]></content:encoded>
    </item>"""
        )
    site = "https://" + articles[0]["url"].split("/")[2]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>{html.escape(outlet)}</title>
    <link>{site}</link>
    <description>Latest stories from {html.escape(outlet)}</description>
{chr(10).join(items)}
  </channel>
</rss>
"""


def atom_feed(outlet: str, articles: list[dict]) -> str:
    entries = []
    for a in articles:
        content = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs(a["text"]))
        entries.append(
            f"""  <entry>
    <title>{html.escape(a["title"])}</title>
    <link rel="alternate" href="{a["url"]}"/>
    <id>{a["url"]}</id>
    <published>{a["published"]}T08:00:00Z</published>
    <updated>{a["published"]}T08:00:00Z</updated>
    <content type="html">{html.escape(content)}</content>
  </entry>"""
        )
    site = "https://" + articles[0]["url"].split("/")[2]
    newest = max(a["published"] for a in articles)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{html.escape(outlet)}</title>
  <link href="{site}"/>
  <id>{site}/</id>
  <updated>{newest}T08:00:00Z</updated>
{chr(10).join(entries)}
</feed>
"""


def write_warc(articles: list[dict], pages: dict[str, str], path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for a in articles:
        payload = pages[a["id"]].encode("utf-8")
        http_headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(payload)))], protocol="HTTP/1.1"
        )
        warc_headers = {
            "WARC-Date": f"{a['published']}T09:00:00Z",
            "WARC-Record-ID": f"<urn:newsevents-demo:{a['id']}>",
        }
        record = writer.create_warc_record(
            a["url"], "response", payload=io.BytesIO(payload), http_headers=http_headers, warc_headers_dict=warc_headers
        )
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())


def main() -> None:
    articles = load_articles()
    for name in ("jsonl", "html", "txt", "rss", "warc"):
        (ROOT / name).mkdir(exist_ok=True)
        for old in (ROOT / name).iterdir():
            old.unlink()
    with open(ROOT / "jsonl" / "corpus.jsonl", "w", encoding="utf-8") as out:
        for a in articles:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    pages = {a["id"]: page(a) for a in articles}
    for number, a in enumerate(articles):
        (ROOT / "html" / f"{a['id']}.html").write_text(pages[a["id"]], encoding="utf-8")
        txt = f"{dateline(a, number)}\n\n{a['title']}\n\n{a['text']}\n"
        (ROOT / "txt" / f"{a['id']}.txt").write_text(txt, encoding="utf-8")
    for outlet in sorted({a["outlet"] for a in articles}):
        own = [a for a in articles if a["outlet"] == outlet]
        if outlet in ATOM_OUTLETS:
            (ROOT / "rss" / f"{slug(outlet)}.atom").write_text(atom_feed(outlet, own), encoding="utf-8")
        else:
            (ROOT / "rss" / f"{slug(outlet)}.rss").write_text(rss_feed(outlet, own), encoding="utf-8")
    write_warc(articles, pages, ROOT / "warc" / "corpus.warc.gz")
    print(f"{len(articles)} articles from {len({a['outlet'] for a in articles})} outlets written in 5 formats under {ROOT}")


if __name__ == "__main__":
    main()
