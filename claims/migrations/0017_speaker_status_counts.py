"""A speaker's claims per status, kept by triggers on claims_claim and counted once here (see claims.status_counts)."""

import django.db.models.deletion
from django.db import migrations, models

from claims import status_counts


def forwards(apps, schema_editor):
    status_counts.install(schema_editor.connection)
    status_counts.recount(schema_editor.connection)


def backwards(apps, schema_editor):
    status_counts.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0016_status_article_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="SpeakerStatusCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("unverified", "Unverified"),
                            ("in_review", "In review"),
                            ("true", "True"),
                            ("mostly_true", "Mostly true"),
                            ("half_true", "Half true"),
                            ("mostly_false", "Mostly false"),
                            ("false", "False"),
                            ("pants_on_fire", "Pants on fire"),
                            ("misleading", "Misleading"),
                            ("unverifiable", "Unverifiable"),
                            ("not_a_claim", "Not a claim"),
                        ],
                        max_length=20,
                    ),
                ),
                ("claims", models.IntegerField(default=0)),
                (
                    "speaker",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="status_counts",
                        to="claims.speaker",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("speaker", "status"), name="claims_speakerstatuscount_unique")
                ],
            },
        ),
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
