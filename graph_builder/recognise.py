"""Mentions: where a text names an actor, an initiative (campaign, movement) or a policy document.

This module owns the recognition of names in the match form of a source text
(``SourceText.match``, same offsets as ``SourceText.text``). Everything it knows
about actors comes from the ontology's lexicon: labels, aliases and abbreviations
of known actors, head nouns of organisation names ("Bộ", "Sở", "Ủy ban nhân dân" ...),
administrative levels and document kinds. What it adds is the grammar of names:

- known actors, longest form first, without the function words around them ("các",
  "những" before; "các cấp", "liên quan" after), with level qualifiers ("các cấp",
  "từ Trung ương đến cơ sở", "cấp tỉnh") turned into ``Mention.levels``;
- unknown organisations named head-first ("Sở Văn hóa, Thể thao và Du lịch",
  "Ủy ban nhân dân tỉnh Sơn La", "Công an tỉnh"), IRIs minted from the canonical name (``names``);
- quoted campaigns and movements and unquoted "phong trào ..." (nothing inside quotes is an actor);
- cited documents by number ("Nghị định số 06/2014/NĐ-CP") or by name ("Quy chế dân chủ ở cơ sở"): ``cited``.

>>> from policykg.graph_builder.read import source_from_string
>>> from policykg.ontology import load_lexicon
>>> src = source_from_string("Sở Tư pháp chủ trì, phối hợp với Công an tỉnh và các cơ quan liên quan.")
>>> [(m.surface, m.known) for m in find_mentions(src, [], load_lexicon())]
[('Sở Tư pháp', False), ('Công an tỉnh', False), ('cơ quan', True)]
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from typing import Sequence

from policykg.core.iris import PKG, mint_actor_iri
from policykg.graph_builder import cues
from policykg.graph_builder.described import described_bodies, repeated_descriptions
from policykg.graph_builder.cited import document_candidates, link_names_to_numbers
from policykg.graph_builder.collectives import collective_actors
from policykg.graph_builder.foreign import foreign_governments
from policykg.graph_builder.initiatives import movements, quoted_names
from policykg.graph_builder.kindlists import listed_kinds
from policykg.graph_builder.sizepairs import size_pairs
from policykg.graph_builder.introduced import introduced_candidates, introductions, link_introduced
from policykg.graph_builder.model import Mention, Sentence, SourceText, Span
from policykg.graph_builder.namelists import domain_lists
from policykg.graph_builder.bodies import (agency_of_a_body, common_bodies, function_bodies,
                                            hamlet_bodies, kind_bodies, numbered_siblings, plural_units,
                                            regional_unit_end)
from policykg.graph_builder.canonicalnames import canonical_name, capitals_undone
from policykg.graph_builder.names import pattern_actors
from policykg.graph_builder.doublets import doublet_labels
from policykg.graph_builder.notactors import not_an_actor
from policykg.graph_builder.ownertails import owner_tails
from policykg.graph_builder.listitems import list_items
from policykg.graph_builder.qualifiers import qualified_kinds
from policykg.graph_builder.readergates import ReaderGate
from policykg.graph_builder.placelists import bodies_of_listed_places, bodies_of_places_after_one_level
from policykg.graph_builder.pickedplaces import bodies_of_picked_places
from policykg.graph_builder.bareplaces import bare_place_bodies
from policykg.graph_builder.twonames import joined_office_names
from policykg.graph_builder.levellists import whole_level_lists
from policykg.graph_builder.levelpairs import bodies_at_listed_levels
from policykg.graph_builder.halfinitials import expand_half_initials
from policykg.graph_builder.runons import (cut_before_domain, cut_run_on_names, dash_as_and, enacting_tails,
                                           lower_case_tails)
from policykg.graph_builder.semicolonitems import whole_items
from policykg.graph_builder.listedunits import units_between_semicolons
from policykg.graph_builder.jointmentions import joint_ministry_mentions
from policykg.graph_builder.vocabulary import (
    COLUMN_GAP,
    HEADER_CONTINUATION,
    LEVEL_SEPARATOR,
    PRIORITY_ACTOR,
    PRIORITY_BLOCK,
    Candidate,
    Vocabulary,
    caps_context,
    compact,
    lower_same_length,
    norm,
    vocabulary,
)
from policykg.ontology.lexicon import Lexicon

__all__ = ["find_mentions", "lower_same_length"]

def find_mentions(source: SourceText, sentences: list[Sentence], lexicon: Lexicon,
                  frame: Sequence[Span] = ()) -> list[Mention]:
    """Find the mentions of actors, initiatives and documents in ``source``.

    Takes the source text, its sentences (regions to search; all of the text when empty) and the
    lexicon (``policykg.ontology.load_lexicon()``). Searches ``source.match`` case-insensitively, skipping
    ``source.skipped``. Returns non-overlapping mentions sorted by offset (longest match wins; a
    quoted name, a cited document or an initiative blocks the actors inside it). No actor is named inside the
    ``frame`` spans (the document's header organ and motto lines, signature blocks, recipients list: the metadata
    reads them as issuers, signers and recipients). Never raises on text.

    >>> from policykg.graph_builder.read import source_from_string
    >>> from policykg.ontology import load_lexicon
    >>> src = source_from_string('Các cấp ủy đảng, Mặt trận Tổ quốc từ T.Ư đến cơ sở thực hiện cuộc vận động "Vì người nghèo".')
    >>> [(m.category, m.label, [l.split('#')[1] for l in m.levels]) for m in find_mentions(src, [], load_lexicon())]
    [('actor', 'cấp ủy đảng', []), ('actor', 'Mặt trận Tổ quốc Việt Nam', ['LevelCentral', 'LevelGrassroots']), ('initiative', 'Vì người nghèo', [])]
    """
    vocab = vocabulary(lexicon)
    text, match = source.text, source.match
    low = lower_same_length(match)
    regions = _regions(source, sentences)
    candidates: list[Candidate] = []
    introduced = introductions(vocab, match)   # "(sau đây gọi tắt là ...)": short names of the document's bodies
    described = repeated_descriptions(low)   # "đơn vị vận hành hệ thống ...": bodies named by a repeated description
    listed: list[Candidate] = []
    for start, end in regions:
        _sentence_candidates(vocab, (text, match, low), (start, end), (introduced, described), (candidates, listed))
    candidates = _list_before_longer_names(listed, candidates)
    candidates.extend(_known_over_line_breaks(vocab, match, low, regions, candidates))
    chosen: list[Candidate] = []
    taken = bytearray(len(match) + 1)   # 1 where a chosen candidate lies: overlap tests cost the span, not the text
    # names of campaigns and documents first (they block what is inside them), then leftmost-longest
    order = sorted(candidates, key=lambda c: (c.priority, -(c.end - c.start), c.start) if c.priority == PRIORITY_BLOCK
                   else (c.priority, c.start, -(c.end - c.start)))
    actor_spans = sorted((c.start, c.end) for c in candidates if c.priority == PRIORITY_ACTOR)
    for cand in order:
        if taken.find(1, cand.start, cand.end) >= 0:
            continue
        if cand.priority == PRIORITY_ACTOR and _cut_inside_a_name(match, cand, actor_spans):
            continue   # "Trung ương Đoàn | Thanh niên Cộng sản Hồ Chí Minh": the longer name wins
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        if cand.mention is not None:
            chosen.append(cand)
    mentions = [c.mention for c in sorted(chosen, key=lambda c: (c.start, c.end))
                if not (c.mention.category == "actor" and any(c.start < f.end and f.start < c.end for f in frame))]
    mentions = [m for m in _central_committees(mentions, match) if not (m.category == "actor" and (cues.PRESS_BEFORE.search(
        low, max(0, m.span.start - 20), m.span.start) or _code_in_a_number(match, m)
        or cues.EVENT_NOT_BODY.match(low, m.span.start) or not_an_actor(text, match, low, m)))]
    mentions = joined_office_names(bare_place_bodies(vocab, mentions, match, low, regions, frame), match)  # parties; 2 names
    mentions = enacting_tails(mentions, match, lexicon)   # "Hội đồng nhân dân xã X | QUYẾT NGHỊ:"
    mentions = cut_before_domain(lower_case_tails(cut_run_on_names(vocab, mentions, match, low), match), match)
    mentions = qualified_kinds(mentions, match, low, whole=bool(sentences))   # "... các xã | có rừng": its places
    mentions = expand_half_initials(bodies_at_listed_levels(whole_level_lists(mentions, match), match, lexicon), lexicon)
    mentions = numbered_siblings(foreign_governments(joint_ministry_mentions(dash_as_and(mentions), match, lexicon), match), match)
    mentions = bodies_of_places_after_one_level(bodies_of_listed_places(mentions, match, lexicon), match)   # one body a place
    mentions = bodies_of_picked_places(mentions, match)   # "UBND các tỉnh ..., trọng tâm là các tỉnh: A, B"
    mentions = listed_kinds(size_pairs(mentions, match), match, low, lexicon)   # "doanh nghiệp nhỏ | và vừa"
    mentions = whole_items(units_between_semicolons(vocab, list_items(vocab, owner_tails(mentions, match), match, low),
                                                    match, low), match, lexicon)   # "Trung tâm A | của | B"; "Cục A; ..."
    for m in mentions:
        m.surface = _surface(text, match, m.span.start, m.span.end)
    doublet_labels(mentions, text)   # "Chi cục Phòng, chống ...": the comma the match form blanked, in label and surface
    mentions = link_introduced(mentions, introduced, text)
    link_names_to_numbers(vocab, mentions)
    return mentions


def _sentence_candidates(vocab: Vocabulary, texts: tuple[str, str, str], where: tuple[int, int],
                         document: tuple[list, list], into: tuple[list[Candidate], list[Candidate]]) -> None:
    """The candidates of one sentence [start, end) of ``texts`` (text, match form, its lower case) added to ``into``
    (candidates, the bodies of lists of domains), in the readers' order; ``document``: the short names it introduces
    and its repeated descriptions. The readers ``readergates`` gates run only where their cue word is."""
    (text, match, low), (start, end), (introduced, described), (candidates, listed) = texts, where, document, into
    gate = ReaderGate(low, start, end)
    candidates.extend(quoted_names(match, low, start, end, text))
    candidates.extend(gate(movements, match, low, start, end))
    candidates.extend(document_candidates(vocab, match, low, start, end, text))
    listed.extend(gate(domain_lists, vocab, match, low, start, end))   # before the names they tie with
    known = _known_actors(vocab, match, low, start, end)
    candidates.extend(known)
    named = pattern_actors(vocab, match, low, start, end, known)
    candidates.extend(named)
    candidates.extend(gate(collective_actors, vocab, match, low, start, end, known + named))
    candidates.extend(agency_of_a_body(match, low, start, known + named))
    bodies = gate(common_bodies, match, low, start, end) + gate(kind_bodies, match, low, start, end) \
        + gate(function_bodies, vocab, match, low, start, end) + gate(hamlet_bodies, vocab, match, low, start, end) \
        + gate(plural_units, vocab, match, low, start, end)
    candidates.extend(bodies)
    candidates.extend(described_bodies(match, start, end, described, known + named + bodies))
    if introduced:
        candidates.extend(introduced_candidates(vocab, match, start, end, introduced, known + named + bodies))


def _surface(text: str, match: str, start: int, end: int) -> str:
    """The text of a mention as published, without the Markdown or HTML debris the match form blanks inside it
    ("tổ chức chính trị \\- xã hội" -> "tổ chức chính trị - xã hội", "Sở&nbsp;Y tế" -> "Sở Y tế").

    >>> _surface("Sở&nbsp;Y tế", "Sở      Y tế", 0, 12), _surface("trị \\\\- xã", "trị  - xã", 0, 9)
    ('Sở Y tế', 'trị - xã')
    """
    written = text[start:end]
    if all(c == w or not c.isspace() or w.isspace() for c, w in zip(match[start:end], written)):
        return written
    kept = "".join(w if not c.isspace() or w.isspace() else "\0" for c, w in zip(match[start:end], written))
    # debris between two words parted them ("Sở&nbsp;Y tế", "Bộ<br>Tài chính"): a space; elsewhere nothing
    kept = re.sub(r"(?<=\w)\0+(?=\w)", " ", kept).replace("\0", "")
    return re.sub(r"[ \t]{2,}", " ", kept)


_CODE_DASH_BEFORE = re.compile(r"[A-ZĐ0-9]-\s+$")   # "QCPH- | BHXH-TCT": a number's codes apart at a dash


def _code_in_a_number(match: str, m: Mention) -> bool:
    """An issuer's code inside a số hiệu whose number is left blank ("Số:     /KH-UBND") or broken after a dash
    ("1999/QCPH- BHXH-TCT", "QCPH-" / "BHXH-TCT" over a line break): no actor; nor "phóng viên | Báo Hải quan"
    (cues.PRESS_BEFORE), the press that reports."""
    start = m.span.start
    return start > 0 and (match[start - 1] in "/-" or _CODE_DASH_BEFORE.search(match, max(0, start - 12), start)) \
        and " " not in re.sub(r"-\s+", "-", match[start:m.span.end]) and match[start:m.span.end].isupper()


def _central_committees(mentions: list[Mention], match: str) -> list[Mention]:
    """"Trung ương Hội Luật gia Việt Nam": the central committee of a mass organisation the vocabulary does not know is
    written with "Trung ương" before the organisation's name; the mention takes it in and stays the organisation
    (as the vocabulary's "Trung ương Hội Nông dân Việt Nam" is the Farmers' Union)."""
    out = []
    for m in mentions:
        start = m.span.start - len("Trung ương ")
        if m.category == "actor" and not m.known and m.kind == "MassOrganization" and start >= 0 \
                and match[start:m.span.start] == "Trung ương " and (start == 0 or not match[start - 1].isalnum()):
            m = dataclasses.replace(m, span=Span(start, m.span.end))
        out.append(m)
    return out


def _cut_inside_a_name(match: str, cand: Candidate, others: list[tuple[int, int]]) -> bool:
    """True when ``cand`` ends right before a capitalised word that a longer, overlapping candidate covers.

    ``others``: the (start, end) of the actor candidates, sorted; only those starting inside ``cand`` are looked at.
    """
    following = re.match(r"[ \t]+(\w)", match[cand.end:cand.end + 4])
    if not following or not following.group(1).isupper():
        return False
    first = bisect.bisect_right(others, (cand.start, len(match) + 1))
    last = bisect.bisect_left(others, (cand.end, -1), first)
    return any(end > cand.end for _, end in others[first:last])


def _regions(source: SourceText, sentences: list[Sentence]) -> list[tuple[int, int]]:
    spans = [(s.span.start, s.span.end) for s in sentences] or [(0, len(source.text))]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # a header block names its body over two capitals lines: "ỦY BAN NHÂN DÂN" / "TỈNH SƠN LA"
        if merged and HEADER_CONTINUATION.match(source.match, start) and not source.match[merged[-1][1]:start].strip() \
                and source.match[merged[-1][1]:start].count("\n") == 1 \
                and caps_context(source.match, merged[-1][0], merged[-1][1]) and caps_context(source.match, start, end):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    spans = merged
    regions = []
    for start, end in spans:
        regions.extend(source.unskipped(start, end))
    return regions


def _list_before_longer_names(listed: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The bodies of a list of domains (``namelists``) and the other candidates, without those that would read the list
    from its head as one longer name ("Sở Y tế, Công Thương, Nông nghiệp và Môi trường": three departments)."""
    first_end = {c.start: c.end for c in listed}
    return listed + [c for c in candidates if not (c.priority == PRIORITY_ACTOR and c.end > first_end.get(c.start, c.end))]


