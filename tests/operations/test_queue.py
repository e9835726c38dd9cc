"""The database task queue: tasks run once they are claimed, failures retried with a growing delay,
a killed worker's task given back, scheduled tasks queued once per slot whatever the workers."""

import datetime
import os
import subprocess
import sys
from unittest import mock

import pytest
from django.db import OperationalError
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from taggit.models import Tag

from grievances.cases.notifications import notify_staff_of_new_case
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from operations.models import ScheduledRun, WorkerHeartbeat
from operations.queue import resolve_task
from operations.schedule import enqueue_due_runs, validate
from operations.worker import Worker, recover_abandoned, retry_delay
from tests.operations import tasks
from tests.operations.conftest import ROOT

pytestmark = pytest.mark.django_db


def test_an_unknown_task_backend_stops_start_up_with_a_clear_message():
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "japbusi.settings.test", "TASKS_BACKEND": "rabbit"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of immediate, database, not 'rabbit'" in result.stderr


def test_a_queued_task_waits_for_a_worker_and_runs_once(queue):
    result = tasks.record.enqueue("wages")
    assert result.status == TaskResultStatus.READY
    assert not Tag.objects.filter(name="wages").exists()

    worker = Worker(schedule=False)
    assert worker.run_one() is True
    assert worker.run_one() is False

    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.SUCCESSFUL
    assert row.worker_ids == [worker.worker_id]
    assert Tag.objects.filter(name="wages").count() == 1


def test_a_failing_task_is_retried_later_then_given_up(queue, settings):
    settings.TASK_MAX_ATTEMPTS = 2
    result = tasks.fail_always.enqueue()
    worker = Worker(schedule=False)

    before = timezone.now()
    worker.run_one()
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.READY
    assert row.run_after >= before + datetime.timedelta(seconds=retry_delay(1))
    assert "the mail server is down" in row.traceback
    assert worker.run_one() is False  # not before its delay

    DBTaskResult.objects.filter(pk=result.id).update(run_after=timezone.now())
    worker.run_one()
    row.refresh_from_db()
    assert row.status == TaskResultStatus.FAILED
    assert len(row.worker_ids) == 2


def test_the_retry_delay_doubles_and_is_capped(settings):
    settings.TASK_RETRY_SECONDS = 30
    assert [retry_delay(attempt) for attempt in (1, 2, 3)] == [30, 60, 120]
    assert retry_delay(20) == 3600


def test_a_task_left_running_by_a_dead_worker_runs_again_and_a_live_ones_is_left_alone(queue):
    dead = tasks.record.enqueue("dead")
    alive = tasks.record.enqueue("alive")
    now = timezone.now()
    WorkerHeartbeat.objects.create(worker_id="killed", seen_at=now - datetime.timedelta(minutes=5))
    WorkerHeartbeat.objects.create(worker_id="busy", seen_at=now)
    DBTaskResult.objects.filter(pk=dead.id).update(status="RUNNING", worker_ids=["killed"])
    DBTaskResult.objects.filter(pk=alive.id).update(status="RUNNING", worker_ids=["busy"])

    assert recover_abandoned(lease_seconds=60) == 1

    assert DBTaskResult.objects.get(pk=dead.id).status == TaskResultStatus.READY
    assert DBTaskResult.objects.get(pk=alive.id).status == TaskResultStatus.RUNNING
    Worker(schedule=False).run_one()
    assert Tag.objects.filter(name="dead").count() == 1


def test_a_scheduled_task_is_queued_once_per_slot_however_many_workers_look(queue, settings):
    now = timezone.now()
    # Two workers reach the same slot: the first claims it.
    settings.TASK_SCHEDULE = [{"task": "operations.tasks.clear_expired_sessions", "every": 300}]
    assert enqueue_due_runs(now) == ["operations.tasks.clear_expired_sessions"]
    assert enqueue_due_runs(now) == []
    assert DBTaskResult.objects.filter(task_path="operations.tasks.clear_expired_sessions").count() == 1
    assert enqueue_due_runs(now + datetime.timedelta(seconds=300)) == [
        "operations.tasks.clear_expired_sessions"
    ]
    assert ScheduledRun.objects.count() == 2


def test_a_daily_task_waits_for_its_hour_and_a_missed_one_runs_later_that_day(queue, settings):
    settings.TASK_SCHEDULE = [{"task": "operations.tasks.clear_expired_sessions", "at": "02:30"}]
    day = timezone.localtime(timezone.now()).replace(hour=1, minute=0, second=0, microsecond=0)
    assert enqueue_due_runs(day) == []
    assert enqueue_due_runs(day.replace(hour=5)) == ["operations.tasks.clear_expired_sessions"]
    assert enqueue_due_runs(day.replace(hour=6)) == []


def test_the_worker_command_refuses_without_a_queue():
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "task_worker", "--batch"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "japbusi.settings.test", "TASKS_BACKEND": "immediate"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Set TASKS_BACKEND=database" in result.stderr


def test_every_scheduled_task_exists_and_says_when(settings):
    for entry in settings.TASK_SCHEDULE:
        assert resolve_task(entry["task"]).func.__name__, entry
    validate(settings.TASK_SCHEDULE)


def test_a_finished_task_is_recorded_once_the_database_answers_again(queue, monkeypatch):
    result = tasks.record.enqueue("after-restart")
    worker = Worker(schedule=False, interval=0)
    original = DBTaskResult.set_successful
    answers = iter([OperationalError("the database restarts"), None])

    def flaky(row, value):
        if next(answers) is not None:
            raise OperationalError("the database restarts")
        return original(row, value)

    monkeypatch.setattr(DBTaskResult, "set_successful", flaky)
    monkeypatch.setattr("operations.worker.threading.Event.wait", lambda self, timeout=None: True)

    worker.run_one()

    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL


def test_with_the_mail_server_down_a_notification_waits_and_goes_out_through_the_queue_later(
    queue, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.TASK_SCHEDULE = [
        {"task": "grievances.cases.notifications.retry_staff_notifications", "every": 300}
    ]
    StaffFactory(username="sekretariat", role=OPERATOR_GROUP)
    case = CaseFactory()
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify_staff_of_new_case(case)
    worker = Worker(schedule=False)
    with mock.patch(
        "grievances.cases.notifications.send_mail", side_effect=ConnectionRefusedError("smtp down")
    ):
        while worker.run_one():
            pass
    notification.refresh_from_db()
    assert notification.sent_at is None and notification.attempts == 1
    assert mailoutbox == []

    # The mail server is back; the next scheduled retry (queued by a worker) sends it.
    enqueue_due_runs(timezone.now())
    while worker.run_one():
        pass
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert len(mailoutbox) == 1
