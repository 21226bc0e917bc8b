"""How each kind of node and edge looks: colour and shape, with the names for the legend.

The kinds are the local names of ``pkg:`` classes (docs/DATA_MODEL.md), read from the ontology with their
Vietnamese and English labels and their order (a subclass before its superclass); this module adds only the
look. A class without a look of its own is drawn in the style of its family, so new ontology classes never break
a view; a type outside the ontology gets the neutral style.

>>> node_style("ArmedForce").shape
'hexagon'
>>> node_style("SomethingNew").group
'other'
>>> EDGE_KINDS["coordinates"].label("en")
'coordinates with'
"""

from __future__ import annotations

from dataclasses import dataclass

from policykg.ontology.lexicon import OntologyLexicon, load_lexicon

__all__ = ["ACTOR_KINDS", "DOCUMENT_KINDS", "EDGE_KINDS", "EDGE_STYLES", "GROUPS", "INITIATIVE_KINDS", "KIND_ORDER",
           "NODE_KINDS", "NODE_STYLES", "STATEMENT_KINDS", "EdgeStyle", "NodeStyle", "most_specific_kind",
           "node_style"]


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


# The look of every class: colour and shape (presentation only; which classes there are, their names in
# Vietnamese and English and which is more specific come from the ontology, through the lexicon). Every kind has
# a colour of its own, and no two kinds share colour and shape (a test keeps it so); documents are boxes (their
# number is written inside), told apart by fill colour and the legend's words.
_LOOK: dict[str, tuple[str, str]] = {
    "PoliticalParty": ("#b71c1c", "star"),
    "PartyOrgan": ("#e53935", "diamond"),
    "PartyCommittee": ("#ef6c00", "dot"),
    "PartyOrganisation": ("#ffb74d", "square"),
    "StateBody": ("#1565c0", "square"),
    "Authority": ("#64b5f6", "dot"),
    "FatherlandFront": ("#fbc02d", "triangle"),
    "MassOrganization": ("#2e7d32", "triangleDown"),
    "ArmedForce": ("#00695c", "hexagon"),
    "Office": ("#6a1b9a", "star"),
    "PeopleGroup": ("#8d6e63", "triangle"),
    "Organization": ("#546e7a", "hexagon"),
    "Actor": ("#9e9e9e", "dot"),
    "NewsArticle": ("#fff3e0", "box"),
    "JointCircular": ("#e1bee7", "box"),
    "Circular": ("#d1c4e9", "box"),
    "Conclusion": ("#ffcdd2", "box"),
    "Decision": ("#c5cae9", "box"),
    "Decree": ("#bbdefb", "box"),
    "Directive": ("#f8bbd0", "box"),
    "Guidance": ("#b2ebf2", "box"),
    "Law": ("#b0bec5", "box"),
    "Plan": ("#c8e6c9", "box"),
    "Program": ("#dcedc8", "box"),
    "Regulation": ("#f0f4c3", "box"),
    "Resolution": ("#ffe0b2", "box"),
    "JointResolution": ("#ffd180", "box"),
    "JointGuidance": ("#80deea", "box"),
    "OfficialLetter": ("#e6ee9c", "box"),
    "Notice": ("#ffecb3", "box"),
    "Submission": ("#bcaaa4", "box"),
    "Scheme": ("#a5d6a7", "box"),
    "Report": ("#b3e5fc", "box"),
    "PolicyDocument": ("#d7ccc8", "box"),
    "Document": ("#eceff1", "box"),
    "Campaign": ("#ad1457", "triangle"),
    "Movement": ("#f06292", "triangleDown"),
    "Initiative": ("#f8a5c2", "diamond"),
    "CoordinationDuty": ("#4db6ac", "square"),
    "Objective": ("#ce93d8", "star"),
    "Requirement": ("#ffcc80", "diamond"),
    "Responsibility": ("#9fa8da", "square"),
    "Task": ("#80cbc4", "dot"),
    "Statement": ("#cfd8dc", "dot"),
}
# The four families of nodes a view draws, by the top class of the ontology they fall under.
GROUPS: dict[str, str] = {"Actor": "actor", "Document": "document", "Statement": "statement", "Initiative": "initiative"}
_GROUP_LOOK = {"actor": ("#9e9e9e", "dot"), "document": ("#b0bec5", "box"), "statement": ("#b0bec5", "dot"),
               "initiative": ("#f48fb1", "triangle")}


def _node_styles(lexicon: OntologyLexicon) -> tuple[NodeStyle, ...]:
    """One style per class of the four families, most specific classes first (the ontology's class order)."""
    styles = []
    for kind in lexicon.classes():
        group = GROUPS.get(lexicon.root_class(kind) or "")
        if group is None:
            continue
        colour, shape = _LOOK.get(kind, _GROUP_LOOK[group])
        label_vi, label_en = lexicon.kind_labels(kind)
        styles.append(NodeStyle(kind, group, colour, shape, label_vi, label_en))
    return tuple(styles)


# Order matters: the legend lists kinds in this order, and when a node has several pkg: types
# the first one found here wins (subclasses come before their superclasses).
NODE_STYLES: tuple[NodeStyle, ...] = _node_styles(load_lexicon())
NODE_KINDS: dict[str, NodeStyle] = {s.kind: s for s in NODE_STYLES}
KIND_ORDER: dict[str, int] = {s.kind: i for i, s in enumerate(NODE_STYLES)}
_FALLBACK = NodeStyle("other", "other", "#e0e0e0", "dot", "Khác", "Other")

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
