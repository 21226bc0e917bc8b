"""Division-of-labour tables ("| Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |"): each row a task held
by the lead cell's actors, with the time cell as its deadline, and a coordination duty with the partner cell's."""

from __future__ import annotations

from policykg.core.textnorm import match_key
from policykg.graph_builder import deadlinecues, dutycues
from policykg.graph_builder.assertions.bracketunits import partner_iris_of
from policykg.graph_builder.assertions.citations import concerns
from policykg.graph_builder.assertions.context import Context, Sent
from policykg.graph_builder.deadlines import written_deadline
from policykg.graph_builder.layout import LayoutRow, LayoutTable, cell_text
from policykg.graph_builder.model import Assertion, Mention, Span
from policykg.graph_builder.tabular import Table, TableRow, cell_words, duty_columns, group_title_row

__all__ = ["assigned_task", "layout_row", "table_row"]


def table_row(ctx: Context, s: Sent, table: Table, row: TableRow) -> None:
    """A row of a division-of-labour table: a task held by the actors of the lead cell, due when the time cell says,
    and a coordination duty with the actors of the partner cell; the row is the evidence. (A cell merged over several
    rows is written in each of them: by Word's export, and by ``read`` for an HTML ``rowspan``.)"""
    columns = duty_columns(table)
    cell = row.cells[columns.task] if columns.task < len(row.cells) else None
    if cell is None or group_title_row([ctx.match[c.start:c.end] for c in row.cells]):
        return
    tstart, tend = ctx.span_text(cell.start, cell.end)
    continues = tend <= tstart
    if continues:
        # an empty task cell under a merged "Nội dung" cell: the row gives the task above another lead
        cell = _task_above(ctx, table, row, columns.task)
        if cell is None:
            return
        tstart, tend = ctx.span_text(cell.start, cell.end)

    def actors_in(column: int | None) -> list[Mention]:
        if column is None or column >= len(row.cells):
            return []
        span = row.cells[column]
        # "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp", "cơ quan thuộc Chính phủ": the body it submits
        # to, or the owner of a body, holds no part of the row
        return [a for a in s.actors if span.start <= a.span.start and a.span.end <= span.end
                and not dutycues.NOT_A_PARTY_BEFORE.search(ctx.low, span.start, a.span.start)]

    leads, partners = actors_in(columns.lead), actors_in(columns.partner)
    lead_cell = row.cells[columns.lead] if columns.lead < len(row.cells) else None
    if not leads and not continues and (lead_cell is None or lead_cell.start == lead_cell.end):
        leads = _merged_lead(ctx, table, row, columns)
    if columns.shared:
        leads, partners = ctx.shared_cell(leads, columns.ordered)
    if not leads and not partners and (lead_cell is None or lead_cell.start == lead_cell.end):
        return   # "| I | Nhóm nhiệm vụ tuyên truyền | | |": a group heading inside the table, or nobody's row
    time = row.cells[columns.deadline] if columns.deadline is not None and columns.deadline < len(row.cells) else None
    deadline = _table_time(ctx.text[time.start:time.end]) if time is not None and time.end > time.start else None
    last = row.cells[-1] if row.cells else None
    if deadline is None and columns.deadline is not None and len(row.cells) < len(table.header) \
            and len(row.cells) - 1 > columns.task and last.end > last.start:
        # a row short of a cell (a Word table one cell per line, an empty cell left out): its time is its last cell
        deadline = _table_time(ctx.text[last.start:last.end])
    task_text = ctx.text[tstart:tend]
    for more in _wrapped_rows(ctx, table, row, columns):
        # "| 1 | Xây dựng đề án phát triển | Bộ Y tế | Bộ Tài chính, | Năm 2026 |" / "| | y tế cơ sở ... | | Bộ Nội vụ | |"
        piece = more.cells[columns.task]
        task_text += " " + ctx.text[piece.start:piece.end]
        if columns.partner is not None and columns.partner < len(more.cells):
            cell_span = more.cells[columns.partner]
            partners += [m for m in ctx.mentions if m.category == "actor"
                         and cell_span.start <= m.span.start and m.span.end <= cell_span.end]
    task_text = cell_words(task_text)   # a cell that wraps over two lines, or holds a "<br>" of a Markdown copy
    above = ctx.out[ctx.state.last_task] if continues and ctx.state.last_task is not None else None
    evidence = Span(*ctx.span_text(row.span.start, row.span.end))
    index = assigned_task(ctx, s, evidence, task_text, (leads, partners), deadline)
    co_leads = [a for a in above.subjects if a not in ctx.iris(leads)] if above is not None and above.text == task_text \
        else []
    if co_leads and leads:   # the leads of the row above and of this one lead one task together
        ctx.add(Assertion("coordination", evidence, s.sentence.index, subjects=ctx.iris(leads), objects=co_leads,
                          text=task_text, levels=ctx.levels(leads), parent=index))


