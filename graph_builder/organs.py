"""Names in the document's frame (header, title, signature blocks): which actor a written organ name denotes,
which words are the motto lines, posts and people's names.

The frame is written in capitals, in two columns, and often OCR'd: "ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI" beside
"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; "Ban Cháp Hành Trung Ương Đáng" for "Ban Chấp hành Trung ương Đảng". A name
resolves through the lexicon, else the builder's recogniser (which mints IRIs for organisations it does not know,
so the issuer and the mentions of it in the body are one node), else, for a capitalised header line only, the
lexicon's names compared without diacritics and with one or two letters wrong.
"""

from __future__ import annotations

import functools
import re

from policykg.core.iris import mint_actor_iri
from policykg.core.textnorm import all_capitals, ascii_fold, match_key
from policykg.graph_builder import cues, framecues
from policykg.graph_builder.brokenwords import respaced_capitals
from policykg.graph_builder.initialisms import initials
from policykg.graph_builder.model import ActorRef, FrameBlock, Mention, Sentence, Span
from policykg.graph_builder.mottos import motto_spans, within as _within
from policykg.graph_builder.read import source_from_string
from policykg.graph_builder.recognise import find_mentions
from policykg.graph_builder.shortheads import replaced_runs
from policykg.ontology.lexicon import Lexicon

__all__ = ["actor_named", "actors_listed", "acts_in_header", "deputy_of", "frame_mentions", "is_bare_head",
           "is_caps", "issuer_headed_by", "issuer_named", "motto_spans", "of_entry", "office_over", "office_ref",
           "organ_heads", "person_name", "post_in_unit", "post_of", "post_of_modes"]


def of_entry(entry) -> ActorRef:
    """The reference to a vocabulary actor."""
    return ActorRef(entry.iri, entry.label_vi, entry.kind)


def is_caps(text: str) -> bool:
    """Every letter a capital (at least two letters)."""
    return all_capitals(text, 2)


# a name whose domain is written in full before "&" and by its initials after it
_HALF_INITIALLED = re.compile(r"(?P<head>\S+)\s+(?P<domain>[^&]{3,40}?)\s*&\s*(?P<rest>[A-ZĐ]{2,8})")


@functools.lru_cache(maxsize=1 << 12)   # header and footer lines recur in a corpus; the answer is a frozen ref
def actor_named(name: str, lexicon: Lexicon, fuzzy: bool = False) -> ActorRef | None:
    """The actor a whole written name denotes: the vocabulary, else the builder's recogniser (which mints IRIs
    for unknown organisations such as "UBND TỈNH QUẢNG NINH"), else (``fuzzy``, for capitalised header lines) the
    vocabulary's name it is an OCR misreading of; None when it names no actor.

    >>> from policykg.ontology import load_lexicon
    >>> actor_named("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", load_lexicon()).label
    'Ủy ban nhân dân tỉnh Lào Cai'
    >>> actor_named("BAN CHÁP HÀNH TRUNG ƯƠNG ĐÁNG", load_lexicon(), fuzzy=True).label
    'Ban Chấp hành Trung ương'
    >>> actor_named("THỦ TƯỚNGCHÍNH PHỦ", load_lexicon(), fuzzy=True).label
    'Thủ tướng Chính phủ'
    """
    name = re.sub(r"\s+", " ", name).strip(" ,.;:*_-|")
    if not name:
        return None
    entry = lexicon.lookup(name)
    if entry is not None:
        return None if "các cấp" in entry.label_vi else of_entry(entry)
    half = _HALF_INITIALLED.fullmatch(name)     # "BỘ NÔNG NGHIỆP & PTNT": the vocabulary's "Bộ NN&PTNT"
    entry = half and lexicon.lookup(f"{half['head']} {initials(half['domain'])}&{half['rest']}")
    if entry:
        return of_entry(entry)
    if fuzzy and is_caps(name):
        entry = _folded_forms(lexicon).get(ascii_fold(name)) or _glued_forms(lexicon).get(ascii_fold(name).replace(" ", ""))
        if entry is not None:       # OCR lost or changed the diacritics only, or glued two words ("CHÍNHPHỦ")
            return of_entry(entry)
        name = _repaired(respaced_capitals(name, lexicon) or name, lexicon)   # "ỦY B AN": broken words; "NHẬN": a head
    probe = source_from_string(name)
    whole = Span(0, len(probe.text))
    sentence = Sentence(index=0, span=whole, section=None, paragraph=0, clauses=[whole])
    actors = [m for m in find_mentions(probe, [sentence], lexicon) if m.category == "actor"]
    if len(actors) == 1 and actors[0].span == whole:
        return ActorRef(actors[0].iri, actors[0].label, actors[0].kind)
    if fuzzy and is_caps(name):
        entry = _misread(name, lexicon)
        if entry is not None:
            return of_entry(entry)
    return None


