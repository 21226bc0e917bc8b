"""What the recognisers derive once from a lexicon (the ``Vocabulary``: regexes of every known name, head
nouns, levels, document kinds and codes), the candidate record they produce, and the text helpers they share."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from policykg.core.iris import PKG
from policykg.core.textnorm import ascii_fold, match_form, match_key, source_text
from policykg.graph_builder import cues
from policykg.graph_builder.model import Mention
from policykg.graph_builder.namecase import WordCases
from policykg.graph_builder.shortheads import short_head_forms, written_out
from policykg.ontology.lexicon import Lexicon

__all__ = ["Alternation", "COLUMN_GAP", "Candidate", "PRIORITY_ACTOR", "PRIORITY_BLOCK", "Vocabulary", "caps_context",
           "compact", "form_pattern", "is_abbreviation", "is_caps_line", "lower_same_length", "match_key_cased",
           "mostly_capitals", "negation_at", "norm", "ontology_names", "starts_verb", "vocabulary", "wider_gap",
           "first_character_first", "word_ends", "words_regex"]

PRIORITY_BLOCK, PRIORITY_ACTOR = 0, 1
COLUMN_GAP = "\u2003"   # in the match form: the middle of a run of spaces between two columns of a line (read.py)
NEVER = r"(?!x)x"   # an alternation that matches nothing (a lexicon without levels or document kinds)
HEADER_CONTINUATION = re.compile(r"(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\S")


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` character by character, keeping its length (offsets stay valid).

    >>> lower_same_length("ỦY BAN İ")
    'ủy ban İ'
    """
    low = text.lower()
    if len(low) == len(text):  # the usual case (Vietnamese never changes length): one C-level call
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# between the levels of a list: "xã, phường", "xã/phường/thị trấn", "quận - huyện" (a dash with spaces around it)
LEVEL_SEPARATOR = re.compile(r"\s*[,/]\s*|[ \t]+[-–][ \t]+")


@dataclass
class Candidate:
    """A possible mention at [start, end) and its priority (blocks first)."""

    start: int
    end: int
    priority: int
    mention: Mention | None   # None: a region that blocks actors (inside quotes) but is not itself a mention


@dataclass(frozen=True)
class _Form:
    key: str          # match_key of the form
    written: str      # as the vocabulary writes it
    entry: object     # LexiconEntry
    case_sensitive: bool


