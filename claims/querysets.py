from dataclasses import dataclass

from django.apps import apps
from django.db import connections, models
from django.db.models import Case, Count, F, Func, IntegerField, JSONField, OuterRef, Q, Subquery, Sum, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from claims.names import name_key
from claims.statuses import WAITING_STATUSES, VerificationStatus

# The review queue's order, used by the admin's claim list and by the queue's index (Claim.Meta):
# claims nobody is named for first, then the extractor's least certain attributions, then the oldest.
# Expressions rather than NULLS FIRST/LAST, which SQLite's indexes cannot say.
REVIEW_QUEUE_ORDER = (
    Case(When(speaker__isnull=True, then=Value(0)), default=Value(1)),
    # No confidence (typed in, imported from an archive): after every extracted claim.
    Coalesce(F("confidence"), Value(2.0)),
    F("created_at"),
    F("id"),
)

# What a claim in a list shows (claims.api.serializers.ClaimSerializer), across its joins.
LIST_COLUMNS = (
    *("text", "kind", "status", "start", "end", "venue", "stated_on", "source_url", "origin", "confidence"),
    *("version", "created_at", "updated_at", "speaker__name", "speaker__kind", "affiliation__stated_as"),
    *("article__title", "article__published", "article__outlet__name"),
)
# What a list page reads: LIST_COLUMNS as plain values, with the keys (ClaimQuerySet.as_list_rows).
LIST_VALUES = ("id", "speaker_id", "article_id", *LIST_COLUMNS, "topic_names")
# A speaker's detail shows this many of the latest affiliation wordings; the rest are a page away.
LATEST_AFFILIATIONS = 10
# At most this many speakers answer one name: a journalist narrows with a fuller name or speaker_id.
MATCH_LIMIT = 20
# A search ranks at most this many of its newest matches by relevance, so a common word costs no
# more than a rare one; ordering by date pages through every match.
SEARCH_CANDIDATES = 200
# PostgreSQL text search: English stemming ("sanctions" finds "sanction"), accents ignored, and
# web-search syntax ("exact phrase", -excluded, or).
_TSQUERY = "websearch_to_tsquery('english'::regconfig, claims_unaccent(%s))"


@dataclass(frozen=True)
class SpeakerMatch:
    """A speaker a name matched, with how well (1.0: the name, a whole word of it, or an alias), and
    how many claims the speaker has in the statuses asked for (by default the public ones)."""

    id: int
    name: str
    score: float
    claims: int = 0


# A speaker's public claims: every status but not_a_claim (what a list shows without ?status=).
PUBLIC_STATUSES = tuple(s for s in VerificationStatus.values if s != VerificationStatus.NOT_A_CLAIM)


def speaker_matches(
    query: str, *, using: str = "default", statuses: tuple[str, ...] | list[str] = PUBLIC_STATUSES
) -> list[SpeakerMatch]:
    """The speakers `query` names, best first, with their claims in `statuses`, in one query.

    Case, accents, punctuation and word order are ignored; a surname or an alias is enough. When
    some speaker's name holds the query as whole words, only those speakers match ('koh' finds
    Collin Koh, not Helmut Kohl); otherwise the close misspellings do ('pantuci' finds Raffaello
    Pantucci). On PostgreSQL from trigram indexes (pg_trgm), ranked by similarity; on SQLite by
    whole words, then by word prefixes. The counts come from the counts the triggers keep
    (claims.status_counts), so a list by speaker name needs no query of its own to count itself.
    """
    key = name_key(query)
    if not key:
        return []
    find = _trigram_matches if connections[using].vendor == "postgresql" else _word_matches
    matches = find(key, using, list(statuses))
    exact = [m for m in matches if m.score >= 1.0]
    return exact or matches


