"""The records extraction returns: one per quotation or reported statement."""

from dataclasses import dataclass, field

from sources.parsing import ParsedArticle


@dataclass
class QuoteRecord:
    """A quotation (or reported statement) with its speaker, affiliation, kind and offsets."""

    text: str
    speaker: str | None
    speaker_kind: str  # person | organisation | government | group
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
    """``quotes`` holds every record found, quotations and reported statements alike (what
    ``extract_quotes`` prints); ``claims`` those that are claims of their own."""

    parsed: ParsedArticle
    quotes: list[QuoteRecord] = field(default_factory=list)

    @property
    def claims(self) -> list[QuoteRecord]:
        """The records to store, each once: a quotation inside a reported statement of the same speaker
        (or of no named speaker) is part of that statement's claim, not a second one.

        "Roe said the pier was “a waste of money” for the town" is one claim, the statement with the
        quoted words inside it: the quoted fragment alone leaves out what it was said of.
        """
        statements = [r for r in self.quotes if r.kind == "indirect"]
        return [
            r
            for r in self.quotes
            if r.kind == "indirect"
            or not any(
                s.body_start <= r.body_start and r.body_end <= s.body_end and (r.speaker in (None, s.speaker))
                for s in statements
            )
        ]