def _known_over_line_breaks(vocab: Vocabulary, match: str, low: str, regions: list[tuple[int, int]],
                            candidates: list[Candidate]) -> list[Candidate]:
    """Known names that a line break cuts between two regions ("phối hợp với Bộ Công" / "Thương và ..."): the
    segmenter may end a sentence at a line break before a capital, but a name of the vocabulary read over the break
    is one name. Only names that cross the break, around each break of one line end where no known name of the
    regions ends or starts ("... Ủy ban nhân dân các cấp" / "Ủy ban nhân dân các cấp chịu ...": no "cấp | Ủy")."""
    known = [c for c in candidates if c.mention is not None and c.mention.known]
    edges = {c.start for c in known} | {c.end for c in known}
    found = []
    for (a_start, a_end), (b_start, b_end) in zip(regions, regions[1:]):
        gap = match[a_end:b_start]
        if gap.count("\n") != 1 or gap.strip() or len(match[a_start:a_end].rstrip()) + a_start in edges \
                or b_start + len(match[b_start:b_end]) - len(match[b_start:b_end].lstrip()) in edges:
            continue
        window = (max(a_start, a_end - 80), min(b_end, b_start + 80))
        found += [c for c in _known_actors(vocab, match, low, *window, starts_before=a_end)
                  if c.start < a_end and c.end > b_start]
    return found


