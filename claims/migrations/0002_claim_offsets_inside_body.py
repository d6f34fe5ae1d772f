"""The database refuses a claim whose offsets run past its article's body (see claims.db_triggers)."""

from django.db import migrations

from claims import db_triggers


def forwards(apps, schema_editor):
    db_triggers.install(schema_editor.connection)


def backwards(apps, schema_editor):
    db_triggers.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial"), ("sources", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
