"""Division-of-labour tables ("| Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |"): each row a task held by
the lead cell's actors and a coordination duty with the partner cell's."""

from __future__ import annotations

from policykg.graph_builder.assertions.citations import concerns
from policykg.graph_builder.assertions.context import Context, Sent, duty_columns
from policykg.graph_builder.model import Assertion, Mention, Span
from policykg.graph_builder.segment import Table, TableRow

__all__ = ["table_row"]


def table_row(ctx: Context, s: Sent, table: Table, row: TableRow) -> None:
    """A row of a "Nội dung | Cơ quan chủ trì | Cơ quan phối hợp" table: a task held by the actors of the lead
    cell, and a coordination duty with the actors of the partner cell; the row is the evidence."""
    task_col, lead_col, partner_col = duty_columns(table)
    cell = row.cells[task_col] if task_col < len(row.cells) else None
    if cell is None:
        return
    tstart, tend = ctx.span_text(cell.start, cell.end)
    if tend <= tstart:
        return

    def actors_in(column: int | None) -> list[Mention]:
        if column is None or column >= len(row.cells):
            return []
        span = row.cells[column]
        return [a for a in s.actors if span.start <= a.span.start and a.span.end <= span.end]

    leads, partners = actors_in(lead_col), actors_in(partner_col)
    lead_text = row.cells[lead_col] if lead_col < len(row.cells) else None
    if not leads and not partners and (lead_text is None or lead_text.start == lead_text.end):
        return   # "| I | Nhóm nhiệm vụ tuyên truyền | | |": a group heading inside the table
    evidence = Span(*ctx.span_text(row.span.start, row.span.end))
    task_text = ctx.text[tstart:tend]
    index = ctx.add(Assertion("task", evidence, s.sentence.index, subjects=ctx.iris(leads), text=task_text,
                               levels=ctx.levels(leads)))
    ctx.state.last_task, ctx.state.open_coordination = index, None
    lead_iris = ctx.iris(leads)
    partner_iris = [p for p in ctx.iris(partners) if p not in lead_iris]
    if lead_iris or len(partner_iris) >= 2:
        ctx.state.open_coordination = ctx.add(Assertion(
            "coordination", evidence, s.sentence.index, subjects=lead_iris, objects=partner_iris,
            text=task_text, levels=ctx.levels(leads + partners), parent=index))
    concerns(ctx, s, index)
