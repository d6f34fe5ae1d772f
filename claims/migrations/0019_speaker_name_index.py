"""The speaker list's order (name, id) from an index: its first page without sorting every speaker."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0018_claim_published"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="speaker",
            index=models.Index(fields=["name", "id"], name="claims_speaker_name"),
        ),
    ]
