"""Seed the shared vocabulary: topics, the 38 provinces, palm-oil regencies, the member federations."""

from django.db import migrations

from home import vocabulary_data


def seed_vocabulary(apps, schema_editor):
    Topic = apps.get_model("home", "Topic")
    Province = apps.get_model("home", "Province")
    Regency = apps.get_model("home", "Regency")
    Federation = apps.get_model("home", "Federation")

    for order, topic in enumerate(vocabulary_data.TOPICS):
        Topic.objects.get_or_create(slug=topic["slug"], defaults={**topic, "sort_order": order})
    provinces = {}
    for province in vocabulary_data.PROVINCES:
        provinces[province["code"]], _created = Province.objects.get_or_create(
            code=province["code"], defaults=province
        )
    for code, regencies in vocabulary_data.REGENCIES.items():
        for name, kind in regencies:
            Regency.objects.get_or_create(province=provinces[code], name=name, kind=kind)
    for order, federation in enumerate(vocabulary_data.FEDERATIONS):
        Federation.objects.get_or_create(
            short_name=federation["short_name"], defaults={**federation, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_homepage")]

    operations = [migrations.RunPython(seed_vocabulary, migrations.RunPython.noop)]