def _table_time(cell: str) -> str | None:
    """The time a row's time cell gives, when it reads as one ("Quý III/2026", "Thường xuyên", "Giai đoạn 2026 - 2030");
    None for the words of another cell that a table cut in pieces left there ("Lâm nghiệp và Kiểm lâm")."""
    written = written_deadline(cell)
    if written is None or not (deadlinecues.TIME_CELL.match(match_key(written)) or any(c.isdigit() for c in written)):
        return None
    return written


def _wrapped_rows(ctx: Context, table: Table, row: TableRow, columns) -> list[TableRow]:
    """The rows right below ``row`` that only carry on its cells: no number, no lead, the task going on in lower case
    (a row of a converted table wrapped over several lines of its own)."""
    out = []
    for below in table.rows[table.rows.index(row) + 1:] if row in table.rows else []:
        cells = below.cells
        task = cells[columns.task] if columns.task < len(cells) else None
        lead = cells[columns.lead] if columns.lead < len(cells) else None
        words = ctx.text[task.start:task.end].strip() if task is not None else ""
        if not words or not words[0].islower() or (cells and columns.task != 0 and cells[0].end > cells[0].start) \
                or (lead is not None and lead.end > lead.start):
            break
        out.append(below)
    return out


def _merged_lead(ctx: Context, table: Table, row: TableRow, columns) -> list[Mention]:
    """The actors of a lead cell merged over several rows, which a copy of the table writes in its first row only
    ("1 | Số hóa bản đồ ... | Sở A | Sở B | Năm 2026" / "2 | Xây dựng cơ sở dữ liệu ... | | Sở C | Năm 2027"): for a row
    of its own (its task opens with a capital, and it names partners) whose lead cell is empty, the lead of
    the nearest row above that names one, up to a group's title; [] when there is none."""
    task = ctx.text[row.cells[columns.task].start:row.cells[columns.task].end].strip(" *_")
    partner = row.cells[columns.partner] if columns.partner is not None and columns.partner < len(row.cells) else None
    if not task[:1].isupper() and not task[:1].isdigit() or partner is None or partner.end == partner.start:
        return []   # "| 4 | Tổng kết | | | Quý IV |": a row that names nobody is nobody's
    others = [c for c in (columns.partner, columns.deadline) if c is not None and c < len(row.cells)]
    for previous in reversed(table.rows[:table.rows.index(row)] if row in table.rows else []):
        cells = previous.cells
        if group_title_row([ctx.match[c.start:c.end] for c in cells]) or not any(
                cells[c].end > cells[c].start for c in (columns.lead, *others) if c < len(cells)):
            return []   # "| II | Thị trường và tiêu thụ | | | |": a group's title parts the merged cells
        cell = cells[columns.lead] if columns.lead < len(cells) else None
        if cell is not None and cell.end > cell.start:
            return [m for m in ctx.mentions if m.category == "actor" and cell.start <= m.span.start
                    and m.span.end <= cell.end and not dutycues.NOT_A_PARTY_BEFORE.search(ctx.low, cell.start, m.span.start)]
    return []


