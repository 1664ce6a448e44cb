"""How right procq is on annotated articles: a folder of ``X.txt`` with ``X.gold.json`` (SPEC: gold format).

Meetings are paired with the gold ones by shared participants and date, then
every field is compared: precision, recall and F1 for meetings, participants,
delegations and their members; accuracy for date, city, country, kind,
participant country, bilateral role and publication date. The score is the mean
of the three F1s and seven accuracies. The rules are those of the project's
measuring stick, so the figures printed here are the ones it prints.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PRF_FIGURES = ("meetings", "participants", "delegations", "members")
ACCURACY_FIGURES = ("date", "city", "country", "kind", "person_country", "role", "published")
SCORED_PRF = ("meetings", "participants", "delegations")
# The scorer's own list: words it drops from the start of a name before comparing.
_LEADING_WORDS = {"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "he", "dato", "datuk", "paduka", "tan", "sri"}


def _tokens(name: str | None) -> list[str]:
    if not name:
        return []
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()
    words = [t for t in re.split(r"\s+", re.sub(r"[^a-z0-9\s-]", " ", text)) if t]
    while words and words[0].strip("-") in _LEADING_WORDS:
        words = words[1:]
    return words


def same_name(a: str | None, b: str | None) -> bool:
    """The same person by name: equal words, or the shorter name's words in order within the longer."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if ta == tb or "".join(ta).replace("-", "") == "".join(tb).replace("-", ""):
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) < 2:
        return False
    rest = iter(long_)
    return all(word in rest for word in short)


def _norm(value: Any) -> str | None:
    if value is None:
        return None
    text = "".join(c for c in unicodedata.normalize("NFKD", str(value)) if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9/]+", " ", text).strip() or None


