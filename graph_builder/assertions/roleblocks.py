"""Blocks of roles below a task: the lines that label who leads, who cooperates and by when, written under the task
they belong to rather than in a table's columns.

The forms (docs/GENRE.md, "A numbered item may be followed by lines that describe it"):

- a label over a list of bodies, each on a line of its own ("- Cơ quan chủ trì:" / "+ Sở A;" / "+ Sở B." /
  "- Cơ quan phối hợp:" / "+ Sở C."), the labels in any order;
- a part of its own with numbered labels beside the part that holds the task ("I. CÔNG TÁC TUYÊN TRUYỀN" / "1. Nội
  dung" / "a) ..." / "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" / "- Sở A." / "b) Cơ quan phối hợp" / "-
  Sở B." / "3. Thời gian thực hiện: ..."): the task is the part's words before its first label (its title and
  content), and the labels, wherever numbered within it, are its roles.

A label is known by the words of the table columns (``dutycues.HEADER_WORD``, ``LEAD_COLUMN``, ``PARTNER_COLUMN``,
``EXECUTOR_COLUMN``): one source of cue words for a column's title and a block's label.

>>> label_role("Cơ quan chủ trì"), label_role("b) Cơ quan phối hợp:"), label_role("Cơ quan chủ trì, phối hợp")
('lead', 'partner', 'both')
>>> label_role("Đơn vị thực hiện"), label_role("Nội dung, biện pháp"), label_role("Thời gian thực hiện")
('all', None, None)
"""

from __future__ import annotations

import re

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder import deadlinecues, dutycues
from policykg.graph_builder.assertions.bracketunits import partner_iris_of
from policykg.graph_builder.assertions.siblingroles import roles_over_siblings
from policykg.graph_builder.model import Assertion, Mention, Sentence, Span

__all__ = ["carried_out", "give_roles", "is_label_line", "label_role", "partners_below", "qualifier_only",
           "role_block_line"]

_NUMBERING = re.compile(r"^\s*(?:(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*|[-+•*]\s*)?")
_FILLER = re.compile(r"[\s,/&;:.]+|(?<!\w)và(?!\w)")
# the first word of a role label: a body word or the role itself ("Cơ quan chủ trì", "Chủ trì thực hiện"; not "Kết quả
# thực hiện", "Thời gian thực hiện")
_LABEL_START = re.compile(r"(?:cơ quan|đơn vị|chủ trì|phối hợp|thực hiện)(?!\w)")
# the label of a line that says what the task yields ("- Sản phẩm: Quyết định ...", "Kết quả: ..."): no duty of its own
_PRODUCT_LABEL = re.compile(r"(?:sản phẩm|kết quả)(?:\s+(?:dự kiến|đầu ra|cần đạt))?\s*:")
# a sentence that ends by opening the list of its partners, a body a line below it ("Sở A chủ trì, phối hợp với:",
# "- Chủ trì, phối hợp chặt chẽ với các cơ quan, đơn vị sau:") (searched in the lower-cased sentence)
# "các tổ chức", "những tổ chức": the noun (organisations), never the verb "tổ chức" (to organise)
_PLURAL_ORGANISATIONS = re.compile(r"(?<!\w)(?:các|những)\s+tổ\s+chức(?!\w)", re.I)
# the next line opens with an item's mark (the body's name right after it: ``_unled_partners_below``)
_LISTED_BODY = re.compile(r"\s*\n\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])?[ \t]*")
_PARTNERS_BELOW = re.compile(r"(?<!\w)phối hợp(?:\s+chặt chẽ)?\s+với(?:\s+(?:các|những))?"
                             r"(?:[\s,]+(?:cơ quan|đơn vị|tổ chức|lực lượng|địa phương)(?!\w))*"
                             r"(?:\s+(?:sau(?:\s+đây)?|dưới đây|gồm(?:\s+có)?))?\s*:\s*$")


def label_role(line: str) -> str | None:
    """The role a line labels when it only labels one (after its numbering, a colon at most): 'lead' ("Cơ quan chủ
    trì", "Chủ trì thực hiện"), 'partner' ("Cơ quan phối hợp"), 'all' (who carry it out, "Đơn vị thực hiện"; both
    roles: 'both' ("Cơ quan chủ trì, phối hợp", "Đơn vị chủ trì/phối hợp": the one marked leads, else the first);
    else None. Those who carry it out co-lead unless one is marked (``Context.shared_cell``)."""
    body = match_key(line[_NUMBERING.match(line).end():]).strip()
    body = body[:-1].rstrip() if body.endswith(":") else body
    if not body or len(body) > 60 or not _LABEL_START.match(body):
        return None
    if _FILLER.sub("", dutycues.HEADER_WORD.sub("", body)):
        return None      # words besides the columns' own
    lead, partner = dutycues.LEAD_COLUMN.search(body), dutycues.PARTNER_COLUMN.search(body)
    if lead and partner:
        return "both"
    if lead or partner:
        return "lead" if lead else "partner"
    return "all" if dutycues.EXECUTOR_COLUMN.search(body) else None


