"""Raw-SQL floor views for bench_api_scale.py: the same rows as each API case, with nothing but SQL and json.

Served by the same gunicorn as the API, only when BENCH_FLOOR_VIEWS=1 (factcheck/urls.py), so a
case's ratio (API / floor) measures what Django, DRF and the serializers add to the database's
own time for the rows, under the same HTTP, process and connection costs. Counts per speaker are
read where the API reads them, from claims_speakerstatuscount (claims/status_counts.py).
"""

import json

from django.db import connection
from django.http import HttpResponse, HttpResponseBadRequest

from claims.querysets import SEARCH_CANDIDATES

CLAIM_COLUMNS = """
    c.id, c.text, c.kind, c.status, c.start, c."end", c.venue, c.stated_on, c.source_url, c.origin,
    c.confidence, c.version, c.created_at, c.updated_at, s.id AS speaker_id, s.name AS speaker, s.kind AS speaker_kind,
    a.stated_as AS affiliation, ar.id AS article_id, ar.title, o.name AS outlet, ar.published,
    (SELECT COALESCE(json_agg(t.name ORDER BY t.name), '[]') FROM claims_topic t
     JOIN claims_claim_topics ct ON ct.topic_id = t.id WHERE ct.claim_id = c.id) AS topics
"""
CLAIM_JOINS = """
    FROM claims_claim c JOIN claims_speaker s ON s.id = c.speaker_id
    LEFT JOIN claims_affiliation a ON a.id = c.affiliation_id
    LEFT JOIN sources_article ar ON ar.id = c.article_id
    LEFT JOIN sources_outlet o ON o.id = ar.outlet_id
"""
PUBLIC = "c.speaker_id IS NOT NULL AND c.status <> 'not_a_claim'"
NEWEST = "ORDER BY c.created_at DESC, c.id DESC LIMIT %(limit)s"
TSQUERY = "websearch_to_tsquery('english'::regconfig, claims_unaccent(%(q)s))"
# The speakers holding the name's words whole, from the words index, as the API finds them first.
SPEAKER_IDS = """
    SELECT id FROM claims_speaker WHERE string_to_array(name_key, ' ') @> string_to_array(%(name)s, ' ')
    UNION
    SELECT speaker_id FROM claims_speakeralias WHERE string_to_array(name_key, ' ') @> string_to_array(%(name)s, ' ')
    LIMIT 20
"""

