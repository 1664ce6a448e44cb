"""Which candidates are one meeting: a report repeats a meeting in its headline, caption, lead and body.

A candidate joins the meeting before it when it names nobody new, or only
people on the side of someone already there ("X, accompanied by W, met Y");
it opens a meeting of its own when it names a new counterpart, says
"separately", "also met" or "on the sidelines", or is a gathering where the
meeting before was talks (or the other way round). A headline or caption joins
the body meeting it shares someone with. A visit that names only the visitor,
who is seen meeting someone, is the frame of those meetings, not one itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..annotate.triggers import sidelines_start
from ..document import Document
from .candidates import Candidate


@dataclass
class Draft:
    """A meeting being assembled from the candidates that report it."""

    candidates: list[Candidate] = field(default_factory=list)
    visitors: set[int] = field(default_factory=set)  # those a folded frame says travelled for it ("X is on a visit to ...")

    @property
    def gathering(self) -> bool:
        """A conference rather than talks: as its first report that names people says ("X met Y" is talks
        even when "the meeting was held at the Palace" follows)."""
        telling = [c for c in self.candidates if c.people and c.part != "headline"] or self.candidates
        first = telling[0]
        if first.refers_back:
            return all(c.gathering for c in self.candidates)
        return first.gathering

    @property
    def people(self) -> list[int]:
        return list(dict.fromkeys(p for c in self.candidates for p in c.people))

    @property
    def sentences(self) -> list[int]:
        return sorted({c.sentence for c in self.candidates})

    @property
    def first_told(self) -> Candidate:
        """The first report of the meeting in the story itself: the headline only where nothing else tells it."""
        return next((c for c in self.candidates if c.part != "headline"), self.candidates[0])

    @property
    def frame(self) -> bool:
        """A visit that names only the visitor ("X visited Kazakhstan")."""
        return all(c.direction == "visits" and not c.objects and not c.attendees for c in self.candidates)


def _joins(draft: Draft, candidate: Candidate) -> bool:
    """True when the candidate reports the draft's meeting again."""
    if candidate.refers_back:
        return True
    if "each_apart" in candidate.cues and any("each_apart" in c.cues for c in draft.candidates):
        return False  # "meetings with X and with Y": one with each
    if candidate.gathering != draft.gathering:
        return False
    known = set(draft.people)
    new = [p for p in candidate.people if p not in known]
    if candidate.sentence in draft.sentences:
        # "He then visited Eurojust, where he met its President": a new counterpart of one already at talks, told
        # beside a visit that joined them, is met at a meeting of its own
        return not (new and len(known) > 1 and candidate.direction in ("receives", "visits")
                    and _across(candidate, known, new))
    if candidate.cues & {"separately", "sidelines"} and (new or (
            (candidate.subjects or candidate.subject_groups) and (candidate.objects or candidate.object_groups))):
        return False  # "the day before, X held talks with Y": the same people met again
    if not new:
        return True
    if candidate.gathering and draft.gathering:
        return True
    shared = [p for p in candidate.people if p in known]
    if not shared:
        return False
    return not _across(candidate, known, new)


def _across(candidate: Candidate, known: set[int], new: list[int]) -> bool:
    """Whether someone already at the meeting meets new people across the candidate's words (a new counterpart),
    rather than beside them (their company)."""
    for person in (p for p in candidate.people if p in known):
        mine = "subject" if person in candidate.subjects else "object" if person in candidate.objects else None
        across = candidate.objects if mine == "subject" else candidate.subjects if mine == "object" else []
        if any(p in new for p in across):
            return True
    return False


def _add_side_gatherings(document: Document, drafts: list[Draft]) -> list[Draft]:
    """"On the sidelines of the SCO meeting, X met Y": the gathering is a meeting of its own (SPEC), which X
    and Y attend; it is the gathering reported before, if any, else one of its own, told before the talks
    or after them as the sentence tells it."""
    out: list[Draft] = []
    for draft in drafts:
        side = next((c for c in draft.candidates if "of_gathering" in c.cues and not c.gathering and c.people), None)
        if side is not None and not draft.gathering:
            attending = replace(side, direction="gathering", subjects=[], objects=[], chairs=[],
                                attendees=side.people, cues=side.cues - {"sidelines", "separately", "of_gathering"},
                                subject_groups=[], object_groups=[])
            earlier = next((d for d in reversed(out) if d.gathering), None)
            if earlier is not None:
                earlier.candidates.append(attending)
                out.append(draft)
            elif (sidelines_start(document.sentences[side.sentence].text) or 0) > side.trigger.start:
                out.extend([draft, Draft([attending])])  # "X met Y on the sidelines of the meeting": told second
            else:
                out.extend([Draft([attending]), draft])
            continue
        out.append(draft)
    return out


def merge(document: Document, candidates: list[Candidate]) -> list[Draft]:
    """The meetings the candidates report, in the order the text first mentions them."""
    drafts: list[Draft] = []
    body = [c for c in candidates if c.part != "headline"]
    headlines = [c for c in candidates if c.part == "headline"]
    for candidate in body:
        if not candidate.people and drafts:
            if candidate.gathering and candidate.trigger.named and "together_again" in candidate.cues:
                # "signed in Johannesburg, where both Attorneys General are taking part in the annual meeting of
                # the IAP": a gathering of its own, which those of the meeting just told attend
                drafts.append(Draft([replace(candidate, attendees=list(drafts[-1].people))]))
            elif "elsewhere" not in candidate.cues:
                drafts[-1].candidates.append(candidate)  # "the heads of the delegations signed": the meeting just told
            continue
        target = next((d for d in reversed(drafts) if _joins(d, candidate)), None)
        if target is None and drafts and not drafts[-1].people:
            target = drafts[-1]  # "the Office received a delegation", then who met whom: one meeting
        if target is None:
            drafts.append(Draft([candidate]))
        else:
            target.candidates.append(candidate)
    for candidate in headlines:
        target = next((d for d in drafts if set(candidate.people) & set(d.people)), None)
        if target is None:  # "X received Y" above "At the meeting both stressed ...": the body names no one
            target = next((d for d in drafts if not d.people), None)
        if target is None and drafts:
            continue
        if target is None:
            drafts.append(Draft([candidate]))
        else:
            target.candidates.insert(0, candidate)
    return fold_frames(_add_side_gatherings(document, drafts))


def fold_frames(drafts: list[Draft]) -> list[Draft]:
    """Drop each visit that names only the visitor where a meeting names them too; that meeting keeps them
    as its visitors. Run again once the unnamed sides are seated ("X is on a visit to our country. The head of
    the Colombian Public Ministry held a meeting with his Paraguayan peer")."""
    kept = []
    for draft in drafts:
        met = [o for o in drafts if o is not draft and not o.frame and set(draft.people) <= set(o.people)]
        if draft.frame and met:
            for other in met:
                other.visitors.update(draft.people)
        else:
            kept.append(draft)
    return kept