def _actor(vocab: Vocabulary, start: int, end: int, entry, levels: tuple[str, ...] = ()) -> Candidate:
    mention = Mention(span=Span(start, end), surface="", category="actor", iri=entry.iri, label=entry.label_vi,
                      kind=entry.kind, known=True, label_en=entry.label_en, levels=levels)
    return Candidate(start, end, PRIORITY_ACTOR, mention)


def _levels_after(vocab: Vocabulary, match: str, low: str, pos: int, end: int) -> tuple[tuple[str, ...], int]:
    """Level qualifier right after a name: ('các cấp', 'từ T.Ư đến cơ sở', 'cấp tỉnh', 'các huyện, thành phố'); a
    capitalised word after a comma starts the next name ("Hội Liên hiệp Phụ nữ tỉnh, | Tỉnh đoàn")."""
    m = vocab.level_qualifier.match(low, pos, end)
    capital = re.search(r",\s*[^\W\d_]", match[pos:m.end()]) if m else None
    if capital is not None and match[pos + capital.end() - 1].isupper():
        m = vocab.level_qualifier.match(low, pos, pos + capital.start())
    if not m or m.end() == pos:
        return (), pos
    if m.group("range"):
        a, b = vocab.level_of.get(norm(m.group("a"))), vocab.level_of.get(norm(m.group("b")))
        return tuple(x for x in (a, b) if x), m.end()
    parts = [vocab.level_of.get(norm(p)) for p in LEVEL_SEPARATOR.split(m.group("list"))]
    joined = vocab.level_of.get(norm(m.group("list")))
    levels = [joined] if joined else [p for p in parts if p]
    return tuple(dict.fromkeys(levels)), m.end()


