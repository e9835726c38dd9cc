"""Readiness: can this app server do its work now? The database, the cache and the task queue.

`/readyz/` (for a load balancer) and `manage.py status` (for an operator) print the same lines.
`/healthz/` stays the cheap liveness check that touches nothing.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import task_backends

from .models import WorkerHeartbeat
from .queue import QueueBackend


@dataclass
class Check:
    name: str
    ok: bool
    detail: str

    def line(self):
        return f"{self.name}: {'ok' if self.ok else 'FAIL'} ({self.detail})"


def check_database():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any driver error means: not ready
        connections["default"].close_if_unusable_or_obsolete()
        return Check("database", False, f"unavailable: {type(error).__name__}")
    return Check("database", True, connections["default"].vendor)


def check_cache():
    cache = caches["default"]
    key, value = "readyz-probe", get_random_string(12)
    try:
        if hasattr(cache, "ping"):
            cache.ping()
        cache.set(key, value, 10)
        answered = cache.get(key)
    except Exception as error:  # Redis down or unreachable
        return Check("cache", False, f"unavailable: {type(error).__name__}")
    if answered != value:
        return Check("cache", False, "does not keep what it is given")
    return Check("cache", True, cache.__class__.__name__)


def check_queue(database_ok=True):
    backend = task_backends["default"]
    if not isinstance(backend, QueueBackend):
        return Check("queue", True, "tasks run in the web process")
    if not database_ok:
        return Check("queue", False, "unknown: the database is unavailable")
    try:
        waiting = backend.oldest_waiting_seconds()
        lease = datetime.timedelta(seconds=settings.TASK_WORKER_LEASE_SECONDS)
        workers = WorkerHeartbeat.objects.filter(seen_at__gte=timezone.now() - lease).count()
    except Exception as error:  # the queue's table cannot be read
        return Check("queue", False, f"unavailable: {type(error).__name__}")
    detail = f"oldest waiting task {waiting} s, {workers} worker(s) alive"
    if waiting > settings.TASKS_MAX_WAIT_SECONDS:
        return Check("queue", False, detail + f"; waits over {settings.TASKS_MAX_WAIT_SECONDS} s")
    return Check("queue", True, detail)


def run_checks():
    database = check_database()
    return [database, check_cache(), check_queue(database.ok)]
