"""The resource library: text read from PDFs once a save commits, site search, filters with counts, file sizes."""

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents.models import Document

from knowledge.factories import ResourcePageFactory
from knowledge.models import ResourcePage
from knowledge.pdf import text_pdf

pytestmark = pytest.mark.django_db


def test_the_text_inside_a_pdf_is_read_once_the_resource_is_saved(pdf_resource):
    stored = ResourcePage.objects.get(pk=pdf_resource.pk)
    assert "tunjangan kemahalan" in stored.document_text
    assert stored.document_fingerprint


def test_site_search_finds_a_word_that_appears_only_inside_the_pdf(client, pdf_resource):
    ResourcePageFactory(parent=pdf_resource.get_parent(), title="Konvensi lain", summary="Tidak relevan.")
    assert "kemahalan" not in pdf_resource.title + pdf_resource.summary

    response = client.get("/cari/", {"q": "kemahalan"})

    assert response.status_code == 200
    results = list(response.context["results"])
    assert [page.pk for page in results] == [pdf_resource.pk]
    assert "Panduan membaca slip gaji" in response.content.decode()


def test_replacing_the_file_of_a_document_makes_search_find_the_new_text(
    client, pdf_resource, django_capture_on_commit_callbacks
):
    document = pdf_resource.document
    document.file = ContentFile(text_pdf("Versi baru", ["Aturan tentang lembur malam."]), name="baru.pdf")
    document._set_document_file_metadata()
    with django_capture_on_commit_callbacks(execute=True):
        document.save()

    stored = ResourcePage.objects.get(pk=pdf_resource.pk)
    assert "lembur malam" in stored.document_text
    assert "kemahalan" not in stored.document_text
    assert [page.pk for page in client.get("/cari/", {"q": "lembur"}).context["results"]] == [pdf_resource.pk]


def test_a_broken_pdf_is_saved_without_text_instead_of_failing(library, django_capture_on_commit_callbacks):
    document = Document.objects.create(
        title="Rusak", file=ContentFile(b"%PDF-1.4 not really", name="rusak.pdf")
    )
    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourcePageFactory(parent=library, document=document, external_url="")
    stored = ResourcePage.objects.get(pk=resource.pk)
    assert stored.live
    assert stored.document_text == ""


def test_a_resource_needs_a_file_or_an_address(library):
    from django.core.exceptions import ValidationError

    resource = ResourcePage(
        title="Tanpa berkas", resource_type="law", year=2021, issuing_body="DPR", summary="Ringkas."
    )
    with pytest.raises(ValidationError) as error:
        library.add_child(instance=resource)
    assert "external_url" in error.value.message_dict


@pytest.fixture
def shelf(library, wages, safety):
    return {
        "law": ResourcePageFactory(
            parent=library, title="UU Ketenagakerjaan", resource_type="law", year=2003, topics=[wages]
        ),
        "ilo": ResourcePageFactory(
            parent=library,
            title="Konvensi ILO K3",
            resource_type="ilo",
            year=2006,
            resource_language="en",
            topics=[safety],
        ),
        "guide": ResourcePageFactory(
            parent=library, title="Panduan upah", resource_type="guide", year=2023, topics=[wages, safety]
        ),
    }


def titles(response):
    return sorted(page.title for page in response.context["resources"])


def test_the_library_filters_by_type_topic_year_and_language(client, library, shelf):
    url = library.url
    assert titles(client.get(url)) == ["Konvensi ILO K3", "Panduan upah", "UU Ketenagakerjaan"]
    assert titles(client.get(url, {"type": "law"})) == ["UU Ketenagakerjaan"]
    assert titles(client.get(url, {"topic": "upah-uji"})) == ["Panduan upah", "UU Ketenagakerjaan"]
    assert titles(client.get(url, {"year": "2006"})) == ["Konvensi ILO K3"]
    assert titles(client.get(url, {"language": "en"})) == ["Konvensi ILO K3"]
    assert titles(client.get(url, {"topic": "upah-uji", "type": "guide"})) == ["Panduan upah"]


def test_each_filter_option_shows_how_many_resources_it_would_give(client, library, shelf):
    html = client.get(library.url, {"topic": "k3-uji"}).content.decode()
    # With K3 chosen: one ILO convention, one guide, no law.
    assert 'value="ilo">ILO convention (1)' in html or 'value="ilo">Konvensi ILO (1)' in html
    assert "(0)" in html
    # The topic counts ignore the topic filter itself.
    assert "Upah uji (2)" in html and "K3 uji (2)" in html


def test_an_unknown_filter_value_is_explained_and_the_rest_still_applies(client, library, shelf):
    response = client.get(library.url, {"topic": "tidak-ada", "type": "law"})
    assert response.status_code == 200
    assert titles(response) == ["UU Ketenagakerjaan"]
    assert "Topik itu tidak ada" in response.content.decode()


def test_no_match_gives_a_clear_empty_state_with_a_way_back(client, library, shelf):
    html = client.get(library.url, {"type": "template"}).content.decode()
    assert "Tidak ada sumber yang cocok" in html
    assert f'href="{library.url}"' in html


def test_library_words_search_the_pdf_text_too(client, library, pdf_resource, shelf):
    assert titles(client.get(library.url, {"q": "kemahalan"})) == ["Panduan membaca slip gaji"]


def test_every_file_shows_its_type_and_size_and_large_ones_a_warning(client, pdf_resource):
    html = client.get(pdf_resource.url).content.decode()
    size = pdf_resource.document.get_file_size()
    assert "PDF" in html
    from django.template.defaultfilters import filesizeformat
    from django.utils import translation

    with translation.override("id"):
        assert str(filesizeformat(size)) in html
    assert "Berkas besar" not in html
    # A changed setting is not a content change: the stored page would still be served.
    with override_settings(KNOWLEDGE_LARGE_FILE_BYTES=10, PAGE_CACHE_ENABLED=False):
        assert "Berkas besar" in client.get(pdf_resource.url).content.decode()
