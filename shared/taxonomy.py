"""The cluster's shared vocabulary: sub-clusters, value-chain stages, BCG tags,
the 77 provinces of Thailand and the certifications SMEs hold or ask for.

Pure lookups. The only I/O is reading this package's own data files
(`shared/taxonomy_data/*.json`) once, at import.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Container, Iterable
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from typing import Any, Final, Literal, NamedTuple

Language = Literal["th", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("th", "en")

_DATA_PACKAGE: Final = "shared.taxonomy_data"
_EARTH_RADIUS_KM: Final = 6371.0088  # IUGG mean radius


class Labels(NamedTuple):
    en: str
    th: str

    def pick(self, lang: str) -> str:
        if lang == "en":
            return self.en
        if lang == "th":
            return self.th
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")


# ------------------------------------------------------------------ enums


class SubCluster(StrEnum):
    HEMP_NATURAL_FIBRE = "hemp_natural_fibre"
    CIRCULAR_TEXTILE = "circular_textile"
    SPORTECH = "sportech"
    AGEING_LIFESTYLE_CENTRAL = "ageing_lifestyle_central"
    AGEING_LIFESTYLE_ISAN = "ageing_lifestyle_isan"

    def label(self, lang: str = "en") -> str:
        return _SUB_CLUSTER_LABELS[self].pick(lang)


class Stage(StrEnum):
    UPSTREAM = "upstream"
    MIDSTREAM = "midstream"
    DOWNSTREAM = "downstream"

    @property
    def position(self) -> int:
        """0, 1, 2 along the value chain; a stage feeds the one after it."""
        return _STAGE_ORDER.index(self)

    def label(self, lang: str = "en") -> str:
        return _STAGE_LABELS[self].pick(lang)


class BcgTag(StrEnum):
    """Thailand's Bio-Circular-Green economy model."""

    BIO = "bio"
    CIRCULAR = "circular"
    GREEN = "green"

    def label(self, lang: str = "en") -> str:
        return _BCG_LABELS[self].pick(lang)


class Region(StrEnum):
    """The six geographic regions of the National Geographical Committee."""

    NORTH = "north"
    NORTHEAST = "northeast"
    CENTRAL = "central"
    EAST = "east"
    WEST = "west"
    SOUTH = "south"

    def label(self, lang: str = "en") -> str:
        return _REGION_LABELS[self].pick(lang)


_SUB_CLUSTER_LABELS: Final = {
    SubCluster.HEMP_NATURAL_FIBRE: Labels("Hemp & Natural Fibre", "กัญชงและเส้นใยธรรมชาติ"),
    SubCluster.CIRCULAR_TEXTILE: Labels("Circular Textile", "สิ่งทอหมุนเวียน"),
    SubCluster.SPORTECH: Labels("Sportech", "สิ่งทอเทคนิคเพื่อการกีฬา"),
    SubCluster.AGEING_LIFESTYLE_CENTRAL: Labels("Ageing Lifestyle Central", "ไลฟ์สไตล์ผู้สูงวัย ภาคกลาง"),
    SubCluster.AGEING_LIFESTYLE_ISAN: Labels("Ageing Lifestyle Isan", "ไลฟ์สไตล์ผู้สูงวัย ภาคอีสาน"),
}
_STAGE_ORDER: Final = (Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM)
_STAGE_LABELS: Final = {
    Stage.UPSTREAM: Labels("Upstream", "ต้นน้ำ"),
    Stage.MIDSTREAM: Labels("Midstream", "กลางน้ำ"),
    Stage.DOWNSTREAM: Labels("Downstream", "ปลายน้ำ"),
}
_BCG_LABELS: Final = {
    BcgTag.BIO: Labels("Bio economy", "เศรษฐกิจชีวภาพ"),
    BcgTag.CIRCULAR: Labels("Circular economy", "เศรษฐกิจหมุนเวียน"),
    BcgTag.GREEN: Labels("Green economy", "เศรษฐกิจสีเขียว"),
}
_REGION_LABELS: Final = {
    Region.NORTH: Labels("Northern", "ภาคเหนือ"),
    Region.NORTHEAST: Labels("Northeastern (Isan)", "ภาคตะวันออกเฉียงเหนือ (อีสาน)"),
    Region.CENTRAL: Labels("Central", "ภาคกลาง"),
    Region.EAST: Labels("Eastern", "ภาคตะวันออก"),
    Region.WEST: Labels("Western", "ภาคตะวันตก"),
    Region.SOUTH: Labels("Southern", "ภาคใต้"),
}


# ------------------------------------------------------------------ text keys


def _nfkc(text: str) -> str:
    # NFKC makes Thai SARA AM and its decomposed spelling (nikhahit + sara aa) compare equal.
    return unicodedata.normalize("NFKC", text)


