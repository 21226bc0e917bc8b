"""Character references left in a text that is not read as HTML (round 34): a post's body pasted from its page
source ("C&ocirc;ng an tỉnh", "ph&#7889;i hợp"), a cell "Sở TT&amp;TT". They are the letters they name: the names
and the duty are read, and the graph's labels and evidence hold the letters, not the references. The genre's
abbreviations written with "&" and a semicolon after them ("Ban TG&DVTU;", "Bộ TT&TT;") stay as written, and so do
references to controls. Before round 34 only "&nbsp;" was decoded: the tests of the names and duties fail then.
"""

from __future__ import annotations

from policykg.graph_builder.htmltext import unescape_references
from policykg.graph_builder.pipeline import build_source
from policykg.graph_builder.read import source_from_string

_PLAN = ("KẾ HOẠCH\nVề phòng, chống dịch bệnh\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế chủ trì, ph&#7889;i hợp với "
         "C&ocirc;ng an tỉnh v&agrave; Sở T&agrave;i ch&iacute;nh tổ chức kiểm tra.\n")


def _parties(text: str, media_type: str = "text/markdown") -> list[str]:
    found = build_source(source_from_string(text, name="kh.md", media_type=media_type)).assertions
    return sorted({x.rsplit("/", 1)[1] for a in found if a.relation == "coordination" for x in a.subjects + a.objects})


def test_names_written_with_references_are_read():
    assert _parties(_PLAN) == ["cong-an-tinh", "so-tai-chinh", "so-y-te"]
    assert _parties(_PLAN, "text/plain") == ["cong-an-tinh", "so-tai-chinh", "so-y-te"]


def test_the_text_and_its_evidence_hold_the_letters():
    src = source_from_string(_PLAN, name="kh.md", media_type="text/markdown")
    assert "phối hợp với Công an tỉnh và Sở Tài chính" in src.text and "&" not in src.text
    assert len(src.match) == len(src.text)


def test_abbreviations_with_an_ampersand_and_controls_stay_as_written():
    text = "Ban TG&DVTU; Bộ TT&TT; Sở KH&ĐT; KH&GT; GD&DD; &#0; &#xD800; &bogus;"
    assert unescape_references(text) == text
    assert unescape_references("Sở TT&amp;TT, A&nbsp;B, &Agrave;, &#x1EA0;") == "Sở TT&TT, A\u00a0B, À, Ạ"
