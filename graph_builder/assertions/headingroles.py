"""An actor heading that names its body's role in the items below it, after the body's name: in brackets ("1. Sở Nông
nghiệp và Môi trường (cơ quan chủ trì):", "2. Sở Xây dựng (cơ quan thường trực về phòng, chống thiên tai của Ban Chỉ
huy)", "3. Công an tỉnh (đơn vị phối hợp):") or after a dash or a comma ("4. Sở Tư pháp – cơ quan đầu mối:", "5. Sở Y
tế, đơn vị chủ trì:").

A lead word ("chủ trì", "đầu mối", "thường trực", "chịu trách nhiệm chính") makes the body the lead of every item below
the heading (GUIDELINES, convention 9: a word that marks the lead); "phối hợp" leaves the items its duties, no lead.
Words after the lead word ("thường trực về phòng, chống thiên tai") name a standing task of the body's own, which it
leads. Without this reading the role, which is neither a name nor a qualifier, kept the line from heading anything.

The same family on a lead-in that names its holders' roles and no task of its own (``names_roles``): "2. Sở Xây dựng là
cơ quan chủ trì, có trách nhiệm:", "1. Nhóm nhiệm vụ do Sở Nội vụ chủ trì", "X chủ trì, phối hợp với Y thực hiện các
nội dung sau:": its items carry the lead and the pairs, the line itself is no lead of anything.
"""

from __future__ import annotations

import re

from policykg.graph_builder import cues
from policykg.graph_builder import dutycues
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.assertions.leadins import lead_in_kind
from policykg.graph_builder.model import Assertion, Mention, Span

__all__ = ["lead_heading", "names_roles", "role_aside"]

_ROLE = (r"(?:là\s+)?(?:(?:cơ quan|đơn vị|lực lượng|bộ phận)\s+)?"
         r"(?P<{}>chủ trì|đầu mối|thường trực|chịu trách nhiệm chính|phối hợp)")
# the role in brackets (its own words may hold commas and names: "(cơ quan thường trực về phòng, chống thiên tai của
# Ban Chỉ huy Phòng thủ dân sự tỉnh)"), or after a dash or a comma up to the heading's colon
_ROLE_ASIDE = re.compile(r"\s*(?:\(\s*(?P<inner>" + _ROLE.format("role") + r"(?P<what>[^()]{0,160}?))\s*\)"
                         r"|(?:[-–—]|,)\s+(?P<bare>" + _ROLE.format("bare_role") + r"(?P<bare_what>[^():;,]{0,80}?)))\s*[:.]?\s*$", re.I)
# role words that name no task of their own: "(cơ quan chủ trì thực hiện)", "(đơn vị đầu mối)"
_NO_TASK = re.compile(r"\s*(?:(?:tổ chức\s+)?thực hiện|triển khai)?\s*$", re.I)
_LEAD_ROLES = ("chủ trì", "đầu mối", "thường trực", "chịu trách nhiệm chính")
# a lead-in's words after its bodies that name only their lead role and the items' duty word ("là cơ quan chủ trì, có
# trách nhiệm:", "làm đầu mối:", "là cơ quan thường trực, có nhiệm vụ sau:"; searched in the lower-cased text)
_LEAD_ROLE_ONLY = re.compile(r"\s*(?:là|làm|giữ vai trò)?\s*(?:(?:cơ quan|đơn vị|lực lượng)\s+)?(?:chủ trì|đầu mối|thường trực)"
                             r"\s*,?\s*(?:(?:có|với)\s+(?:trách nhiệm|nhiệm vụ)(?:\s+(?:cụ thể\s+)?(?:như\s+)?sau(?:\s+đây)?)?)?"
                             r"\s*[:.]?\s*")