def _compile_nfkc(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a regex written with Thai literals to match NFKC-normalised text."""
    return re.compile(_nfkc(pattern), flags)


_KEY_NOISE: Final = re.compile(r"[\s\-_.,'’()®ฯ]+")


def _lookup_key(text: str) -> str:
    """Case-, space-, hyphen- and punctuation-insensitive form of a name."""
    return _KEY_NOISE.sub("", _nfkc(text.replace("™", "")).casefold())


def _load(filename: str) -> Any:
    return json.loads(resources.files(_DATA_PACKAGE).joinpath(filename).read_text(encoding="utf-8"))


# ------------------------------------------------------------------ provinces


@dataclass(frozen=True, slots=True)
class Province:
    name_en: str
    name_th: str
    region: Region
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()

    def label(self, lang: str = "en") -> str:
        return Labels(self.name_en, self.name_th).pick(lang)

    def distance_to(self, other: Province) -> float:
        """Great-circle distance in km between the two provincial capitals."""
        phi1, phi2 = math.radians(self.lat), math.radians(other.lat)
        d_phi = phi2 - phi1
        d_lambda = math.radians(other.lon - self.lon)
        h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
        return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


PROVINCES: Final[tuple[Province, ...]] = tuple(
    Province(
        name_en=str(row["name_en"]),
        name_th=str(row["name_th"]),
        region=Region(row["region"]),
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        aliases=tuple(str(alias) for alias in row["aliases"]),
    )
    for row in _load("provinces.json")
)

# Written-out forms of "province" that people put around the name.
_PROVINCE_AFFIX: Final = re.compile(
    r"^\s*(?:จังหวัด|จ\.|changwat\s)|\s(?:province|changwat)\s*$", re.IGNORECASE
)


def _province_key(name: str) -> str:
    return _lookup_key(_PROVINCE_AFFIX.sub("", name))


def _build_province_index() -> dict[str, Province]:
    index: dict[str, Province] = {}
    for province in PROVINCES:
        for name in (province.name_en, province.name_th, *province.aliases):
            key = _province_key(name)
            holder = index.setdefault(key, province)
            if holder is not province:
                raise ValueError(f"province name {name!r} names both {holder.name_en} and {province.name_en}")
    return index


_PROVINCE_INDEX: Final = _build_province_index()


def resolve_province(name: str) -> Province | None:
    """The province called `name` (English, Thai or a common alias), or None."""
    return _PROVINCE_INDEX.get(_province_key(name))


def distance_km(a: str, b: str) -> float:
    """Great-circle distance between the capitals of two provinces given by name.

    Raises ValueError when a name is not a Thai province.
    """
    first, second = resolve_province(a), resolve_province(b)
    if first is None or second is None:
        unknown = a if first is None else b
        raise ValueError(f"unknown province {unknown!r}")
    return first.distance_to(second)


# ------------------------------------------------------------------ certifications


@dataclass(frozen=True, slots=True)
class Certification:
    name: str
    full_name: str
    name_th: str
    aliases: tuple[str, ...]
    mentions: tuple[str, ...]
    case_sensitive_mentions: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    def label(self, lang: str = "en") -> str:
        return Labels(self.full_name, self.name_th).pick(lang)


CERTIFICATIONS: Final[tuple[Certification, ...]] = tuple(
    Certification(
        name=str(row["name"]),
        full_name=str(row["full_name"]),
        name_th=str(row["name_th"]),
        aliases=tuple(str(alias) for alias in row["aliases"]),
        mentions=tuple(str(mention) for mention in row["mentions"]),
        case_sensitive_mentions=tuple(str(mention) for mention in row.get("case_sensitive_mentions", ())),
        patterns=tuple(str(pattern) for pattern in row.get("patterns", ())),
    )
    for row in _load("certifications.json")
)

_LATIN_OR_DIGIT: Final = "A-Za-z0-9\u00c0-\u024f"
_THAI: Final = re.compile("[\u0e00-\u0e7f]")
_TOKEN_SEPARATOR: Final = r"[\s\-.]*"


def _token_regex(token: str) -> str:
    # Thai is written without spaces, but people still break phrases in odd places.
    parts: list[str] = []
    for previous, char in zip(" " + token[:-1], token, strict=True):
        if _THAI.match(previous) and _THAI.match(char):
            parts.append(r"\s*")
        parts.append(re.escape(char))
    return "".join(parts)


def _mention_regex(phrase: str) -> str:
    """A phrase as a regex: flexible separators, and whole words on the Latin side only.

    Thai text runs on without spaces, so a mention may touch Thai letters
    ("ได้รับรองGOTS"); it may not touch Latin letters ("bigots" is not GOTS).
    """
    tokens = [token for token in re.split(r"[\s\-.]+", _nfkc(phrase)) if token]
    body = _TOKEN_SEPARATOR.join(_token_regex(token) for token in tokens)
    return rf"(?<![{_LATIN_OR_DIGIT}]){body}(?![{_LATIN_OR_DIGIT}])"


def _certification_matchers(certification: Certification) -> tuple[re.Pattern[str], ...]:
    # The canonical name is not added on purpose: "Better Cotton" must keep its capitals in prose.
    matchers = [re.compile(_mention_regex(m), re.IGNORECASE) for m in certification.mentions]
    matchers += [re.compile(_mention_regex(m)) for m in certification.case_sensitive_mentions]
    matchers += [_compile_nfkc(pattern) for pattern in certification.patterns]
    return tuple(matchers)


_CERTIFICATION_MATCHERS: Final = tuple((c.name, _certification_matchers(c)) for c in CERTIFICATIONS)


def _build_certification_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for certification in CERTIFICATIONS:
        for name in (certification.name, certification.full_name, *certification.aliases):
            holder = index.setdefault(_lookup_key(name), certification.name)
            if holder != certification.name:
                raise ValueError(f"certification name {name!r} names both {holder} and {certification.name}")
    return index


_CERTIFICATION_INDEX: Final = _build_certification_index()


# A mention right after "no", "without", "don't need", "ไม่ต้องมี" ... or right before "not required",
# "ไม่จำเป็น", "welcome but not required", "nice to have", "ยิ่งดี" ... (also past other names listed with
# it: "OTOP or Fairtrade welcome but not required") is neither a claim nor a requirement.
_NEGATED_BEFORE: Final = _compile_nfkc(
    r"(?:\b(?:no|not|without|non|lacks?|lacking|don['’]?t|doesn['’]?t)\b[\s\-]*(?:(?!(?:but|only|just)\b)[A-Za-z]+\s+){0,2}"
    r"|(?:ไม่(?:จำเป็น)?ต้อง(?:มี|การ|ใช้)?|ไม่มี|ไม่ได้(?:รับ)?|ยังไม่มี|ปราศจาก)(?:\s|ใบ|การ|รับรอง|มาตรฐาน|ตรา|สัญลักษณ์)*)$",
    re.IGNORECASE,
)
_NEGATED_AFTER: Final = _compile_nfkc(
    r"^(?:[\s,/]*(?:or|and|หรือ|และ)\s*[\w\-\.]+(?:\s+[\w\-\.]+)?)?"
    r"[\s\-]*(?:certifi(?:cation|cate|ed)\s+)?(?:is\s+|are\s+)?(?:(?:welcome|preferred)\s*(?:,|\bbut\b)?\s*)?"
    r"(?:not\s+(?:required|needed|necessary|a\s+must|mandatory|compulsory)|optional|ไม่จำเป็น|ไม่บังคับ|ไม่ต้อง"
    # learner English and wishes: "GOTS no need", "GOTS not need", "nice to have", "มี GOTS ยิ่งดี"
    r"|no\s+need|not\s+need|nice\s+to\s+have|(?:is\s+)?a\s+plus|if\s+(?:possible|available|any)|ยิ่งดี|ก็ดี|ก็ได้)",
    re.IGNORECASE,
)
_NEGATION_WINDOW: Final = 40


def _is_negated(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - _NEGATION_WINDOW) : match.start()]
    after = text[match.end() : match.end() + _NEGATION_WINDOW]
    return bool(_NEGATED_BEFORE.search(before) or _NEGATED_AFTER.search(after))


def _affirmed(text: str, matchers: tuple[re.Pattern[str], ...]) -> bool:
    return any(not _is_negated(text, match) for matcher in matchers for match in matcher.finditer(text))


def find_certifications(free_text: str, among: Container[str] | None = None) -> set[str]:
    """Canonical names of the certifications that Thai or English text claims or asks for.

    Only names of certification schemes count: "organic cotton" names none,
    "Organic Thailand" or "มาตรฐานเกษตรอินทรีย์" names Organic Thailand.
    Negated mentions ("no GOTS needed", "ไม่ต้องมี GOTS") do not count.
    With `among`, only those certifications are looked for (a caller that knows the rest cannot match).
    """
    text = _nfkc(free_text)
    return {
        name
        for name, matchers in _CERTIFICATION_MATCHERS
        if (among is None or name in among) and _affirmed(text, matchers)
    }


def resolve_certification(text: str) -> str | None:
    """The canonical name of the one certification `text` names, or None.

    Accepts a canonical name, a full name or an alias ("Oeko-Tex 100",
    "ตรานกยูงพระราชทาน"), or a short phrase that mentions exactly one
    certification ("GOTS certified").
    """
    exact = _CERTIFICATION_INDEX.get(_lookup_key(text))
    if exact is not None:
        return exact
    found = find_certifications(text)
    return found.pop() if len(found) == 1 else None


def canonical_certifications(values: Iterable[str]) -> frozenset[str]:
    """A profile's certification list in canonical names; unknown entries are kept as written."""
    return frozenset(resolve_certification(value) or value.strip() for value in values if value.strip())