# Names holding the query's words whole, from the words index; only when there are none, the close
# misspellings, from the trigram index (the NOT EXISTS is decided once, before that scan starts).
_TRIGRAM_MATCHES = """
WITH whole_words AS (
    SELECT speaker_id, MAX(whole) AS whole FROM (
        SELECT id AS speaker_id, similarity(%(key)s, name_key) AS whole
        FROM claims_speaker WHERE string_to_array(name_key, ' ') @> %(words)s
        UNION ALL
        SELECT speaker_id, similarity(%(key)s, name_key)
        FROM claims_speakeralias WHERE string_to_array(name_key, ' ') @> %(words)s
    ) named GROUP BY speaker_id
)
SELECT s.id, s.name, m.score, (
    SELECT COALESCE(SUM(counted.claims), 0) FROM claims_speakerstatuscount counted
    WHERE counted.speaker_id = s.id AND counted.status = ANY(%(statuses)s)
) FROM (
    SELECT speaker_id, 1.0 AS score, whole FROM whole_words
    UNION ALL
    SELECT speaker_id, MAX(score), MAX(whole) FROM (
        SELECT id AS speaker_id, word_similarity(%(key)s, name_key) AS score, similarity(%(key)s, name_key) AS whole
        FROM claims_speaker WHERE %(key)s <%% name_key
        UNION ALL
        SELECT speaker_id, word_similarity(%(key)s, name_key), similarity(%(key)s, name_key)
        FROM claims_speakeralias WHERE %(key)s <%% name_key
    ) candidates WHERE NOT EXISTS (SELECT FROM whole_words) GROUP BY speaker_id
) m JOIN claims_speaker s ON s.id = m.speaker_id
ORDER BY m.score DESC, m.whole DESC, s.name, s.id
LIMIT %(limit)s
"""


def _speakers_named_inside(term: str, using: str) -> list[int]:
    """The speakers whose name or an alias holds ``term`` (as written, not as whole words)."""
    key = name_key(term)
    if not key:
        return []
    # By name, not by import: claims.models imports this module.
    Speaker, SpeakerAlias = apps.get_model("claims", "Speaker"), apps.get_model("claims", "SpeakerAlias")
    named = Speaker.objects.using(using).filter(name_key__contains=key).values_list("pk", flat=True)
    aliased = SpeakerAlias.objects.using(using).filter(name_key__contains=key).values_list("speaker_id", flat=True)
    return sorted(set(named) | set(aliased))


def _trigram_matches(key: str, using: str, statuses: list[str]) -> list[SpeakerMatch]:
    with connections[using].cursor() as cursor:
        parameters = {"key": key, "words": key.split(), "limit": MATCH_LIMIT, "statuses": statuses}
        cursor.execute(_TRIGRAM_MATCHES, parameters)
        return [SpeakerMatch(pk, name, float(score), claims) for pk, name, score, claims in cursor.fetchall()]


def _word_matches(key: str, using: str, statuses: list[str]) -> list[SpeakerMatch]:
    # By name, not by import: claims.models imports this module.
    Speaker, SpeakerAlias = apps.get_model("claims", "Speaker"), apps.get_model("claims", "SpeakerAlias")

    counts = apps.get_model("claims", "SpeakerStatusCount").objects.filter(speaker=OuterRef("pk"), status__in=statuses)
    counted = counts.order_by().values("speaker").annotate(n=Sum("claims")).values("n")
    speakers = Speaker.objects.using(using).annotate(
        claims_in=Coalesce(Subquery(counted, output_field=IntegerField()), 0)
    )
    # Every word of the query a whole word of the name, in any order ('pantucci raffaello').
    words = Q()
    for word in key.split():
        words &= _word_match("name_key", word)
    alias_of = SpeakerAlias.objects.using(using).filter(words).values("speaker_id")
    exact = speakers.filter(words | Q(pk__in=alias_of))
    rows = list(exact.values_list("pk", "name", "name_key", "claims_in")[: MATCH_LIMIT * 5])
    if rows:
        # The whole name first, then the shortest names (the query is most of them).
        rows.sort(key=lambda row: (row[2] != key, len(row[2]), row[1], row[0]))
        return [SpeakerMatch(pk, name, 1.0, claims) for pk, name, _, claims in rows[:MATCH_LIMIT]]
    # No whole word: a misspelling is most often late in the word, so match on its beginning.
    stem = key[: max(3, len(key) - 2)]
    near = Q(name_key__startswith=stem) | Q(name_key__contains=" " + stem)
    alias_of = SpeakerAlias.objects.using(using).filter(near).values("speaker_id")
    rows = list(speakers.filter(near | Q(pk__in=alias_of)).values_list("pk", "name", "claims_in")[:MATCH_LIMIT])
    return [SpeakerMatch(pk, name, 0.5, claims) for pk, name, claims in sorted(rows, key=lambda row: (row[1], row[0]))]


def _word_match(field: str, key: str) -> Q:
    """`key` equals the field or is a run of whole words in it."""
    return (
        Q(**{field: key})
        | Q(**{f"{field}__startswith": key + " "})
        | Q(**{f"{field}__endswith": " " + key})
        | Q(**{f"{field}__contains": f" {key} "})
    )


