"""The standing office of a committee ("cơ quan thường trực"): the body the text means by it, one actor.

Plans of steering committees name the body that runs their daily work by its role: "Văn phòng Ban Chỉ đạo quốc gia
và cơ quan thường trực Ban Chỉ đạo các cấp do Bộ Quốc phòng hướng dẫn", and further on by the role alone ("- Văn
phòng Ban Chỉ đạo và cơ quan thường trực các cấp."). :func:`standing_offices` reads them as the actor the text means
(tests/data/real/GUIDELINES.md, one entry per distinct actor):

- where the text names the body that holds the role right before it ("Công an tỉnh - cơ quan thường trực Ban Chỉ
  đạo 138", "Sở Y tế (cơ quan thường trực Ban Chỉ đạo)", "Sở Nội vụ là cơ quan thường trực của Hội đồng"), that body:
  the role's words after a dash or a bracket are its apposition, no actor of their own (the committee named after
  them stays one; after "là" / "làm" they are read as before: the role given, a lead);
- otherwise "cơ quan thường trực (của) Ban X (các cấp)" is one actor named as written, not the role and the committee
  (the committee acts elsewhere by its own name);
- and the role alone elsewhere in the text ("cơ quan thường trực các cấp") is that standing office, when the text
  names exactly one; not where the role is given ("X là / làm cơ quan thường trực": X leads) nor in a heading that is
  the role alone ("Điều 4. Cơ quan thường trực").
"""

from __future__ import annotations

import dataclasses
import re

from policykg.core.iris import mint_actor_iri
from policykg.graph_builder.model import Mention, Span

__all__ = ["standing_offices"]

_ROLE = re.compile(r"(?<!\w)cơ[ \t]+quan[ \t]+thường[ \t]+trực(?!\w)", re.IGNORECASE)
# the committee the role belongs to, right after it: "(của) | Ban Chỉ đạo các cấp", "Hội đồng ...", "Ủy ban ..."; with
# no mention there, its head and a level or a number ("Ban Chỉ đạo | tỉnh", "Ban Chỉ đạo | 138")
_COMMITTEE = re.compile(r"[ \t]+(?:của[ \t]+)?(?=(?:Ban|Tiểu ban|Hội đồng|Ủy ban|Uỷ ban)[ \t])")
_COMMITTEE_NAME = re.compile(r"(?:Ban Chỉ đạo|Ban Chỉ huy|Tiểu ban|Hội đồng|Ủy ban|Uỷ ban)"
                             r"(?:[ \t]+(?:cấp[ \t]+)?(?:tỉnh|huyện|xã|quốc gia|trung ương|\d{1,4}))?(?!\w)")
_LEVELS_AFTER = re.compile(r"[ \t]+các[ \t]+cấp(?!\w)")
# the body that holds the role, right before it: "A - | cơ quan ...", "A (| cơ quan ...", "A là | cơ quan ..." (not after a
# comma: "Văn phòng Ban Chỉ đạo, | cơ quan thường trực" lists two bodies)
_HOLDER_GAP = re.compile(r"[ \t]*(?:[-–(][ \t]*|(?:là|làm)[ \t]+)")
_GIVEN = re.compile(r"(?<!\w)(?:là|làm)[ \t]+$")
# a heading that is the role alone ("Điều 4. Cơ quan thường trực", "3. Cơ quan thường trực:"): the article's subject
_HEADING = re.compile(r"[ \t]*(?:(?:Điều|ĐIỀU)[ \t]+\d+[ \t]*[.:]?|[IVX]{1,4}[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)])?[ \t]*"
                      r"cơ[ \t]+quan[ \t]+thường[ \t]+trực[ \t]*[.:]?[ \t]*", re.IGNORECASE)


def standing_offices(mentions: list[Mention], match: str) -> list[Mention]:
    """``mentions`` with the standing office of a committee read as the actor the text means."""
    roles = list(_ROLE.finditer(match))
    if not roles:
        return mentions
    actors = [m for m in mentions if m.category == "actor"]
    named: dict[str, Mention] = {}
    spans: list[tuple[int, int]] = []          # the role's words the text reads as the standing office
    offices: list[Mention] = []
    for role in roles:
        holder = next((m for m in actors if m.span.end <= role.start() and not m.generic
                       and _HOLDER_GAP.fullmatch(match, m.span.end, role.start())), None)
        committee = _COMMITTEE.match(match, role.end())
        if holder is not None:
            named[holder.iri] = holder
            if not _GIVEN.search(match, max(0, role.start() - 8), role.start()):
                spans.append((role.start(), role.end()))   # (the committee after it stays an actor where named)
        elif committee is not None:
            end = _committee_end(actors, match, committee.end())
            label = "cơ quan thường trực " + re.sub(r"\s+", " ", match[committee.end():end]).strip()
            office = Mention(span=Span(role.start(), end), surface="", category="actor", iri=mint_actor_iri(label),
                             label=label, kind="Organization", known=False)
            named[office.iri] = office
            offices.append(office)
            spans.append((role.start(), end))
    if not named:
        return mentions
    if len(named) == 1:
        (office,) = named.values()
        for role in roles:
            if any(a <= role.start() < b for a, b in spans) or _GIVEN.search(match, max(0, role.start() - 8), role.start()) \
                    or _heading(match, role):
                continue
            levels = _LEVELS_AFTER.match(match, role.end())
            end = levels.end() if levels is not None else role.end()
            offices.append(dataclasses.replace(office, span=Span(role.start(), end), surface=""))
            spans.append((role.start(), end))
    kept = [m for m in mentions if not any(a < m.span.end and m.span.start < b for a, b in spans)]
    return sorted(kept + offices, key=lambda m: (m.span.start, m.span.end))


def _heading(match: str, role: re.Match) -> bool:
    """The role alone makes its line, a heading ("Điều 4. Cơ quan thường trực"): no body acting there."""
    start = match.rfind("\n", 0, role.start()) + 1
    end = match.find("\n", role.end())
    return _HEADING.fullmatch(match, start, len(match) if end < 0 else end) is not None


def _committee_end(actors: list[Mention], match: str, pos: int) -> int:
    """The end of the committee's name at ``pos``: the mention there, or its head and a level or a number; and "các
    cấp" after it ("Ban Chỉ đạo | các cấp")."""
    mention = next((m for m in actors if m.span.start == pos), None)
    name = _COMMITTEE_NAME.match(match, pos)
    end = mention.span.end if mention is not None else name.end() if name is not None else pos
    levels = _LEVELS_AFTER.match(match, end)
    return levels.end() if levels is not None else end
