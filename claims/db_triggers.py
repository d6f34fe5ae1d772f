"""Database triggers for rules a check constraint cannot express (they look at another table).

claims_claim_offsets_inside_body: a claim's end offset may not run past its article's body.

SQLite drops a table's triggers whenever a migration rebuilds the table, so the triggers are
(re)installed after every migrate as well as by the migration that introduced them.
"""

from claims import published_dates, status_counts
from claims.triggers import Triggers

POSTGRES_INSTALL = """
CREATE OR REPLACE FUNCTION claims_claim_offsets_inside_body() RETURNS trigger AS $$
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
DROP TRIGGER IF EXISTS claims_claim_offsets_inside_body ON claims_claim;
CREATE TRIGGER claims_claim_offsets_inside_body BEFORE INSERT OR UPDATE ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_offsets_inside_body();
"""
POSTGRES_REMOVE = """
DROP TRIGGER IF EXISTS claims_claim_offsets_inside_body ON claims_claim;
DROP FUNCTION IF EXISTS claims_claim_offsets_inside_body();
"""
_SQLITE_OFFSETS = """BEFORE {statement} ON claims_claim
WHEN NEW."end" IS NOT NULL AND NEW."end" > (SELECT length(body) FROM sources_article WHERE id = NEW.article_id)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: claims_claim_offsets_inside_body');
END"""
OFFSETS = Triggers(
    POSTGRES_INSTALL,
    POSTGRES_REMOVE,
    {
        f"claims_claim_offsets_inside_body_{event}": _SQLITE_OFFSETS.format(statement=event.upper())
        for event in ("insert", "update")
    },
)
install, remove = OFFSETS.install, OFFSETS.remove


def install_after_migrate(sender, using, plan=None, **kwargs) -> None:
    from django.db import connections

    connection = connections[using]
    tables = connection.introspection.table_names()
    if "claims_claim" in tables:
        install(connection)
        with connection.cursor() as cursor:
            columns = {column.name for column in connection.introspection.get_table_description(cursor, "claims_claim")}
        if "published" in columns:  # not when migrating back past claims 0018
            published_dates.install(connection)
    if status_counts.TABLE in tables:
        status_counts.install(connection)
