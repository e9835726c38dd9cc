"""Factories for the shared vocabulary and general pages, used by tests and benchmarks."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Page

from .models import Federation, Province, StandardPage, Topic


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topik {n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topik-{n}")


class ProvinceFactory(DjangoModelFactory):
    class Meta:
        model = Province
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"{n % 100:02d}")
    name = factory.Sequence(lambda n: f"Provinsi {n}")
    slug = factory.Sequence(lambda n: f"provinsi-{n}")


class FederationFactory(DjangoModelFactory):
    class Meta:
        model = Federation
        django_get_or_create = ("short_name",)

    short_name = factory.Sequence(lambda n: f"FSB {n}")
    name = factory.LazyAttribute(lambda o: f"Federasi Serikat Buruh {o.short_name}")
    slug = factory.Sequence(lambda n: f"fsb-{n}")


class PageFactory(DjangoModelFactory):
    """Creates a page in the tree under `parent` (the first page under the root by default)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Halaman {n}")
    first_published_at = factory.LazyFunction(timezone.now)

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        # Wagtail derives the slug from the title when none is given.
        page = model_class(*args, **kwargs)
        parent = parent or Page.objects.get(depth=2)
        parent.add_child(instance=page)
        return page


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    intro = "Halaman standar."
