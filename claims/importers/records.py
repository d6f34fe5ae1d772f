"""The claim-with-verdict record every archive reader produces and the bulk store consumes."""

import datetime
from dataclasses import dataclass, field

# Speaker kinds, as the values of claims.models.Speaker.Kind.
PERSON, ORGANISATION, GROUP = "person", "organisation", "group"


@dataclass(frozen=True)
class ArchivedClaim:
    """One reviewed statement from an archive, normalised but not yet matched to stored rows.

    `status` is a claims.models.VerificationStatus value; `speaker_kind` None means guess it from
    the name; `where` ('train.tsv:12') names the source line in messages.
    """

    external_id: str
    text: str
    speaker: str
    status: str
    original_rating: str
    reviewing_organization: str
    where: str
    speaker_alias: str = ""
    speaker_kind: str | None = None
    role: str = ""
    region: str = ""
    party: str = ""
    stated_as: str = ""
    topics: tuple[str, ...] = field(default_factory=tuple)
    venue: str = ""
    source_url: str = ""
    stated_on: datetime.date | None = None
    review_url: str = ""
    reviewed_at: datetime.datetime | None = None


@dataclass(frozen=True)
class Rejected:
    """A row or document that was not imported, and why."""

    where: str
    reason: str

    def __str__(self):
        return f"{self.where}: {self.reason}"
