"""The reporter's status page: reference + secret, a generic error, throttling, messages both ways."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from grievances.cases.models import Case, CaseAttachment, CaseEvent
from grievances.factories import jpeg_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def reported(client, form_page, report_data):
    """A case reported through the form, with the secret the receipt showed."""
    response = client.post(form_page.url, report_data())
    secret = client.get(response["Location"]).context["secret"]
    case = Case.objects.get()
    client.cookies.clear()  # the reporter comes back later, on a fresh visit
    return case, secret


def lookup(client, form_page, reference, secret):
    return client.post(f"{form_page.url}status/", {"reference": reference, "secret": secret})


def test_the_reporter_sees_the_status_and_messages_meant_for_them(client, form_page, reported):
    case, secret = reported
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.MESSAGE,
        visibility=CaseEvent.Visibility.REPORTER,
        text="Kapan ini terjadi?",
    )
    CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.NOTE, text="Catatan internal: cek mandor.")

    response = lookup(client, form_page, case.reference.lower().replace("-", " "), secret.upper())
    page = client.get(response["Location"])
    html = page.content.decode()

    assert response["Location"].endswith("/status/kasus/")
    assert case.reference in html
    assert "Kapan ini terjadi?" in html
    assert "Catatan internal" not in html
    assert "no-store" in page["Cache-Control"]
    assert secret not in response["Location"]


def test_the_reporter_sends_a_message_with_a_photo(client, form_page, reported):
    case, secret = reported
    lookup(client, form_page, case.reference, secret)

    response = client.post(
        f"{form_page.url}status/kasus/",
        {"text": "Terjadi tanggal 3 Oktober.", "attachments": [SimpleUploadedFile("foto.jpg", jpeg_bytes())]},
    )

    assert response.status_code == 302
    event = case.events.get(kind=CaseEvent.Kind.MESSAGE)
    assert event.from_reporter and event.is_unread and event.visibility == CaseEvent.Visibility.REPORTER
    assert event.text == "Terjadi tanggal 3 Oktober."
    assert CaseAttachment.objects.get(event=event).kind == "image"
    assert "Terjadi tanggal 3 Oktober." in client.get(response["Location"]).content.decode()


def test_an_empty_message_is_refused(client, form_page, reported):
    case, secret = reported
    lookup(client, form_page, case.reference, secret)
    response = client.post(f"{form_page.url}status/kasus/", {"text": "   "})
    assert response.status_code == 400
    assert case.events.filter(from_reporter=True, kind=CaseEvent.Kind.MESSAGE).count() == 0


@pytest.mark.parametrize(
    "reference, secret",
    [
        ("WRONG-REF", "abcd-efgh-ijkm-npqr"),
        (None, "abcd-efgh-ijkm-npqr"),  # the real reference, a wrong secret
        ("A" * 500, "x"),
        ("'; DROP TABLE--", "\u202e\u0000"),
        ("", ""),
    ],
)
def test_a_wrong_pair_gets_one_generic_answer(client, form_page, reported, reference, secret):
    case, _secret = reported
    response = lookup(client, form_page, reference if reference is not None else case.reference, secret)

    assert response.status_code == 400
    assert response.context["error"] == lookup(client, form_page, "ZZZZ-ZZZZ", "wrong").context["error"]
    assert "status/kasus" not in response.get("Location", "")


def test_a_client_guessing_one_reference_is_cooled_off_on_it_alone(client, form_page, reported, settings):
    case, secret = reported
    settings.GRIEVANCE_LOOKUP_MAX_FAILURES_PER_REFERENCE = 3
    settings.GRIEVANCE_LOOKUP_FREE_FAILURES = 100
    for _ in range(3):
        lookup(client, form_page, case.reference, "wrong-secret")
        lookup(client, form_page, "KKKK-KKKK", "wrong-secret")

    blocked_real = lookup(client, form_page, case.reference, secret)
    blocked_unknown = lookup(client, form_page, "KKKK-KKKK", secret)

    # Existing and unknown references are answered alike.
    assert blocked_real.status_code == blocked_unknown.status_code == 429
    assert blocked_real.context["error"] == blocked_unknown.context["error"]
    assert blocked_real["Retry-After"] == str(15 * 60)
    # The reporter, on their own phone, is not locked out by these guesses.
    reporter = client.__class__(REMOTE_ADDR="10.1.2.3")
    assert lookup(reporter, form_page, case.reference, secret).status_code == 302


def test_the_status_view_expires_after_idle_time(client, form_page, reported, settings):
    case, secret = reported
    lookup(client, form_page, case.reference, secret)
    settings.GRIEVANCE_STATUS_IDLE_SECONDS = -1

    response = client.get(f"{form_page.url}status/kasus/")

    assert response.status_code == 302
    assert response["Location"].endswith("/status/")


def test_an_anonymous_visitor_cannot_open_a_case_page_without_the_pair(client, form_page, reported):
    response = client.get(f"{form_page.url}status/kasus/")
    assert response.status_code == 302
    assert reported[0].reference not in client.get(response["Location"]).content.decode()


def test_receipt_and_status_pages_are_not_in_the_sitemap(client, form_page, reported):
    xml = client.get("/sitemap.xml").content.decode()
    assert "tanda-terima" not in xml and "status" not in xml
