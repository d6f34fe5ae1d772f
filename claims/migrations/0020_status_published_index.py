"""Claims of a status in a date range counted from an index of (status, published) alone."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0019_speaker_name_index"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["status", "published"], name="claims_claim_status_published"),
        ),
    ]
