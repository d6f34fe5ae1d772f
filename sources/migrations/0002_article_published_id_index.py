"""Articles indexed by (published, id): a date range is read from the index alone, and the article list walks it."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0001_initial"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="article",
            name="sources_art_publish_ef215a_idx",
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["published", "id"], name="sources_article_published"),
        ),
    ]
