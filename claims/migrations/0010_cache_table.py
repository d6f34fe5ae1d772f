"""The database cache's table (settings.CACHES), made here so that `migrate` sets up everything.

The cache holds the API throttles' counts, shared by every server process.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0009_history_reason_unbounded"),
    ]

    operations = [
        migrations.RunPython(create_cache_table, migrations.RunPython.noop, elidable=False),
    ]
