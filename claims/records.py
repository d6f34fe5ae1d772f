"""What a producer hands to the claim storer (claims.storing): one record type for every source.

Ingest, hand annotations, the LIAR and ClaimReview readers and the API's create all describe the
claims they found as ClaimToStore; only the storer turns names into Speaker rows, wordings into
Affiliations and fills the derived fields. No Django here, so the readers stay plain Python.
"""

import datetime
from dataclasses import dataclass, field

# Speaker kinds and claim kinds, as the values of claims.models.Speaker.Kind and Claim.Kind.
PERSON, ORGANISATION, GOVERNMENT, GROUP = "person", "organisation", "government", "group"
DIRECT, PARTIAL, INDIRECT = "direct", "partial", "indirect"


@dataclass(frozen=True)
class ImportedVerdict:
    """A fact-checker's published verdict on a claim, stored as an imported Review."""

    status: str  # a claims.models.VerificationStatus value
    original_rating: str
    reviewing_organization: str
    url: str = ""
    reviewed_at: datetime.datetime | None = None


@dataclass(frozen=True)
class ClaimToStore:
    """One claim as its source gives it, not yet matched to stored speakers or organisations.

    `speaker` None means the source could not name one: the claim is stored unattributed and waits
    for a reviewer (never a guessed speaker). `speaker_alias` is the source's own form of the name
    ('barack-obama'), looked up and kept as an alias. `affiliation` is the wording as stated; `role`
    None means split it into role and organisation here. `start`/`end` are offsets into the body of
    the article the claims are stored with. `where` ('train.tsv:12') names the source in messages.
    """

    text: str
    speaker: str | None
    kind: str = DIRECT
    speaker_kind: str | None = None
    speaker_alias: str = ""
    start: int | None = None
    end: int | None = None
    affiliation: str = ""
    role: str | None = None
    organization: str | None = None
    region: str = ""
    party: str = ""
    venue: str = ""
    stated_on: datetime.date | None = None
    source_url: str = ""
    topics: tuple[str, ...] = field(default_factory=tuple)
    confidence: float | None = None
    extraction_rule: str = ""
    external_id: str | None = None
    verdict: ImportedVerdict | None = None
    where: str = ""


@dataclass(frozen=True)
class Rejected:
    """A row or document that was not imported, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"
