"""Claims imported from ClaimReview without a claimant were given a speaker called "Unattributed";
they are now stored with no speaker, like every claim nobody is named for. This moves the old ones."""

from django.db import migrations

OLD_NAME = "Unattributed"


def unattribute(apps, schema_editor):
    Speaker = apps.get_model("claims", "Speaker")
    Claim = apps.get_model("claims", "Claim")
    for speaker in Speaker.objects.filter(name=OLD_NAME, kind="group"):
        claims = Claim.objects.filter(speaker=speaker)
        if claims.exclude(origin="claimreview").exists():
            continue  # a group really called so, quoted elsewhere: not ours to undo
        claims.update(speaker=None, affiliation=None)
        speaker.delete()  # its aliases and affiliations go with it


class Migration(migrations.Migration):
    dependencies = [("claims", "0014_drop_duplicate_created_index")]

    operations = [migrations.RunPython(unattribute, migrations.RunPython.noop)]
