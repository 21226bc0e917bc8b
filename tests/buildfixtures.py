"""Hand-built BuildResults for the emitter, report and pipeline tests (independent of the recognisers), and the
small corpus builds of the corpus tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from policykg.graph_builder.model import (
    Assertion,
    BuildResult,
    DocumentInfo,
    Mention,
    Section,
    Sentence,
    SourceText,
    Span,
)
from policykg.core.iris import ACTOR, PKG, mint_actor_iri, mint_document_iri, mint_initiative_iri
from policykg.core.textnorm import match_form
from policykg.corpus.build import build_corpus
from policykg.corpus.summary import BuildSummary

ARTICLE = (
    "Thứ bảy, 09/12/2023\n\n"
    "Ban Bí thư ban hành Chỉ thị số 09-CT/TW về phong trào toàn dân bảo vệ an ninh Tổ quốc.\n\n"
    "Về nhiệm vụ và giải pháp, Chỉ thị yêu cầu: Các cấp ủy đảng từ T.Ư đến cơ sở phải xây dựng phong trào. "
    "Tăng cường quan hệ phối hợp giữa công an nhân dân với quân đội nhân dân, Mặt trận Tổ quốc, "
    "nhằm giữ vững ổn định chính trị. "
    "Ủy ban nhân dân tỉnh Sơn La tham gia cuộc vận động “Công an nhân dân vì nước quên thân, vì dân phục vụ”.\n"
)

BAN_BI_THU = ACTOR + "ban-bi-thu"
CAP_UY = ACTOR + "cap-uy-dang"
CAND = ACTOR + "cong-an-nhan-dan"
QDND = ACTOR + "quan-doi-nhan-dan"
MTTQ = ACTOR + "mat-tran-to-quoc-viet-nam"
SON_LA = mint_actor_iri("Ủy ban nhân dân tỉnh Sơn La")
CAMPAIGN = mint_initiative_iri("Công an nhân dân vì nước quên thân, vì dân phục vụ")
DOC = mint_document_iri("09-CT/TW")


@dataclass
class Entry:
    iri: str
    label_vi: str
    label_en: str | None
    kind: str
    alt_labels: tuple = ()
    parents: tuple = ()


class FakeLexicon:
    """The part of ontology.Lexicon the emitter uses: ``get(iri)``."""

    def __init__(self):
        self.entries = {e.iri: e for e in [
            Entry(BAN_BI_THU, "Ban Bí thư", "Secretariat of the Party Central Committee", "PartyOrgan"),
            Entry(CAP_UY, "cấp ủy đảng", "Party committees", "PartyCommittee"),
            Entry(CAND, "Công an nhân dân", "People's Public Security", "ArmedForce"),
            Entry(QDND, "Quân đội nhân dân", "People's Army", "ArmedForce"),
            Entry(MTTQ, "Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front", "FatherlandFront"),
        ]}

    def get(self, iri):
        return self.entries.get(iri)


def span_of(text: str, needle: str, start: int = 0) -> Span:
    at = text.index(needle, start)
    return Span(at, at + len(needle))


def article_result(text: str = ARTICLE, key: str = "demo-article") -> BuildResult:
    """A news article about 09-CT/TW with one task of each shape, built by hand."""
    source = SourceText(key=key, name=f"/some/dir/{key}.txt", text=text, match=match_form(text),
                        skipped=[span_of(text, "Thứ bảy, 09/12/2023")], sha256="")
    s_issue = span_of(text, "Ban Bí thư ban hành Chỉ thị số 09-CT/TW về phong trào toàn dân bảo vệ an ninh Tổ quốc.")
    s_task1 = span_of(text, "Về nhiệm vụ và giải pháp, Chỉ thị yêu cầu: Các cấp ủy đảng từ T.Ư đến cơ sở phải xây dựng phong trào.")
    s_task2 = span_of(text, "Tăng cường quan hệ phối hợp giữa công an nhân dân với quân đội nhân dân, Mặt trận Tổ quốc, "
                            "nhằm giữ vững ổn định chính trị.")
    s_part = span_of(text, "Ủy ban nhân dân tỉnh Sơn La tham gia cuộc vận động")
    s_part = Span(s_part.start, text.index("”.") + 2)
    sentences = [Sentence(0, span_of(text, "Thứ bảy, 09/12/2023"), 0, 0),
                 Sentence(1, s_issue, 0, 1), Sentence(2, s_task1, 1, 2), Sentence(3, s_task2, 1, 2),
                 Sentence(4, s_part, 1, 2)]
    sections = [Section(0, Span(0, s_task1.start), None, None, "body"),
                Section(1, Span(s_task1.start, len(text)), "Về nhiệm vụ và giải pháp", None, "tasks")]

    def mention(needle, category, iri, label, kind, known=True, label_en=None, after=0):
        sp = span_of(text, needle, after)
        return Mention(sp, text[sp.start:sp.end], category, iri, label, kind, known, label_en)

    mentions = [
        mention("Ban Bí thư", "actor", BAN_BI_THU, "Ban Bí thư", "PartyOrgan"),
        mention("Chỉ thị số 09-CT/TW", "document", DOC, "Chỉ thị 09-CT/TW", "Directive"),
        mention("Các cấp ủy đảng", "actor", CAP_UY, "cấp ủy đảng", "PartyCommittee"),
        mention("công an nhân dân", "actor", CAND, "Công an nhân dân", "ArmedForce"),
        mention("quân đội nhân dân", "actor", QDND, "Quân đội nhân dân", "ArmedForce"),
        mention("Mặt trận Tổ quốc", "actor", MTTQ, "Mặt trận Tổ quốc Việt Nam", "FatherlandFront"),
        # an actor the lexicon does not know, with a look-alike Ð in the label it was given
        mention("Ủy ban nhân dân tỉnh Sơn La", "actor", SON_LA, "Ủy ban nhân dân tỉnh Sơn La", "Authority", known=False),
        mention("Công an nhân dân vì nước quên thân, vì dân phục vụ", "initiative", CAMPAIGN,
                "Công an nhân dân vì nước quên thân, vì dân phục vụ", "Campaign"),
        mention("T.Ư", "level", PKG + "LevelCentral", "Trung ương", "LevelCentral"),
    ]
    objective_text = "giữ vững ổn định chính trị"
    assertions = [
        Assertion("issues", s_issue, 1, subjects=[BAN_BI_THU], objects=[DOC]),
        Assertion("task", Span(text.index("Các cấp ủy"), s_task1.end - 1), 2, subjects=[CAP_UY],
                  text="xây dựng phong trào", levels=(PKG + "LevelCentral", PKG + "LevelGrassroots")),
        Assertion("task", s_task2, 3, subjects=[],
                  text="Tăng cường quan hệ phối hợp giữa công an nhân dân với quân đội nhân dân, Mặt trận Tổ quốc"),
        Assertion("coordination", s_task2, 3, subjects=[CAND], objects=[QDND, MTTQ], parent=2),
        Assertion("objective", span_of(text, objective_text), 3, text=objective_text, parent=2),
        Assertion("participates", s_part, 4, subjects=[SON_LA], objects=[CAMPAIGN]),
    ]
    article = DocumentInfo(kind="NewsArticle", title="Tăng cường sự lãnh đạo của \u00d0ảng", publisher="Nhân Dân",
                           published="2023-12-09",
                           reports_on=DocumentInfo(kind="Directive", identifier="09-CT/TW",
                                                   title="Về phong trào toàn dân bảo vệ an ninh Tổ quốc",
                                                   issuer=BAN_BI_THU, evidence=s_issue))
    return BuildResult(source, article, sections, sentences, mentions, assertions)


def fake_build_source(source: SourceText, lexicon=None, actor_model=None, on_step=None) -> BuildResult:
    """A stand-in for the recognisers: one sentence per line; a line with 'phải' is a task of Công an nhân dân.

    Lets the pipeline tests check the plumbing (cache, store, outputs, workers) without the language steps (the
    lexicon and an actor model are ignored).
    """
    text = source.text
    sentences, mentions, assertions = [], [], []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        index = len(sentences)
        sentences.append(Sentence(index, Span(start, end), None, index))
        at = line.find("Công an nhân dân")
        if at >= 0:
            mentions.append(Mention(Span(start + at, start + at + 16), "Công an nhân dân", "actor", CAND,
                                    "Công an nhân dân", "ArmedForce"))
        if "phải" in line:
            assertions.append(Assertion("task", Span(start, end), index, subjects=[CAND], text=line.strip()))
    title = text.strip().split("\n", 1)[0][:80]
    return BuildResult(source, DocumentInfo(kind="Document", title=title), [], sentences, mentions, assertions)


def write_docs(folder: Path, docs: dict[str, str]) -> Path:
    """A new input folder holding ``docs`` (file name -> text, UTF-8)."""
    folder.mkdir()
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def quiet_build(inputs, out, **kw) -> BuildSummary:
    """``build_corpus`` of ``inputs`` (paths) into ``out``, quiet and without the views unless ``kw`` says otherwise."""
    kw.setdefault("quiet", True)
    kw.setdefault("viz", False)
    return build_corpus([str(i) for i in inputs], out, **kw)