def _role_after(ctx: Context, s: Sent, chain: list[Mention]) -> tuple[int, re.Match] | None:
    """How many of ``chain``'s bodies the heading names and the role after them, or None. The role's words may have
    been read as a body of their own ("(cơ quan chủ trì)", the body that leads, named by its role): they are no member
    of the heading."""
    for k in range(len(chain), 0, -1):
        m = _ROLE_ASIDE.match(ctx.match[chain[k - 1].span.end:s.end])
        if m is not None:
            return k, m
    return None


def role_aside(ctx: Context, s: Sent, chain: list[Mention], rest: str) -> tuple[list[Mention], str]:
    """``chain`` and ``rest`` (what follows the heading's names) as they are, unless what follows the bodies only names
    their role: then nothing is left after them but the heading's colon."""
    found = _role_after(ctx, s, chain) if chain else None
    if found is None:
        return chain, rest
    return chain[:found[0]], ":" if rest.rstrip().endswith(":") else ""


def lead_heading(ctx: Context, s: Sent, heading: list[Mention]) -> None:
    """When the heading ``heading`` of ``s`` names its bodies' role with a lead word, they lead the items below it (a
    lead-in the items carry, as "Giao X chủ trì ... sau:"), and the task the role's own words name."""
    found = _role_after(ctx, s, heading) if heading else None
    if found is None or found[0] != len(heading):
        return
    m, after = found[1], heading[-1].span.end
    if (m.group("role") or m.group("bare_role")).lower() not in _LEAD_ROLES:
        return
    subjects = ctx.iris(heading)
    ctx.state.heading_lead = ctx.add(Assertion("lead-in", Span(s.start, s.end), s.sentence.index, subjects=subjects))
    ctx.state.heading_lead_marker = None
    group = "inner" if m.group("inner") else "bare"
    what = m.group("what") if group == "inner" else m.group("bare_what")
    if what is None or _NO_TASK.fullmatch(what):
        return
    start, end = ctx.span_text(after + m.start(group), after + m.end(group))
    text = ctx.text[start:end]
    task = ctx.add(Assertion("task", Span(start, end), s.sentence.index, subjects=subjects, text=text))
    ctx.add(Assertion("coordination", Span(start, end), s.sentence.index, subjects=subjects, text=text, parent=task))


def names_roles(ctx: Context, s: Sent) -> bool:
    """The lead-in ``s`` names only its bodies' roles, no task of its own: a role word before its last body and no
    verb of the genre after its role words ("1. Bộ Y tế chủ trì, phối hợp với A, B:", the same line without its colon
    over "a) ...", "b) ..."), or only a lead word and the items' duty word after its bodies ("2. Sở Xây dựng là cơ quan
    chủ trì, có trách nhiệm:", "5. Sở Tài chính làm đầu mối:"): the items below are the bodies' tasks."""
    if _LEAD_ROLE_ONLY.fullmatch(ctx.low, s.actors[-1].span.end, s.end) is not None:
        return True
    return ctx.has_trigger(s.start, s.actors[-1].span.start) and (_roles_only(ctx, s) or lead_in_kind(ctx, s) == "roles")


def _roles_only(ctx: Context, s: Sent) -> bool:
    """A lead-in names its holders' roles and no task of its own: nothing after its last actor, or no verb of the genre
    after its last role word ("1. Bộ Y tế chủ trì, phối hợp với các bộ, cơ quan liên quan")."""
    if not ctx.match[s.actors[-1].span.end:s.end].strip(" :;,.") \
            or dutycues.DUTY_LEAD_IN.match(ctx.low, s.actors[-1].span.end, s.end):
        return True   # "... phối hợp với A, B thực hiện các nội dung sau:": the items below are the task
    roles = [m.end() for m in dutycues.LEAD.finditer(ctx.low, s.start, s.end)] + \
        [m.end() for m in dutycues.COOPERATE.finditer(ctx.low, s.start, s.end)]
    if not roles:
        return False
    words = ctx.words_between(max(roles), s.end)
    return not any(" ".join(words[k:k + n]) in cues.ACTION_VERBS for k in range(len(words)) for n in (1, 2, 3))
