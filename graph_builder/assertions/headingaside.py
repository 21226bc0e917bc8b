"""An actor heading that names, in brackets after its body, the unit the body gives the work to: "## Sở Thông tin và
Truyền thông (Giao Phòng Bưu chính Viễn thông)", "3. Sở Xây dựng (giao Phòng Quản lý nhà thực hiện)". The duties
below are the body's and the unit's, as if both were named; without this reading the bracket, which is neither a name
nor a qualifier, kept the line from heading anything."""

from __future__ import annotations

import re

from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.model import Mention

__all__ = ["delegated_aside"]

_DELEGATION = re.compile(r"\s*\(\s*giao(?:\s+cho)?\s+(?P<inner>[^()\n]{3,120}?)(?:\s+thực hiện)?\s*\)\s*:?\s*$",
                         re.I)


def delegated_aside(ctx: Context, s: Sent, chain: list[Mention], rest: str) -> tuple[list[Mention], str]:
    """``chain`` and ``rest`` (what follows the heading's names) as they are, unless ``rest`` is only a bracket
    giving the work to units the names found: then those units join the chain and nothing is left after it."""
    m = _DELEGATION.match(rest)
    if m is None or not chain:
        return chain, rest
    start = chain[-1].span.end + m.start("inner")
    units = ctx.chain_after(start, chain[-1].span.end + m.end("inner"), s.actors)
    if not units or units[0].span.start != start:
        return chain, rest
    return chain + [u for u in units if u not in chain], rest[m.end():] + (":" if rest.rstrip().endswith(":") else "")
