"""Factories for the knowledge base, used by tests and benchmarks."""

import factory
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.documents.models import Document

from home.factories import PageFactory

from .models import (
    LessonIndexPage,
    LessonPage,
    ResourceIndexPage,
    ResourcePage,
    RightsGuideIndexPage,
    RightsGuidePage,
    TopicHubPage,
)
from .pdf import text_pdf


class PdfDocumentFactory(DjangoModelFactory):
    """A Wagtail document holding a real PDF with the given text."""

    class Meta:
        model = Document

    class Params:
        text = "Dokumen uji."

    title = factory.Sequence(lambda n: f"Dokumen {n}")
    file = factory.LazyAttributeSequence(
        lambda o, n: ContentFile(text_pdf(o.title, [o.text]), name=f"dokumen-{n}.pdf")
    )


class ResourceIndexPageFactory(PageFactory):
    class Meta:
        model = ResourceIndexPage

    title = "Perpustakaan"
    slug = "perpustakaan"


class ResourcePageFactory(PageFactory):
    class Meta:
        model = ResourcePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Sumber {n}")
    resource_type = "guide"
    year = 2023
    issuing_body = "JAPBUSI"
    summary = "Ringkasan sumber untuk pekerja kebun."
    external_url = "https://example.org/sumber"

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save_revision().publish()


class RightsGuideIndexPageFactory(PageFactory):
    class Meta:
        model = RightsGuideIndexPage

    title = "Kenali Hakmu"
    slug = "kenali-hakmu"


class RightsGuidePageFactory(PageFactory):
    class Meta:
        model = RightsGuidePage

    title = factory.Sequence(lambda n: f"Hakmu soal topik {n}")
    intro = "Jawaban singkat atas pertanyaan yang sering diajukan."
    questions = factory.LazyFunction(
        lambda: [
            (
                "question",
                {
                    "question": "Apakah buruh harian lepas berhak atas upah minimum?",
                    "answer": "<p>Ya. Upah minimum berlaku untuk <b>semua</b> pekerja.</p>",
                    "resources": [],
                },
            )
        ]
    )


class TopicHubPageFactory(PageFactory):
    class Meta:
        model = TopicHubPage

    title = "Topik"
    slug = "topik"


class LessonIndexPageFactory(PageFactory):
    class Meta:
        model = LessonIndexPage

    title = "Pelajaran dari kasus"
    slug = "pelajaran"


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Pelajaran {n}")
    problem = "Upah pemanen dipotong tanpa dasar."
    what_was_tried = "Perundingan bipartit."
    what_worked = "Mediasi di Disnaker dengan bukti slip gaji."
    employer_type = "private"
