"""Who a news article says signed the document it reports (a helper of ``metadata``): the subject of "ký" in the
issuance sentence, a post (with its organ) before the name ("Phó Thủ tướng Lê Minh Khôi ký ban hành", "do Chủ tịch
UBND tỉnh Hà Tĩnh Võ Trọng Hải ký"), or the name before its post, parted by a comma, as an article introduces a Party
leader ("Thay mặt Ban Bí thư, đồng chí Trần Văn An, Thường trực Ban Bí thư đã ký ban hành ...").

>>> from policykg.ontology import load_lexicon
>>> text = "Thay mặt Ban Bí thư, đồng chí Trần Văn An, Thường trực Ban Bí thư"
>>> signer = reported_signer(text, 0, len(text), load_lexicon())
>>> signer.person, signer.post
('Trần Văn An', 'Thường trực Ban Bí thư')
"""

from __future__ import annotations

from policykg.core.textnorm import match_key
from policykg.graph_builder import cues
from policykg.graph_builder.model import Signature, Span
from policykg.graph_builder.organs import office_over, person_name, post_of
from policykg.ontology.lexicon import Lexicon

__all__ = ["reported_signer"]


def _post_then_name(text: str, start: int, end: int, lexicon: Lexicon) -> Signature | None:
    words = text.split()
    cuts = [k for k in range(max(1, len(words) - 4), len(words) - 1) if person_name(" ".join(words[k:]))]
    for k in sorted(cuts, key=lambda k: match_key(words[k]) not in cues.FAMILY_NAMES):   # "Hà Tĩnh | Võ Trọng Hải"
        name = person_name(" ".join(words[k:]))
        post = post_of(" ".join(words[:k]), lexicon) if name else None
        if post is not None:
            return _signature(" ".join(words[:k]), post, name, start, end, lexicon)
    return None


def _signature(written: str, post: str, name: str, start: int, end: int, lexicon: Lexicon) -> Signature:
    over = office_over(written, lexicon)
    return Signature(post=over[0] if over else post, person=name, mode=None, organ=over[1] if over else None,
                     span=Span(start, end))


def _name_then_post(pieces: list[str], start: int, end: int, lexicon: Lexicon) -> Signature | None:
    """"đồng chí Trần Văn An, Thường trực Ban Bí thư": the last piece a post and nothing else, the one before it
    ending with a person's name (a title such as "đồng chí" in front left out)."""
    written = pieces[-1].strip()
    post = post_of(written, lexicon) if len(pieces) > 1 and written[:1].isupper() else None
    if post is None or match_key(post) != match_key(written) and office_over(written, lexicon) is None:
        return None
    words = pieces[-2].split()
    name = next((person_name(" ".join(words[k:])) for k in range(max(0, len(words) - 7), len(words) - 1)
                 if person_name(" ".join(words[k:]))), None)
    return None if name is None else _signature(written, post, name, start, end, lexicon)


def reported_signer(match: str, start: int, end: int, lexicon: Lexicon) -> Signature | None:
    """Who an article says signed the document, as the subject of "ký" in ``match[start:end]`` (see the module);
    None when the subject is an organ or office alone."""
    pieces = match[start:end].split(",")
    return _post_then_name(pieces[-1].strip(), start, end, lexicon) or _name_then_post(pieces, start, end, lexicon)
