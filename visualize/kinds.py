"""How each kind of node and edge looks: colour, shape, Vietnamese and English names for the legend.

The kinds are the local names of ``pkg:`` classes (docs/DATA_MODEL.md). A node whose type is not
listed here is drawn in the neutral style of its group, so new ontology classes never break a view.

>>> node_style("ArmedForce").shape
'hexagon'
>>> node_style("SomethingNew").group
'other'
>>> EDGE_KINDS["coordinates"].label("en")
'coordinates with'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeStyle:
    """The look of one node kind. ``group`` is 'actor', 'document', 'statement', 'initiative' or 'other'."""

    kind: str
    group: str
    colour: str
    shape: str
    label_vi: str
    label_en: str

    def label(self, lang: str) -> str:
        """The kind's name in ``lang`` ('vi' or 'en')."""
        return self.label_en if lang == "en" else self.label_vi


@dataclass(frozen=True)
class EdgeStyle:
    """The look of one edge kind of a view."""

    kind: str
    colour: str
    label_vi: str
    label_en: str
    dashes: bool = False

    def label(self, lang: str) -> str:
        """The edge kind's reading in ``lang`` ('vi' or 'en')."""
        return self.label_en if lang == "en" else self.label_vi


def _n(kind, group, colour, shape, vi, en) -> NodeStyle:
    return NodeStyle(kind, group, colour, shape, vi, en)


# Order matters: the legend lists kinds in this order, and when a node has several pkg: types
# the first one found here wins (most specific kinds come before their superclasses).
NODE_STYLES: tuple[NodeStyle, ...] = (
    _n("PoliticalParty", "actor", "#c62828", "star", "Đảng", "Political party"),
    _n("PartyOrgan", "actor", "#e53935", "diamond", "Cơ quan của Đảng", "Party organ"),
    _n("PartyCommittee", "actor", "#ef6c00", "dot", "Cấp ủy đảng", "Party committee"),
    _n("PartyOrganisation", "actor", "#ffa726", "dot", "Tổ chức đảng", "Party organisation"),
    _n("StateBody", "actor", "#1565c0", "square", "Cơ quan nhà nước", "State body"),
    _n("Authority", "actor", "#42a5f5", "square", "Chính quyền", "Authority"),
    _n("FatherlandFront", "actor", "#f9a825", "triangle", "Mặt trận Tổ quốc", "Fatherland Front"),
    _n("MassOrganization", "actor", "#2e7d32", "triangleDown", "Đoàn thể", "Mass organisation"),
    _n("ArmedForce", "actor", "#00695c", "hexagon", "Lực lượng vũ trang", "Armed force"),
    _n("Office", "actor", "#6a1b9a", "diamond", "Chức danh", "Office"),
    _n("PeopleGroup", "actor", "#8d6e63", "dot", "Nhóm người", "People group"),
    _n("Organization", "actor", "#757575", "dot", "Tổ chức", "Organisation"),
    _n("Actor", "actor", "#9e9e9e", "dot", "Chủ thể", "Actor"),
    _n("Directive", "document", "#b0bec5", "box", "Chỉ thị", "Directive"),
    _n("Resolution", "document", "#b0bec5", "box", "Nghị quyết", "Resolution"),
    _n("Conclusion", "document", "#b0bec5", "box", "Kết luận", "Conclusion"),
    _n("Decision", "document", "#b0bec5", "box", "Quyết định", "Decision"),
    _n("Decree", "document", "#b0bec5", "box", "Nghị định", "Decree"),
    _n("Circular", "document", "#b0bec5", "box", "Thông tư", "Circular"),
    _n("JointCircular", "document", "#b0bec5", "box", "Thông tư liên tịch", "Joint circular"),
    _n("Plan", "document", "#b0bec5", "box", "Kế hoạch", "Plan"),
    _n("Law", "document", "#b0bec5", "box", "Luật", "Law"),
    _n("Regulation", "document", "#b0bec5", "box", "Quy định", "Regulation"),
    _n("Guidance", "document", "#b0bec5", "box", "Hướng dẫn", "Guidance"),
    _n("Program", "document", "#b0bec5", "box", "Chương trình", "Programme"),
    _n("PolicyDocument", "document", "#b0bec5", "box", "Văn bản chính sách", "Policy document"),
    _n("NewsArticle", "document", "#fff3e0", "box", "Bài báo", "News article"),
    _n("Document", "document", "#eceff1", "box", "Văn bản", "Document"),
    _n("Requirement", "statement", "#ffcc80", "diamond", "Yêu cầu", "Requirement"),
    _n("Task", "statement", "#80cbc4", "dot", "Nhiệm vụ", "Task"),
    _n("Objective", "statement", "#ce93d8", "star", "Mục tiêu", "Objective"),
    _n("CoordinationDuty", "statement", "#b0bec5", "dot", "Nhiệm vụ phối hợp", "Coordination duty"),
    _n("Responsibility", "statement", "#b0bec5", "dot", "Trách nhiệm", "Responsibility"),
    _n("Campaign", "initiative", "#ad1457", "triangle", "Cuộc vận động", "Campaign"),
    _n("Movement", "initiative", "#f06292", "triangle", "Phong trào", "Movement"),
    _n("Initiative", "initiative", "#f48fb1", "triangle", "Phong trào, cuộc vận động", "Initiative"),
)
NODE_KINDS: dict[str, NodeStyle] = {s.kind: s for s in NODE_STYLES}
KIND_ORDER: dict[str, int] = {s.kind: i for i, s in enumerate(NODE_STYLES)}
_FALLBACK = _n("other", "other", "#bdbdbd", "dot", "Khác", "Other")