def _task_above(ctx: Context, table: Table, row: TableRow, column: int) -> Span | None:
    """The nearest task cell above ``row`` in its table that is not empty, or None."""
    above = table.rows[:table.rows.index(row)] if row in table.rows else []
    for previous in reversed(above):
        if column < len(previous.cells):
            start, end = ctx.span_text(previous.cells[column].start, previous.cells[column].end)
            if end > start:
                return previous.cells[column]
    return None


def layout_row(ctx: Context, s: Sent, table: LayoutTable, row: LayoutRow) -> None:
    """A row of a division-of-labour table in layout text: as ``table_row``, its cells read from their pieces."""
    columns = table.columns

    def cell(column: int | None) -> list[tuple[int, int]]:
        return row.cells[column] if column is not None and column < len(row.cells) else []

    def actors_in(column: int | None) -> list[Mention]:
        pieces = cell(column)
        return [m for m in ctx.mentions if m.category == "actor" and any(a <= m.span.start < b for a, b in pieces)]

    task_text = cell_text(ctx.text, cell(columns.task))
    leads, partners = actors_in(columns.lead), actors_in(columns.partner)
    if not leads and not cell(columns.lead) and task_text[:1].isupper() and cell(columns.partner):
        above = _centred_lead(table, row)
        leads = [m for m in ctx.mentions if m.category == "actor" and any(a <= m.span.start < b for a, b in above)]
    if columns.shared:
        leads, partners = ctx.shared_cell(leads, columns.ordered)
    if not task_text or (not leads and not partners and not cell(columns.lead)):
        return
    assigned_task(ctx, s, row.span, task_text, (leads, partners), _table_time(cell_text(ctx.text, cell(columns.deadline))))


def _centred_lead(table: LayoutTable, row: LayoutRow) -> list[tuple[int, int]]:
    """The pieces of the lead cell merged over ``row`` and its neighbours in PDF layout text, which prints the merged
    cell's words once, centred on its rows ("1 Tiêm chủng ... | | Ủy ban nhân dân cấp xã" / "2 Giám sát ... | Sở Y tế |
    ..." / "3 Truyền thông ... | | Báo tỉnh"): the lead cell of the nearest row that has one (above when two are as
    near), within the rows between two group titles (rows of no one); [] when there is none."""
    columns, rows = table.columns, table.rows
    k = rows.index(row) if row in rows else -1

    def cell(r: LayoutRow, column: int | None) -> list[tuple[int, int]]:
        return r.cells[column] if column is not None and column < len(r.cells) else []

    def group(r: LayoutRow) -> bool:
        return not any(cell(r, c) for c in (columns.lead, columns.partner, columns.deadline))

    for distance in range(1, len(rows)):
        for j in (k - distance, k + distance):
            if 0 <= j < len(rows) and cell(rows[j], columns.lead) \
                    and not any(group(rows[m]) for m in range(min(j, k) + 1, max(j, k))):
                return cell(rows[j], columns.lead)
    return []


def assigned_task(ctx: Context, s: Sent, evidence: Span, task_text: str, parties: tuple[list[Mention], list[Mention]],
              deadline: str | None) -> int:
    """The task of a table row (or of an item that names its lead after it), held by its leads and due at its
    deadline, and its coordination duty."""
    leads, partners = parties
    index = ctx.add(Assertion("task", evidence, s.sentence.index, subjects=ctx.iris(leads), text=task_text,
                               levels=ctx.levels(leads), deadline=deadline))
    ctx.state.last_task, ctx.state.open_coordination = index, None
    lead_iris = ctx.iris(leads)
    partner_iris = [p for p in partner_iris_of(ctx, partners) if p not in lead_iris]
    if lead_iris or len(partner_iris) >= 2:
        ctx.state.open_coordination = ctx.add(Assertion(
            "coordination", evidence, s.sentence.index, subjects=lead_iris, objects=partner_iris,
            text=task_text, levels=ctx.levels(leads + partners), parent=index))
    concerns(ctx, s, index)
    return index
