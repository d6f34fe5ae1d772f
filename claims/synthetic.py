"""A synthetic newsroom archive for benchmarks: speakers, outlets, articles, claims, reviews, topics.

`generate_archive()` writes through PostgreSQL's COPY (psycopg 3's `cursor.copy`), a million claims
in minutes, into an empty database. Every row satisfies the schema's rules: names unique where they
must be, claim offsets inside their article's body (the trigger checks each row), one affiliation
per speaker and article, statuses and kinds from their choices.

The shapes are those that matter for speed:
- speakers are drawn from a Zipf law, so the first few have tens of thousands of claims and most
  have a handful; about half have their surname as an alias, some a slug ("first-last");
- claim text is English-looking filler in which `MARKER_WORDS` occur in a known share of claims
  ("inflation" in about 10 %, "sanctions" in about 1 %, in those forms or their stems' variants);
- articles are spread over `years` years and `outlets` outlets, about five claims each;
- about 15 % of claims carry a verdict with one review; about 30 % carry one or two topics.

The same seed gives the same archive.
"""

import bisect
import hashlib
import itertools
import random
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.db import connection, transaction

from claims.names import name_key, text_hash


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Words whose frequency the search benchmark relies on: (forms, share of claims).
MARKER_WORDS = {"inflation": (("inflation",), 0.10), "sanctions": (("sanctions", "sanction", "sanctioned"), 0.01)}
COMMON = _words(
    "the government will not accept that our country has to pay more for the plan we said is the best "
    "people know this is a problem and we have been working on it for years with every partner in the "
    "region they want a deal but the numbers show growth jobs health schools taxes energy security trade "
    "border police court election vote budget reform policy market prices wages housing water climate "
    "army "
)
TOPICS = _words(
    "economy health-care education immigration energy environment taxes jobs elections crime "
    "foreign-policy military trade housing transportation budget climate-change guns abortion religion "
    "technology agriculture labor pensions poverty infrastructure terrorism water media corruption "
)
VERDICTS = ("true", "mostly_true", "half_true", "mostly_false", "false", "pants_on_fire", "misleading", "unverifiable")
ROLES = ("minister of", "spokesperson for", "senior fellow at", "director of", "professor at", "adviser to", "chair of")
SYLLABLES = _words(
    "ba be bi bo bu da de di do ka ke ki ko lu la le li lo ma me mi mo na ne ni no ra re ri ro sa se si "
    "so ta te ti to va ve vi vo za ze zi zo an en in on ar er or el al il ur ber dan kov ski son ova ez "
    "ard mar tin len ric hel mut gar sen vic lin "
)
ACCENTED = str.maketrans({"e": "é", "a": "á", "o": "ö", "u": "ü", "i": "í"})


@dataclass
class ArchiveSize:
    claims: int = 1_000_000
    speakers: int = 50_000
    articles: int = 200_000
    outlets: int = 50
    years: int = 10
    seed: int = 1


@dataclass
class ArchiveReport:
    claims: int
    speakers: int
    aliases: int
    articles: int
    outlets: int
    affiliations: int
    reviews: int
    claim_topics: int
    seconds: float


class ArchiveError(Exception):
    """The archive cannot be generated here (not PostgreSQL, or the database is not empty)."""


def _copy_value(value) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    text = value if isinstance(value, str) else str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class _Table:
    """Rows of one table in COPY's text format, spooled to a temporary file."""

    def __init__(self, name: str, columns: Iterable[str], folder: Path):
        self.name, self.columns = name, list(columns)
        self.path = folder / f"{name}.copy"
        self.file = self.path.open("w", encoding="utf-8")
        self.rows = 0

    def add(self, *values) -> None:
        self.file.write("\t".join(map(_copy_value, values)) + "\n")
        self.rows += 1

    def load(self, cursor) -> None:
        self.file.close()
        columns = ", ".join(f'"{c}"' for c in self.columns)
        with cursor.copy(f"COPY {self.name} ({columns}) FROM STDIN") as copy, self.path.open("rb") as source:
            while chunk := source.read(1 << 20):
                copy.write(chunk)


