from django.db import migrations, models

# Reports on these seeded topics are sensitive from the moment they are stored (DESIGN.md §4).
SENSITIVE_TOPICS = ("perempuan-dan-kbg", "pekerja-anak")


def mark_sensitive(apps, schema_editor):
    apps.get_model("home", "Topic").objects.filter(slug__in=SENSITIVE_TOPICS).update(sensitive=True)


class Migration(migrations.Migration):
    dependencies = [("home", "0003_seed_vocabulary")]

    operations = [
        migrations.AddField(
            model_name="topic",
            name="sensitive",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "Reports on a sensitive topic (such as gender-based violence or child labour) are seen only "
                    "by named handlers, and its public figures are shown only nationally."
                ),
                verbose_name="sensitive",
            ),
        ),
        migrations.RunPython(mark_sensitive, migrations.RunPython.noop),
    ]
