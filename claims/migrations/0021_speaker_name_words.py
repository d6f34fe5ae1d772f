from django.db import migrations

from claims import search_indexes


class Migration(migrations.Migration):
    dependencies = [("claims", "0020_status_published_index")]

    operations = [migrations.RunPython(search_indexes.install_words, search_indexes.remove_words)]
