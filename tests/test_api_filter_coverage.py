"""Every field of a listed model that a user would filter on has a filter, or a stated reason it has none."""

import pytest

from claims.api.filters import ClaimFilter, SpeakerFilter
from sources.api.filters import ArticleFilter, OutletFilter

# Filters that call a queryset method, and the field each one searches.
METHOD_FILTERS = {"speaker": "speaker", "affiliation": "affiliation", "q": "text", "search": "name", "topic": "topics"}

NO_FILTER = {
    ClaimFilter: {
        "id": "one claim is /claims/{id}/",
        "text_hash": "internal: identity of the wording",
        "start": "an offset into the article body",
        "end": "an offset into the article body",
        "venue": "free text, found by ?q= on the claim's words instead",
        "stated_on": "?published_after/_before filter by the article's date",
        "source_url": "an address, not something to search by",
        "external_id": "an archive's id, for imports",
        "extraction_rule": "for tracing the extractor, not for readers",
        "version": "for conditional writes (ETag)",
        "taken_by": "the reviewers' desk (admin): who works on a claim is not a fact about it",
    },
    SpeakerFilter: {
        "id": "one speaker is /speakers/{id}/",
        "name_key": "internal: the normal form ?search= matches",
        "wikidata_id": "an outside id, shown with the speaker",
        "created_at": "when the row was made, not a fact about the speaker",
    },
    ArticleFilter: {
        "id": "one article is /articles/{id}/",
        "byline": "shown with the article; search by claims' speaker instead",
        "url": "an address, not something to search by",
        "language": "every stored article is English so far",
        "body": "long text: claims are searched with /claims/?q=",
        "body_sha256": "internal: the same article is stored once",
        "origin_file": "for tracing an ingest",
    },
    OutletFilter: {
        "id": "one outlet is /outlets/{id}/",
        "url": "an address, not something to search by",
        "created_at": "when the row was made, not a fact about the outlet",
    },
}


def filtered_fields(filterset) -> set[str]:
    fields = set()
    for name, declared in filterset.base_filters.items():
        if name == "ordering":
            fields |= {field.split("__")[0] for field in declared.param_map.values()}
        elif getattr(declared, "method", None):
            fields.add(METHOD_FILTERS[name])
        else:
            fields.add(declared.field_name.split("__")[0].removesuffix("_id"))
    return fields


@pytest.mark.parametrize("filterset", list(NO_FILTER), ids=lambda f: f.__name__)
def test_every_field_has_a_filter_or_a_reason(filterset):
    model = filterset._meta.model
    fields = {field.name for field in model._meta.get_fields() if field.concrete or field.many_to_many}

    missing = fields - filtered_fields(filterset) - NO_FILTER[filterset].keys()

    assert missing == set(), f"{model.__name__}: give these a filter or a reason in NO_FILTER"
