"""Retention: cases closed or rejected long ago lose personal data and files, statistics survive."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db.models import Count, Sum
from django.utils import timezone
from wagtail.models import ModelLogEntry

from grievances.cases.handling import (
    FactCorrection,
    facts_before,
    record_checks,
    record_corrections,
    set_dispute_stage,
)
from grievances.cases.models import Case, CaseAttachment, CaseEvent
from grievances.cases.states import Status
from grievances.cases.storage import private_storage
from grievances.conf import conf
from grievances.factories import FullCaseFactory
from grievances.privacy.retention import (
    anonymise_case,
    apply_retention,
    delete_orphaned_files,
    months_before,
    stored_case_files,
)
from grievances.referrals.models import Referral
from home.models import Federation

pytestmark = pytest.mark.django_db

PERSONAL = ["Sari", "Budi", "0812", "0899", "sari@", "afdeling", "Sei Contoh", "LBH-2024"]


@pytest.fixture
def retain(django_capture_on_commit_callbacks):
    """Run the retention as the schedule does: file bytes go when the transaction commits."""

    def run(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return apply_retention(**kwargs)

    return run


def long_ago(settings):
    return timezone.now() - datetime.timedelta(days=31 * (conf.RETENTION_MONTHS + 1))


def statistics():
    """The figures the network reports: every breakdown the dashboards and publications use."""
    cases = Case.objects.all()
    return {
        "total": cases.count(),
        "workers": cases.aggregate(total=Sum("workers_affected"))["total"],
        **{
            field: sorted(cases.values_list(field).annotate(n=Count("pk", distinct=True)).order_by())
            for field in (
                "topics",
                "province",
                "regency",
                "federation",
                "employment_status",
                "gender",
                "status",
                "outcome",
                "employer",
                "channel",
                "incident_date",
                "created_at",
                "closed_at",
                "risk_gbv",
            )
        },
        "events": sorted(CaseEvent.objects.values_list("kind", "status_to").annotate(n=Count("pk"))),
        "referrals": sorted(
            Referral.objects.values_list("partner", "status", "result").annotate(n=Count("pk"))
        ),
    }


def test_an_old_closed_case_loses_personal_data_files_and_secret_and_statistics_survive(retain, settings):
    hukatan = Federation.objects.get(short_name="FSB Hukatan")
    old = FullCaseFactory(federation=hukatan, closed_at=long_ago(settings))
    file_name = old.attachments.get().file.name
    file_bytes = old.attachments.get().file.read()
    before = statistics()

    assert retain()[0] == 1

    old.refresh_from_db()
    assert old.anonymised_at is not None
    for value in (
        old.reporter_name,
        old.phone,
        old.email,
        old.safe_contact_time,
        old.job,
        old.estate,
        old.description,
        old.outcome_summary,
    ):
        assert value == ""
    assert not old.check_secret(old._secret)
    # No bytes of the file are left anywhere in private storage, and no row points at it.
    assert not private_storage().exists(file_name)
    assert all(private_storage().open(name).read() != file_bytes for name in stored_case_files())
    assert not CaseAttachment.objects.filter(case=old).exists()
    for event in old.events.all():
        assert not any(word in event.text for word in PERSONAL)
    referral = old.referrals.get()
    assert (referral.reason, referral.result_reason, referral.partner_reference, referral.shared_facts) == (
        "",
        "",
        "",
        [],
    )
    assert statistics() == before
    entry = ModelLogEntry.objects.get(action="grievances.anonymise", object_id=str(old.pk))
    assert entry.data["reason"] == "retention"
    assert not any(word in str(entry.data) + entry.label for word in PERSONAL)


def test_open_recently_closed_and_recently_rejected_cases_are_untouched(retain, settings):
    recent = timezone.now() - datetime.timedelta(days=31 * (conf.RETENTION_MONTHS - 1))
    open_case = FullCaseFactory(created_at=long_ago(settings))
    recently_closed = FullCaseFactory(closed_at=recent)
    rejected = FullCaseFactory(status=Status.REJECTED)
    rejected.events.filter(kind=CaseEvent.Kind.STATUS).update(status_to=Status.REJECTED, created_at=recent)

    assert retain() == (0, 0, 0)

    for case in (open_case, recently_closed, rejected):
        case.refresh_from_db()
        assert case.anonymised_at is None
        assert case.reporter_name == "Sari Wulandari"
        assert case.check_secret(case._secret)
        assert private_storage().exists(case.attachments.get().file.name)


def test_a_case_rejected_long_ago_is_anonymised(retain, settings):
    rejected = FullCaseFactory(status=Status.REJECTED)
    rejected.events.filter(kind=CaseEvent.Kind.STATUS).update(
        status_to=Status.REJECTED, created_at=long_ago(settings)
    )
    assert retain()[0] == 1
    rejected.refresh_from_db()
    assert rejected.reporter_name == "" and rejected.anonymised_at


def test_the_command_is_idempotent_and_says_what_it_did(settings, capsys, django_capture_on_commit_callbacks):
    case = FullCaseFactory(closed_at=long_ago(settings))
    name = case.attachments.get().file.name
    with django_capture_on_commit_callbacks(execute=True):
        call_command("anonymise_closed_cases")
    first = capsys.readouterr().out
    with django_capture_on_commit_callbacks(execute=True):
        call_command("anonymise_closed_cases")
    second = capsys.readouterr().out

    assert "1 case(s)" in first and "1 case file(s) deleted" in first
    assert "0 case(s)" in second and "0 case file(s) deleted" in second
    assert ModelLogEntry.objects.filter(action="grievances.anonymise", object_id=str(case.pk)).count() == 1
    assert not private_storage().exists(name)


def test_files_that_belong_to_no_case_are_deleted_but_recent_ones_wait(settings):
    kept = FullCaseFactory()
    storage = private_storage()
    orphan = storage.save("cases/2024/01/orphan.pdf", ContentFile(b"%PDF-1.4 sisa"))

    # A file just written may belong to a submission whose row is not committed yet.
    assert delete_orphaned_files() == 0
    assert storage.exists(orphan)

    assert delete_orphaned_files(now=timezone.now() + datetime.timedelta(days=2)) >= 1
    assert not storage.exists(orphan)
    assert storage.exists(kept.attachments.get().file.name)


def test_an_old_case_reported_through_the_form_keeps_no_bytes(
    retain, client, form_page, report_data, settings
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from grievances.factories import jpeg_bytes

    photo = SimpleUploadedFile("bukti.jpg", jpeg_bytes(), content_type="image/jpeg")
    client.post(form_page.url, report_data(attachments=photo))
    case = Case.objects.get()
    stored = case.attachments.get().file
    name, content = stored.name, stored.read()
    Case.objects.filter(pk=case.pk).update(status=Status.CLOSED, closed_at=long_ago(settings))

    retain()

    assert not private_storage().exists(name)
    assert all(private_storage().open(other).read() != content for other in stored_case_files())


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime.datetime(2026, 3, 31, 9), 1, datetime.datetime(2026, 2, 28, 9)),
        (datetime.datetime(2026, 1, 15), 24, datetime.datetime(2024, 1, 15)),
        (datetime.datetime(2026, 1, 15), 1, datetime.datetime(2025, 12, 15)),
    ],
)
def test_the_retention_period_counts_calendar_months(moment, months, expected):
    assert months_before(moment, months) == expected


def test_the_scheduled_task_anonymises_through_the_task_backend(settings, django_capture_on_commit_callbacks):
    from grievances.privacy.retention import apply_retention_task

    case = FullCaseFactory(closed_at=long_ago(settings))
    with django_capture_on_commit_callbacks(execute=True):
        result = apply_retention_task.enqueue()
    assert result.return_value == {"cases": 1, "files": 1, "orphans": 0}
    case.refresh_from_db()
    assert case.reporter_name == "" and not case.attachments.exists()


def test_anonymising_removes_the_reporters_original_facts_and_the_teams_notes_on_checks_and_stages():
    case = FullCaseFactory(closed_at=timezone.now())
    before = facts_before(case, ["description"])
    case.description = "Upah dipotong sejak Agustus."
    case.save()
    record_corrections(case, None, before)
    record_checks(case, None, ["reporter_reached"], "Menelepon Sari di 081234567890.")
    set_dispute_stage(case, None, "mediation", datetime.date(2026, 11, 2), "Sari hadir di mediasi.")

    anonymise_case(case)

    assert not FactCorrection.objects.filter(case=case).exists()
    assert case.verification_checks.get().note == ""
    record = case.dispute_stage_records.get()
    assert record.note == "" and record.stage == "mediation"  # the step itself stays, for the figures