class JSONNames(Func):
    """The names of a row's related rows as a JSON list, read by a subquery per row.

    A subquery per row of the page costs less than a second query (prefetch) and keeps a list
    request to a fixed number of queries; it is evaluated only for the rows of the page.
    """

    output_field = JSONField()

    def __init__(self, key, *, source: str, link: str, name: str = "name"):
        self.source, self.link, self.name = source, link, name
        super().__init__(key)

    def as_sql(self, compiler, connection, **extra):
        key_sql, params = compiler.compile(self.source_expressions[0])
        if connection.vendor == "postgresql":
            sql = (
                f"(SELECT COALESCE(json_agg({self.name} ORDER BY {self.name}), '[]')::text "
                f"FROM {self.source} WHERE {self.link} = {key_sql})"
            )
        else:
            sql = (
                f"(SELECT json_group_array(related_name) FROM "
                f"(SELECT {self.name} AS related_name FROM {self.source} WHERE {self.link} = {key_sql} "
                f"ORDER BY {self.name}))"
            )
        return sql, params


def claim_count_of(speaker_field: str = "pk"):
    """A speaker's public claims, from the counts the triggers keep (claims.status_counts): at most
    one row per status, however many claims the speaker has."""
    counts = apps.get_model("claims", "SpeakerStatusCount").objects.filter(speaker=OuterRef(speaker_field))
    public = counts.exclude(status=VerificationStatus.NOT_A_CLAIM).order_by().values("speaker")
    return Coalesce(Subquery(public.annotate(n=Sum("claims")).values("n"), output_field=IntegerField()), 0)


def speaker_status_counts(speaker_id: int, *, using: str = "default") -> dict[str, int]:
    """How many claims the speaker has in each status (those with none left out), in one indexed lookup."""
    counts = apps.get_model("claims", "SpeakerStatusCount").objects.using(using)
    return dict(counts.filter(speaker_id=speaker_id, claims__gt=0).values_list("status", "claims"))


class SpeakerQuerySet(models.QuerySet):
    def with_claim_counts(self):
        return self.annotate(claim_count=claim_count_of())

    def with_alias_names(self):
        return self.annotate(
            alias_names=JSONNames(F("pk"), source="claims_speakeralias", link="speaker_id"),
        )

    def matching(self, query: str):
        """Speakers `query` names (see speaker_matches), best first, as a queryset annotated `match_rank`.

        The name is matched when this is called (one query); the speakers are read when the
        queryset is. Anything applied after `order_by` loses the ranking.
        """
        return self.ranked_as(speaker_matches(query, using=self.db))

    def ranked_as(self, matches: list[SpeakerMatch]):
        """These speakers among `matches`, in their order, annotated `match_rank` (0 for the best)."""
        if not matches:
            return self.none()
        rank = Case(*(When(pk=m.id, then=Value(i)) for i, m in enumerate(matches)), output_field=IntegerField())
        return self.filter(pk__in=[m.id for m in matches]).annotate(match_rank=rank).order_by("match_rank", "pk")


class AffiliationQuerySet(models.QuerySet):
    def latest_distinct(self, limit: int) -> list[dict]:
        """The newest statements, one per distinct wording, at most `limit`, as the API writes them
        (AffiliationSerializer's fields).

        A speaker quoted in thousands of articles has thousands of statements in a few wordings:
        reading the newest few times `limit` finds them without reading them all. Plain rows, not
        model instances: building 200 statements and their organisations was most of a speaker's
        detail.
        """
        rows = self.order_by("-id").values_list(
            "stated_as", "role", "organization_id", "organization__name", "region", "party", "article_id"
        )
        seen, latest = set(), []
        for stated_as, role, organization_id, organization, region, party, article in rows[: limit * 20]:
            wording = (stated_as, role, organization_id, region)
            if wording not in seen and len(latest) < limit:
                seen.add(wording)
                latest.append(
                    {
                        "stated_as": stated_as,
                        "role": role,
                        "organization": organization,
                        "region": region,
                        "party": party,
                        "article": article,
                    }
                )
        return latest


