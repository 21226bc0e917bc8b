"""The IRI minter: deterministic, valid, and the same for spelling variants of one name."""

import re

import pyoxigraph as ox
import pytest

from policykg.core.iris import (
    ACTOR,
    mint_actor_iri,
    mint_document_iri,
    mint_item_iri,
    normalize_document_number,
    slugify,
)

VARIANTS = [
    ("Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam".upper()),
    ("Ủy ban nhân dân tỉnh Sơn La", "Uỷ ban nhân dân tỉnh Sơn La"),
    ("Đảng ủy Công an Trung ương", "\u00d0ảng uỷ Công an Trung ương"),
    ("Hòa Bình", "Hoà Bình"),
]


@pytest.mark.parametrize("a,b", VARIANTS)
def test_spelling_variants_share_one_iri(a, b):
    assert mint_actor_iri(a) == mint_actor_iri(b)


def test_nfd_and_nfc_share_one_iri():
    import unicodedata

    name = "Bộ Lao động - Thương binh và Xã hội"
    assert mint_actor_iri(unicodedata.normalize("NFD", name)) == mint_actor_iri(name)
    assert slugify(name) == "bo-lao-dong-thuong-binh-va-xa-hoi"


@pytest.mark.parametrize(
    "hostile",
    ['x" } ; DROP ALL ; #', "<script>alert(1)</script>", "a b\nc\td", "日本語", "", "   ", "😀", "a/b?c#d", "x" * 500],
)
def test_minted_iris_are_always_valid(hostile):
    iri = mint_actor_iri(hostile)
    assert re.fullmatch(re.escape(ACTOR) + r"[a-z0-9-]{1,100}", iri)
    ox.NamedNode(iri)  # raises on an invalid IRI
    assert mint_actor_iri(hostile) == iri


def test_long_names_stay_distinct():
    a, b = "x" * 200 + "a", "x" * 200 + "b"
    assert slugify(a) != slugify(b)


@pytest.mark.parametrize(
    "raw,canonical",
    [("06/2014/NĐ- CP", "06/2014/NĐ-CP"), ("09-CT/T.Ư", "09-CT/TW"), ("09-CT/TƯ", "09-CT/TW"), ("254/QĐ–UBND", "254/QĐ-UBND")],
)
def test_document_numbers_normalise(raw, canonical):
    assert normalize_document_number(raw) == canonical
    assert mint_document_iri(raw) == mint_document_iri(canonical)


def test_item_iris_are_scoped_by_source():
    assert mint_item_iri("a", "task", 1) != mint_item_iri("b", "task", 1)
    assert mint_item_iri("a", "task", 1) != mint_item_iri("a", "objective", 1)
