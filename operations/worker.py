"""The task worker: claims queued tasks, runs them, retries failures, recovers abandoned ones.

A task is marked done only after it returned. A worker beats its heartbeat in its own thread;
a task still "running" under a worker whose heartbeat is older than the lease (the worker was
killed, its machine lost) goes back to the queue and runs again, so every task must be
idempotent (the project's are: a notification is sent once, a recount or retention run repeats
harmlessly). A task that raises is retried after a growing delay, up to TASK_MAX_ATTEMPTS runs.
"""

import contextlib
import datetime
import logging
import os
import socket
import threading
import traceback
from functools import partial

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.db.utils import DatabaseError
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import TaskContext, TaskResultStatus
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from .models import WorkerHeartbeat
from .queue import resolve_task, result_of
from .schedule import enqueue_due_runs

logger = logging.getLogger(__name__)


def retry_delay(attempt):
    """Seconds before the next run after `attempt` failed runs: base × 2^(attempt-1), at most an hour."""
    return min(settings.TASK_RETRY_SECONDS * 2 ** (attempt - 1), 3600)


def recover_abandoned(lease_seconds, now=None):
    """Put back in the queue every running task whose worker has not been seen for the lease.

    Returns the number of tasks given back. Safe to run from every worker at once: each task is
    locked and re-checked before it is touched.
    """
    now = now or timezone.now()
    alive = set(
        WorkerHeartbeat.objects.filter(
            seen_at__gte=now - datetime.timedelta(seconds=lease_seconds)
        ).values_list("worker_id", flat=True)
    )
    recovered = 0
    for row in DBTaskResult.objects.running().only("id", "worker_ids"):
        if row.worker_ids and row.worker_ids[-1] in alive:
            continue
        with transaction.atomic():
            locked = DBTaskResult.objects.select_for_update(skip_locked=True).filter(pk=row.pk).first()
            if locked is None or locked.status != TaskResultStatus.RUNNING:
                continue
            if locked.worker_ids and locked.worker_ids[-1] in alive:
                continue
            attempts = len(locked.worker_ids)
            if attempts >= settings.TASK_MAX_ATTEMPTS:
                locked.status = TaskResultStatus.FAILED
                locked.finished_at = now
                locked.exception_class_path = "operations.worker.WorkerLost"
                locked.traceback = f"The worker running attempt {attempts} stopped; no attempt left."
            else:
                locked.status = TaskResultStatus.READY
                locked.run_after = now
                locked.exception_class_path = "operations.worker.WorkerLost"
                locked.traceback = f"The worker running attempt {attempts} stopped; queued again."
            locked.save(
                update_fields=["status", "finished_at", "run_after", "exception_class_path", "traceback"]
            )
            recovered += 1
            logger.warning(
                "Task %s (%s) was abandoned by its worker: %s", locked.pk, locked.task_path, locked.status
            )
    return recovered


class Heartbeat(threading.Thread):
    """Marks the worker alive every `every` seconds, in its own database connection."""

    def __init__(self, worker_id, every):
        super().__init__(name=f"heartbeat-{worker_id}", daemon=True)
        self.worker_id = worker_id
        self.every = every
        self.stopped = threading.Event()

    def beat(self):
        WorkerHeartbeat.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={"seen_at": timezone.now(), "hostname": socket.gethostname()[:255], "pid": os.getpid()},
        )

    def run(self):
        while not self.stopped.wait(self.every):
            try:
                self.beat()
            except DatabaseError:  # the database is away: the next beat tries again
                logger.warning("Worker %s: heartbeat failed", self.worker_id)
                connection.close()
        connection.close()


def release_connection():
    """Between tasks, as Django does between requests: a connection past its age or broken is closed.
    Never inside a transaction (a test runs the worker in one), where closing would lose it."""
    if not connection.in_atomic_block:
        close_old_connections()


def drop_connection():
    """After a database error: the next query opens a fresh connection (outside a transaction)."""
    if not connection.in_atomic_block:
        connection.close()