class ClaimQuerySet(models.QuerySet):
    def with_related(self):
        """Everything a claim's representation shows, in one query (never the article's body)."""
        return (
            self.select_related("speaker", "affiliation", "article", "article__outlet")
            .defer("article__body")
            .annotate(
                topic_names=JSONNames(
                    F("pk"),
                    source="claims_topic JOIN claims_claim_topics ON claims_claim_topics.topic_id = claims_topic.id",
                    link="claims_claim_topics.claim_id",
                    name="claims_topic.name",
                )
            )
        )

    def for_list(self):
        """Only the columns a claim's representation shows: a page of 50 compiles and loads in half the time."""
        return self.only(*LIST_COLUMNS)

    def as_list_rows(self):
        """with_related()'s rows as plain dicts (LIST_VALUES) instead of model instances: a claims page
        of 50 loads in a third of the time; ClaimSerializer writes either."""
        return self.values(*LIST_VALUES)

    def by_speaker_name(self, query: str):
        return self.filter(speaker_id__in=[m.id for m in speaker_matches(query, using=self.db)])

    def by_affiliation(self, text: str):
        q = Q()
        for word in text.split():
            q &= Q(affiliation__stated_as__icontains=word) | Q(affiliation__organization__name__icontains=word)
        return self.filter(q)

    def search(self, text: str):
        """Claims whose text holds every word of `text`, in any order.

        PostgreSQL: full-text search on the indexed, stemmed search_vector (claims/search_indexes.py).
        SQLite: each word as a substring, ignoring case.
        """
        if connections[self.db].vendor == "postgresql":
            # Unqualified: the column is the claim table's, however the query aliases that table.
            return self.filter(RawSQL(f"search_vector @@ {_TSQUERY}", [text], output_field=models.BooleanField()))
        q = Q()
        for word in text.split():
            q &= Q(text__icontains=word)
        return self.filter(q)

    def by_relevance(self, text: str):
        """These claims best match for `text` first, among the SEARCH_CANDIDATES newest (see search()).

        SQLite has no ranking: the newest come first.
        """
        newest = self.order_by("-created_at", "-id").values("pk")[:SEARCH_CANDIDATES]
        ranked = self.filter(pk__in=Subquery(newest))
        if connections[self.db].vendor != "postgresql":
            return ranked.order_by("-created_at", "-id")
        relevance = RawSQL(f"ts_rank_cd(search_vector, {_TSQUERY})", [text], output_field=models.FloatField())
        return ranked.annotate(relevance=relevance).order_by("-relevance", "-created_at", "-id")

    def updated_after(self, moment):
        return self.filter(updated_at__gt=moment)

    def search_text_or_speaker(self, term: str):
        """Claims search() finds for `term`, or whose speaker's name or an alias holds all of it.

        The speakers are found first, in their own (small) tables, by name key (case, accents and
        punctuation ignored; the trigram indexes serve it on PostgreSQL), and the claims are asked for
        with their ids: with a subquery instead, the planner cannot tell how many claims the OR keeps
        and reads the whole table (half a second at a million claims, for the admin's count alone).
        """
        term = term.strip()
        if not term:
            return self
        return self.search(term) | self.filter(speaker_id__in=_speakers_named_inside(term, self.db))

    def public(self):
        """Claims shown to the public: a named speaker, and not dismissed as 'not a claim'."""
        return self.filter(speaker__isnull=False).exclude(status=VerificationStatus.NOT_A_CLAIM)

    def unattributed(self):
        """Claims whose speaker the extractor could not name; they wait for a reviewer."""
        return self.filter(speaker__isnull=True)

    def waiting(self):
        """Claims a reviewer still has to decide."""
        return self.filter(status__in=WAITING_STATUSES)

    def in_queue_order(self):
        """The review queue's order (REVIEW_QUEUE_ORDER), which the partial index claims_claim_queue holds."""
        return self.order_by(*REVIEW_QUEUE_ORDER)

    def next_in_queue(self, *, user, after=None):
        """The claim `user` should open next: waiting, free or already theirs, first in queue order."""
        queue = self.waiting().filter(Q(taken_by__isnull=True) | Q(taken_by=user))
        if after is not None:
            queue = queue.exclude(pk=after.pk)
        return queue.in_queue_order().first()

    def status_counts(self) -> dict[str, int]:
        # COUNT(*), not COUNT(id): the (speaker, status) index alone answers it, without the table.
        return dict(self.order_by().values_list("status").annotate(n=Count("*")))


class CorrectionQuerySet(models.QuerySet):
    def tally_by_rule(self) -> list[dict]:
        """Per extraction rule: reviewers' corrections by kind, most corrected first."""

        def kinds(*names):
            return Count("id", filter=Q(kind__in=names))

        return list(
            self.order_by()
            .values("extraction_rule")
            .annotate(
                dismissed=kinds("not_a_claim"),
                restored=kinds("restored"),
                speaker=kinds("speaker_named", "speaker_corrected"),
            )
            .annotate(corrected=F("dismissed") - F("restored") + F("speaker"))
            .order_by("-corrected", "extraction_rule")
        )
