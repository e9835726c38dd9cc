"""Tasks the queue tests enqueue; the worker processes the tests start import them from here."""

import os
import time
from pathlib import Path

from django_tasks import task
from taggit.models import Tag


@task()
def record(name):
    """Idempotent: the effect (a tag named `name`) exists once however often the task runs."""
    Tag.objects.get_or_create(name=name, defaults={"slug": name})


@task()
def fail_always():
    raise RuntimeError("the mail server is down")


@task()
def slow_record(name, marker):
    """Notes each attempt in `marker`; the first attempt waits long enough to be killed."""
    with open(marker, "a") as stream:
        stream.write(f"{os.getpid()}\n")
    if len(Path(marker).read_text().split()) == 1:
        time.sleep(60)
    Tag.objects.get_or_create(name=name, defaults={"slug": name})