def _known_hits(vocab: Vocabulary, match: str, low: str, start: int, end: int, last: int) -> list[tuple]:
    """(start, end, form) of each name of the vocabulary found in [start, end) that starts before ``last``."""
    hits = []
    for regex, searched in ((vocab.ci_regex, low), (vocab.cs_regex, match)):
        if regex is not None:
            for m in regex.finditer(searched, start, end):   # in the order of their starts: none after one at ``last``
                s, e = m.span(1)
                if s >= last:
                    break
                if e <= end:
                    hits.append((s, e, vocab.compact.get(compact(low[s:e]))))
    return hits


def _known_actors(vocab: Vocabulary, match: str, low: str, start: int, end: int,
                  starts_before: int | None = None) -> list[Candidate]:
    """The known actors of [start, end); ``starts_before``: only the names found starting before it are read (each
    name is read on its own, and its candidate never starts before it: the others' could not start before either)."""
    found = []
    for s, e, form in _known_hits(vocab, match, low, start, end, end if starts_before is None else starts_before):
        if form is None or COLUMN_GAP in match[s:e]:
            continue   # (a name never runs across two columns of PDF layout text)
        longer_head = vocab.head_regex.regex.match(low, s) if vocab.head_regex is not None else None
        if longer_head is not None and longer_head.end(1) > e and not low[e:longer_head.end(1)][:1].isalnum():
            continue   # "Đảng | ủy", "Đảng | đoàn": the first word of a head noun, not the Party
        surface = match[s:e]
        written = form.written
        if (not form.case_sensitive and written[:1].isupper() and len(written.split()) <= 2
                and not surface[:1].isupper()):
            continue   # "Đảng", "Nhà nước", "Chính phủ" as names are capitalised; "quản lý nhà nước" is not an actor
        if _inner_capitals(written) and not caps_context(match, s, e) and _head_words(surface) != _head_words(written) \
                and not _inner_words_lowered(surface, written) and not _words_raised(surface, written) and all(_head_words(surface, whole=True) != _head_words(w, whole=True)
                        and not (surface[:1].isupper() and w[:1].islower() and _head_words(surface) == _head_words(w))
                        for w in vocab.cased_variants.get(form.key, ())):
            continue   # "Bộ Tư pháp" is written with its capitals (or as the vocabulary writes it otherwise, first
            # letter included: "Kiểm toán nhà nước", not "hoạt động kiểm toán nhà nước"; a form the vocabulary writes in
            # lower case may open a sentence: "Ban thường vụ các tỉnh ủy, ..."); "cán bộ tư pháp" is a people group
        entry = form.entry
        if entry.kind == "PeopleGroup" and cues.MODIFIER_OF.search(low, max(start, s - 24), s) \
                and low[s:e].split()[-1] == "dân":
            continue   # "thế trận an ninh nhân dân", "nền quốc phòng toàn dân": an attribute, not the people
        if low[s:e] in ("chính phủ", "chính quyền") and cues.GOVERNMENT_AS_MODEL.match(low, e):
            continue   # "chỉ số phát triển Chính phủ điện tử": a model of governing, not the Government
        if entry.kind == "Authority" and low.startswith(("hội đồng nhân dân", "hđnd"), s) \
                and cues.NEXT_SEAT.search(low, max(start, s - 70), s):
            found.append(Candidate(s, e, PRIORITY_ACTOR, None))
            continue   # "ứng cử đại biểu HĐND tỉnh, HĐND xã": the next seat of the list, not the council
        if entry.kind == "PeopleGroup" and low.startswith("đại biểu", s) and cues.ELECTED_AS.search(low, max(start, s - 20), s):
            found.append(Candidate(s, e, PRIORITY_ACTOR, None))
            continue   # "ứng cử đại biểu Quốc hội": the seat, not the deputies (nor the Assembly inside it)
        if entry.kind == "Organization" and entry.generic and cues.AT_A_PLACE.search(low, max(start, s - 12), s):
            continue   # "tại địa phương", "vào trường học": a place, not an actor
        if low[s:e] == "ngành" and (cues.SECTOR_AS_FIELD.search(low, max(start, s - 8), s)
                                    or cues.SECTOR_AS_INDUSTRY.match(low, e)):
            continue   # "chuyên ngành hóa chất", "ngành công nghiệp hóa chất": a field or an industry
        levels: tuple[str, ...] = ()
        # Function words inside a vocabulary form stay outside the mention span.
        for word in cues.FUNCTION_WORDS_BEFORE:
            if low.startswith(word + " ", s) and s + len(word) + 1 < e:
                s = s + len(word) + 1
                while s < e and low[s].isspace():
                    s += 1
        for word in ("các cấp", *cues.FUNCTION_WORDS_AFTER):
            if low[s:e].endswith(" " + word) and e - len(word) - 1 > s:
                if word == "các cấp":
                    levels = (PKG + "LevelAll",)
                e = e - len(word) - 1
        tier = e - len(" khu vực") if low.endswith(" khu vực", s, e) else e   # "Tòa án nhân dân khu vực | 3": numbered
        region = regional_unit_end(vocab, match, tier, end)
        if region and entry.kind not in ("Office", "PeopleGroup") and not entry.generic:
            label = canonical_name(vocab, match[s:region], None, None)
            found.append(Candidate(s, region, PRIORITY_ACTOR, Mention(
                span=Span(s, region), surface="", category="actor", iri=mint_actor_iri(label), label=label,
                kind=entry.kind, known=False)))
            continue   # "Kho bạc Nhà nước khu vực IX": a regional unit of the body, a body of its own
        after_levels, after_end = _levels_after(vocab, match, low, e, end)
        e = e if after_levels else _same_tier_after(vocab, match, low, (e, end), entry)   # "UBND xã | , phường"
        if after_levels:
            levels = tuple(dict.fromkeys(levels + after_levels))
            local = _local_body(vocab, match, low, (s, e, after_end), entry, levels)
            if local is not None:
                found.append(local)
                continue
            if PKG + "LevelAll" not in after_levels and low[e:after_end].split()[:1] not in (["từ"], ["ở"]) \
                    and entry.level != "LevelCentral":
                e = after_end   # "Ủy ban nhân dân | các xã, phường": the level is part of the name as written
            if entry.level in (None, "LevelAll"):
                specific = vocab.level_specific(entry, after_levels[0])
                if specific is not None:
                    entry = specific
        found.append(_actor(vocab, s, e, entry, levels))
    return found


