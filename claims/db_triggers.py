"""Database triggers for rules a check constraint cannot express (they look at another table).

claims_claim_offsets_inside_body: a claim's end offset may not run past its article's body.

SQLite drops a table's triggers whenever a migration rebuilds the table, so the triggers are
(re)installed after every migrate as well as by the migration that introduced them.
"""

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
SQLITE_EVENTS = ("insert", "update")
SQLITE_INSTALL = """
CREATE TRIGGER IF NOT EXISTS claims_claim_offsets_inside_body_{event} BEFORE {statement} ON claims_claim
WHEN NEW."end" IS NOT NULL AND NEW."end" > (SELECT length(body) FROM sources_article WHERE id = NEW.article_id)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: claims_claim_offsets_inside_body');
END;
"""


def install(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRES_INSTALL)
        elif connection.vendor == "sqlite":
            for event in SQLITE_EVENTS:
                cursor.execute(SQLITE_INSTALL.format(event=event, statement=event.upper()))


def remove(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRES_REMOVE)
        elif connection.vendor == "sqlite":
            for event in SQLITE_EVENTS:
                cursor.execute(f"DROP TRIGGER IF EXISTS claims_claim_offsets_inside_body_{event}")


def install_after_migrate(sender, using, plan=None, **kwargs) -> None:
    from django.db import connections

    from claims import published_dates, status_counts

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