ACTOR_KINDS = frozenset(s.kind for s in NODE_STYLES if s.group == "actor")
DOCUMENT_KINDS = frozenset(s.kind for s in NODE_STYLES if s.group == "document")
STATEMENT_KINDS = frozenset(s.kind for s in NODE_STYLES if s.group == "statement")
INITIATIVE_KINDS = frozenset(s.kind for s in NODE_STYLES if s.group == "initiative")


def node_style(kind: str) -> NodeStyle:
    """The style of a node kind (a pkg: class local name); a neutral style for unknown kinds."""
    return NODE_KINDS.get(kind, _FALLBACK)


def most_specific_kind(kinds) -> str | None:
    """Of several pkg: class local names, the one listed first in NODE_STYLES (None if none is known).

    >>> most_specific_kind(["Organization", "ArmedForce"])
    'ArmedForce'
    >>> most_specific_kind(["Evidence"]) is None
    True
    """
    known = [k for k in kinds if k in KIND_ORDER]
    return min(known, key=KIND_ORDER.__getitem__) if known else None


def _e(kind, colour, vi, en, dashes=False) -> EdgeStyle:
    return EdgeStyle(kind, colour, vi, en, dashes)


EDGE_STYLES: tuple[EdgeStyle, ...] = (
    # actor network (and full network)
    _e("coordinates", "#00897b", "phối hợp với", "coordinates with"),
    _e("directs", "#c62828", "lãnh đạo, chỉ đạo", "directs"),
    _e("mobilises", "#f9a825", "huy động, vận động", "mobilises"),
    _e("memberOf", "#6d4c41", "là thành viên của", "member of", True),
    _e("partOf", "#6d4c41", "thuộc", "part of", True),
    _e("issues", "#37474f", "ban hành bởi", "issued by", True),
    _e("assigns", "#5c6bc0", "giao nhiệm vụ cho", "assigns duties to"),
    # full network only
    _e("hasRequirement", "#90a4ae", "có yêu cầu", "has requirement"),
    _e("hasTask", "#90a4ae", "có nhiệm vụ", "has task"),
    _e("hasObjective", "#90a4ae", "có mục tiêu", "has objective"),
    _e("assignedTo", "#5c6bc0", "giao cho", "assigned to"),
    _e("responsibleFor", "#5c6bc0", "chịu trách nhiệm", "responsible for"),
    _e("leads", "#00897b", "chủ trì", "leads"),
    _e("cooperatesIn", "#4db6ac", "phối hợp trong", "cooperates in"),
    _e("participatesIn", "#f06292", "tham gia", "participates in"),
    _e("concerns", "#ad1457", "liên quan đến", "concerns", True),
    _e("cites", "#78909c", "căn cứ", "cites", True),
    _e("implements", "#78909c", "thực hiện", "implements", True),
    _e("reportsOn", "#ffb74d", "đưa tin về", "reports on", True),
)
EDGE_KINDS: dict[str, EdgeStyle] = {s.kind: s for s in EDGE_STYLES}
