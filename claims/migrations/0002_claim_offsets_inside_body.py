"""The database refuses a claim whose offsets run past its article's body.

A check constraint cannot look at another table, so this is a trigger, written for each backend
the project supports.
"""

from django.db import migrations

POSTGRES_FORWARD = """
CREATE FUNCTION claims_claim_offsets_inside_body() RETURNS trigger AS $$
BEGIN
    IF NEW."end" IS NOT NULL AND NEW."end" > (
        SELECT char_length(body) FROM sources_article WHERE id = NEW.article_id
    ) THEN
        RAISE EXCEPTION 'claims_claim_offsets_inside_body: the offsets lie outside the article body'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER claims_claim_offsets_inside_body BEFORE INSERT OR UPDATE ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_offsets_inside_body();
"""
POSTGRES_BACKWARD = """
DROP TRIGGER IF EXISTS claims_claim_offsets_inside_body ON claims_claim;
DROP FUNCTION IF EXISTS claims_claim_offsets_inside_body();
"""
SQLITE_FORWARD = [
    f"""
CREATE TRIGGER claims_claim_offsets_inside_body_{event.lower()} BEFORE {event} ON claims_claim
WHEN NEW."end" IS NOT NULL AND NEW."end" > (SELECT length(body) FROM sources_article WHERE id = NEW.article_id)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: claims_claim_offsets_inside_body');
END;
"""
    for event in ("INSERT", "UPDATE")
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS claims_claim_offsets_inside_body_insert;",
    "DROP TRIGGER IF EXISTS claims_claim_offsets_inside_body_update;",
]


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD)
    elif vendor == "sqlite":
        for statement in SQLITE_FORWARD:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD)
    elif vendor == "sqlite":
        for statement in SQLITE_BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial"), ("sources", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