_COMMA = re.compile(r"[ \t]*[,/][ \t]*|[ \t]+[-–][ \t]+")   # ("xã, phường", "xã/phường", "quận - huyện")


def _same_tier_after(vocab: Vocabulary, match: str, low: str, where: tuple[int, int], entry) -> int:
    """The end of a known name at one level written with its level word, taken on over a comma and the other level
    words of that tier ("Ủy ban nhân dân xã | , phường", "Công an huyện | , thị xã"): the name as written."""
    e, end = where
    comma = _COMMA.match(low, e, end)
    if comma is None or entry.level is None or not low.endswith(_level_words(vocab, entry.level), 0, e):
        return e
    listed = vocab.level_qualifier.match(low, comma.end(), end)
    if listed is None or not listed.group("list") or listed.group(0).lstrip().startswith(("các", "cấp", "ở", "tuyến")) \
            or not match[comma.end():listed.end()].islower():
        return e   # ("Ủy ban nhân dân tỉnh, | Tỉnh đoàn": the next name)
    tiers = {vocab.level_of.get(norm(p)) for p in LEVEL_SEPARATOR.split(listed.group("list"))}
    return listed.end() if tiers == {PKG + entry.level} else e


@functools.lru_cache(maxsize=64)
def _level_words(vocab: Vocabulary, level: str) -> tuple[str, ...]:
    """The words of a level ("LevelProvince": "tỉnh", "cấp tỉnh", ...), read once (not the text before each name)."""
    return tuple(w for w, lv in vocab.level_of.items() if lv.endswith("#" + level))