def is_label_line(match: str, sentence: Sentence) -> bool:
    """A line that only describes the item it stands in: a role label (bare or with its bodies: "Cơ quan chủ trì: X",
    "Đơn vị đầu mối: X"),
    a time ("Thời gian thực hiện: ...") or a product ("Sản phẩm: ..."); a numbered one ("2. Cơ quan chủ trì", "3.
    Thời gian thực hiện: Quý II") belongs to the item above its number."""
    line = match[sentence.span.start:sentence.span.end]
    rest = line[_NUMBERING.match(line).end():]
    if label_role(line) is not None or dutycues.LEAD_ROLE.match(rest) or dutycues.LEAD_ROLE_UNMARKED.match(rest) \
            or dutycues.FOCAL_ROLE.match(rest) \
            or _PRODUCT_LABEL.match(rest.lower()):
        return True
    label = re.match(r"\s*([^\W\d][\w ]{0,40}?)\s*:", rest)
    return label is not None and bool(deadlinecues.DEADLINE_LABEL.match(match_key(label.group(1)).lower()))


def role_block_line(ctx, s) -> bool:
    """A bare role label ("a) Cơ quan chủ trì", "- Cơ quan phối hợp:"), or a line below it that only lists bodies ("-
    Sở Tư pháp; Sở Nội vụ."): the bodies take the label's role in the item's task. True when the line is so."""
    state = ctx.state
    line = ctx.match[s.sentence.span.start:s.sentence.span.end]
    role = label_role(line) if not s.actors else None
    if role is not None:
        item = ctx.item_task(s)
        state.role_label = (s.sentence.section, s.sentence.index, role, item) if item is not None else None
        return True
    if _PRODUCT_LABEL.match(ctx.low, s.start):
        return True      # "- Sản phẩm: Quyết định của Ủy ban nhân dân tỉnh": what the task yields
    label = state.role_label
    if label is None or not s.actors or not ctx.within(s.sentence.section, label[0]) or label[3] is None:
        return False
    if not _only_bodies(ctx, s):
        return False     # a sentence of its own below the label ("(Văn phòng ... giúp Ban Chỉ đạo ...)")
    listed = ctx.without_appositives(s.actors)
    if label[2] in ("all", "both") and not _led_under(ctx, label) and carried_out(ctx, s, listed, label[3]):
        return True
    leads, partners = (listed, []) if label[2] == "lead" else ([], listed) if label[2] == "partner" else \
        ctx.shared_cell(listed, label[2] == "both")
    give_roles(ctx, s, label[3], leads, partners)
    return True


def _led_under(ctx, label: tuple) -> bool:
    """The item's leads were named under this label itself ("Cơ quan thực hiện:" over "- Các bộ ...:", "- Bộ Y tế:"):
    a body on a later line of its list leads with them, as no label of a lead came before it."""
    record = ctx.state.item_roles.get(label[3])
    opened = next((x.span.start for x in ctx.sentences if x.index == label[1]), None)
    return record is not None and opened is not None and ctx.out[record[0]].evidence.start >= opened


def partners_below(ctx, s, made: int) -> None:
    """"1. Sở A chủ trì, phối hợp với:" over "- Sở B;" / "- Sở C.": the task this sentence made (its lead's) takes the
    bodies listed a line each below it as its partners, as below a label "Cơ quan phối hợp:" (also when an opener,
    "các cơ quan sau:", made the sentence a lead-in of the lines below)."""
    below = _PARTNERS_BELOW.search(ctx.low, s.start, s.end)
    if below is None:
        return
    item = next((i for i in range(made, len(ctx.out)) if ctx.out[i].relation in ("task", "lead-in")
                 and ctx.out[i].sentence == s.sentence.index and ctx.out[i].subjects), None)
    if item is None:
        return
    if dutycues.LEAD.search(ctx.scan, s.start, s.end) is None and not _unled_partners_below(ctx, s, below.start(), item):
        return
    ctx.state.role_label = (s.sentence.section, s.sentence.index, "partner", item)
    opener = set(ctx.iris([a for a in s.actors if a.span.start >= below.start()]))   # "các cơ quan sau": the list's
    for a in ctx.out[made:]:
        if a.relation == "coordination" and a.sentence == s.sentence.index:
            a.objects = [o for o in a.objects if o not in opener]


