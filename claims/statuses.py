"""Where a claim stands, and the named sets of statuses the rest of the code asks about.

Apart from the models so that querysets, forms and serializers can name them without an import loop.
"""

from django.db import models


class VerificationStatus(models.TextChoices):
    """Where a claim stands; the verdicts follow PolitiFact's six steps plus two of our own."""

    UNVERIFIED = "unverified", "Unverified"
    IN_REVIEW = "in_review", "In review"
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    HALF_TRUE = "half_true", "Half true"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    PANTS_ON_FIRE = "pants_on_fire", "Pants on fire"
    MISLEADING = "misleading", "Misleading"
    UNVERIFIABLE = "unverifiable", "Unverifiable"
    # A reviewer's finding that the extractor took something that is not a statement: out of the queue
    # and the public lists, kept in history, restorable.
    NOT_A_CLAIM = "not_a_claim", "Not a claim"


# Claims a reviewer still has to decide.
WAITING_STATUSES = (VerificationStatus.UNVERIFIED, VerificationStatus.IN_REVIEW)
# Verdicts on the truth of a claim (PolitiFact's six steps and our two).
TRUTH_VERDICTS = (
    VerificationStatus.TRUE,
    VerificationStatus.MOSTLY_TRUE,
    VerificationStatus.HALF_TRUE,
    VerificationStatus.MOSTLY_FALSE,
    VerificationStatus.FALSE,
    VerificationStatus.PANTS_ON_FIRE,
    VerificationStatus.MISLEADING,
    VerificationStatus.UNVERIFIABLE,
)
# The archives claims are imported from with their verdicts, as (NAME, (value, label)) for the
# Claim.Origin and Review.Origin choices: a new archive format is one line here.
ARCHIVE_FORMATS = [
    ("LIAR", ("liar", "PolitiFact via LIAR")),
    ("CLAIMREVIEW", ("claimreview", "ClaimReview import")),
]

# What a review may record: every status but unverified (in_review takes a claim, not_a_claim dismisses it).
REVIEW_VERDICTS = tuple(status for status in VerificationStatus if status != VerificationStatus.UNVERIFIED)
