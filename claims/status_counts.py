"""The scorecard's counts (SpeakerStatusCount), kept exact by triggers on claims_claim.

Every way a claim is written (the storer, a verdict, a reviewer's correction, a merge, the admin,
generate_archive's COPY) changes a speaker's counts in the same statement, so no write path can
forget them. On PostgreSQL the triggers run once per statement over the rows it changed (a COPY of
a million claims adds one upsert per speaker and status, not a million); SQLite's run per row.
Rows are upserted in (speaker, status) order so that concurrent writers lock them in one order.

SQLite drops a table's triggers whenever a migration rebuilds it, so they are (re)installed after
every migrate (claims.db_triggers.install_after_migrate) as well as by their migration.
"""

from claims.triggers import Triggers

TABLE = "claims_speakerstatuscount"
_UPSERT = f"""
    INSERT INTO {TABLE} (speaker_id, status, claims)
    SELECT speaker_id, status, SUM(change) FROM ({{changes}}) c
    WHERE speaker_id IS NOT NULL GROUP BY speaker_id, status HAVING SUM(change) <> 0
    ORDER BY speaker_id, status
    ON CONFLICT (speaker_id, status) DO UPDATE SET claims = {TABLE}.claims + EXCLUDED.claims;
"""
_ADDED = "SELECT speaker_id, status, 1 AS change FROM new_rows"
_REMOVED = "SELECT speaker_id, status, -1 AS change FROM old_rows"

POSTGRES_INSTALL = f"""
CREATE OR REPLACE FUNCTION claims_count_speaker_statuses() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_UPSERT.format(changes=_ADDED)}
    ELSIF TG_OP = 'UPDATE' THEN
        {_UPSERT.format(changes=_ADDED + " UNION ALL " + _REMOVED)}
    ELSIF TG_OP = 'DELETE' THEN
        {_UPSERT.format(changes=_REMOVED)}
    ELSE
        DELETE FROM {TABLE};
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS claims_count_inserted ON claims_claim;
DROP TRIGGER IF EXISTS claims_count_updated ON claims_claim;
DROP TRIGGER IF EXISTS claims_count_deleted ON claims_claim;
DROP TRIGGER IF EXISTS claims_count_truncated ON claims_claim;
CREATE TRIGGER claims_count_inserted AFTER INSERT ON claims_claim REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claims_count_speaker_statuses();
CREATE TRIGGER claims_count_updated AFTER UPDATE ON claims_claim
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claims_count_speaker_statuses();
CREATE TRIGGER claims_count_deleted AFTER DELETE ON claims_claim REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claims_count_speaker_statuses();
CREATE TRIGGER claims_count_truncated AFTER TRUNCATE ON claims_claim
    FOR EACH STATEMENT EXECUTE FUNCTION claims_count_speaker_statuses();
"""
POSTGRES_REMOVE = """
DROP TRIGGER IF EXISTS claims_count_inserted ON claims_claim;
DROP TRIGGER IF EXISTS claims_count_updated ON claims_claim;
DROP TRIGGER IF EXISTS claims_count_deleted ON claims_claim;
DROP TRIGGER IF EXISTS claims_count_truncated ON claims_claim;
DROP FUNCTION IF EXISTS claims_count_speaker_statuses();
"""

_SQLITE_ADD = f"""INSERT INTO {TABLE} (speaker_id, status, claims) SELECT NEW.speaker_id, NEW.status, 1
    WHERE NEW.speaker_id IS NOT NULL ON CONFLICT (speaker_id, status) DO UPDATE SET claims = claims + 1;"""
_SQLITE_REMOVE = f"UPDATE {TABLE} SET claims = claims - 1 WHERE speaker_id = OLD.speaker_id AND status = OLD.status;"
SQLITE_TRIGGERS = {
    "claims_count_inserted": f"AFTER INSERT ON claims_claim BEGIN {_SQLITE_ADD} END",
    "claims_count_updated": (
        "AFTER UPDATE OF speaker_id, status ON claims_claim "
        "WHEN OLD.speaker_id IS NOT NEW.speaker_id OR OLD.status IS NOT NEW.status "
        f"BEGIN {_SQLITE_REMOVE} {_SQLITE_ADD} END"
    ),
    "claims_count_deleted": f"AFTER DELETE ON claims_claim BEGIN {_SQLITE_REMOVE} END",
}

RECOUNT = f"""
    INSERT INTO {TABLE} (speaker_id, status, claims)
    SELECT speaker_id, status, COUNT(*) FROM claims_claim WHERE speaker_id IS NOT NULL
    GROUP BY speaker_id, status
"""


TRIGGERS = Triggers(POSTGRES_INSTALL, POSTGRES_REMOVE, SQLITE_TRIGGERS)
install, remove = TRIGGERS.install, TRIGGERS.remove


def recount(connection) -> None:
    """Count every speaker's claims afresh (the backfill), with writes to claims held off meanwhile."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Until this transaction ends: a claim written between the count and the commit would be lost.
            cursor.execute("LOCK TABLE claims_claim IN SHARE MODE")
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.execute(RECOUNT)
