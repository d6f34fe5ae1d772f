"""Read PolitiFact's LIAR statements (Wang, ACL 2017) into ClaimToStore records. No Django here.

Each line of train/valid/test.tsv holds 14 tab-separated fields that are never quoted:

    id  label  statement  subjects  speaker  job title  state  party  5 credit counts  context

Lines are split on "\\t" by hand: a CSV reader with default quoting treats a statement that starts
with `"` as quoted and loses or merges 53 statements. Lines are split on b"\\n" only, before
decoding, so characters str.splitlines() treats as line breaks (U+0085, U+2028) stay inside their
statement. The statement is kept exactly as written (BOMs and control characters included); the
other text fields are trimmed, because 238 contexts, 90 job titles and 56 states carry trailing
spaces. The credit-history counts describe the speaker, not the statement, and are not imported.
"""

import re
from collections.abc import Iterator
from pathlib import Path

from claims.records import GROUP, INDIRECT, ORGANISATION, PERSON, ClaimToStore, ImportedVerdict, Rejected

FIELD_COUNT = 14
REVIEWING_ORGANIZATION = "PolitiFact"

# LIAR's labels and the VerificationStatus values they become.
LABELS = {
    "pants-fire": "pants_on_fire",
    "false": "false",
    "barely-true": "mostly_false",
    "half-true": "half_true",
    "mostly-true": "mostly_true",
    "true": "true",
}

# Parties that say nothing about the speaker's politics; left out of the readable affiliation.
_NO_PARTY = {"", "none"}
# The party column also holds what kind of speaker it is.
_ORGANISATION_PARTIES = {"organization", "government-body"}
_PERSON_PARTIES = {
    "newsmaker",
    "journalist",
    "activist",
    "columnist",
    "talk-show-host",
    "state-official",
    "labor-leader",
    "business-leader",
    "tea-party-member",
    "education-official",
    "county-commissioner",
}
# PolitiFact's pseudo-speakers: unnamed people behind a medium.
UNNAMED_SOURCES = {
    "anonymous-flier",
    "blog-posting",
    "chain-email",
    "facebook-posts",
    "instagram-posts",
    "internet-commenters",
    "liberal-bloggers",
    "reader-email",
    "social-media",
    "tweets",
    "viral-image",
    "viral-media-reports",
}
# A job title that describes an organisation ('Advocacy group', 'Political Action Committee'),
# not someone's post in one ('Chair of the American Conservative Union').
_ORGANISATION_TITLE = re.compile(
    r"\b(group|committee|pac|organization|nonprofit|fund|coalition|association|network|union|institute|"
    r"party|think tank|company|corporation|website|newspaper|magazine|campaign)$",
    re.IGNORECASE,
)
_ORGANISATION_SLUG = re.compile(
    r"(^|[-_])(pac|fund|coalition|league|alliance|network|club|union|association|foundation|institute|committee|"
    r"party|council)([-_]|$)"
)
_PERSON_TITLE = re.compile(
    r"\b(chair\w*|president|director|member|officer|spokes\w*|founder|executive|leader|manager|secretary|"
    r"commissioner|head|candidate|[\w-]*man|[\w-]*woman)\b|,",
    re.IGNORECASE,
)


def speaker_name(slug: str) -> str:
    """A display name for a speaker key: 'barack-obama' -> 'Barack Obama', 'john-mccain' -> 'John McCain'.

    Keys with capitals ('GaGOP', 'AARP', 'Jack_Graham') were typed by hand: their casing is kept.
    """
    words = slug.replace("_", " ").replace("-", " ").split()
    if slug != slug.lower():
        return " ".join(words)
    return " ".join(_capitalise(word) for word in words)


def _capitalise(word: str) -> str:
    word = word.capitalize()
    # 'Mccain' -> 'McCain': the slugs lost the capital inside the name.
    return word[:2] + word[2:].capitalize() if word.startswith("Mc") and len(word) > 3 else word


def speaker_kind(slug: str, job_title: str, party: str) -> str | None:
    """What the row says about the kind of speaker; None when it says nothing (guess from the name).

    The party column names organisations ('organization') and some trades ('journalist'); a job
    title can describe an organisation ('Advocacy group'); so can words of the slug ('-pac').
    """
    if slug in UNNAMED_SOURCES:
        return GROUP
    if party in _ORGANISATION_PARTIES:
        return ORGANISATION
    if _ORGANISATION_TITLE.search(job_title) and not _PERSON_TITLE.search(job_title):
        return ORGANISATION
    if _ORGANISATION_SLUG.search(slug.lower()):
        return ORGANISATION
    if party in _PERSON_PARTIES:
        return PERSON
    return None


def stated_affiliation(job_title: str, state: str, party: str) -> str:
    """'President, Illinois, democrat': the job title, state and party as one readable phrase."""
    parts = [job_title, state] + ([] if party.lower() in _NO_PARTY else [party])
    return ", ".join(part for part in parts if part)


def parse_line(line: bytes, *, where: str) -> ClaimToStore | Rejected:
    """One raw line (without its newline) -> a record, or the reason it cannot be imported."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return Rejected(where, f"not valid UTF-8 (byte 0x{line[error.start]:02x} at column {error.start + 1})")
    fields = text.removesuffix("\r").split("\t")
    if len(fields) != FIELD_COUNT:
        return Rejected(where, f"expected {FIELD_COUNT} tab-separated fields, found {len(fields)}")
    statement_id, label, statement, subjects, speaker, job_title, state, party = fields[:8]
    context = fields[13]
    statement_id, label, speaker = statement_id.strip(), label.strip(), speaker.strip()
    if not statement_id:
        return Rejected(where, "empty statement id")
    if label not in LABELS:
        return Rejected(where, f"unknown label {label!r}")
    if not statement.strip():
        return Rejected(where, "empty statement")
    name = speaker_name(speaker)
    if not name:
        return Rejected(where, "empty speaker")
    job_title, state, party = job_title.strip(), state.strip(), party.strip()
    return ClaimToStore(
        external_id=statement_id,
        text=statement,
        # PolitiFact's wording of a statement, often a paraphrase ('Says ...').
        kind=INDIRECT,
        speaker=name,
        speaker_alias=speaker,
        speaker_kind=speaker_kind(speaker, job_title, party),
        role=job_title,
        region=state,
        party=party,
        affiliation=stated_affiliation(job_title, state, party),
        topics=tuple(dict.fromkeys(s.strip() for s in subjects.split(",") if s.strip())),
        venue=context.strip(),
        verdict=ImportedVerdict(
            status=LABELS[label], original_rating=label, reviewing_organization=REVIEWING_ORGANIZATION
        ),
        where=where,
    )


def read_liar(path: Path) -> Iterator[ClaimToStore | Rejected]:
    """Every line of a LIAR file, in order; a trailing newline does not make an empty last row."""
    lines = path.read_bytes().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        yield parse_line(line, where=f"{path.name}:{number}")
