"""fixtures/seeds.json is the seed annotations, loaded; regenerate it when they change:

    DEBUG=1 DATABASE_URL=sqlite:////tmp/f.sqlite3 python manage.py migrate
    ... import_annotations seeds/*.json
    ... dumpdata sources.outlet sources.article claims.speaker claims.speakeralias claims.organization \
        claims.affiliation claims.claim --indent 1 -o fixtures/seeds.json
"""

import io

from django.core.management import call_command

from claims.importers.annotations import load_annotation
from claims.models import Claim
from tests.conftest import ROOT, SEEDS


def claims_in_database():
    return {
        (
            c.article.origin_file,
            c.speaker.name if c.speaker else None,
            c.text,
            c.kind,
            c.affiliation.stated_as if c.affiliation else None,
        )
        for c in Claim.objects.select_related("article", "speaker", "affiliation")
    }


def claims_in_annotations():
    found = set()
    for path in sorted(SEEDS.glob("*.json")):
        annotation = load_annotation(path)
        for record in annotation.claims:
            found.add(
                (annotation.article.origin_file, record.speaker, record.text, record.kind, record.affiliation or None)
            )
    return found


def test_fixture_loads_with_loaddata(db):
    call_command("loaddata", ROOT / "fixtures" / "seeds.json", stdout=io.StringIO())

    assert Claim.objects.count() == 115


def test_fixture_matches_the_seed_annotations(db):
    call_command("loaddata", ROOT / "fixtures" / "seeds.json", stdout=io.StringIO())

    assert claims_in_database() == claims_in_annotations()


def test_fixture_offsets_point_at_the_claim_text(db):
    call_command("loaddata", ROOT / "fixtures" / "seeds.json", stdout=io.StringIO())

    for claim in Claim.objects.select_related("article"):
        assert claim.article.body[claim.start : claim.end] == claim.text