CASES = {
    "claims": f"SELECT {CLAIM_COLUMNS} {CLAIM_JOINS} WHERE {PUBLIC} {NEWEST}",
    "claims_after": f"""SELECT {CLAIM_COLUMNS} {CLAIM_JOINS} WHERE {PUBLIC}
        AND (c.created_at, c.id) < (%(created_at)s::timestamptz, %(id)s) {NEWEST}""",
    "claims_by_speaker_id": f"SELECT {CLAIM_COLUMNS} {CLAIM_JOINS} WHERE {PUBLIC} AND c.speaker_id = %(id)s {NEWEST}",
    # Two statements, as the API does: the planner misjudges the IN (subquery) form badly.
    "claims_by_speaker_name": [
        SPEAKER_IDS,
        f"SELECT {CLAIM_COLUMNS} {CLAIM_JOINS} WHERE {PUBLIC} AND c.speaker_id = ANY(%(ids)s) {NEWEST}",
    ],
    "claims_by_status_and_date": f"""SELECT {CLAIM_COLUMNS} {CLAIM_JOINS} WHERE {PUBLIC} AND c.status = %(status)s
        AND c.published BETWEEN %(after)s AND %(before)s {NEWEST}""",
    "claims_search": f"""SELECT {CLAIM_COLUMNS}, ts_rank_cd(c.search_vector, {TSQUERY}) AS relevance {CLAIM_JOINS}
        WHERE c.id IN (SELECT id FROM claims_claim c WHERE {PUBLIC} AND c.search_vector @@ {TSQUERY}
                       ORDER BY c.created_at DESC, c.id DESC LIMIT %(candidates)s)
        ORDER BY relevance DESC, c.created_at DESC, c.id DESC LIMIT %(limit)s""",
    "speaker_search": """
        SELECT s.id, s.name, s.kind, s.wikidata_id,
            (SELECT COALESCE(json_agg(name ORDER BY name), '[]') FROM claims_speakeralias WHERE speaker_id = s.id),
            (SELECT COALESCE(SUM(claims), 0) FROM claims_speakerstatuscount WHERE speaker_id = s.id
             AND status <> 'not_a_claim')
        FROM (
            SELECT speaker_id, MAX(score) AS score, MAX(whole) AS whole FROM (
                SELECT id AS speaker_id, word_similarity(%(name)s, name_key) AS score,
                       similarity(%(name)s, name_key) AS whole FROM claims_speaker WHERE %(name)s <%% name_key
                UNION ALL
                SELECT speaker_id, word_similarity(%(name)s, name_key), similarity(%(name)s, name_key)
                FROM claims_speakeralias WHERE %(name)s <%% name_key
            ) c GROUP BY speaker_id
        ) m JOIN claims_speaker s ON s.id = m.speaker_id
        ORDER BY m.score DESC, m.whole DESC, s.name, s.id LIMIT 20""",
    "speakers": """
        SELECT s.id, s.name, s.kind, s.wikidata_id,
            (SELECT COALESCE(json_agg(name ORDER BY name), '[]') FROM claims_speakeralias WHERE speaker_id = s.id),
            (SELECT COALESCE(SUM(claims), 0) FROM claims_speakerstatuscount WHERE speaker_id = s.id
             AND status <> 'not_a_claim')
        FROM claims_speaker s ORDER BY s.name, s.id LIMIT %(limit)s""",
    "speaker_detail": """
        SELECT s.id, s.name, s.kind, s.wikidata_id,
            (SELECT COALESCE(json_agg(name ORDER BY name), '[]') FROM claims_speakeralias WHERE speaker_id = s.id),
            (SELECT COALESCE(SUM(claims), 0) FROM claims_speakerstatuscount WHERE speaker_id = s.id
             AND status <> 'not_a_claim'),
            (SELECT json_object_agg(status, claims) FROM claims_speakerstatuscount WHERE speaker_id = s.id),
            (SELECT json_agg(DISTINCT stated_as) FROM (SELECT stated_as FROM claims_affiliation
             WHERE speaker_id = s.id ORDER BY id DESC LIMIT 200) y),
            (SELECT count(*) FROM claims_affiliation WHERE speaker_id = s.id)
        FROM claims_speaker s WHERE s.id = %(id)s""",
    "articles": """
        SELECT ar.id, ar.title, o.name, ar.byline, ar.published, ar.url, ar.language, ar.origin_file, ar.ingested_at,
            (SELECT count(*) FROM claims_claim WHERE article_id = ar.id)
        FROM sources_article ar LEFT JOIN sources_outlet o ON o.id = ar.outlet_id
        ORDER BY ar.published DESC, ar.id DESC LIMIT %(limit)s""",
    "outlets": """
        SELECT o.id, o.name, o.url, (SELECT count(*) FROM sources_article WHERE outlet_id = o.id)
        FROM sources_outlet o ORDER BY o.name, o.id LIMIT %(limit)s""",
    "claimreview": f"""
        SELECT {CLAIM_COLUMNS},
            (SELECT row_to_json(r) FROM (SELECT * FROM claims_review WHERE claim_id = c.id
             ORDER BY created_at DESC, id DESC LIMIT 1) r) AS review
        {CLAIM_JOINS} WHERE c.status NOT IN ('unverified', 'in_review')
        ORDER BY c.created_at, c.id LIMIT %(limit)s""",
}


def floor(request, case: str):
    if case not in CASES:
        return HttpResponseBadRequest(f"no floor case {case!r}")
    params = {"limit": 20, "candidates": SEARCH_CANDIDATES, **request.GET.dict()}
    statements = CASES[case]
    with connection.cursor() as cursor:
        if isinstance(statements, list):
            cursor.execute(statements[0], params)
            params["ids"] = [row[0] for row in cursor.fetchall()]
            statements = statements[1]
        cursor.execute(statements, params)
        names = [column.name for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    return HttpResponse(json.dumps({"results": rows}, default=str), content_type="application/json")
