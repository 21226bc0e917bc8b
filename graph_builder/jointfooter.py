"""The footer of a document of several organs, read once more when its blocks stand in one row that a PDF's text
layer ran together line by line (``runrows``): only when the plain reading shows it failed, fewer signers than
organs and a signer whose name reads as several persons' names run together ("Nguyễn Văn An Trần Thị Bình"), and
only when laying the row out finds more signers. A footer the plain reading reads whole is never read again, so a row the reader
already parts ("KT. A KT. B" / "THỨ TRƯỞNG THỨ TRƯỞNG", ``runblocks``) stays as it reads it."""

from __future__ import annotations

from policykg.graph_builder.familyocr import signers_repaired
from policykg.graph_builder.footer import Footer, read_footer
from policykg.graph_builder.model import ActorRef, SourceText
from policykg.graph_builder.runblocks import names_run_together
from policykg.ontology.lexicon import Lexicon

__all__ = ["read_joint_footer", "signing_organs"]


def read_joint_footer(source: SourceText, lexicon: Lexicon, issuers: list[ActorRef], after: int = 0) -> Footer:
    """:func:`footer.read_footer`, its rows of blocks run together laid out when the plain reading failed (see the
    module)."""
    footer = read_footer(source, lexicon, issuers, after)
    signers = [s for s in footer.signatures if s.person]
    if len(signers) >= len(issuers) or not any(names_run_together(s.person) for s in signers):
        return signers_repaired(footer)   # a signer an organ, or no names run together: read whole ("Nguyễn Thị Lê
        #                                   Hoa" is one name)
    apart = read_footer(source, lexicon, issuers, after, organs=len(issuers))
    return signers_repaired(apart if len([s for s in apart.signatures if s.person]) > len(signers) else footer)


def signing_organs(footer: Footer) -> list[ActorRef]:
    """The organs a document's named blocks sign for, each once, in order: its issuers when its copy lost the header,
    the number and the preamble (a web copy opening at its title), the blocks alone naming them ("KT. BỘ TRƯỞNG BỘ
    CÔNG AN" / "THỨ TRƯỞNG" / name, "KT. BỘ TRƯỞNG BỘ Y TẾ" / ...: the two ministries); none when a named block
    names no organ (a bare "KT. BỘ TRƯỞNG" says whose post only with the header)."""
    named = [s for s in footer.signatures if s.person]
    if not named or any(s.organ is None or not s.organ.iri or s.mode in ("TL.", "TUQ.") for s in named):
        return []       # "TL. BỘ TRƯỞNG" / "VỤ TRƯỞNG VỤ PHÁP CHẾ": a unit signing by order of the issuer it does not name
    organs: list[ActorRef] = []
    for signer in named:
        if all(o.iri != signer.organ.iri for o in organs):
            organs.append(signer.organ)
    return organs
