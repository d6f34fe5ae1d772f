"""Claim.published: the article's publication date, copied onto its claims by triggers.

The most asked-for slice of the archive ("false claims this year") filters on the article's date
and orders by the claim's: with the date on the article alone, PostgreSQL walks the newest claims
of that status and looks each article up until a page is found (3,500 look-ups for one page on
the million-claim archive). With the date on the claim, an index on (status, published) hands over
exactly the claims of that status and year.

The copy is kept by the database, so no write path (the storer, the admin, an import, a fixture,
generate_archive's COPY, an article whose date is corrected) can leave it stale: a claim takes its
article's date when it is written or moved to another article, and an article's new date reaches
its claims in the same statement. SQLite drops a table's triggers whenever a migration rebuilds it,
so they are (re)installed after every migrate (claims.db_triggers.install_after_migrate).
"""

from claims.triggers import Triggers

_ARTICLE_DATE = "(SELECT published FROM sources_article WHERE id = NEW.article_id)"

POSTGRES_INSTALL = f"""
CREATE OR REPLACE FUNCTION claims_claim_take_published() RETURNS trigger AS $$
BEGIN
    NEW.published := {_ARTICLE_DATE};
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE OR REPLACE FUNCTION claims_article_give_published() RETURNS trigger AS $$
BEGIN
    UPDATE claims_claim SET published = NEW.published
    WHERE article_id = NEW.id AND published IS DISTINCT FROM NEW.published;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS claims_claim_take_published ON claims_claim;
CREATE TRIGGER claims_claim_take_published BEFORE INSERT OR UPDATE OF article_id, published ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_take_published();
DROP TRIGGER IF EXISTS claims_article_give_published ON sources_article;
CREATE TRIGGER claims_article_give_published AFTER UPDATE OF published ON sources_article
    FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published)
    EXECUTE FUNCTION claims_article_give_published();
"""
POSTGRES_REMOVE = """
DROP TRIGGER IF EXISTS claims_claim_take_published ON claims_claim;
DROP TRIGGER IF EXISTS claims_article_give_published ON sources_article;
DROP FUNCTION IF EXISTS claims_claim_take_published();
DROP FUNCTION IF EXISTS claims_article_give_published();
"""

# SQLite has no BEFORE trigger that can change the row: an AFTER trigger corrects it instead, and
# only when it differs (recursive triggers are off, so the correction does not fire it again).
_SQLITE_TAKE = f"UPDATE claims_claim SET published = {_ARTICLE_DATE} WHERE id = NEW.id;"
SQLITE_TRIGGERS = {
    "claims_claim_take_published_insert": f"AFTER INSERT ON claims_claim BEGIN {_SQLITE_TAKE} END",
    "claims_claim_take_published_update": (
        f"AFTER UPDATE OF article_id, published ON claims_claim WHEN NEW.published IS NOT {_ARTICLE_DATE} "
        f"BEGIN {_SQLITE_TAKE} END"
    ),
    "claims_article_give_published": (
        "AFTER UPDATE OF published ON sources_article WHEN OLD.published IS NOT NEW.published "
        "BEGIN UPDATE claims_claim SET published = NEW.published WHERE article_id = NEW.id; END"
    ),
}

BACKFILL = {
    "postgresql": """UPDATE claims_claim c SET published = a.published FROM sources_article a
                     WHERE a.id = c.article_id AND a.published IS NOT NULL""",
    "sqlite": """UPDATE claims_claim SET published =
                 (SELECT published FROM sources_article WHERE id = claims_claim.article_id)
                 WHERE article_id IS NOT NULL""",
}


TRIGGERS = Triggers(POSTGRES_INSTALL, POSTGRES_REMOVE, SQLITE_TRIGGERS)
install, remove = TRIGGERS.install, TRIGGERS.remove


def backfill(connection) -> None:
    with connection.cursor() as cursor:
        cursor.execute(BACKFILL[connection.vendor])