def _local_body(vocab: Vocabulary, match: str, low: str, where: tuple[int, int, int], entry,
                levels: tuple[str, ...]) -> Candidate | None:
    """"Ủy ban MTTQ Việt Nam tỉnh", "Hội Nông dân xã": a national body's committee at one level, a body of its own,
    named as the vocabulary names its local bodies (``pkg:localName``) or as written; None for anything else."""
    s, name_end, e = where
    tier = _PLURAL_TIER.fullmatch(low, name_end, e) if entry.local_name else None
    if entry.generic or entry.kind in ("Office", "PeopleGroup") or tier is None and (
            not (_one_level(low[name_end:e]) or entry.local_name and _level_list(low[name_end:e]))
            or low[name_end:e].split()[:1] in (["từ"], ["ở"]) or not (entry.local_name or entry.level is None)):
        return None
    kind = cues.TIER_KIND.match(low, e) if tier is not None else None
    if kind is not None:   # "Công an | các tỉnh | biên giới": the committees of those units only, named as written
        e = kind.end()
        label = f"{entry.local_name} {' '.join(match[name_end:e].split())}"
    elif tier is not None:   # "Hội Nông dân | các xã, phường": its committees at that level, named by the tier's class
        label = f"{entry.local_name} cấp {_TIER_CLASS.get(tier.group(1), tier.group(1))}"
    elif entry.level in (None, "LevelAll") and len(set(levels)) == 1 and vocab.level_specific(entry, levels[-1]) is not None:
        return None   # "Ủy ban nhân dân xã, phường": the vocabulary's body at that level ("Ủy ban nhân dân cấp xã")
    else:
        qualifier = re.sub(r"\s+", " ", match[name_end:e]).strip()
        qualifier = capitals_undone(vocab, qualifier) if qualifier.isupper() else qualifier     # "TỈNH" -> "tỉnh"
        label = f"{entry.local_name} {qualifier}" if entry.local_name else canonical_name(vocab, match[s:e], None, None)
    return Candidate(s, e, PRIORITY_ACTOR, Mention(span=Span(s, e), surface="", category="actor",
                                                   iri=mint_actor_iri(label), label=label, kind=entry.kind,
                                                   known=False, levels=levels))


