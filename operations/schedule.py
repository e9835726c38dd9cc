"""Scheduled tasks (TASK_SCHEDULE): what cron did, queued by the workers themselves.

Each entry names a task and either `every` (seconds) or `at` ("HH:MM", daily, in TIME_ZONE).
A run's slot (the interval's number, or the day) is claimed in the database before the task is
queued, in one transaction: with any number of workers on any number of machines a slot fires
once. A daily run missed while no worker ran fires when one starts again the same day.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import ScheduledRun

KEEP_CLAIMS = datetime.timedelta(days=7)


def due_slot(entry, now):
    """The slot of `entry` that is due at `now`, or None (a daily run before its hour)."""
    if "every" in entry:
        return str(int(now.timestamp() // entry["every"]))
    local = timezone.localtime(now)
    hour, minute = (int(part) for part in entry["at"].split(":"))
    if (local.hour, local.minute) < (hour, minute):
        return None
    return local.date().isoformat()


def enqueue_due_runs(now=None):
    """Queue every scheduled task whose slot is due and not yet claimed; returns their names."""
    now = now or timezone.now()
    queued = []
    for entry in settings.TASK_SCHEDULE:
        slot = due_slot(entry, now)
        if slot is None:
            continue
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(name=entry["task"], slot=slot)
                import_string(entry["task"]).enqueue()
        except IntegrityError:
            continue  # another worker took this slot
        queued.append(entry["task"])
    ScheduledRun.objects.filter(enqueued_at__lt=now - KEEP_CLAIMS).delete()
    return queued


def validate(schedule):
    """Raise ValueError on an entry that could not run (checked at start-up by operations.checks)."""
    for entry in schedule:
        if "task" not in entry or ("every" in entry) == ("at" in entry):
            raise ValueError(f"TASK_SCHEDULE entry {entry!r} needs a task and exactly one of every/at")
        if "at" in entry:
            datetime.time.fromisoformat(entry["at"])
