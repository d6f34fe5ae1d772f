"""PostgreSQL-only search structures: trigram indexes on names, a stored full-text vector on claim text.

Speaker names are matched on their `name_key` (already lower-cased and stripped of accents in
Python, see claims.names), so a trigram GIN index on it serves misspellings, surnames and word
order. Claim text gets a generated `search_vector` column, English-stemmed and unaccented, under a
GIN index. The model does not declare the column: it does not exist on SQLite, where searches fall
back to word matching (claims.querysets).

unaccent() is only STABLE (its dictionary could change), and a generated column needs an IMMUTABLE
expression, hence the wrapper naming the dictionary explicitly, the usual way round it.

A name's words (`string_to_array(name_key, ' ')`) have their own GIN index: most names asked for
are a surname or a full name written out, which the array's containment (`@>`) answers exactly
from that index, where the trigram search scores every name sharing three letters with it.
"""

POSTGRES_INSTALL = """
CREATE INDEX IF NOT EXISTS claims_speaker_name_trgm ON claims_speaker USING gin (name_key gin_trgm_ops);
CREATE INDEX IF NOT EXISTS claims_speakeralias_name_trgm ON claims_speakeralias USING gin (name_key gin_trgm_ops);
CREATE OR REPLACE FUNCTION claims_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
ALTER TABLE claims_claim ADD COLUMN IF NOT EXISTS search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, claims_unaccent(text))) STORED;
CREATE INDEX IF NOT EXISTS claims_claim_search ON claims_claim USING gin (search_vector);
"""
POSTGRES_REMOVE = """
DROP INDEX IF EXISTS claims_claim_search;
ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_vector;
DROP FUNCTION IF EXISTS claims_unaccent(text);
DROP INDEX IF EXISTS claims_speakeralias_name_trgm;
DROP INDEX IF EXISTS claims_speaker_name_trgm;
"""
WORDS_INSTALL = """
CREATE INDEX IF NOT EXISTS claims_speaker_name_words ON claims_speaker USING gin (string_to_array(name_key, ' '));
CREATE INDEX IF NOT EXISTS claims_speakeralias_name_words ON claims_speakeralias
    USING gin (string_to_array(name_key, ' '));
"""
WORDS_REMOVE = """
DROP INDEX IF EXISTS claims_speakeralias_name_words;
DROP INDEX IF EXISTS claims_speaker_name_words;
"""


def install(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_INSTALL)


def remove(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_REMOVE)


def install_words(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(WORDS_INSTALL)


def remove_words(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(WORDS_REMOVE)
