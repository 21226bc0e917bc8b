"""A time line below the last of several sub-items that state no time of their own ("3.1. Tham gia ..." / "3.2. Tổng
hợp ..." / "3.3. Theo dõi ..." / "- Thời gian thực hiện: Từ tháng 12/2026 đến Quý I/2027"): the line closes the run of
sub-items of one part, as a block of roles does (``siblingroles``), so each sub-item of the run takes the time, not
only the last one. A sub-item with a time or roles of its own, or with lines of its own below its opening, ends the
run (the time lines then stand one below each sub-item)."""

from __future__ import annotations

from policykg.graph_builder.assertions.siblingroles import earlier_siblings

__all__ = ["time_over_siblings"]


def time_over_siblings(ctx, item: int, written: str) -> None:
    """Give the time ``written`` of the record ``item`` (a sub-item's task) to the sub-items before it in its part
    whose tasks have no time, up to the first that has one (or roles, or lines of its own)."""
    for sibling in earlier_siblings(ctx, item):
        opening = ctx.opening.get(sibling.index)
        made = ctx.first_task_of(opening.index) if opening is not None else None
        if made is None or made in ctx.state.item_roles or ctx.out[made].deadline is not None \
                or ctx.out[made].relation not in ("task", "requirement") \
                or any(x.section == sibling.index and x.paragraph != opening.paragraph for x in ctx.sentences):
            break
        ctx.out[made].deadline = written
