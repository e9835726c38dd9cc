"""The paths a worker on a phone waits for, in a bounded number of database queries (counts, never
timings), and what those counts rest on: a new session key whenever a case opens, but no empty
session row written only to be rewritten; a reference drawn without asking the database first; a
form sent twice recognised by its unique token when it is stored; the form's questions prepared
once for every language, and the empty form not built at all when its fields are already drawn."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import strip_tags

from accounts.models import UserSession
from accounts.sessions import SessionStore
from grievances.cases.models import Case, CaseAttachment, CaseEvent, StaffNotification
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory, jpeg_bytes
from grievances.intake import creation
from grievances.intake.forms import issue_form_token
from grievances.intake.views import STATUS_SESSION_KEY
from grievances.privacy.retention import stored_case_files
from home.models import Regency, Topic
from tests.utils import publish_translation

pytestmark = pytest.mark.django_db

# Measured on the test database, where every transaction is a savepoint inside the test's own (two
# statements more each): a complete report with topic, federation, province and regency 16, a status
# lookup 5, the empty form 1 (the page itself).
REPORT_QUERIES = 18
LOOKUP_QUERIES = 6
FORM_QUERIES = 1


@pytest.fixture
def page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def complete_report(report_data, hukatan):
    """A report with every choice a phone user typically makes, from a federation with an operator."""
    StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan)
    regency = Regency.objects.select_related("province").first()
    wages = Topic.objects.get(slug="upah")

    def make():
        return report_data(
            topics=[wages.pk], federation=hukatan.pk, province=regency.province_id, regency=regency.pk
        )

    return make


@pytest.fixture
def reported(client, form_page, report_data):
    response = client.post(form_page.url, report_data())
    secret = client.get(response["Location"]).context["secret"]
    client.cookies.clear()
    return Case.objects.get(), secret


def lookup(client, form_page, reference, secret):
    return client.post(f"{form_page.url}status/", {"reference": reference, "secret": secret})


def session_cookie(response):
    return response.cookies[settings.SESSION_COOKIE_NAME].value


def test_a_complete_report_is_stored_whole_in_a_bounded_number_of_queries(
    client, form_page, complete_report, page_cache_off, django_assert_max_num_queries
):
    client.post(form_page.url, complete_report())  # the first report reads the calendar
    client.cookies.clear()

    with django_assert_max_num_queries(REPORT_QUERIES):
        response = client.post(form_page.url, complete_report())

    assert response.status_code == 302 and response["Location"].endswith("/tanda-terima/")
    case = Case.objects.order_by("-pk").first()
    assert [topic.slug for topic in case.topics.all()] == ["upah"]
    assert case.federation.short_name == "FSB Hukatan" and case.regency.province == case.province
    assert case.deadline is not None
    assert case.events.get().kind == CaseEvent.Kind.CREATED
    assert StaffNotification.objects.filter(case=case, recipients=["op-hukatan@japbusi.example"]).exists()
    receipt = strip_tags(client.get(response["Location"]).content.decode())
    assert case.reference in receipt


def test_the_status_lookup_opens_in_a_bounded_number_of_queries(
    client, form_page, reported, page_cache_off, django_assert_max_num_queries
):
    case, secret = reported
    lookup(Client(), form_page, case.reference, secret)  # the first lookup finds the page's route

    with django_assert_max_num_queries(LOOKUP_QUERIES):
        response = lookup(client, form_page, case.reference, secret)

    assert response.status_code == 302 and response["Location"].endswith("/status/kasus/")
    assert case.reference in client.get(response["Location"]).content.decode()


def test_the_empty_form_is_drawn_in_a_bounded_number_of_queries(
    client, form_page, page_cache_off, django_assert_max_num_queries
):
    client.get(form_page.url)  # the first visit draws the fields once for everyone

    with django_assert_max_num_queries(FORM_QUERIES):
        html = client.get(form_page.url).content.decode()

    assert 'name="description"' in html and 'name="form_token"' in html and 'name="website"' in html


def test_a_session_planted_on_the_phone_is_replaced_when_the_case_opens(client, form_page, reported):
    case, secret = reported
    planted = SessionStore()
    planted["planted"] = True
    planted.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = planted.session_key

    response = lookup(client, form_page, case.reference, secret)

    assert response.status_code == 302
    key = session_cookie(response)
    assert key != planted.session_key
    assert not UserSession.objects.filter(session_key=planted.session_key).exists()
    # Whoever planted the old key opens nothing with it.
    attacker = Client()
    attacker.cookies[settings.SESSION_COOKIE_NAME] = planted.session_key
    assert attacker.get(f"{form_page.url}status/kasus/").status_code == 302
    assert case.reference not in attacker.get(f"{form_page.url}status/kasus/", follow=True).content.decode()
    # The reporter's own new session is the one that holds the case.
    assert SessionStore(key).load()[STATUS_SESSION_KEY]["case"] == case.pk


def test_a_session_key_the_server_never_issued_is_not_taken_over(client, form_page, reported):
    case, secret = reported
    client.cookies[settings.SESSION_COOKIE_NAME] = "chosenbyanattacker0000000000000"

    response = lookup(client, form_page, case.reference, secret)

    key = session_cookie(response)
    assert key != "chosenbyanattacker0000000000000"
    assert UserSession.objects.filter(session_key=key).count() == 1
    assert not UserSession.objects.filter(session_key="chosenbyanattacker0000000000000").exists()


def test_a_report_whose_drawn_reference_is_taken_is_stored_whole_with_another(
    client, form_page, report_data, monkeypatch
):
    taken = CaseFactory()
    draws = iter([taken.reference, "WXYA-3467"])
    monkeypatch.setattr(creation, "new_reference", lambda: next(draws))
    photo = SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")

    response = client.post(form_page.url, {**report_data(), "attachments": [photo]})

    assert response.status_code == 302
    case = Case.objects.exclude(pk=taken.pk).get()
    assert case.reference == "WXYA-3467"
    assert case.events.count() == 1 and CaseAttachment.objects.filter(case=case).count() == 1
    assert not CaseAttachment.objects.filter(case=taken).exists()
    assert "WXYA-3467" in strip_tags(client.get(response["Location"]).content.decode())


def test_a_double_tap_with_a_photo_stores_one_case_and_one_file(client, form_page, report_data):
    data = report_data(form_token=issue_form_token())
    before = stored_case_files()

    def send():
        photo = SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")
        return client.post(form_page.url, {**data, "attachments": [photo]})

    first, second = send(), send()

    assert first["Location"] == second["Location"]
    assert Case.objects.count() == 1 and CaseAttachment.objects.count() == 1
    assert len(stored_case_files()) == len(before) + 1
    assert Case.objects.get().reference in strip_tags(client.get(second["Location"]).content.decode())


def test_the_form_speaks_each_language_though_its_questions_are_prepared_once(
    client, form_page, report_data, english_home, english
):
    translation = publish_translation(form_page, english, title="Report a problem")

    indonesian = client.get(form_page.url).content.decode()
    english_html = client.get(translation.url).content.decode()
    indonesian_again = client.get(form_page.url).content.decode()

    assert "Apa yang terjadi?" in indonesian and "Apa yang terjadi?" in indonesian_again
    assert "Tidak tahu / tidak ada dalam daftar" in indonesian and ">Upah<" in indonesian
    assert "What happened?" in english_html and "Apa yang terjadi?" not in english_html
    assert "I don&#x27;t know / not listed" in english_html and ">Wages<" in english_html

    refused = client.post(translation.url, report_data(description="")).content.decode()
    assert "Please tell us what happened." in refused
    refused = client.post(form_page.url, report_data(description="")).content.decode()
    assert "Ceritakan apa yang terjadi." in refused