class Vocabulary:
    """Regexes and tables derived once from a lexicon."""

    def __init__(self, lexicon):
        self.lexicon = lexicon
        self._level_specific: dict[tuple[int, str], tuple] = {}
        forms: dict[str, _Form] = {}
        # other capitals the vocabulary writes a form with ("Ủy ban Quản lý vốn ..." and "Ủy ban quản lý vốn ..."):
        # a surface written either way is the name
        self.cased_variants: dict[str, tuple[str, ...]] = {}
        for entry in lexicon.entries:
            for written in (entry.label_vi, *entry.alt_labels):
                key = match_key(written)
                if key in forms:
                    cased = match_key_cased(written)
                    if forms[key].entry is entry and cased != forms[key].written:
                        self.cased_variants[key] = (*self.cased_variants.get(key, ()), cased)
                    continue
                forms[key] = _Form(key, match_key_cased(written), entry, is_abbreviation(written))
        self.forms = forms
        # (a form's inner "và" may be written "&": ``form_pattern``)
        self.compact = {compact(w): f for k, f in forms.items() for w in {k, re.sub(r"(?<=\S) và (?=\S)", " & ", k)}}
        ordered = sorted(forms.values(), key=lambda f: (-len(f.key), f.key))
        self.ci_regex = _alternation([f.key for f in ordered if not f.case_sensitive], lower=True)
        self.cs_regex = _alternation([f.written for f in ordered if f.case_sensitive], lower=False)
        self.heads = [(h, kind) for h, kind in lexicon.head_nouns()]
        self.head_regex = _alternation([h for h, _ in self.heads], lower=True)
        self.head_kind = dict(self.heads)
        self._read_short_heads(lexicon)
        # the words of offices: the head nouns of pkg:Office and the pkg:headOffice titles ("thường trực", "chánh")
        self.office_words = frozenset(t for t, _ in lexicon.office_titles()) | {h for h, k in self.heads if k == "Office"}
        alias_levels: dict[str, str] = {}
        for level in lexicon.levels:
            for alias in level.aliases:
                alias_levels.setdefault(match_key(alias), level.iri)
        self.level_of = alias_levels
        # the grassroots units below a commune, named as bodies ("các thôn", "các tổ dân phố", "thôn, bản"): the
        # aliases of the grassroots level that name no level of government ("cơ sở", "cấp cơ sở")
        hamlets = sorted((a for a, iri in alias_levels.items() if iri.endswith("LevelGrassroots") and "cơ sở" not in a),
                         key=lambda a: (-len(a), a))
        self.hamlet_regex = re.compile(r"(?<!\w)các\s+(" + "|".join(form_pattern(a) for a in hamlets) + r")(?!\w)") \
            if hamlets else None
        level_alts = "|".join(form_pattern(a) for a in sorted(alias_levels, key=lambda a: (-len(a), a))) or NEVER
        self.level_alts = level_alts
        self.level_qualifier = re.compile(
            rf"\s*(?:(?P<range>từ\s+(?P<a>{level_alts})\s+(?:đến|tới)\s+(?P<b>{level_alts}))"
            rf"|(?:ở\s+)?(?:các\s+)?(?:(?:cấp|tuyến)\s+)?(?P<list>(?:{level_alts}){cues.NOT_A_LEVEL}"
            rf"(?:(?:{LEVEL_SEPARATOR.pattern})(?:{level_alts}))*)"
            rf"(?:\s+trực thuộc trung ương)?)(?!\w)")
        self.level_word = re.compile(rf"(?:{level_alts})(?!\w){cues.NOT_A_LEVEL}")
        self.expansions = _abbreviation_expansions(lexicon)
        # the abbreviations the labels write inside names ("TNCS" of "Đoàn TNCS Hồ Chí Minh", "LĐLĐ", "LHPN"): a name
        # read from capitals keeps them as written ("Ban Thường vụ LĐLĐ tỉnh", not "Lđlđ"); of three letters or more,
        # as two can be a word ("TƯ" of "SỞ TƯ PHÁP")
        self.capital_words = frozenset(w.strip(",.()") for e in lexicon.entries for label in (e.label_vi, *e.alt_labels)
                                       for w in label.split()[1:] if is_abbreviation(w.strip(",.()"))
                                       and sum(c.isalpha() for c in w) >= 3)
        # the case the labels write each word in, for names read from capitals (namecase.official_case)
        self.word_cases = WordCases([w for e in lexicon.entries for w in (e.label_vi, *e.alt_labels)],
                                    lexicon.head_noun_forms())
        codes: dict[str, str] = {}
        names: list[tuple[str, str]] = []
        for kind in lexicon.document_kinds:
            for code in kind.codes:
                codes.setdefault(code.upper(), kind.kind)
            for name in kind.names:
                names.append((match_key(name), kind.kind))
        self.document_codes = codes
        self.document_names = sorted(names, key=lambda n: (-len(n[0]), n[0]))
        self.document_kind_of = dict(self.document_names)      # kind name (match key) -> kind
        kind_alts = "|".join(form_pattern(n) for n, _ in self.document_names) or NEVER
        self.document_name_regex = words_regex([n for n, _ in self.document_names])
        # the kind word right before a number: "Nghị quyết số", "quyết định" (searched in lower case)
        self.kind_before_number = re.compile(r"(?<!\w)(" + kind_alts + r")\s*(?:số\s*:?\s*)?$")
        # documents cited by name (documents.ttl): every full name, short name and abbreviation, longest first
        named: dict[str, object] = {}
        for doc in getattr(lexicon, "named_documents", ()):
            for form in (doc.label_vi, *doc.alt_labels):
                named.setdefault(match_key(form), doc)
        self.named_documents = named
        self.named_document_regex = words_regex(sorted(named, key=lambda n: (-len(n), n)))

    def head_matches(self, low: str, start: int = 0, end: int | None = None):
        """The head nouns in ``low`` (lower case) from ``start`` to ``end``, as ``head_regex`` finds them, but not one
        that starts a common word there (``cues.HEAD_IN_A_WORD``: "tổ chức", "Tổ quốc")."""
        if self.head_regex is None:
            return
        for m in self.head_regex.finditer(low, start, len(low) if end is None else end):
            if not cues.HEAD_IN_A_WORD.match(low, m.start(1)):
                yield m

    def _read_short_heads(self, lexicon) -> None:
        """The head nouns' short forms ("CA", "Bộ CHQS"), read as written before a level or a name (shortheads.py)."""
        self.level_heads = {match_key(a): {match_key(h) for h in level.head_nouns}
                            for level in lexicon.levels for a in level.aliases if level.head_nouns}
        self.short_heads = short_head_forms(lexicon.head_noun_forms(), {h for h, k in self.heads if k == "Office"},
                                            self.level_heads)
        self.short_head_regex = _alternation(sorted(self.short_heads, key=lambda f: (-len(f), f)), lower=False)
        self.short_head_kind = {match_key(f): self.head_kind.get(match_key(h[0]), "Organization")
                                for f, h in self.short_heads.items()}

    def written_out(self, name: str) -> str:
        """``name`` with a short form of a head noun at its start written out ("CA tỉnh" -> "Công an tỉnh")."""
        return written_out(name, self.short_heads, self.level_heads)

    def level_specific(self, entry, level_iri: str):
        """The vocabulary's entry for ``entry`` at one level ("Ủy ban nhân dân" + huyện -> "Ủy ban nhân dân huyện");
        remembered by the entry (the same object: its identity is kept beside the answer) and the level."""
        known = self._level_specific.get((id(entry), level_iri))
        if known is not None and known[0] is entry:
            return known[1]
        found = self._read_level_specific(entry, level_iri)
        self._level_specific[(id(entry), level_iri)] = (entry, found)
        return found

    def _read_level_specific(self, entry, level_iri: str):
        base = re.sub(r"\s+các cấp$", "", match_key(entry.label_vi))
        local = level_iri[len(PKG):] if level_iri.startswith(PKG) else level_iri
        for other in self.lexicon.entries:
            if other is entry or other.level != local:
                continue
            if match_key(other.label_vi).startswith(base + " "):
                return other
        return None


