"""A unit's name in a semicolon list whose domain holds the pair "phòng chống" written without its comma (round 30,
invented texts): "...; Cục Cảnh sát môi trường và phòng chống tội phạm công nghệ cao; ..." is one name up to its
semicolon, the same body the document writes with the comma elsewhere, not "Cục Cảnh sát môi trường và phòng"
(``graph_builder.semicolonitems``)."""

from __future__ import annotations

from policykg.graph_builder.pipeline import build_source, source_from_string

TEXT = ("Kính gửi: Thủ trưởng các đơn vị: Cục Quản lý hành chính; Cục Cảnh sát môi trường và phòng chống tội phạm công "
        "nghệ cao; Cục Hồ sơ nghiệp vụ; Cục Y tế.\n\n"
        "Giao các đơn vị Cục Hồ sơ nghiệp vụ; Cục Cảnh sát môi trường và phòng, chống tội phạm công nghệ cao; Cục Y tế "
        "sẵn sàng lực lượng, phương tiện.\n")


def test_phong_chong_goes_on_to_the_semicolon():
    actors = [m for m in build_source(source_from_string(TEXT)).mentions if m.category == "actor"]
    labels = [m.label for m in actors]
    assert "Cục Cảnh sát môi trường và phòng chống tội phạm công nghệ cao" in labels
    assert "Cục Cảnh sát môi trường và phòng" not in labels
    assert len({m.iri for m in actors if m.label.startswith("Cục Cảnh sát môi trường")}) == 1