# the units of one tier in the plural after a national body's name ("Hội Nông dân | các xã, phường", "| các huyện")
_PLURAL_TIER = re.compile(rf"\s+các\s+({cues.LEVEL_PATTERN})(?:(?:{LEVEL_SEPARATOR.pattern}){cues.LEVEL_PATTERN})*"
                          r"(?:\s+trực thuộc\s+(?:trung ương|tỉnh))?\s*")
_TIER_CLASS = {"phường": "xã", "thị trấn": "xã", "đặc khu": "xã", "quận": "huyện", "thị xã": "huyện", "thành phố": "tỉnh"}


def _level_list(qualifier: str) -> bool:
    """Levels of one tier written as a list ("xã, phường", "tỉnh, thành phố"), not "các cấp" or a range."""
    return LEVEL_SEPARATOR.search(qualifier.strip()) is not None and not re.search(r"(?<!\w)(?:các|từ|cấp)(?!\w)", qualifier)


def _one_level(qualifier: str) -> bool:
    """A single level word after a name ("tỉnh", "cấp xã"), not a list, a range or "các cấp"."""
    return not LEVEL_SEPARATOR.search(qualifier.strip()) and not re.search(r"(?<!\w)(?:các|từ|và)(?!\w)", qualifier)


def _head_words(text: str, whole: bool = False) -> str:
    """The first three words without their first letter (``whole``: with it): where a proper name shows its
    capitals; the level "Trung ương" counts in either case ("Ủy ban trung ương Mặt trận Tổ quốc Việt Nam")."""
    words = " ".join(_CENTRAL.sub("trung", text).split()[:3])
    return words if whole else words[1:]


