"""Fixtures for the knowledge base: the library, rights guides and topic hub under the home page, and a
published resource whose PDF has been read."""

import pytest

from home.factories import TopicFactory
from knowledge.factories import (
    PdfDocumentFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    RightsGuideIndexPageFactory,
    TopicHubPageFactory,
)


@pytest.fixture
def library(home_page):
    return ResourceIndexPageFactory(parent=home_page)


@pytest.fixture
def guide_index(home_page):
    return RightsGuideIndexPageFactory(parent=home_page)


@pytest.fixture
def hub(home_page):
    return TopicHubPageFactory(parent=home_page)


@pytest.fixture
def wages(db):
    return TopicFactory(slug="upah-uji", name="Upah uji", name_en="Test wages")


@pytest.fixture
def safety(db):
    return TopicFactory(slug="k3-uji", name="K3 uji", name_en="Test safety")


@pytest.fixture
def pdf_resource(library, wages, django_capture_on_commit_callbacks):
    """A published resource offering a PDF, its text read once the save committed."""
    document = PdfDocumentFactory(
        title="Panduan upah", text="Pekerja berhak atas slip gaji yang menyebut tunjangan kemahalan."
    )
    with django_capture_on_commit_callbacks(execute=True):
        return ResourcePageFactory(
            parent=library,
            title="Panduan membaca slip gaji",
            summary="Cara memeriksa apakah upah sudah dibayar penuh.",
            document=document,
            external_url="",
            topics=[wages],
        )