def _pairs(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and same_name(g.get("name"), p.get("name")):
                pairs.append((g, p))
                used.add(j)
                break
    return pairs


def _similarity(g: dict, p: dict) -> float:
    shared = len(_pairs(g.get("participants") or [], p.get("participants") or []))
    size = max(len(g.get("participants") or []), len(p.get("participants") or []), 1)
    same_date = 0.5 if _norm(g.get("date")) and _norm(g.get("date")) == _norm(p.get("date")) else 0.0
    return shared / size + same_date


@dataclass
class Tally:
    """Counts of hits and misses, added up over articles."""

    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    @property
    def articles(self) -> int:
        return self.counts["published.n"]  # every article is scored on its publication date once

    def prf(self, name: str) -> tuple[float, float, float]:
        tp, fp, fn = (self.counts[f"{name}.{k}"] for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def accuracy(self, name: str) -> float:
        n = self.counts[f"{name}.n"]
        return self.counts[f"{name}.ok"] / n if n else 1.0

    def figures(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in PRF_FIGURES:
            p, r, f = self.prf(name)
            out[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        for name in ACCURACY_FIGURES:
            out[f"{name}_accuracy"] = round(self.accuracy(name), 4)
        parts = [out[n]["f1"] for n in SCORED_PRF] + [out[f"{n}_accuracy"] for n in ACCURACY_FIGURES]
        out["score"] = round(sum(parts) / len(parts), 4)
        out["gold_meetings"] = self.counts["meetings.tp"] + self.counts["meetings.fn"]
        return out


def _count_unfound_person(meeting: dict, person: dict, t: Tally) -> None:
    t.add("person_country.n")
    if meeting.get("kind") == "bilateral" and person.get("role") in ("host", "guest"):
        t.add("role.n")


def score_article(gold: dict, preds: list[dict], t: Tally) -> None:
    """Add one article's hits and misses; ``preds`` are the meetings whose sources include it."""
    misses: list[str] = []
    published = next((s.get("published") for p in preds for s in p.get("sources") or []
                      if s.get("article") == gold["article"] and s.get("published") is not None), None)
    t.add("published.n")
    if _norm(published) == _norm(gold.get("published")):
        t.add("published.ok")
    else:
        misses.append(f"published: gold {gold.get('published')} got {published}")
    golds = gold.get("meetings") or []
    ranked = sorted(((_similarity(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)), reverse=True)
    pairs, gdone, pdone = [], set(), set()
    for sim, gi, pi in ranked:
        if sim > 0 and gi not in gdone and pi not in pdone:
            pairs.append((golds[gi], preds[pi]))
            gdone.add(gi)
            pdone.add(pi)
    t.add("meetings.tp", len(pairs))
    t.add("meetings.fn", len(golds) - len(pairs))
    t.add("meetings.fp", len(preds) - len(pairs))
    for gi, g in enumerate(golds):
        if gi in gdone:
            continue
        misses.append(f"meeting missed: {g.get('date')} {[x['name'] for x in g.get('participants', [])]}")
        for key in ("date", "city", "country", "kind"):
            t.add(key + ".n")
        t.add("participants.fn", len(g.get("participants") or []))
        t.add("delegations.fn", len(g.get("delegations") or []))
        t.add("members.fn", sum(len(d.get("members") or []) for d in g.get("delegations") or []))
        for person in g.get("participants") or []:
            _count_unfound_person(g, person, t)
    for pi, p in enumerate(preds):
        if pi not in pdone:
            misses.append(f"meeting not in gold: {p.get('date')} {[x.get('name') for x in p.get('participants') or []]}")
            t.add("participants.fp", len(p.get("participants") or []))
            t.add("delegations.fp", len(p.get("delegations") or []))
    for g, p in pairs:
        _score_pair(g, p, t, misses)
    if misses:
        t.misses[gold["article"]] = misses


def _score_pair(g: dict, p: dict, t: Tally, misses: list[str]) -> None:
    location = p.get("location") or {}
    for key, got in (("date", p.get("date")), ("city", location.get("city")), ("country", location.get("country")),
                     ("kind", p.get("kind"))):
        t.add(key + ".n")
        if _norm(got) == _norm(g.get(key)):
            t.add(key + ".ok")
        else:
            misses.append(f"{key}: gold {g.get(key)} got {got}")
    gp, pp = g.get("participants") or [], p.get("participants") or []
    people = _pairs(gp, pp)
    t.add("participants.tp", len(people))
    t.add("participants.fn", len(gp) - len(people))
    t.add("participants.fp", len(pp) - len(people))
    found = {id(a) for a, _ in people}
    for a in gp:
        if id(a) not in found:
            misses.append(f"participant missed: {a['name']}")
            _count_unfound_person(g, a, t)
    for a, b in people:
        t.add("person_country.n")
        if _norm(a.get("country")) == _norm(b.get("country")):
            t.add("person_country.ok")
        else:
            misses.append(f"country of {a['name']}: gold {a.get('country')} got {b.get('country')}")
        if g.get("kind") == "bilateral" and a.get("role") in ("host", "guest"):
            t.add("role.n")
            if _norm(a.get("role")) == _norm(b.get("role")):
                t.add("role.ok")
            else:
                misses.append(f"role of {a['name']}: gold {a.get('role')} got {b.get('role')}")
    _score_delegations(g.get("delegations") or [], p.get("delegations") or [], t, misses)


def _score_delegations(gd: list[dict], pd: list[dict], t: Tally, misses: list[str]) -> None:
    used: set[int] = set()
    for d in gd:
        hit = next((j for j, e in enumerate(pd) if j not in used and _norm(d.get("country")) == _norm(e.get("country"))
                    and ((d.get("leader") is None and e.get("leader") is None) or same_name(d.get("leader"), e.get("leader")))), None)
        if hit is None:
            t.add("delegations.fn")
            t.add("members.fn", len(d.get("members") or []))
            misses.append(f"delegation missed: {d.get('country')} led by {d.get('leader')}")
            continue
        used.add(hit)
        t.add("delegations.tp")
        gm, pm = d.get("members") or [], pd[hit].get("members") or []
        hits = sum(1 for m in gm if any(same_name(m, x) for x in pm))
        t.add("members.tp", hits)
        t.add("members.fn", len(gm) - hits)
        t.add("members.fp", max(len(pm) - hits, 0))
    for j, e in enumerate(pd):
        if j not in used:
            t.add("delegations.fp")
            t.add("members.fp", len(e.get("members") or []))
            misses.append(f"delegation not in gold: {e.get('country')} led by {e.get('leader')}")


def read_gold(folder: Path) -> dict[str, dict]:
    """The gold annotations of a folder, by article id."""
    golds = {}
    for path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds[gold["article"]] = gold
    return golds


def score(golds: dict[str, dict], meetings: list[dict]) -> Tally:
    """The tally of a corpus's meetings (as ``procq meetings --json`` prints them) against its gold."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for meeting in meetings:
        for source in meeting.get("sources") or []:
            if source.get("article") in golds:
                by_article[source["article"]].append(meeting)
    t = Tally()
    for article, gold in golds.items():
        score_article(gold, by_article.get(article, []), t)
    return t


def read_outlets(folder: Path) -> dict[str, str]:
    """Each article's outlet, from a ``MANIFEST.tsv`` beside the articles (columns ``article``, ``outlet``)."""
    manifest = folder / "MANIFEST.tsv"
    if not manifest.is_file():
        return {}
    rows = [line.split("\t") for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows or "article" not in rows[0] or "outlet" not in rows[0]:
        return {}
    article, outlet = rows[0].index("article"), rows[0].index("outlet")
    return {row[article]: row[outlet] for row in rows[1:] if len(row) > max(article, outlet)}


def score_by_group(golds: dict[str, dict], meetings: list[dict], group_of: dict[str, str]) -> dict[str, Tally]:
    """One tally per group of articles (an outlet, say); articles of no known group are in "other"."""
    groups: dict[str, dict[str, dict]] = defaultdict(dict)
    for article, gold in golds.items():
        groups[group_of.get(article, "other")][article] = gold
    return {name: score(members, meetings) for name, members in sorted(groups.items())}
