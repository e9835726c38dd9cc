"""/readyz/ and `manage.py status`: the database, the cache and the queue, 503 with a plain reason."""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from operations.models import WorkerHeartbeat
from tests.operations import tasks

pytestmark = pytest.mark.django_db


def test_ready_when_database_cache_and_in_process_tasks_answer(client):
    response = client.get("/readyz/")
    assert response.status_code == 200
    body = response.content.decode()
    assert (
        "database: ok" in body and "cache: ok" in body and "queue: ok (tasks run in the web process)" in body
    )
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_the_liveness_check_stays_cheap(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/healthz/").content == b"ok"


def test_not_ready_when_the_cache_is_down(client):
    with mock.patch.object(caches["default"], "set", side_effect=ConnectionError("refused")):
        response = client.get("/readyz/")
    assert response.status_code == 503
    assert "cache: FAIL (unavailable: ConnectionError)" in response.content.decode()


def test_not_ready_when_the_database_is_down(client):
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("gone")):
        response = client.get("/readyz/")
    assert response.status_code == 503
    body = response.content.decode()
    assert "database: FAIL (unavailable: OperationalError)" in body
    assert "cache: ok" in body


def test_not_ready_when_a_task_waits_too_long_for_a_worker(client, queue, settings):
    settings.TASKS_MAX_WAIT_SECONDS = 300
    result = tasks.record.enqueue("late")
    WorkerHeartbeat.objects.create(worker_id="w1", seen_at=timezone.now())
    assert client.get("/readyz/").status_code == 200

    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert (
        "queue: FAIL (oldest waiting task 600 s, 1 worker(s) alive; waits over 300 s)"
        in response.content.decode()
    )


def test_status_prints_the_same_and_fails_with_a_non_zero_exit(queue, settings):
    out = StringIO()
    call_command("status", stdout=out)
    assert "queue: ok (oldest waiting task 0 s, 0 worker(s) alive)" in out.getvalue()

    result = tasks.record.enqueue("late")
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - datetime.timedelta(hours=1))
    out = StringIO()
    with pytest.raises(SystemExit) as stopped:
        call_command("status", stdout=out)
    assert stopped.value.code == 1
    assert "queue: FAIL" in out.getvalue()
