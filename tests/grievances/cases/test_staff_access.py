"""Case files and staff entry, tried from the attacker's side."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from grievances.cases.models import Case, CaseAttachment
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import StaffFactory, jpeg_bytes
from home.models import Federation

pytestmark = pytest.mark.django_db


@pytest.fixture
def hukatan_case_file(client, form_page, report_data):
    hukatan = Federation.objects.get(short_name="FSB Hukatan")
    client.post(
        form_page.url,
        {
            **report_data(federation=hukatan.pk),
            "attachments": [SimpleUploadedFile("bukti.jpg", jpeg_bytes())],
        },
    )
    client.cookies.clear()
    return CaseAttachment.objects.get()


def download(client, attachment):
    return client.get(reverse("grievances_download_attachment", args=(attachment.pk,)))


def test_the_federations_operator_downloads_the_file_as_an_attachment(client, hukatan_case_file):
    client.force_login(
        StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan_case_file.case.federation)
    )

    response = download(client, hukatan_case_file)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "bukti" not in response["Content-Disposition"]
    assert response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"


def test_another_federations_operator_asking_by_id_gets_nothing(client, hukatan_case_file):
    other = Federation.objects.get(short_name="FSB Nikeuba")
    client.force_login(StaffFactory(username="op-nikeuba", role=OPERATOR_GROUP, federation=other))

    assert download(client, hukatan_case_file).status_code == 404


def test_writers_secretariat_and_anonymous_visitors_get_nothing(client, writer, hukatan_case_file):
    assert download(client, hukatan_case_file).status_code in (302, 403)  # anonymous: to the login page
    client.force_login(writer)
    assert download(client, hukatan_case_file).status_code in (403, 404)
    client.force_login(StaffFactory(username="sekretariat", role=OPERATOR_GROUP))
    assert download(client, hukatan_case_file).status_code == 404


def test_an_operator_enters_a_phone_report_and_gets_the_codes_once(client):
    client.force_login(
        StaffFactory(username="op-telepon", role=OPERATOR_GROUP, federation=Federation.objects.first())
    )
    form = client.get(reverse("grievances_enter_case")).content.decode()
    assert "Catat kasus" in form and 'name="channel"' in form
    refused = client.post(
        reverse("grievances_enter_case"), {"channel": "phone", "identity_mode": "anonymous"}
    )
    assert refused.status_code == 200 and Case.objects.count() == 0
    assert "Ceritakan apa yang terjadi." in refused.content.decode()

    response = client.post(
        reverse("grievances_enter_case"),
        {
            "channel": "phone",
            "description": "Pelapor menelepon: upah lembur tidak dibayar.",
            "identity_mode": "anonymous",
        },
    )

    case = Case.objects.get()
    assert case.channel == Case.Channel.PHONE
    assert case.created_by.username == "op-telepon"
    html = response.content.decode()
    assert case.reference in html
    assert response.context["secret"] in html
    assert case.check_secret(response.context["secret"])
    assert "no-store" in response["Cache-Control"]


def test_a_writer_cannot_enter_a_case(client, writer):
    client.force_login(writer)
    response = client.post(reverse("grievances_enter_case"), {"channel": "phone", "description": "x"})
    assert response.status_code in (302, 403)
    assert Case.objects.count() == 0