def match_key_cased(text: str) -> str:
    """Like ``match_key`` but keeping case (for case-sensitive abbreviations and labels)."""
    return re.sub(r"\s+", " ", match_form(source_text(text))).strip()


@functools.lru_cache(maxsize=1 << 14)
def is_abbreviation(written: str) -> bool:
    """A form written in capitals without spaces ("MTTQ", "UBND", "TTg", "T.Ư"): matched case-sensitively."""
    letters = [c for c in written if c.isalpha()]
    return " " not in written.strip() and sum(c.isupper() for c in letters) >= 2


def form_pattern(form: str) -> str:
    """A vocabulary form as a pattern: any run of spaces between its words, any spacing around its signs, and an
    inner "và" also written "&" ("Bộ Nông nghiệp & Phát triển nông thôn", "Sở Khoa học & Công nghệ": the sign
    the genre writes in names' fields, as in their initials "NN&PTNT").

    >>> bool(re.fullmatch(form_pattern("sở khoa học và công nghệ"), "sở khoa học & công nghệ"))
    True
    """
    return "".join(_pattern_parts(form))


def _pattern_parts(form: str) -> list[str]:
    """``form_pattern`` token by token: the first token's pattern, then each other token's with the space before it."""
    parts = re.findall(r"\w+|[^\w\s]", form)
    out = []
    for i, part in enumerate(parts):
        space = "" if not i else r"\s+" if (part[0].isalnum() and parts[i - 1][-1].isalnum()) else r"\s*"
        out.append(space + (r"(?:và|&)" if i and part.lower() == "và" else re.escape(part)))
    return out


def words_regex(forms: list[str]) -> re.Pattern:
    """``(?<!\\w)(form|form|...)(?!\\w)`` (``form_pattern``'s forms, in their order) written first character first:
    "(c(?<!\\w.)(?:rest|rest)|...)(?!\\w)", the forms grouped by their first character. Every branch opens with a
    literal, so ``re`` looks only at the positions where one of those characters stands instead of trying the
    look-behind and every form at each position of the text; a match starts with its form's first character, so at
    any position only that character's forms can match, tried in their order: the same matches, group 1 the form
    (``tests/test_word_alternations_round33.py``).

    >>> [m.span(1) for m in words_regex(["quy chế dân chủ", "quy chế", "luật"]).finditer("Quy chế dân chủ; quy chế, luật")]
    [(17, 24), (26, 30)]
    """
    return re.compile("(" + first_character_first(forms) + r")(?!\w)")


