"""Regression tests on real-dev texts (round 9, `frame9`): issuers, signers and cited identifiers of the documents
whose header, signature block or citations the frame first missed (a council's resolution whose header column a web
copy lost, a plan with no header that opens with its preamble, an OCR-cut plan, an unreadable number above an annexed
agreement, an OCR'd header with glued words; blocks whose name is not printed, an OCR'd "T/M", a name run into the
recipients list; a dotted number, a Party number at a line start, a number after another). The texts are read from
$POLICYKG_DEV_CORPUS, never copied into the project."""

from __future__ import annotations

import functools

import pytest

from tests.realcorpus import dev_document, eval_real

ACTOR = "https://w3id.org/policykg/actor/"


@functools.cache
def predicted(name: str) -> eval_real.Predicted:
    quads, surfaces = eval_real.build_document(dev_document(name))
    return eval_real.predictions_from_quads(quads, surfaces)


@pytest.mark.parametrize("name, issuers", [
    ("nq-2017-ha-giang-chat-van-ky-hop-thu-nam.txt", {"hoi-dong-nhan-dan-tinh-ha-giang"}),
    ("nq-2017-ba-ria-vung-tau-chat-van-ky-hop-thu-nam.txt", {"hoi-dong-nhan-dan-tinh-ba-ria-vung-tau"}),
    ("kh-2024-dak-nong-sttt-chat-luong-mang-di-dong.txt", {"so-thong-tin-va-truyen-thong"}),
    ("kh-70-2025-can-tho-dan-van-dan-chu-co-so.txt", {"uy-ban-nhan-dan-thanh-pho-can-tho"}),
    ("tb-08-2022-tct-phan-cong-thoa-thuan-phoi-hop-btc-btttt.txt", {"tong-cuc-thue"}),
    ("ct-11-2020-ttg-thao-go-kho-khan-covid-19.txt", {"thu-tuong-chinh-phu"}),
])
def test_issuers_are_exactly_the_issuing_organs(name, issuers):
    assert predicted(name).issuers == {ACTOR + slug for slug in issuers}


@pytest.mark.parametrize("name, signers", [
    ("cd-100-2025-ttg-vu-chay-hung-yen.txt", {("", "Phó Thủ tướng")}),
    ("kl-77-2020-bo-chinh-tri-khac-phuc-covid-19.txt", {("Trần Quốc Vượng", "")}),
    ("kl-171-2025-bo-chinh-tri-sap-xep-to-chuc-bo-may.txt", {("Trân Câm Tú", "")}),
])
def test_signers_as_the_blocks_print_them(name, signers):
    assert predicted(name).signers == signers


@pytest.mark.parametrize("name, cited", [
    ("qd-2820-2025-tp-hcm-ke-hoach-csdl-quy-hoach.txt", "66.2/2025/NQ-CP"),
    ("qd-3556-2026-lao-cai-quy-che-du-lieu-tai-nguyen-moi-truong.txt", "761/TTR-SNNMT"),
    ("kh-165-2025-can-tho-cong-tac-dan-so.txt", "27-CTR/TU"),
    ("kh-165-2025-can-tho-cong-tac-dan-so.txt", "403/QĐ-BYT"),
])
def test_the_cited_number_is_read(name, cited):
    assert eval_real.identifier_key(cited) in predicted(name).cited
