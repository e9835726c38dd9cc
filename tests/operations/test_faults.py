"""Faults a reporter may meet: the database away or the disk full while a report is sent. They read
"coba lagi beberapa menit lagi" (HTTP 503), keep what they typed, and nothing is half-stored."""

import errno
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.test import Client, override_settings

from grievances.cases.models import Case, CaseAttachment
from grievances.factories import jpeg_bytes
from grievances.privacy.retention import stored_case_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def browser():
    """A visitor's browser: a server error is a page, not an exception in the test."""
    return Client(raise_request_exception=False)


def test_a_report_sent_while_the_database_restarts_gets_a_try_again_page_and_keeps_the_text(
    browser, form_page, report_data
):
    data = report_data(description="Mandor mengancam memecat kami kalau ikut serikat.")
    photo = SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")
    files_before = set(stored_case_files())
    with mock.patch(
        "grievances.cases.models.CaseEvent.objects.create",
        side_effect=OperationalError("server closed the connection"),
    ):
        response = browser.post(form_page.url, {**data, "attachments": [photo]})

    assert response.status_code == 503
    assert response["Retry-After"]
    assert response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert "Coba lagi beberapa menit lagi" in page
    assert 'lang="id"' in page
    # What they typed comes back in a form that sends it again; the photo must be chosen again.
    assert 'value="Mandor mengancam memecat kami kalau ikut serikat."' in page
    assert f'action="{form_page.url}"' in page
    assert "Foto atau berkas yang Anda lampirkan tidak tersimpan" in page
    # Nothing half-stored: no case, no attachment row, no file.
    assert not Case.objects.exists()
    assert not CaseAttachment.objects.exists()
    assert set(stored_case_files()) == files_before


def test_the_disk_full_while_writing_an_upload_stores_nothing_and_says_so(browser, form_page, report_data):
    photo = SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")
    files_before = set(stored_case_files())
    with mock.patch(
        "grievances.cases.storage.PrivateInMemoryStorage._save",
        side_effect=OSError(errno.ENOSPC, "No space left on device"),
    ):
        response = browser.post(form_page.url, {**report_data(), "attachments": [photo]})

    assert response.status_code == 503
    assert "Coba lagi beberapa menit lagi" in response.content.decode()
    assert not Case.objects.exists()
    assert set(stored_case_files()) == files_before


def test_an_english_reader_gets_the_page_in_english(browser, home_page):
    with mock.patch(
        "wagtail.models.Site._find_for_request", side_effect=OperationalError("connection refused")
    ):
        response = browser.get("/en/")
    assert response.status_code == 503
    assert "Please try again in a few minutes" in response.content.decode()


def test_a_programming_error_stays_an_ordinary_server_error(browser, home_page):
    with mock.patch("wagtail.models.Site._find_for_request", side_effect=ValueError("a bug")):
        response = browser.get("/")
    assert response.status_code == 500


REDIS_DOWN = {
    alias: {
        "BACKEND": "operations.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "KEY_PREFIX": alias,
    }
    for alias in ("default", "pages")
}


def test_with_redis_down_the_site_still_serves_and_readiness_says_why(client, home_page, form_page):
    with override_settings(CACHES=REDIS_DOWN):
        assert client.get("/").status_code == 200
        assert client.get(form_page.url).status_code == 200
        response = client.get("/readyz/")
    assert response.status_code == 503
    assert "cache: FAIL (unavailable: ConnectionError)" in response.content.decode()
