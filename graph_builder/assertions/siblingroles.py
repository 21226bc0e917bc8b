"""A block of roles below the last of several sub-items that name no holder ("3.1. Tham gia ..." / "3.2. Tổng hợp ..." /
"3.3. Theo dõi ..." / "- Đơn vị chủ trì: X" / "- Đơn vị phối hợp: Y"): the block closes the run of sub-items of one
part, so each sub-item of the run takes its roles, not only the last one. A sub-item that has roles of its own, or a
holder, ends the run (the blocks then stand one below each sub-item)."""

from __future__ import annotations

from policykg.graph_builder.model import Assertion

__all__ = ["earlier_siblings", "roles_over_siblings"]


def roles_over_siblings(ctx, item: int) -> None:
    """Give the roles of the record ``item`` (a sub-item's task, its coordination in ``state.item_roles``) to the
    sub-items before it in its part that hold nothing (requirements of nobody), up to the first that holds some."""
    record = ctx.state.item_roles.get(item)
    if record is None:
        return
    task, coordination = ctx.out[item], ctx.out[record[0]]
    for sibling in earlier_siblings(ctx, item):
        opening = ctx.opening.get(sibling.index)
        made = ctx.first_task_of(opening.index) if opening is not None else None
        given = ctx.state.sibling_roles.get(made) if made is not None else None
        if made is None or made in ctx.state.item_roles \
                or given is None and (ctx.out[made].relation not in ("task", "requirement") or ctx.out[made].subjects):
            break
        earlier = ctx.out[made]
        earlier.relation, earlier.subjects, earlier.levels = "task", list(task.subjects), task.levels
        if given is None:
            ctx.state.sibling_roles[made] = ctx.add(Assertion(
                "coordination", earlier.evidence, earlier.sentence, subjects=list(coordination.subjects),
                objects=list(coordination.objects), text=earlier.text, levels=task.levels, parent=made))
        else:
            ctx.out[given].subjects, ctx.out[given].objects = list(coordination.subjects), list(coordination.objects)


def earlier_siblings(ctx, item: int) -> list:
    """The sub-items ("3.1.", "3.2.") of the part of the record ``item``'s sub-item that come before it, nearest first
    (none when its sentence opens no numbered sub-item)."""
    sentence = next((x for x in ctx.sentences if x.index == ctx.out[item].sentence), None)
    section = ctx.sections.get(sentence.section) if sentence is not None and sentence.section is not None else None
    if section is None or section.number is None or "." not in section.number or section.parent is None:
        return []
    depth = section.number.count(".")
    return sorted((s for s in ctx.sections.values() if s.parent == section.parent and s.index < section.index
                   and s.number is not None and s.number.count(".") == depth), key=lambda s: -s.index)