class Worker:
    def __init__(
        self, *, backend_name="default", queues=("*",), lease_seconds=None, interval=1.0, schedule=True
    ):
        self.backend_name = backend_name
        self.queues = list(queues)
        self.lease_seconds = lease_seconds or settings.TASK_WORKER_LEASE_SECONDS
        self.interval = interval
        self.schedule = schedule
        self.worker_id = get_random_string(24)
        self.running = True
        self.last_sweep = None

    def ready_tasks(self):
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if "*" not in self.queues:
            tasks = tasks.filter(queue_name__in=self.queues)
        return tasks

    def claim(self):
        with exclusive_transaction(DBTaskResult.objects.db):
            row = self.ready_tasks().get_locked()
            if row is not None:
                row.claim(self.worker_id)
        return row

    def housekeeping(self, now=None):
        """Every lease/2 seconds: recover abandoned tasks and queue the scheduled runs that are due."""
        now = now or timezone.now()
        if self.last_sweep is not None and (now - self.last_sweep).total_seconds() < self.lease_seconds / 2:
            return
        self.last_sweep = now
        recover_abandoned(self.lease_seconds, now)
        if self.schedule:
            enqueue_due_runs(now)

    def run_one(self):
        """Claim and run one task; False when none was ready."""
        row = self.claim()
        if row is None:
            return False
        logger.info("Task %s (%s): attempt %s", row.pk, row.task_path, len(row.worker_ids))
        try:
            task = resolve_task(row.task_path)
            args, kwargs = row.args_kwargs["args"], row.args_kwargs["kwargs"]
            if task.takes_context:
                value = task.call(TaskContext(task_result=result_of(row, task)), *args, **kwargs)
            else:
                value = task.call(*args, **kwargs)
        except Exception as error:  # any failure of the task: record it and retry later
            self.record(partial(self.failed, row, error))
        else:
            self.record(partial(row.set_successful, value))
            logger.info("Task %s done", row.pk)
        finally:
            release_connection()
        return True

    def record(self, save):
        """Record a task's outcome, waiting for the database if it is away (a restart): a task
        left "running" under a live worker would never be given back. If the worker is stopped
        meanwhile, the task runs again elsewhere after the lease."""
        while True:
            try:
                return save()
            except DatabaseError as error:
                if not self.running:
                    raise
                logger.warning("Worker %s: cannot record a task's outcome yet (%s)", self.worker_id, error)
                drop_connection()
                threading.Event().wait(max(self.interval, 1.0))

    def failed(self, row, error):
        attempts = len(row.worker_ids)
        row.exception_class_path = f"{type(error).__module__}.{type(error).__qualname__}"
        row.traceback = "".join(traceback.format_exception(error))
        if attempts >= settings.TASK_MAX_ATTEMPTS:
            row.status = TaskResultStatus.FAILED
            row.finished_at = timezone.now()
            logger.error("Task %s (%s) failed for good after %s attempts", row.pk, row.task_path, attempts)
        else:
            row.status = TaskResultStatus.READY
            row.run_after = timezone.now() + datetime.timedelta(seconds=retry_delay(attempts))
            logger.warning(
                "Task %s (%s) failed (attempt %s), retried after %s s",
                row.pk,
                row.task_path,
                attempts,
                retry_delay(attempts),
            )
        row.save(update_fields=["status", "finished_at", "run_after", "exception_class_path", "traceback"])

    def run(self, *, batch=False, max_tasks=None):
        """Work until stopped (or, with batch, until no task is ready)."""
        heartbeat = Heartbeat(self.worker_id, max(self.lease_seconds / 4, 0.5))
        heartbeat.beat()
        heartbeat.start()
        done = 0
        try:
            while self.running:
                release_connection()
                try:
                    self.housekeeping()
                    ran = self.run_one()
                except DatabaseError as error:  # the database restarts: wait and try again
                    logger.warning("Worker %s: database unavailable (%s)", self.worker_id, error)
                    drop_connection()
                    ran = False
                    if batch:
                        raise
                done += ran
                if max_tasks is not None and done >= max_tasks:
                    break
                if not ran:
                    if batch:
                        break
                    threading.Event().wait(self.interval)
        finally:
            heartbeat.stopped.set()
            with contextlib.suppress(DatabaseError):  # else the lease runs out by itself
                WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
        return done