def _zipf_picker(n: int, rng: random.Random, exponent: float = 1.0) -> Callable[[], int]:
    """Draws 0..n-1 with probability proportional to 1 / (rank + 1) ** exponent."""
    cumulative = list(itertools.accumulate(1.0 / (k + 1) ** exponent for k in range(n)))
    total = cumulative[-1]
    return lambda: bisect.bisect_left(cumulative, rng.random() * total)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def _person_names(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """`count` distinct (first name, surname) pairs; surnames repeat, as they do in an archive."""
    firsts = sorted({_word(rng, rng.choice((2, 2, 3))).capitalize() for _ in range(3000)})
    surnames = sorted({_word(rng, rng.choice((2, 3, 3, 4))).capitalize() for _ in range(max(200, count // 2))})
    seen, names = set(), []
    while len(names) < count:
        first, last = rng.choice(firsts), rng.choice(surnames)
        if rng.random() < 0.03:
            last = last.translate(ACCENTED)
        key = name_key(f"{first} {last}")
        if key not in seen:
            seen.add(key)
            names.append((first, last))
    return names


def _filler_words(rng: random.Random) -> list[str]:
    words = set(COMMON) | {_word(rng, rng.choice((2, 3))) for _ in range(6000)}
    forms = {form for forms, _ in MARKER_WORDS.values() for form in forms}
    return sorted(w for w in words if w not in forms and not any(w.startswith(f[:6]) for f in forms))


def generate_archive(size: ArchiveSize, *, progress: Callable[[str], None] = lambda message: None) -> ArchiveReport:
    """Fill an empty PostgreSQL database with a synthetic archive of `size`; refuses any other database."""
    started = datetime.now()
    if connection.vendor != "postgresql":
        raise ArchiveError(f"the archive is written with PostgreSQL's COPY; this database is {connection.vendor}")
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM claims_claim) OR EXISTS (SELECT 1 FROM claims_speaker)")
        if cursor.fetchone()[0]:
            raise ArchiveError("the database already holds speakers or claims; generate into an empty database")

    rng = random.Random(size.seed)
    with tempfile.TemporaryDirectory(prefix="factcheck-archive-") as folder:
        tables = _write_tables(size, rng, Path(folder), progress)
        with transaction.atomic(), connection.cursor() as cursor:
            for table in tables.values():
                progress(f"COPY {table.rows:,} rows into {table.name}")
                table.load(cursor.cursor)
            for name in ("sources_outlet", "sources_article", "claims_speaker", "claims_speakeralias"):
                _reset_sequence(cursor, name)
            for name in ("claims_organization", "claims_affiliation", "claims_claim", "claims_review"):
                _reset_sequence(cursor, name)
            _reset_sequence(cursor, "claims_topic")
        # VACUUM sets the visibility map, without which index-only scans (the counts) read the table.
        progress("VACUUM ANALYZE")
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return ArchiveReport(
        claims=tables["claims_claim"].rows,
        speakers=tables["claims_speaker"].rows,
        aliases=tables["claims_speakeralias"].rows,
        articles=tables["sources_article"].rows,
        outlets=tables["sources_outlet"].rows,
        affiliations=tables["claims_affiliation"].rows,
        reviews=tables["claims_review"].rows,
        claim_topics=tables["claims_claim_topics"].rows,
        seconds=(datetime.now() - started).total_seconds(),
    )


def _reset_sequence(cursor, table: str) -> None:
    sequence = f"pg_get_serial_sequence('{table}', 'id')"
    cursor.execute(f"SELECT setval({sequence}, COALESCE(MAX(id), 0) + 1, false) FROM {table}")


def _write_tables(size: ArchiveSize, rng: random.Random, folder: Path, progress) -> dict[str, _Table]:
    t = {
        "sources_outlet": _Table("sources_outlet", ["id", "name", "url", "created_at"], folder),
        "claims_topic": _Table("claims_topic", ["id", "name"], folder),
        "claims_organization": _Table("claims_organization", ["id", "name", "wikidata_id", "created_at"], folder),
        "claims_speaker": _Table(
            "claims_speaker", ["id", "name", "name_key", "kind", "wikidata_id", "created_at"], folder
        ),
        "claims_speakeralias": _Table(
            "claims_speakeralias", ["id", "speaker_id", "name", "name_key", "created_at"], folder
        ),
        "sources_article": _Table(
            "sources_article",
            ["id", "outlet_id", "title", "byline", "published", "url", "language", "body", "body_sha256"]
            + ["origin_file", "ingested_at"],
            folder,
        ),
        "claims_affiliation": _Table(
            "claims_affiliation",
            ["id", "speaker_id", "role", "organization_id", "stated_as", "region", "party", "article_id", "created_at"],
            folder,
        ),
        "claims_claim": _Table(
            "claims_claim",
            ["id", "text", "text_hash", "kind", "speaker_id", "affiliation_id", "article_id", "start", "end"]
            + ["venue", "stated_on", "source_url", "status", "origin", "external_id", "confidence"]
            + ["extraction_rule", "version", "created_at", "updated_at"],
            folder,
        ),
        "claims_claim_topics": _Table("claims_claim_topics", ["id", "claim_id", "topic_id"], folder),
        "claims_review": _Table(
            "claims_review",
            ["id", "claim_id", "reviewer_id", "verdict", "rationale", "evidence", "origin"]
            + ["reviewing_organization", "original_rating", "external_id", "url", "created_at", "reviewed_at"],
            folder,
        ),
    }
    epoch = datetime(2026, 11, 1, tzinfo=UTC) - timedelta(days=365 * size.years)

    progress("speakers and aliases")
    outlet_names = [f"The {_word(rng, 2).capitalize()} {rng.choice(('Times', 'Post', 'Herald', 'News', 'Daily'))}"]
    while len(outlet_names) < size.outlets:
        name = f"{_word(rng, 2).capitalize()} {rng.choice(('Times', 'Post', 'Herald', 'News', 'Daily', 'Radio'))}"
        if name.lower() not in {n.lower() for n in outlet_names}:
            outlet_names.append(name)
    for i, name in enumerate(outlet_names, 1):
        t["sources_outlet"].add(i, name, f"https://{name_key(name).replace(' ', '')}.example", epoch)
    for i, name in enumerate(TOPICS, 1):
        t["claims_topic"].add(i, name)
    organisations = sorted({f"{_word(rng, 3).capitalize()} Institute" for _ in range(600)})
    for i, name in enumerate(organisations, 1):
        t["claims_organization"].add(i, name, None, epoch)

    names = _person_names(size.speakers, rng)
    alias_keys: set[str] = set()
    alias_id = 0
    speaker_roles = []
    for i, (first, last) in enumerate(names, 1):
        full = f"{first} {last}"
        t["claims_speaker"].add(i, full, name_key(full), "person", None, epoch)
        candidates = []
        if rng.random() < 0.5:
            candidates.append(last)
        if rng.random() < 0.1:
            candidates.append(f"{first.lower()}-{last.lower()}")
        for alias in candidates:
            key = name_key(alias)
            if key and key not in alias_keys:  # an alias names one speaker: the first to claim it
                alias_keys.add(key)
                alias_id += 1
                t["claims_speakeralias"].add(alias_id, i, alias, key, epoch)
        organisation = rng.randrange(len(organisations)) + 1
        speaker_roles.append((rng.choice(ROLES), organisation, organisations[organisation - 1]))

    progress("articles and claims")
    pick_speaker = _zipf_picker(size.speakers, rng)
    pick_outlet = _zipf_picker(size.outlets, rng, exponent=0.6)
    pick_filler = _zipf_picker(len(filler := _filler_words(rng)), rng)
    days = 365 * size.years
    claim_id = affiliation_id = review_id = link_id = 0
    for article_id in range(1, size.articles + 1):
        # Spread the claims evenly: article k gets claims up to k * claims / articles.
        count = (article_id * size.claims) // size.articles - ((article_id - 1) * size.claims) // size.articles
        published = (epoch + timedelta(days=(article_id * days) // size.articles)).date()
        ingested = datetime.combine(published, datetime.min.time(), tzinfo=UTC) + timedelta(
            hours=6, seconds=rng.randrange(40_000)
        )
        parts, claims, seen = [], [], set()
        offset = 0
        for _ in range(count):
            speaker = pick_speaker() + 1
            words = [filler[pick_filler()] for _ in range(rng.randint(10, 24))]
            for forms, share in MARKER_WORDS.values():
                if rng.random() < share:
                    words.insert(rng.randrange(len(words)), rng.choice(forms))
            text = " ".join(words).capitalize() + "."
            digest = text_hash(text)
            if (speaker, digest) in seen:
                continue
            seen.add((speaker, digest))
            first, last = names[speaker - 1]
            lead = f"{first} {last} said: “"
            start = offset + len(lead)
            parts.append(f"{lead}{text}” ")
            offset += len(parts[-1])
            claims.append((speaker, text, digest, start, start + len(text)))
        body = f"Report {article_id}. " + "".join(parts)
        shift = len(f"Report {article_id}. ")
        title = " ".join(filler[pick_filler()] for _ in range(6)).capitalize()
        t["sources_article"].add(
            article_id,
            pick_outlet() + 1,
            title,
            "",
            published,
            f"https://news.example/{article_id}",
            "en",
            body,
            hashlib.sha256(body.encode()).hexdigest(),
            f"{article_id:07d}.txt",
            ingested,
        )
        affiliations: dict[int, int] = {}
        for n, (speaker, text, digest, start, end) in enumerate(claims):
            claim_id += 1
            affiliation = None
            if rng.random() < 0.3:
                affiliation = affiliations.get(speaker)
                if affiliation is None:
                    affiliation_id += 1
                    affiliation = affiliations[speaker] = affiliation_id
                    role, organisation, organisation_name = speaker_roles[speaker - 1]
                    t["claims_affiliation"].add(
                        affiliation_id,
                        speaker,
                        role,
                        organisation,
                        f"{role} {organisation_name}",
                        "",
                        "",
                        article_id,
                        ingested,
                    )
            roll = rng.random()
            if roll < 0.8:
                status = "unverified"
            elif roll < 0.845:
                status = "in_review"
            elif roll < 0.997:
                status = rng.choice(VERDICTS)
            else:
                status = "not_a_claim"
            created = ingested + timedelta(microseconds=n)
            updated = created
            if status in VERDICTS:
                review_id += 1
                updated = created + timedelta(days=rng.randint(1, 30))
                t["claims_review"].add(
                    review_id,
                    claim_id,
                    None,
                    status,
                    "Checked against the published figures.",
                    "[]",
                    "reviewer",
                    "",
                    "",
                    None,
                    "",
                    updated,
                    updated,
                )
            kind = rng.choice(("direct", "direct", "direct", "partial", "indirect"))
            t["claims_claim"].add(
                claim_id,
                text,
                digest,
                kind,
                speaker,
                affiliation,
                article_id,
                shift + start,
                shift + end,
                "",
                published,
                "",
                status,
                "extraction",
                None,
                round(rng.random(), 3),
                "said_colon",
                1,
                created,
                updated,
            )
            if rng.random() < 0.3:
                for topic in rng.sample(range(1, len(TOPICS) + 1), rng.choice((1, 1, 2))):
                    link_id += 1
                    t["claims_claim_topics"].add(link_id, claim_id, topic)
        if article_id % 20_000 == 0:
            progress(f"{article_id:,} articles, {claim_id:,} claims written")
    return t