def first_character_first(forms: list[str], not_before: str = r"\w") -> str:
    """``(?<!not_before)(?:form|form|...)`` (``form_pattern``'s forms, in their order; ``not_before`` one character's
    class) as "(?:c(?<!not_before.)(?:rest|rest)|...)": each branch opens with its forms' first character (see
    ``words_regex``); the same matches."""
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form_pattern(form)[len(re.escape(form[0])):])
    return "(?:" + ("|".join(rf"{re.escape(c)}(?<!{not_before}.)(?:{'|'.join(rests)})" for c, rests in by_first.items())
                    or NEVER) + ")"


def _alternation(forms: list[str], lower: bool) -> Alternation | None:
    if not forms:
        return None
    body = "|".join(form_pattern(f) for f in forms)
    return Alternation(re.compile(rf"(?<![\w.&])(?=({body})(?![\w&]))"), forms)


_WORD_OR_SIGN = re.compile(r"\w+|[^\w\s]")   # the tokens of ``form_pattern``: a form's first one starts any match


class Alternation:
    """One regex of many forms (``(?<![\\w.&])(?=(form|form|...)(?![\\w&]))``), searched only where it can match.

    Python's ``re`` tries every form at every position of the text; a match can only start on a token that is the
    first token of some form (``form_pattern`` writes each form token by token, so a matched text starts with the
    form's first token, whole: a word or a sign). ``finditer`` therefore runs the regex at those positions alone
    and yields exactly the matches of ``regex.finditer``, each found by the regex of the forms that begin with that
    token (in their order in the whole regex, so the same form wins). Anything else (``search``, ``pattern``, ...)
    is the regex's own. Against a trie regex and Aho-Corasick automata: ``bench/matchers.py``, ``bench/README.md``.

    >>> alt = _alternation(["ủy ban nhân dân", "ủy ban", "bộ"], lower=True)
    >>> [(m.start(1), m.group(1)) for m in alt.finditer("các ủy ban nhân dân, bộ ngành và ủy  ban", 0, 40)]
    [(4, 'ủy ban nhân dân'), (21, 'bộ'), (33, 'ủy  ban')]
    """

    def __init__(self, regex: re.Pattern, forms: list[str]):
        self.regex = regex
        # "_" is a word character that form_pattern does not treat as one: such forms are searched everywhere
        self.exact = all("_" not in f and f.strip() == f and f for f in forms)
        by_first: dict[str, list[str]] = {}
        for form in forms if self.exact else ():
            by_first.setdefault(_WORD_OR_SIGN.match(form).group(0), []).append(form)
        # the forms that start with one token, in the order of ``forms`` (the first that matches wins, as in regex)
        self.by_first = {first: re.compile(rf"(?<![\w.&])(?=({'|'.join(map(form_pattern, group))})(?![\w&]))")
                         for first, group in by_first.items()}
        # where some form matches: one regex of the forms' trie (``_trie``), searched from each place it matched
        self.starts = re.compile(_trie(forms) if self.exact and forms else NEVER)

    def __getattr__(self, name):
        if name == "regex" or name.startswith("__"):   # copy and pickle protocols are this object's, not the regex's
            raise AttributeError(name)
        return getattr(self.regex, name)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """The matches of ``self.regex.finditer(text, pos, endpos)``, in order."""
        endpos = len(text) if endpos is None else endpos
        if not self.exact:
            yield from self.regex.finditer(text, pos, endpos)
            return
        by_first, search, first_token = self.by_first, self.starts.search, _WORD_OR_SIGN.match
        some = search(text, pos, endpos)
        while some is not None:   # some form matches there: the regex of the forms that begin with its token decides
            at = some.start()
            found = by_first[first_token(text, at, endpos).group(0)].match(text, at, endpos)
            if found is not None:
                yield found
            some = search(text, at + 1, endpos)


