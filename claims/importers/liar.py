"""Read PolitiFact's LIAR statements (Wang, ACL 2017) into ArchivedClaim records. No Django here.

Each line of train/valid/test.tsv holds 14 tab-separated fields that are never quoted:

    id  label  statement  subjects  speaker  job title  state  party  5 credit counts  context

Lines are split on "\\t" by hand: a CSV reader with default quoting treats a statement that starts
with `"` as quoted and loses or merges 53 statements. Lines are split on b"\\n" only, before
decoding, so characters str.splitlines() treats as line breaks (U+0085, U+2028) stay inside their
statement. The statement is kept exactly as written (BOMs and control characters included); the
other text fields are trimmed, because 238 contexts, 90 job titles and 56 states carry trailing
spaces. The credit-history counts describe the speaker, not the statement, and are not imported.
"""

from collections.abc import Iterator
from pathlib import Path

from claims.importers.records import ORGANISATION, ArchivedClaim, Rejected

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


def stated_affiliation(job_title: str, state: str, party: str) -> str:
    """'President, Illinois, democrat': the job title, state and party as one readable phrase."""
    parts = [job_title, state] + ([] if party.lower() in _NO_PARTY else [party])
    return ", ".join(part for part in parts if part)


def parse_line(line: bytes, *, where: str) -> ArchivedClaim | Rejected:
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
    return ArchivedClaim(
        external_id=statement_id,
        text=statement,
        speaker=name,
        speaker_alias=speaker,
        speaker_kind=ORGANISATION if party == "organization" else None,
        role=job_title,
        region=state,
        party=party,
        stated_as=stated_affiliation(job_title, state, party),
        topics=tuple(dict.fromkeys(s.strip() for s in subjects.split(",") if s.strip())),
        venue=context.strip(),
        status=LABELS[label],
        original_rating=label,
        reviewing_organization=REVIEWING_ORGANIZATION,
        where=where,
    )


def read_liar(path: Path) -> Iterator[ArchivedClaim | Rejected]:
    """Every line of a LIAR file, in order; a trailing newline does not make an empty last row."""
    lines = path.read_bytes().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        yield parse_line(line, where=f"{path.name}:{number}")
