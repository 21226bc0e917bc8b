"""The normaliser: one match form for spelling variants, offsets that carry over."""

import unicodedata

import pytest

from policykg.core.textnorm import match_form, match_key, source_text


@pytest.mark.parametrize(
    "old,new",
    [("uỷ ban", "ủy ban"), ("hoà bình", "hòa bình"), ("thuỷ lợi", "thủy lợi"), ("khoẻ", "khỏe"), ("Toà án", "Tòa án"),
     ("\u00d0ảng", "Đảng"), ("quý", "quý"), ("hoàng", "hoàng"), ("khuỷu", "khuỷu"), ("HOÀ", "HÒA")],
)
def test_match_form_folds_variants(old, new):
    assert match_form(old) == new


def test_match_form_keeps_length_on_a_real_text():
    raw = open("examples/ct09-nhandan-2023-12-09.txt", encoding="utf-8").read()
    for text in (source_text(raw), source_text(unicodedata.normalize("NFD", raw))):
        folded = match_form(text)
        assert len(folded) == len(text)
        assert "\u00d0" not in folded


def test_source_text_is_nfc_with_unix_lines():
    assert source_text(unicodedata.normalize("NFD", "Đảng\r\nủy")) == "Đảng\nủy"


def test_match_key_ignores_case_space_and_quotes():
    assert match_key("  “Các  cấp  UỶ”\u00a0") == match_key('"các cấp ủy"')