_SPACES = re.compile(r"\s+")
_LIST_JOIN = re.compile(r"\s*(?:,|;|-|–|và|với|cùng)?\s*", re.I)


def actors_listed(text: str, lexicon: Lexicon) -> list[ActorRef]:
    """The actors a text lists from its start, joined by commas, "và", "với" ("Công an tỉnh, Bộ Chỉ huy Quân sự
    tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị trong công tác ..."): the names up to the first words that
    are no name; [] when the text does not open with a name.

    >>> [a.label for a in actors_listed("Sở Y tế và Sở Giáo dục và Đào tạo về y tế trường học", __import__(
    ...     "policykg.ontology", fromlist=["x"]).load_lexicon())]
    ['Sở Y tế', 'Sở Giáo dục và Đào tạo']
    """
    probe = source_from_string(re.sub(r"\s+", " ", text).strip())
    whole = Span(0, len(probe.text))
    sentence = Sentence(index=0, span=whole, section=None, paragraph=0, clauses=[whole])
    refs: list[ActorRef] = []
    at = 0
    for m in sorted((m for m in find_mentions(probe, [sentence], lexicon) if m.category == "actor"),
                    key=lambda m: m.span.start):
        if m.span.start < at or not _LIST_JOIN.fullmatch(probe.text[at:m.span.start]) or not m.iri:
            break
        if m.iri not in {r.iri for r in refs}:
            refs.append(ActorRef(m.iri, m.label, m.kind))
        at = m.span.end
    return refs


@functools.lru_cache(maxsize=4)
def _folded_forms(lexicon: Lexicon) -> dict[str, object]:
    forms: dict[str, object] = {}
    for entry in lexicon.entries:
        if entry.label_vi[:1].isupper() and "các cấp" not in entry.label_vi:
            for form in (entry.label_vi, *entry.alt_labels):
                if " " in form:
                    forms.setdefault(ascii_fold(form), entry)
    return forms


@functools.lru_cache(maxsize=4)
def _glued_forms(lexicon: Lexicon) -> dict[str, object]:
    """``_folded_forms`` with the spaces left out: names whose words OCR ran together ("THỦ TƯỚNG CHÍNHPHỦ")."""
    return {form.replace(" ", ""): entry for form, entry in reversed(_folded_forms(lexicon).items())}


@functools.lru_cache(maxsize=4)
def organ_heads(lexicon: Lexicon) -> tuple[str, ...]:
    """The vocabulary's head nouns of bodies (not of offices or groups of people), in the match form."""
    return tuple(h for h, kind in lexicon.head_nouns() if kind not in ("Office", "PeopleGroup"))


@functools.lru_cache(maxsize=4)
def _folded_heads(lexicon: Lexicon) -> dict[tuple[str, ...], str]:
    """Head nouns and names of two words or more (a head noun of one word too: a name's first word), by their words
    without diacritics -> as the ontology writes them."""
    heads: dict[tuple[str, ...], str] = {}
    nouns = [n for n, _ in lexicon.head_nouns()]
    for form in nouns + [e.label_vi for e in lexicon.entries if e.label_vi[:1].isupper()]:
        words = tuple(ascii_fold(form).split())
        if len(words) >= 2 or form in nouns:
            heads.setdefault(words, form)
    return heads