def _trie(forms: list[str]) -> str:
    r"""One pattern that matches at a position where one of ``forms`` (``form_pattern``'s, with the look-behind and the
    look-ahead of ``_alternation``) matches, written as their trie: the first token character by character (the
    first character then "(?<![\w.&].)": nothing of a word, no dot or "&" before it), then each other token with
    the space before it (``_pattern_parts``), a form's end "(?![\w&])". Every branch of the top opens with a literal,
    so re looks only at the positions where a form's first character stands, and from there follows the forms that
    go on as the text does, each part once, instead of trying every form that begins with the token (the forms'
    order does not matter: the pattern only tells where one matches).

    >>> print(_trie(["ủy ban", "ủy ban nhân dân", "t.ư"]))
    (?:ủ(?<![\w.&].)y\s+ban(?:\s+nhân\s+dân(?![\w&])|(?![\w&]))|t(?<![\w.&].)\s*\.\s*ư(?![\w&]))
    """
    root: dict = {}
    for form in forms:
        parts = _pattern_parts(form)
        first = _WORD_OR_SIGN.match(form).group(0)
        node = root
        for part in [re.escape(first[0]) + r"(?<![\w.&].)", *map(re.escape, first[1:]), *parts[1:]]:
            node = node.setdefault(part, {})
        node[None] = {}
    return _trie_written(root)


def _trie_written(node: dict) -> str:
    branches = [part + _trie_written(rest) for part, rest in node.items() if part is not None]
    branches += [r"(?![\w&])"] if None in node else []
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _abbreviation_expansions(lexicon) -> dict[str, str]:
    """'UBND' -> 'Ủy ban nhân dân': an abbreviation alias and the written form of the same entry whose initials match."""
    expansions: dict[str, str] = {}
    for entry in lexicon.entries:
        written = (entry.label_vi, *entry.alt_labels)
        for abbr in written:
            if not is_abbreviation(abbr):
                continue
            for full in sorted(written, key=len):
                if _initialled(abbr, full):
                    expansions.setdefault(abbr.upper(), match_key_cased(full))
                    break
    for abbr, domain in _domain_abbreviations(lexicon).items():
        expansions.setdefault(abbr, domain)
    for abbr, head in _head_abbreviations(lexicon).items():
        expansions.setdefault(abbr, head)
    return expansions


def _initialled(abbr: str, full: str) -> bool:
    """``abbr`` is the initials of the words of ``full``, a name of two words or more ("UBND": "Ủy ban nhân dân",
    "BTV": "Ban Thường vụ"), diacritics and the abbreviation's dots left out."""
    words = ascii_fold(full).split()
    return len(words) > 1 and "".join(w[0] for w in words) == ascii_fold(abbr).replace(".", "")


def _head_abbreviations(lexicon) -> dict[str, str]:
    """'BTV' -> 'Ban Thường vụ', 'UBKT' -> 'Ủy ban Kiểm tra': a head noun the ontology writes as an abbreviation and
    the head noun of the same kind whose initials it is ("BTV Tỉnh ủy" is the "Ban Thường vụ Tỉnh ủy")."""
    kinds = dict(lexicon.head_nouns())
    forms = [(form, kinds.get(match_key(form))) for form in lexicon.head_noun_forms()]
    found: dict[str, str] = {}
    for abbr, kind in forms:
        if not is_abbreviation(abbr):
            continue
        fulls = sorted({match_key_cased(full) for full, other in forms if other == kind and not is_abbreviation(full)
                        and _initialled(abbr, full)})
        if len(fulls) == 1:
            found[abbr.upper()] = fulls[0]
    return found


def _domain_abbreviations(lexicon) -> dict[str, str]:
    """'GD&ĐT' -> 'Giáo dục và Đào tạo': the field of a ministry the vocabulary abbreviates after its head ("Bộ GD&ĐT"),
    which the province's department and the district's office share ("Sở GD&ĐT", "Phòng NN&MT"); an abbreviation of
    two fields is none."""
    fields: dict[str, set[str]] = {}
    for entry in lexicon.entries:
        head, _, field = entry.label_vi.partition(" ")
        if head != "Bộ" or not field:
            continue
        for written in entry.alt_labels:
            first, _, abbr = written.partition(" ")
            if first == head and abbr and is_abbreviation(abbr):
                fields.setdefault(abbr.upper(), set()).add(match_key_cased(field))
    return {abbr: next(iter(found)) for abbr, found in fields.items() if len(found) == 1}


@functools.lru_cache(maxsize=4)
def vocabulary(lexicon: Lexicon) -> Vocabulary:
    """The vocabulary of a lexicon, built once."""
    return Vocabulary(lexicon)


def compact(text: str) -> str:
    """``text`` without whitespace (``str.split`` and ``\\s`` agree on what whitespace is)."""
    return "".join(text.split())


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip()).replace(" ,", ",")


