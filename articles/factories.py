"""Factories for articles, campaigns and authors, used by tests and benchmarks."""

import datetime

import factory
from factory.django import DjangoModelFactory
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from home.factories import PageFactory

from .models import ArticleIndexPage, ArticlePage, Author, CampaignIndexPage, CampaignPage


class ImageFactory(DjangoModelFactory):
    class Meta:
        model = Image

    title = factory.Sequence(lambda n: f"Foto {n}")
    file = factory.LazyFunction(get_test_image_file)


class AuthorFactory(DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Penulis {n}")
    reporter_code = factory.Sequence(lambda n: f"RED-{n:03d}")


class ArticleIndexPageFactory(PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Berita"
    slug = "berita"


class CampaignIndexPageFactory(PageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Kampanye"
    slug = "kampanye"


class ArticlePageFactory(PageFactory):
    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Pekerja kebun sawit menuntut hak nomor {n}")
    standfirst = "Buruh harian lepas bekerja bertahun-tahun tanpa kepastian status."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n % 300))
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Para pekerja bekerja di kebun sejak subuh.</p>")])

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if create and extracted:
            self.authors.set(extracted)
            self.save()


class CampaignPageFactory(PageFactory):
    class Meta:
        model = CampaignPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Kampanye {n}")
    aim = "Upah layak bagi setiap pemanen."
    action_heading = "Dukung kampanye ini"
    action_label = "Ikut serta"
    action_url = "https://example.org/"

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()
