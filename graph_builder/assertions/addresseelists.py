"""A long list of the bodies a text addresses, as official texts write one: its members parted by semicolons ("Giao
Cục Cảnh sát giao thông; Cục Y tế; Cục Trang bị và kho vận sẵn sàng lực lượng, phương tiện ...", "... có công điện
số 37/TK gửi: Bộ Tư lệnh Quân khu 3; Bộ Tư lệnh Cảnh sát biển với nội dung:"), and opened by the kind they are ("Giao
các đơn vị Cục A; Cục B ...", "Yêu cầu các cơ quan: Sở A, Sở B ..."). The list goes on over each semicolon that stands
right after a member's name and before the next member's, and the duty after its last member is every member's (read
as no more than its first member, the others were left without the duty and its text opened with the rest of the
list; behind its kind, no member was read at all).

A semicolon after words of a member's own ("Giao Sở A chủ trì thực hiện; Sở B ...") ends the list: it parts two
clauses, each with its own holders. The reading context (``assertions.context.Context``) is not imported: it sits
above this module.
"""

from __future__ import annotations

import re

from typing import Callable

from policykg.graph_builder.model import Mention

__all__ = ["chain_over_semicolons"]

_SEMICOLON = re.compile(r"\s*;\s*")
# the kind of the bodies listed, in front of the first ("các đơn vị | Cục A; Cục B"), searched in the lower-cased text
_KIND_BEFORE = re.compile(r"\s*(?:các|những)\s+(?:đơn vị|cơ quan)\s*:?(?=\s)")


def chain_over_semicolons(ctx, pos: int, end: int, actors: list[Mention], gap_chars: str = ":",
                          opens: Callable[[int], bool] | None = None) -> list[Mention]:
    """The actor list right after ``pos`` (``Context.chain_after``), or after the kind of its bodies there, gone on
    over each semicolon that stands right after a member and right before the next list of members, up to ``end``;
    [] when no body follows. A list read over a semicolon or behind its kind must end where its duty opens (a verb, a
    colon): else a member's name was read short ("Cục A, cơ sở | bắt buộc; Cục B ..."), and no more than the members
    before the first semicolon are kept (none behind a kind). ``opens`` (a position right after the list) says where
    the duty opens when the caller knows better ("gửi A; B | với nội dung:")."""
    opens = opens or (lambda at: _duty_opens(ctx, at, end))
    parts: list[list[Mention]] = []
    cursor = pos
    while part := ctx.chain_after(cursor, end, actors, gap_chars=gap_chars):
        parts.append(part)
        semicolon = _SEMICOLON.match(ctx.low, part[-1].span.end, end)
        if semicolon is None:
            break
        cursor = semicolon.end()
    kind = None if parts else _KIND_BEFORE.match(ctx.low, pos, end)
    if kind is not None and not any(a.span.start < kind.end() < a.span.end for a in actors):
        chain = chain_over_semicolons(ctx, kind.end(), end, actors, gap_chars, opens)
        return chain if chain and opens(chain[-1].span.end) else []
    if len(parts) > 1 and not opens(parts[-1][-1].span.end):
        return parts[0]
    return [m for part in parts for m in part]


def _duty_opens(ctx, pos: int, end: int) -> bool:
    """Right after a list of bodies, their duty opens: a verb (``Context.verb_after``) or a colon before it."""
    return ctx.low[pos:end].lstrip().startswith(":") or ctx.verb_after(pos, end)