def caps_context(match: str, start: int, end: int) -> bool:
    """True inside an all-capitals line (document headers), where capitals say nothing about names."""
    line_start = match.rfind("\n", 0, start) + 1
    line_end = match.find("\n", end)
    return is_caps_line(match[line_start:line_end if line_end >= 0 else len(match)])


@functools.lru_cache(maxsize=4096)
def is_caps_line(line: str) -> bool:
    # Cached: a paragraph-long line is asked about once per candidate name inside it.
    return mostly_capitals(line)


@functools.lru_cache(maxsize=1 << 13)
def mostly_capitals(text: str) -> bool:
    """More than 80% of the letters of ``text`` are capitals (a header line, a title in capitals).

    The letters are counted by ``str`` methods mapped in C, not by a Python loop per character; memoised (half the
    texts asked about in a document are asked about again: its sentences by the heading, frame and name readers).

    >>> mostly_capitals("ỦY BAN NHÂN DÂN Tỉnh"), mostly_capitals("Ⅻ Ⓐ 12 ab"), mostly_capitals("12 -")
    (True, False, False)
    """
    letters = list(filter(str.isalpha, text))
    return bool(letters) and sum(map(str.isupper, letters)) > 0.8 * len(letters)


_WORD_END = re.compile(r"[^ ,\n](?=[ ,\n]|\Z)")   # the end of a word: before a space, a comma, a line break or the end


def word_ends(low: str, pos: int, stop_at: int, most: int) -> list[int]:
    """The first ``most`` places ``k`` in (pos, stop_at] where a word ends (``low[k - 1]`` no space, comma or line
    break; ``low[k]`` one, or ``k == stop_at``), found by one regex instead of a Python test per character.

    >>> word_ends("bộ y tế, công an  tỉnh", 3, 22, 3), word_ends("a, b", 0, 4, 9)
    ([4, 7, 13], [1, 4])
    """
    return [m.end() for m in itertools.islice(_WORD_END.finditer(low, pos, stop_at), most)]


def starts_verb(low: str, pos: int, shortest: int = 1) -> bool:
    ahead = low[pos:pos + 40].split()[:3]
    for n in range(3, shortest - 1, -1):
        words = ahead[:n]
        if len(words) == n and " ".join(w.strip(",.;:") for w in words) in cues.ACTION_VERBS:
            return True
    return False


_NEGATION = re.compile(r"(?:không|chưa|chẳng)[ \t]+")
_MODAL = re.compile(r"(?:được|phải|cần|nên|thể)(?!\w)")   # "không | được thu", "không | phải là", "chưa | cần"


def negation_at(low: str, pos: int) -> bool:
    """A negation and a verb or a modal at ``pos`` ("không | tiếp nhận", "chưa | bố trí", "không | được thu", "không |
    phải là"): a clause's predicate, never a name's domain ("Cơ quan thẩm định | không tiếp nhận ...", "Ban Quản lý dự
    án | không bố trí ...", "các cơ sở giáo dục | không được thu ...", "cơ sở tín ngưỡng | không phải là di tích").

    >>> negation_at("không được thu thêm", 0), negation_at("không phải là di tích", 0), negation_at("không gian", 0)
    (True, True, False)
    """
    neg = _NEGATION.match(low, pos)
    return neg is not None and (starts_verb(low, neg.end(), 1) or _MODAL.match(low, neg.end()) is not None)


def wider_gap(match: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Two spaces or more before token ``i`` (spans in ``match``) after one space before the token ahead of it: the two
    names of a table's cell whose comma was lost ("Học viện Nông nghiệp VN  Trường Đại học ..."); a text spaced wide
    throughout ("Hội  LHTN  Việt  Nam") is not cut."""
    return i > 1 and match.count(" ", tokens[i - 1][1], tokens[i][0]) >= 2 \
        and match[tokens[i - 2][1]:tokens[i - 1][0]] == " "


@functools.lru_cache(maxsize=4)
def ontology_names(lexicon: Lexicon) -> tuple[str, ...]:
    """The names the ontology writes: head nouns, posts, actors' names and aliases, administrative levels."""
    names = [n for n, _ in lexicon.head_nouns()] + list(lexicon.head_noun_forms()) + list(lexicon.post_names())
    for entry in lexicon.entries:
        names += [entry.label_vi, *entry.alt_labels]
    for level in lexicon.levels:
        names += list(level.aliases)
    return tuple(names)
