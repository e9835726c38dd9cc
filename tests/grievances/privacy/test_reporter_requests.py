"""Reporters' UU PDP requests: only system owners reach them; export, correction and erasure."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from grievances.cases.models import Case, CaseEvent
from grievances.cases.roles import COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP, OPERATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.cases.storage import private_storage
from grievances.factories import FullCaseFactory, StaffFactory
from grievances.privacy.requests import ReporterRequest
from tests.grievances.privacy.test_retention import statistics

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(hukatan):
    case = FullCaseFactory(federation=hukatan)
    owner = StaffFactory(username="pemilik-uji", role=SYSTEM_OWNER_GROUP)
    operator = StaffFactory(username="op-uji", role=OPERATOR_GROUP, federation=hukatan)
    coordinator = StaffFactory(username="koord-uji", role=COORDINATOR_GROUP, federation=hukatan)
    advisor = StaffFactory(username="penasihat-uji", role=LEGAL_ADVISOR_GROUP)
    case.legal_advisor = advisor
    case.save()
    return {
        "case": case,
        "owner": owner,
        "operator": operator,
        "coordinator": coordinator,
        "advisor": advisor,
    }


def record(world, kind, **fields):
    return ReporterRequest.objects.create(
        case=world["case"],
        reference=world["case"].reference,
        kind=kind,
        verification="secret",
        recorded_by=world["owner"],
        **fields,
    )


def urls(request_record):
    return [
        reverse("grievances_reporter_requests"),
        reverse("grievances_reporter_request", args=(request_record.pk,)),
        reverse("grievances_reporter_export", args=(request_record.pk, "json")),
        reverse("grievances_reporter_export", args=(request_record.pk, "html")),
    ]


@pytest.mark.parametrize("who", ["operator", "coordinator", "advisor", "writer", "editor"])
def test_case_staff_and_editorial_users_cannot_reach_reporter_requests(client, world, who, request):
    user = world[who] if who in world else request.getfixturevalue(who)
    erasure = record(world, "erasure")
    client.force_login(user)
    for url in urls(erasure):
        assert client.get(url).status_code == 404, url
    # Nor can they record a request, or erase by posting to the request directly.
    response = client.post(
        reverse("grievances_reporter_requests"),
        {
            "reference_typed": world["case"].reference,
            "kind": "access",
            "verification": "secret",
            "received_at": "2026-01-01 10:00",
        },
    )
    assert response.status_code == 404
    response = client.post(
        reverse("grievances_reporter_request", args=(erasure.pk,)), {"action": "erase", "confirm": "on"}
    )
    assert response.status_code == 404
    world["case"].refresh_from_db()
    assert world["case"].reporter_name == "Sari Wulandari"
    assert ReporterRequest.objects.count() == 1
    assert "permintaan-pelapor" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_an_anonymous_visitor_is_sent_to_the_login(client, world):
    for url in urls(record(world, "access")):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_owner_records_a_request_by_reference_and_sees_its_deadline(client, world):
    client.force_login(world["owner"])
    typed = world["case"].reference.replace("-", "").lower()
    received = timezone.localtime() - datetime.timedelta(hours=80)
    response = client.post(
        reverse("grievances_reporter_requests"),
        {
            "reference_typed": typed,
            "kind": "access",
            "verification": "secret",
            "received_at": received.strftime("%Y-%m-%d %H:%M"),
        },
    )
    request_record = ReporterRequest.objects.get()
    assert response.status_code == 302
    assert request_record.case == world["case"]
    assert request_record.deadline - request_record.received_at == datetime.timedelta(hours=72)
    assert request_record.is_overdue
    listing = client.get(reverse("grievances_reporter_requests")).content.decode()
    assert world["case"].reference in listing and "lewat tenggat" in listing
    assert ModelLogEntry.objects.filter(
        action="grievances.reporter_request", object_id=str(world["case"].pk)
    ).exists()


def test_an_unknown_reference_records_nothing_and_says_so(client, world):
    client.force_login(world["owner"])
    response = client.post(
        reverse("grievances_reporter_requests"),
        {
            "reference_typed": "AAAA-AAAA",
            "kind": "access",
            "verification": "secret",
            "received_at": "2026-01-01 10:00",
        },
    )
    assert response.status_code == 200
    assert "Tidak ada kasus dengan nomor ini" in response.content.decode()
    assert not ReporterRequest.objects.exists()


def test_a_request_handled_in_time_is_not_overdue(world):
    on_time = record(world, "access", received_at=timezone.now() - datetime.timedelta(hours=10))
    assert not on_time.is_overdue
    late = record(
        world,
        "access",
        received_at=timezone.now() - datetime.timedelta(days=5),
        handled_at=timezone.now() - datetime.timedelta(hours=1),
    )
    assert late.is_overdue


def test_the_export_holds_everything_and_the_processing_record(client, world):
    case, operator = world["case"], world["operator"]
    # The operator opens the case page: the processing record must show it.
    client.force_login(operator)
    assert client.get(reverse("grievances_case:inspect", args=(case.pk,))).status_code == 200
    access = record(world, "access")

    client.force_login(world["owner"])
    response = client.get(reverse("grievances_reporter_export", args=(access.pk, "json")))
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    export = json.loads(response.content)
    held = export["cases"][0]
    assert held["reference"] == case.reference
    assert "Sari Wulandari" in held["case"].values() and "081234567890" in held["case"].values()
    assert any(event["text"] == "Budi pernah mengancam Sari." for event in held["timeline"])
    assert held["attachments"][0]["name"] == "foto-sari.jpg"
    referral = held["referrals"][0]
    assert referral["partner"] == "LBH Contoh"
    assert referral["shared"] == {"Apa yang terjadi": case.description, "Nama pelapor": "Sari Wulandari"}
    record_ = held["processing_record"]
    opened = [entry for entry in record_ if entry["action_code"] == "grievances.view"]
    assert opened and opened[0]["by"] == operator.get_username()
    assert record_[-1]["action_code"] == "grievances.reporter_export"
    assert record_[-1]["by"] == world["owner"].get_username()

    page = client.get(reverse("grievances_reporter_export", args=(access.pk, "html"))).content.decode()
    assert "Catatan pemrosesan" in page and "Halaman kasus dibuka" in page and "Sari Wulandari" in page


def test_erasure_removes_personal_data_and_files_and_keeps_statistics(
    client, world, django_capture_on_commit_callbacks
):
    case = world["case"]
    file_name = case.attachments.get().file.name
    erasure = record(world, "erasure")
    before = statistics()

    client.force_login(world["owner"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("grievances_reporter_request", args=(erasure.pk,)), {"action": "erase", "confirm": "on"}
        )
    assert response.status_code == 302

    case.refresh_from_db()
    erasure.refresh_from_db()
    assert (case.reporter_name, case.phone, case.email, case.description) == ("", "", "", "")
    assert not case.check_secret(case._secret)
    assert not private_storage().exists(file_name)
    assert statistics() == before
    assert erasure.handled_at and erasure.handled_by == world["owner"]
    assert ModelLogEntry.objects.get(action="grievances.anonymise", object_id=str(case.pk)).data[
        "reason"
    ] == ("reporter_request")


def test_erasure_needs_the_confirmation(client, world):
    erasure = record(world, "erasure")
    client.force_login(world["owner"])
    client.post(reverse("grievances_reporter_request", args=(erasure.pk,)), {"action": "erase"})
    world["case"].refresh_from_db()
    assert world["case"].reporter_name == "Sari Wulandari"


def test_a_correction_changes_the_data_and_logs_the_field_not_the_value(client, world):
    case = world["case"]
    correction = record(world, "correction")
    client.force_login(world["owner"])
    page = client.get(reverse("grievances_reporter_request", args=(correction.pk,))).content.decode()
    assert 'name="phone"' in page
    data = {
        "identity_mode": case.identity_mode,
        "reporter_name": case.reporter_name,
        "phone": "085700000001",
        "email": case.email,
        "safe_contact_channel": case.safe_contact_channel,
        "safe_contact_time": case.safe_contact_time,
        "employment_status": case.employment_status,
        "gender": case.gender,
        "job": case.job,
        "description": case.description,
        "consent_contact": "on",
        "consent_share_with_partners": "on",
        "action": "correct",
    }
    response = client.post(reverse("grievances_reporter_request", args=(correction.pk,)), data)
    assert response.status_code == 302
    case.refresh_from_db()
    correction.refresh_from_db()
    assert case.phone == "085700000001"
    assert correction.handled_at is not None
    note = case.events.filter(kind=CaseEvent.Kind.NOTE).last()
    assert "nomor telepon" in note.text.lower() and "0857" not in note.text
    entry = ModelLogEntry.objects.get(action="grievances.correction", object_id=str(case.pk))
    assert entry.data["fields"] == ["phone"]
    assert Case.objects.count() == 1
