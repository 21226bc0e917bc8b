"""One list of meeting words (round 34 review): ``meetings.MEETING_WORDS`` is what both the report of a meeting held
(``meetings``) and the further lead of a passive ``do X chủ trì`` (``agentleads``) read as a meeting X chairs. The
second had its own, shorter list: "buổi tiếp", "cuộc làm việc" were not meetings there, and a bare "giao ban" was
("giao Ban ..." assigns). Both tests fail with agentleads' former list.
"""

from __future__ import annotations

import re

import pytest

from policykg.graph_builder.assertions import agentleads, meetings
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string


def _leads(item: str) -> list[str]:
    text = "KẾ HOẠCH\nVề tiếp công dân\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + item + "\n"
    found = build_source(source_from_string(text, name="kh.txt")).assertions
    return sorted(x.rsplit("/", 1)[1] for a in found if a.relation == "coordination" for x in a.subjects)


@pytest.mark.parametrize("item", [
    "1. Sở Nội vụ chủ trì tổ chức các buổi tiếp công dân định kỳ do Thanh tra tỉnh chủ trì.",
    "1. Sở Nội vụ chủ trì các cuộc làm việc với doanh nghiệp do Sở Tư pháp chủ trì.",
])
def test_a_meeting_chaired_after_the_lead_names_no_second_lead(item):
    assert _leads(item) == ["so-noi-vu"]


def test_one_list_of_meeting_words():
    assert agentleads._MEETING.pattern == rf"(?<!\w){meetings.MEETING_WORDS}(?!\w)"
    meeting = re.compile(meetings.MEETING_WORDS)
    assert meeting.fullmatch("buổi  giao ban") and meeting.fullmatch("lễ") and not meeting.fullmatch("giao ban")
