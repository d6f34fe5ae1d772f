"""The records extraction returns: one per quotation or reported statement."""

from dataclasses import dataclass, field

from sources.parsing import ParsedArticle


@dataclass
class QuoteRecord:
    """A quotation (or reported statement) with its speaker, affiliation, kind and offsets."""

    text: str
    speaker: str | None
    speaker_kind: str  # person | organisation | group
    affiliation: str | None
    role: str | None
    organization: str | None
    kind: str  # direct | partial | scare | indirect
    start: int  # offsets in the source text
    end: int
    body_start: int  # offsets in ParsedArticle.body
    body_end: int
    confidence: float
    rule: str
    speaker_alias: str = ""  # another form of the speaker's name ("Beijing" for the government of China)


@dataclass
class ExtractedArticle:
    parsed: ParsedArticle
    quotes: list[QuoteRecord] = field(default_factory=list)
