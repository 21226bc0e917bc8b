"""The partners of a coordination as IRIs, with the units a partner's bracket names: "phối hợp với Bộ GDĐT (Cục Khoa
học, Công nghệ và Thông tin)" names the ministry and, in the bracket, its unit that will do the work: both are
partners. A bracket that names the owner of the body before it ("Cục Điều tra chống buôn lậu (Tổng cục Hải quan)") or
another name of it ("Văn phòng Ban Chỉ đạo (Cục Chính sách)") adds none (``Context.without_appositives`` leaves
bracketed bodies out of every list; holders keep that reading: the first named holds the duty). Below the reading
context (``ctx`` is an ``assertions.context.Context``, not imported: the role-block lines it reads use this too)."""

from __future__ import annotations

from policykg.graph_builder.model import Mention

__all__ = ["partner_iris_of"]


def partner_iris_of(ctx, partners: list[Mention]) -> list[str]:
    """``ctx.iris(partners)`` and, after them, each body named in a bracket right after a partner of a higher rank
    (the ontology's ``pkg:unitRank`` of head nouns, read through the lexicon: Bộ, Ủy ban nhân dân > Tổng cục, Sở, Công
    an > Cục, Vụ, Văn phòng, Thanh tra, Viện > Chi cục, Phòng, Trung tâm, Đội)."""
    kept = ctx.iris(partners)
    units = [m.iri for m, before in zip(partners[1:], partners) if m.iri not in kept
             and ctx.match[before.span.end:m.span.start].strip() == "(" and ctx.match[m.span.end:m.span.end + 1] == ")"
             and _outranks(ctx.lexicon, before, m)]
    return list(dict.fromkeys(kept + units))


def _outranks(lexicon, owner: Mention, unit: Mention) -> bool:
    ranks = [lexicon.unit_rank(m.label or "") for m in (owner, unit)]
    return None not in ranks and ranks[0] < ranks[1]
