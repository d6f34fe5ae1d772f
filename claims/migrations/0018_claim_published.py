"""Claim.published, the article's publication date kept on the claim by triggers (see claims.published_dates)."""

from django.db import migrations, models

from claims import published_dates


def forwards(apps, schema_editor):
    published_dates.install(schema_editor.connection)
    published_dates.backfill(schema_editor.connection)


def backwards(apps, schema_editor):
    published_dates.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0017_speaker_status_counts"),
        ("sources", "0002_article_published_id_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="published",
            field=models.DateField(
                editable=False,
                help_text="The article's publication date, copied by the database (see published_dates).",
                null=True,
            ),
        ),
        migrations.RunPython(forwards, backwards),
        # After the backfill: building an index once is cheaper than keeping it through a million updates.
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["status", "-created_at", "-id", "published"], name="claims_claim_status_newest"),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["published"], name="claims_claim_published"),
        ),
        migrations.RemoveIndex(model_name="claim", name="claims_clai_status_eafd60_idx"),
        migrations.RemoveIndex(model_name="claim", name="claims_claim_status_article"),
    ]
