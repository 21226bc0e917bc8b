"""Division-of-labour tables ("| Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |"): each row a task held
by the lead cell's actors, with the time cell as its deadline, and a coordination duty with the partner cell's."""

from __future__ import annotations

from policykg.graph_builder.assertions.citations import concerns
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.deadlines import written_deadline
from policykg.graph_builder.model import Assertion, Mention, Span
from policykg.graph_builder.tabular import Table, TableRow, duty_columns

__all__ = ["table_row"]


def table_row(ctx: Context, s: Sent, table: Table, row: TableRow) -> None:
    """A row of a division-of-labour table: a task held by the actors of the lead cell, due when the time cell says,
    and a coordination duty with the actors of the partner cell; the row is the evidence. (A cell merged over several
    rows is written in each of them: by Word's export, and by ``read`` for an HTML ``rowspan``.)"""
    columns = duty_columns(table)
    cell = row.cells[columns.task] if columns.task < len(row.cells) else None
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

    leads, partners = actors_in(columns.lead), actors_in(columns.partner)
    lead_cell = row.cells[columns.lead] if columns.lead < len(row.cells) else None
    if not leads and not partners and (lead_cell is None or lead_cell.start == lead_cell.end):
        return   # "| I | Nhóm nhiệm vụ tuyên truyền | | |": a group heading inside the table, or nobody's row
    evidence = Span(*ctx.span_text(row.span.start, row.span.end))
    task_text = ctx.text[tstart:tend]
    index = ctx.add(Assertion("task", evidence, s.sentence.index, subjects=ctx.iris(leads), text=task_text,
                               levels=ctx.levels(leads), deadline=_deadline(ctx, row, columns.deadline)))
    ctx.state.last_task, ctx.state.open_coordination = index, None
    lead_iris = ctx.iris(leads)
    partner_iris = [p for p in ctx.iris(partners) if p not in lead_iris]
    if lead_iris or len(partner_iris) >= 2:
        ctx.state.open_coordination = ctx.add(Assertion(
            "coordination", evidence, s.sentence.index, subjects=lead_iris, objects=partner_iris,
            text=task_text, levels=ctx.levels(leads + partners), parent=index))
    concerns(ctx, s, index)


def _deadline(ctx: Context, row: TableRow, column: int | None) -> str | None:
    if column is None or column >= len(row.cells):
        return None
    cell = row.cells[column]
    return written_deadline(ctx.text[cell.start:cell.end]) if cell.end > cell.start else None