def _unled_partners_below(ctx, s, at: int, item: int) -> bool:
    """"3. Sở A kiểm tra ... và phối hợp với:" over "- Sở B;" / "- Sở C.": no one leads, the holder named before
    "phối hợp với" cooperates with each body listed below (GUIDELINES: "X phối hợp (với) Y" gives [X, Y]), also the
    holder of a heading over it ("3. Sở A:" / "Kiểm tra ... và phối hợp với:"); an unled record of the item that the
    lines below fill (``give_roles``). False when no body holds the task there or no body opens the line below."""
    named = ctx.iris([a for a in s.actors if a.span.end <= at])   # none: the holder of the heading above it
    holders = [p for p in ctx.out[item].subjects if p in named or not named]
    listed = _LISTED_BODY.match(ctx.match, s.sentence.span.end)
    if not holders or ctx.state.item_roles.get(item) is not None or listed is None \
            or not any(m.span.start == listed.end() for m in ctx.mentions):
        return False     # (a body must open the line below: "- Kiểm tra ..." lists no partner)
    record = ctx.add(Assertion("coordination", Span(*ctx.span_text(s.start, s.end)), s.sentence.index,
                               subjects=holders, objects=[], text=ctx.out[item].text, parent=item, qualifier="unled"))
    if record is None:
        return False
    ctx.state.item_roles[item] = (record, False)
    return True


def _only_bodies(ctx, s) -> bool:
    """The line names bodies and says nothing else: what is left without their names is list filler and a few words
    that qualify them ("các cấp", "có liên quan", "các quân khu" of a name the recogniser cut), no verb of the genre."""
    rest, cursor = [], s.start
    for actor in s.actors:
        rest.append(ctx.gaps[cursor:actor.span.start])
        cursor = actor.span.end
    rest.append(ctx.gaps[cursor:s.end])
    # (a spaced dash between two names lists them too: "- Ban Công tác đặc biệt - Ủy ban Chuyên trách Chính phủ."; a
    # plural "các tổ chức" is organisations the recogniser did not name, not the verb "tổ chức": "- Mặt trận Tổ quốc
    # Việt Nam; các tổ chức, đoàn thể có liên quan.")
    left = _PLURAL_ORGANISATIONS.sub(" ", " ".join(rest))
    words = [w for w in re.sub(r"[;,.:]|(?<!\S)[-–](?!\S)", " ", left).split()
             if w.lower() not in cues.LIST_FILLER and w.lower() not in cues.LEVEL_WORDS]   # "các cấp", "và"
    return not words or qualifier_only(" ".join(words))


def carried_out(ctx, s, bodies: list[Mention], item: int | None = None) -> bool:
    """"Cơ quan chủ trì: X" and then "Đơn vị thực hiện: Y": where a label of the item's block already named its lead, the
    bodies that carry it out hold it under that lead (a duty of theirs, no pair); True when so."""
    item = ctx.item_task(s) if item is None else item
    if item is None or not ctx.state.item_roles.get(item, (None, False))[1]:
        return False
    ctx.add(Assertion("responsible", Span(*ctx.span_text(s.start, s.end)), s.sentence.index, subjects=ctx.iris(bodies),
                      text=ctx.out[item].text, levels=ctx.levels(bodies), parent=item))
    return True


def give_roles(ctx, s, item: int, leads: list[Mention], partners: list[Mention]) -> None:
    """The leads and partners a line of the item's block names, in whatever order its labels come: one coordination
    of the item, its leads added up over the lines that name them ("- Cơ quan chủ trì:" / "+ Sở A;" / "+ Sở B.") and
    its partners too; the task's holders are its leads."""
    state = ctx.state
    state.last_task = item
    task = ctx.out[item]
    if task.relation == "requirement":
        task.relation = "task"
    record_index, labelled = state.item_roles.get(item, (None, False))
    lead_iris = ctx.iris(leads)
    if lead_iris:
        task.subjects = list(dict.fromkeys((task.subjects if labelled else []) + lead_iris))
        task.levels = tuple(dict.fromkeys(task.levels + ctx.levels(leads)))
    evidence = Span(*ctx.span_text(s.start, s.end))
    if record_index is None:
        record_index = ctx.add(Assertion("coordination", evidence, s.sentence.index, subjects=list(task.subjects),
                                         objects=[], text=task.text, parent=item))
    record = ctx.out[record_index]
    if lead_iris:
        record.subjects = list(task.subjects)
    record.objects = [p for p in dict.fromkeys(record.objects + partner_iris_of(ctx, partners)) if p not in record.subjects]
    record.evidence = Span(min(record.evidence.start, evidence.start), max(record.evidence.end, evidence.end))
    state.item_roles[item] = (record_index, labelled or bool(lead_iris))
    state.open_coordination = record_index
    roles_over_siblings(ctx, item)   # "3.1. ..." / "3.2. ..." / "3.3. ..." / "- Đơn vị chủ trì: X": each sub-item


def qualifier_only(rest: str, most: int = 8) -> bool:
    """What follows the names of a numbered heading only says which of them ("7. Ủy ban nhân dân các xã, phường có cụm
    công nghiệp"): a few words, no verb of the genre, no sentence of its own."""
    words = re.findall(r"\w+", rest.lower())
    return 0 < len(words) <= most and not re.search(r"[.;:!?]\s*\S", rest) \
        and not any(" ".join(words[k:k + n]) in cues.ACTION_VERBS for k in range(len(words)) for n in (1, 2, 3)) \
        and not dutycues.HOLDER_VERB.match(rest.lower().lstrip())   # "c) Bộ Y tế quy định chi tiết ...": its verb
