"""Ministries named jointly under one head noun: the organ line of an older joint circular ("LIÊN BỘ Y TẾ - TÀI
CHÍNH", "BỘ Y TẾ - TÀI CHÍNH") and the joint body a text names ("Liên Bộ Y tế - Tài chính hướng dẫn ...", "liên Bộ
Tài chính, Quốc phòng, Công an"): "Bộ" written once, the ministries' own names after it, parted by dashes, commas
or "và". Each part, with the head noun put back when it lacks it, must be a ministry the ontology knows; a line that
is one name with a dash in it ("Bộ Lao động - Thương binh và Xã hội") names that one ministry and is not read here.
The name is parsed by ``ministryparts`` (the one parser of the form, shared with ``jointmentions``); this module finds
it in header lines and text and turns its ministries into actor references.

>>> from policykg.ontology import load_lexicon
>>> [r.label for r in joint_ministries("LIÊN BỘ Y TẾ - TÀI CHÍNH", load_lexicon())]
['Bộ Y tế', 'Bộ Tài chính']
>>> [r.label for r in joint_ministries("liên Bộ Tài chính, Quốc phòng, Công an", load_lexicon())]
['Bộ Tài chính', 'Bộ Quốc phòng', 'Bộ Công an']
>>> joint_ministries("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", load_lexicon()), joint_ministries("BỘ Y TẾ", load_lexicon())
([], [])
"""

from __future__ import annotations

import re

from policykg.graph_builder.ministryparts import ministry_parts
from policykg.graph_builder.model import ActorRef
from policykg.graph_builder.organs import of_entry
from policykg.ontology.lexicon import Lexicon

__all__ = ["JOINT_MINISTRIES", "joint_ministries"]

_PART = r"[^\W\d_]+(?:[ \t]+(?!và\b|VÀ\b)[^\W\d_]+){0,6}"
# "Liên Bộ Y tế - Tài chính", "BỘ Y TẾ - TÀI CHÍNH", "liên Bộ Tài chính, Quốc phòng, Công an" (in running text too)
JOINT_MINISTRIES = re.compile(r"(?<!\w)(?:(?:[Ll]iên|LIÊN)[ \t]+)?(?:Bộ|BỘ)[ \t]+" + _PART +
                              r"(?:[ \t]*(?:[-–,]|\bvà\b|\bVÀ\b)[ \t]*(?:(?:Bộ|BỘ)[ \t]+)?" + _PART + r")+")


def joint_ministries(text: str, lexicon: Lexicon) -> list[ActorRef]:
    """The ministries ``text`` names under one "Bộ" (see the module), in order; [] when it is not such a name
    (fewer than two parts, a part no ministry of the ontology, or the whole one ministry's name)."""
    text = re.sub(r"\s+", " ", text).strip(" ,.;:*_|")
    return [of_entry(part.entry) for part in ministry_parts(text, lexicon, runs_on=True)]