_CENTRAL = re.compile(r"(?<!\w)Trung(?=\s+ương(?!\w))")


def _inner_words_lowered(surface: str, written: str) -> bool:
    """A known name of three words or more written with its first word and its last capitalised part as the vocabulary
    writes them and only words between them in lower case ("Ủy ban thường vụ Quốc hội", "Ban chấp hành Trung ương"):
    the name."""
    words, forms = surface.split(), written.split()
    last = max((j for j, f in enumerate(forms) if j and f[:1].isupper()), default=0)
    return len(words) == len(forms) >= 3 and last >= 2 and words[0] == forms[0] and words[last:] == forms[last:] \
        and all(w == f or w == f.lower() for w, f in zip(words, forms))


def _words_raised(surface: str, written: str) -> bool:
    """A known name of three words or more written as the vocabulary writes it but for words that title case raised
    to a capital ("Ủy Ban Kinh tế và Tài chính của Quốc hội", "Uỷ Ban Công tác Đại biểu của Quốc hội" in a list of
    members): the name.

    >>> _words_raised("Ủy Ban Kinh tế và Tài chính của Quốc hội", "Ủy ban Kinh tế và Tài chính của Quốc hội")
    True
    >>> _words_raised("Cán Bộ Tư Pháp", "cán bộ tư pháp"), _words_raised("Ban Chỉ đạo", "Ban Chỉ đạo")
    (False, False)
    """
    words, forms = surface.split(), written.split()
    return len(words) == len(forms) >= 3 and words[0] == forms[0] and words != forms \
        and all(w == f or w == f[:1].upper() + f[1:] for w, f in zip(words, forms))


@functools.lru_cache(maxsize=1 << 12)
def _inner_capitals(written: str) -> bool:
    return any(c.isupper() for c in written[1:])