def _repaired(name: str, lexicon: Lexicon) -> str:
    """A capitalised, OCR'd name with every run of words that is a head noun or a known name without its diacritics
    written back with them ("ỦY BAN NHẬN DÂN TỈNH LÀO CAI" -> "ỦY BAN NHÂN DÂN TỈNH LÀO CAI").

    >>> from policykg.ontology import load_lexicon
    >>> _repaired("ỦY BAN NHẬN DÂN TỈNH LÀO CAI", load_lexicon())
    'ỦY BAN NHÂN DÂN TỈNH LÀO CAI'
    """
    words = name.split(" ")
    folded = [ascii_fold(w) for w in words]
    heads = _folded_heads(lexicon)

    def written(i: int, n: int) -> str | None:   # one word only as the name's first of several: "VU PHÁP CHẾ"
        form = heads.get(tuple(folded[i:i + n])) if n > 1 or (i == 0 < len(words) - 1) else None
        return form.upper() if form is not None else None
    return " ".join(replaced_runs(words, written, 8))


def _misread(name: str, lexicon: Lexicon):
    """The vocabulary actor a capitalised, OCR'd name stands for: equal without diacritics, or one letter in ten
    wrong (at most two)."""
    key = ascii_fold(name)
    forms = _folded_forms(lexicon)
    if key in forms:
        return forms[key]
    budget = min(2, len(key) // 10)
    best = None
    for form, entry in forms.items():
        if abs(len(form) - len(key)) <= budget and form[:1] == key[:1] and _within(form, key, budget):
            if best is None or len(form) > len(best[0]):
                best = (form, entry)
    return best[1] if best else None


# --------------------------------------------------------------------------- posts and people


@functools.lru_cache(maxsize=4)
def _post_keys(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    return tuple((match_key(name), name) for name in lexicon.post_names())


@functools.lru_cache(maxsize=4)
def _folded_post_keys(lexicon: Lexicon) -> tuple[tuple[str, str, str], ...]:
    """(key, name, the key without diacritics) of every post name: folded once per lexicon, not per line."""
    return tuple((k, name, ascii_fold(k)) for k, name in _post_keys(lexicon))


def post_of(text: str, lexicon: Lexicon) -> str | None:
    """The post a signature line names, written as the ontology writes it ("PHÓ CHỦ TỊCH THƯỜNG TRỰC" ->
    "Phó Chủ tịch Thường trực"), or None when the line starts with no post name.

    >>> from policykg.ontology import load_lexicon
    >>> post_of("PHÓ CHỦ TỊCH THƯỜNG TRỰC", load_lexicon()), post_of("CHÁNH VĂN PHÒNG", load_lexicon())
    ('Phó Chủ tịch Thường trực', 'Chánh Văn phòng')
    >>> post_of("PHÓ CHỦ TICH", load_lexicon()), post_of("THỨ TRƯỞNG", load_lexicon())
    ('Phó Chủ tịch', 'Thứ trưởng')
    >>> post_of("PHÓ TỔNG GIÁM ĐỐC", load_lexicon())
    'Phó Tổng Giám đốc'

    >>> post_of("ỦY BAN NHÂN DÂN", load_lexicon()) is None
    True
    """
    key = match_key(text)
    hit = [(k, name) for k, name in _post_keys(lexicon) if key == k or key.startswith(k + " ")]
    if not hit and is_caps(text):         # OCR lost a mark in capitals: "PHÓ CHỦ TICH"
        folded = ascii_fold(key)
        hit = [(k, name) for k, name, k_folded in _folded_post_keys(lexicon)
               if folded == k_folded or folded.startswith(k_folded + " ")]
        longest = max((len(k) for k, _ in hit), default=0)    # of posts folded alike, the marks left decide:
        hit = sorted((h for h in hit if len(h[0]) == longest),  # "THỨ TRUONG" is Thứ trưởng, not Thủ trưởng
                     key=lambda h: -sum(a == b for a, b in zip(h[0], key)))
    if not hit:
        deputy = re.match(r"\s*(?:PHÓ|Phó)\s+(?=\S)", text)     # a deputy of any post: "PHÓ TỔNG GIÁM ĐỐC"
        post = post_of(text[deputy.end():], lexicon) if deputy else _head_of_unit(text, lexicon)
        return ("Phó " + post if deputy else post) if post is not None else None
    name = hit[0][1]
    rest = re.sub(r"\s+", " ", text).strip()[len(name):].strip()
    if rest and is_caps(rest):
        rest = rest[:1].upper() + rest[1:].lower()
        rest = next((q for q in framecues.POST_QUALIFIERS if ascii_fold(match_key(q)) == ascii_fold(match_key(rest))), rest)
    return (name + " " + rest).strip()


def _head_of_unit(text: str, lexicon: Lexicon) -> str | None:
    """"Trưởng" before the head noun of a unit heads that unit: "TRƯỞNG TIỂU BAN" -> "Trưởng Tiểu ban", "TRƯỞNG BAN
    CHỈ ĐẠO" (a post the ontology does not list by name); None otherwise.

    >>> from policykg.ontology import load_lexicon
    >>> _head_of_unit("TRƯỞNG TIỂU BAN", load_lexicon()), _head_of_unit("TRƯỞNG THÀNH", load_lexicon())
    ('Trưởng Tiểu ban', None)
    """
    m = re.match(r"\s*(?:TRƯỞNG|Trưởng)\s+(\S.*)$", text)
    if m is None:
        return None
    rest = re.sub(r"\s+", " ", m.group(1)).strip()
    key = match_key(rest)
    if not any(key == head or key.startswith(head + " ") for head in organ_heads(lexicon)):
        return None
    return "Trưởng " + (rest[:1] + rest[1:].lower() if is_caps(rest) else rest)


@functools.lru_cache(maxsize=1 << 13)   # a footer's cells are asked for again and again (a post, a name, a mode)
def person_name(text: str) -> str | None:
    """A person's name as a signature block writes it, without a rank or title in front ("Thượng tướng Nguyễn
    Văn Hiền" -> "Nguyễn Văn Hiền"), or None when ``text`` is not a name: two to five words, each capitalised
    and otherwise lower case, only letters (a name in capitals only with a common family name).

    >>> person_name("Thượng tướng Nguyễn Văn Hiền"), person_name("Lan Thị Vân"), person_name("TRẦN THANH MẪN")
    ('Nguyễn Văn Hiền', 'Lan Thị Vân', 'Trần Thanh Mẫn')
    >>> person_name("Rơ Châm H'Bin"), person_name("K' Brỗ")
    ("Rơ Châm H'Bin", "K' Brỗ")
    >>> person_name("Ủy ban nhân dân") is None and person_name("Phó Chủ tịch") is None
    True
    >>> person_name("Đoàn Thị Hậu"), person_name("Đoàn Công Tác"), person_name("Phó Đức Phương")
    ('Đoàn Thị Hậu', None, 'Phó Đức Phương')
    """
    text = _SPACES.sub(" ", text).strip(" .,;:*_|")
    text = cues.PERSON_PREFIX.sub("", text)
    words = text.split(" ")
    if not 2 <= len(words) <= 5:   # before the words are split (most texts asked are no name)
        return None
    # names of the highlands' peoples join syllables with an apostrophe or a hyphen ("Rơ Châm H'Bin", "Ksor Y-Bông")
    parts = [[p for p in re.split(r"['’-]", w) if p] for w in words]     # "K' Brỗ": the apostrophe ends its syllable
    if not all(parts) or not all(p.isalpha() for w in parts for p in w):
        return None
    # "Phó Đức Phương": the deputy's word is a family name too, a person's before a middle name ("Phó Chủ tịch" is none)
    deputy = match_key(words[0]) == "phó" and match_key(words[1]) in framecues.MIDDLE_NAMES and len(words) >= 3 \
        and match_key(" ".join(words[1:3])) != "văn phòng"
    if all(w.isupper() for w in words):
        if match_key(words[0]) not in cues.FAMILY_NAMES and not deputy:
            return None
        words = [w[:1] + w[1:].lower() for w in words]
    elif not all(p[:1].isupper() and (len(p) == 1 or p[1:].islower()) for w in parts for p in w):
        return None
    name = " ".join(words)
    family = (match_key(words[0]) in cues.FAMILY_NAMES and match_key(words[1]) in framecues.MIDDLE_NAMES
              and len(words) >= 3) or deputy
    if match_key(name) in framecues.NOT_PERSON_WORDS or (match_key(words[0]) in framecues.NOT_PERSON_WORDS and not family):
        return None
    return name


def is_bare_head(name: str, lexicon: Lexicon) -> bool:
    """A name that is only a head noun ("VĂN PHÒNG", "BAN THƯỜNG VỤ", "BAN THƯỜNG TRỰC"): a part of the body named
    above it in the header, complete only with that body's name."""
    key = match_key(name)
    return any(key == head for head, _ in lexicon.head_nouns())


def office_over(name: str, lexicon: Lexicon) -> tuple[str, ActorRef] | None:
    """An office heading an organ, as a header names the issuing office: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
    -> ("Chủ tịch", the People's Committee); None otherwise."""
    post = post_of(name, lexicon)
    if post is None:
        return None
    base = next((p for p in lexicon.post_names() if match_key(post).startswith(match_key(p))), None)
    if base is None:            # a unit's head the ontology does not list ("Trưởng Tiểu ban"): no organ after it
        return None
    rest = re.sub(r"\s+", " ", name).strip()[len(base):].strip()
    organ = actor_named(rest, lexicon) if rest else None
    return (base, organ) if organ is not None else None


def office_ref(post: str, organ: ActorRef) -> ActorRef:
    """The issuing office "<post> <organ>" as an actor of kind Office ("Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ")."""
    label = f"{post} {organ.label or ''}".strip()
    return ActorRef(mint_actor_iri(label), label, "Office")


def frame_mentions(source, blocks: list[FrameBlock], lexicon: Lexicon,
                   issuers: list[ActorRef] | None = None) -> list[Mention]:
    """The actor mentions of the header's organ lines: each names the organ the header reads it as (an issuer, the
    body above it), so "UBND TỈNH LÀO CAI" / "VĂN PHÒNG" are the issuer and its parent, never a name cut across the
    two columns. Given the document's ``issuers``, only their lines: the body above an issuer ("ĐẢNG BỘ TỈNH X" over
    "ĐẢNG ỦY ...", "UBND TỈNH X" over "ỦY BAN BẦU CỬ") is where it sits, an actor only where the body names it."""
    found = []
    for block in blocks:
        ref = block.actor
        if ref is None or not ref.iri or (issuers is not None and not acts_in_header(ref, issuers, lexicon)):
            continue
        entry = lexicon.get(ref.iri)
        found.append(Mention(span=block.span, surface=source.text[block.span.start:block.span.end], category="actor",
                             iri=ref.iri, label=entry.label_vi if entry else (ref.label or ""),
                             kind=entry.kind if entry else (ref.kind or "Organization"), known=entry is not None,
                             label_en=entry.label_en if entry else None))
    return found


def acts_in_header(ref: ActorRef, issuers: list[ActorRef], lexicon: Lexicon | None) -> bool:
    """A body the header names is an actor of the document when it issues it, or when it is the body whose name heads
    its organs' documents (``pkg:issuesThroughOrgans``: "BAN CHẤP HÀNH TRUNG ƯƠNG" over a Politburo's conclusion);
    the body above an issuer ("ĐẢNG BỘ TỈNH X" / "ĐẢNG ỦY ...") is only where the issuer sits (``pkg:partOf``)."""
    if any(ref.iri == issuer.iri for issuer in issuers):
        return True
    entry = lexicon.get(ref.iri) if lexicon is not None and ref.iri else None
    return entry is not None and entry.issues_through_organs


def post_of_modes(modes: list[tuple[str | None, str]], lexicon: Lexicon) -> str | None:
    """The post a signature block's mode lines name, (mode, words) in order, when it prints no post line: the last of
    them signs ("TL. TỔNG CỤC TRƯỞNG" / "KT. CỤC TRƯỞNG": the Cục trưởng's deputy, "Phó Cục trưởng"; "Thứ trưởng" for
    a "Bộ trưởng"); a single "KT. CHỦ TỊCH" names the head's post, as written.

    >>> from policykg.ontology import load_lexicon
    >>> post_of_modes([("TL.", "TỔNG CỤC TRƯỞNG"), ("KT.", "CỤC TRƯỞNG")], load_lexicon())
    'Phó Cục trưởng'
    """
    named = [(mode, post) for mode, post in ((mode, post_of(words, lexicon)) for mode, words in modes) if post]
    if not named:
        return None
    mode, post = named[-1]
    if mode != "KT." or len(named) < 2:
        return named[0][1]
    return deputy_of(post)


def deputy_of(post: str) -> str:
    """The post of the deputy who signs "KT." for the head's ``post`` ("Cục trưởng" -> 'Phó Cục trưởng'; a "Bộ
    trưởng"'s is a "Thứ trưởng")."""
    return cues.DEPUTY_POSTS.get(match_key(post)) or f"Phó {post}"


def post_in_unit(post: str, lexicon: Lexicon) -> tuple[str, ActorRef | None]:
    """A post that names its unit after the post's name ("Vụ trưởng Vụ Pháp chế", "Chánh Văn phòng Bộ", signed "TL.
    BỘ TRƯỞNG" by delegation): the post alone and the unit it heads, which is the post's organ; else (post, None).
    A qualifier that names no body stays in the post ("Phó Chủ tịch Thường trực")."""
    key = match_key(post)
    names = [n for n in lexicon.post_names() if key.startswith(match_key(n) + " ")]
    if not names and key.startswith("phó "):        # "Phó Vụ trưởng Vụ Pháp chế": a deputy of any post
        deputy, unit = post_in_unit(post[4:], lexicon)
        return ("Phó " + deputy, unit) if unit is not None else (post, None)
    if not names:
        return post, None
    base = max(names, key=len)
    deputy = post[:len(base)] if match_key(post[:len(base)]) == match_key(base) else base
    rest = post[len(deputy):].strip()
    unit = actor_named(rest, lexicon) or actor_named(rest.upper(), lexicon, fuzzy=True)     # "VỤ PHÁP CHẾ", OCR'd too
    return (deputy, unit) if unit is not None and unit.iri else (post, None)


def issuer_named(text: str, issuers: list[ActorRef], lexicon: Lexicon) -> ActorRef | None:
    """The issuer a line in capitals names: the same actor, or the issuer whose name it is without the place the
    title gives ("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH" over its block, "... tỉnh Quảng Trị" in the title)."""
    ref = actor_named(text, lexicon, fuzzy=True)
    if ref is None or not ref.iri:
        return None
    key = match_key(ref.label)
    return next((i for i in issuers if i.iri == ref.iri), None) or next(
        (i for i in issuers if i.label and match_key(i.label).startswith(key + " ")), None)


@functools.lru_cache(maxsize=1 << 13)
def whole_post(text: str, lexicon: Lexicon) -> str | None:
    """The post ``text`` is, whole, in capitals or as the ontology writes it ("PHÓ CHỦ TỊCH", "Phó Chủ tịch")."""
    post = post_of(text, lexicon)
    if post is None or not (is_caps(text) or any(match_key(text) == k for k in map(match_key, lexicon.post_names()))):
        return None
    written = match_key(re.sub(r"\s+", " ", text).strip())     # "CHU TICH": OCR lost the marks, still the post whole
    return post if match_key(post) == written or (is_caps(text) and ascii_fold(match_key(post)) == ascii_fold(written)) \
        else None


def issuer_headed_by(posts: list[str | None], issuers: list[ActorRef], lexicon: Lexicon) -> ActorRef | None:
    """Of a joint document's issuers, the one a signature block's head post heads (its ``posts``: "KT. BỘ TRƯỞNG" /
    "THỨ TRƯỞNG" beside "TM. ĐOÀN CHỦ TỊCH": the ministry): the only issuer of a kind the post heads
    (``pkg:headOffice``), else the only one whose name opens with the post's first word ("Bộ trưởng": "Bộ ..."); None
    when that leaves several or none."""
    heads = dict(lexicon.office_titles())
    for post in (p for p in posts if p):
        key = match_key(post)
        kinds = heads.get(key, ())
        of_kind = [ref for ref in issuers if ref.kind in kinds]
        if len(of_kind) == 1:
            return of_kind[0]
        first = key.split(" ")[0]
        named = [ref for ref in (of_kind or issuers) if ref.label and match_key(ref.label).split(" ")[0] == first]
        if len(named) == 1:
            return named[0]
    return None
