"""A worker's report is never thrown away while they are told it arrived (issue 21)."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from grievances.cases.models import Case
from grievances.conf import conf
from grievances.factories import jpeg_bytes
from grievances.intake.forms import issue_form_token

pytestmark = pytest.mark.django_db

TEXT = "Upah kami dipotong tanpa penjelasan sejak tiga bulan lalu."


def form_data(response):
    """The fields the re-drawn form carries, as the browser would send them again."""
    form = response.context["form"]
    return {name: form.data.get(name) for name in ("description", "identity_mode", "form_token", "website")}


def test_a_report_sent_after_one_second_comes_back_and_the_second_send_is_stored(
    client, form_page, report_data, settings
):
    settings.GRIEVANCE_MIN_FILL_SECONDS = 4
    token = issue_form_token(issued=time.time() - 1)
    photo = SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")

    first = client.post(form_page.url, {**report_data(form_token=token), "attachments": [photo]})

    assert first.status_code == 400
    html = first.content.decode()
    assert TEXT in html
    assert "belum terkirim" in html  # "Your report has not been sent yet"
    assert (
        "pilih lagi berkas" in html or "pilih berkas Anda lagi" in html or "choose your files again" in html
    )
    assert Case.objects.count() == 0

    second = client.post(form_page.url, form_data(first))
    assert second.status_code == 302 and second["Location"].endswith("/tanda-terima/")
    assert Case.objects.count() == 1
    assert Case.objects.get().description == TEXT

    # Pressing send once more (a double tap, or the back button) still gives the same one case.
    third = client.post(form_page.url, form_data(first))
    assert third["Location"] == second["Location"]
    assert Case.objects.count() == 1


def test_a_report_on_an_expired_form_comes_back_with_its_text_and_is_stored_when_sent_again(
    client, form_page, report_data, settings
):
    settings.GRIEVANCE_MIN_FILL_SECONDS = 4
    old = issue_form_token(issued=time.time() - conf.FORM_MAX_AGE_SECONDS - 60)

    first = client.post(form_page.url, report_data(form_token=old))

    assert first.status_code == 400 and TEXT in first.content.decode()
    assert Case.objects.count() == 0
    second = client.post(form_page.url, form_data(first))
    assert second.status_code == 302 and Case.objects.count() == 1


def test_a_report_sent_after_the_phone_lost_its_cookies_comes_back_instead_of_a_refusal(
    form_page, report_data
):
    client = Client(enforce_csrf_checks=True)

    first = client.post(form_page.url, report_data())

    assert first.status_code == 400
    assert TEXT in first.content.decode()
    assert Case.objects.count() == 0
    # The page gave the phone a new cookie and a form that carries it: sending again is stored.
    data = form_data(first)
    data["csrfmiddlewaretoken"] = first.context["csrf_token"]
    second = client.post(form_page.url, data)
    assert second.status_code == 302 and Case.objects.count() == 1


def test_only_the_honeypot_gets_the_neutral_page(client, form_page, report_data, settings):
    settings.GRIEVANCE_MIN_FILL_SECONDS = 4
    too_fast = client.post(form_page.url, report_data(form_token=issue_form_token()))
    forged = client.post(form_page.url, report_data(form_token="forged"))
    bot = client.post(form_page.url, report_data(website="http://spam.example"))

    assert too_fast.status_code == forged.status_code == 400
    assert bot.status_code == 302 and bot["Location"].endswith("/terkirim/")
    assert Case.objects.count() == 0
