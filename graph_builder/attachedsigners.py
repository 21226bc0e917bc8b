"""The signers of a text attached to the document and signed by each of its parties: a decision that issues a
coordination regulation ("Quyết định ban hành Quy chế phối hợp ...", one organ's number and block) followed by the
regulation itself, closed by a row of blocks, one a party ("GIÁM ĐỐC CÔNG AN TỈNH" / "GIÁM ĐỐC SỞ TƯ PHÁP" /
"CHÁNH ÁN TÒA ÁN NHÂN DÂN TỈNH", a name under each). Each of them signs (GUIDELINES: one entry per person who
signs), while the document stays the one organ's. A later footer of one block is an annexed form's or the
document's own block printed again, and adds no signer.

>>> from policykg.graph_builder.footer import Footer
>>> from policykg.graph_builder.model import Signature, Span
>>> def block(post, person): return Signature(post, person, None, None, Span(0, 1))
>>> own = block("Giám đốc", "Lê Văn An")
>>> row = [block("Giám đốc", "Lê Văn An"), block("Chánh án", "Hà Thị Bình")]
>>> [s.person for s in with_attached_signers(Footer(signatures=[own], later=[[own], row]))]
['Lê Văn An', 'Hà Thị Bình']
"""

from __future__ import annotations

from policykg.core.textnorm import match_key
from policykg.graph_builder.footer import Footer
from policykg.graph_builder.model import Signature

__all__ = ["with_attached_signers"]


def with_attached_signers(footer: Footer) -> list[Signature]:
    """The footer's signers, then the new signers of each later footer that holds two named blocks or more (an
    attached text signed by each party), each person once."""
    signers = list(footer.signatures)
    seen = {match_key(s.person) for s in signers if s.person}
    for later in footer.later:
        if not footer.signatures or len(later) < 2:
            continue
        for signer in later:
            if signer.person and match_key(signer.person) not in seen:
                seen.add(match_key(signer.person))
                signers.append(signer)
    return signers
