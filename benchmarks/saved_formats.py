"""Write the dev set as people save articles, to score procq on it against the same articles as text.

    .venv/bin/python benchmarks/saved_formats.py /tmp/formats
    python ../shared/eval/score.py --corpus /tmp/formats --cmd .venv/bin/procq
    python ../shared/eval/score.py --corpus tests/data/devset --cmd .venv/bin/procq

The folder gets the five seed articles as saved web pages with a news site's clutter (header, menu,
breadcrumbs, share buttons, a sidebar of related stories, a cookie banner, footer, scripts), one
article as GBK text and one as UTF-16 text, every other dev-set article as one record of
`export.jsonl` (its id, URL, headline and text under the names scrapers use), and the gold file of
each, so the scorer pairs them by id. The two scores should agree within 0.01.
"""
from __future__ import annotations

import argparse
import html
import json
import shutil
from pathlib import Path

DEVSET = Path(__file__).parent.parent / "tests" / "data" / "devset"
SEEDS = ("000_316df6bce73329b3", "001_bbbb7da8f13d68c7", "002_402265123e2b644f", "003_af160e0de48b9f24",
         "004_ab2cc90d19b55a3c")
ENCODED = {"d008": "gbk", "b3-05": "utf-16"}  # d008 names three people in Chinese characters

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} - The Daily Procurator</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://news.example.org/world/{id}.html">
<style>.menu li {{display: inline}} .share a {{margin: 4px}}</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"event": "pageview", "section": "world",
"teaser": "Prosecutor General receives the Attorney General of Laos in Vientiane on 3 March 2021"}});</script>
</head><body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Settings</button></div>
<header><a class="logo" href="/">The Daily Procurator</a>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/china">China</a></li>
<li><a href="/law">Law &amp; Justice</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li></ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/world">World</a> &gt; <span>Article</span></div>
<main><article>
<h1>{title}</h1>
<div class="share">Share: <a href="https://facebook.com/share">Facebook</a> <a href="https://twitter.com/share">X</a>
<a href="https://wa.me/">WhatsApp</a> <a href="mailto:?subject=article">Email</a> <a href="javascript:print()">Print</a></div>
{body}
<div class="share share-bottom"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://twitter.com/share">Share on X</a></div>
<div class="tags">Tags: <a href="/tag/prosecutors">prosecutors</a> <a href="/tag/diplomacy">diplomacy</a></div>
</article></main>
<aside class="sidebar"><h3>Related stories</h3><ul>
<li><a href="/world/1.html">Attorney General hosts counterparts from ASEAN countries in Singapore</a> <span class="date">12 May 2022</span></li>
<li><a href="/world/2.html">Prosecutor General Igor Krasnov met with Uzbek counterpart in Tashkent</a> <span class="date">2021-09-30</span></li>
<li><a href="/world/3.html">Chief Justice receives a delegation of the Supreme Court of Vietnam</a> <span class="date">4 June 2019</span></li>
</ul><h3>Most read</h3><ol><li><a href="/china/4.html">President meets visiting Prosecutor General of Kazakhstan</a></li>
<li><a href="/law/5.html">New rules on mutual legal assistance take effect</a></li></ol>
<div class="newsletter">Get the day's top stories in your inbox. <input placeholder="Email"><button>Subscribe</button></div></aside>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li>
<li><a href="/terms">Terms of use</a></li></ul>
<p>Copyright © 2025 The Daily Procurator. All rights reserved.</p></footer>
<script src="/static/app.js"></script>
<script>document.querySelectorAll(".share a").forEach(function (a) {{ a.addEventListener("click", track); }});
function track() {{ console.log("Ying Yong met Kamran Aliyev: shared"); }}</script>
</body></html>
"""


def page(article_id: str, text: str) -> str:
    """The article as a news site shows it: its first line the headline, each other line a paragraph."""
    title, *lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return PAGE.format(id=article_id, title=html.escape(title), body=body)


def record(article_id: str, text: str) -> dict[str, str]:
    """The article as a scraper exports it: the headline apart from the text."""
    title, _, body = text.strip().partition("\n")
    return {"id": article_id, "url": f"https://news.example.org/world/{article_id}.html", "title": title.strip(),
            "maintext": body.strip()}


def build(folder: Path, devset: Path = DEVSET) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "export.jsonl").open("w", encoding="utf-8") as export:
        for source in sorted(devset.glob("*.txt")):
            article_id, text = source.stem, source.read_text(encoding="utf-8")
            shutil.copy(devset / f"{article_id}.gold.json", folder)
            if article_id in SEEDS:
                (folder / f"{article_id}.html").write_text(page(article_id, text), encoding="utf-8")
            elif article_id in ENCODED:
                (folder / source.name).write_bytes(text.encode(ENCODED[article_id]))
            else:
                export.write(json.dumps(record(article_id, text), ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="the folder to write (made if missing)")
    parser.add_argument("--devset", type=Path, default=DEVSET, help="the folder of X.txt and X.gold.json pairs")
    arguments = parser.parse_args()
    build(arguments.folder, arguments.devset)
    print(f"wrote {arguments.folder}")


if __name__ == "__main__":
    main()
