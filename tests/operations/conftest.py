"""Helpers of the operations tests: worker and backup processes on a real PostgreSQL (the
database task queue fixture, `queue`, is shared: tests/fixtures.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def on_postgres():
    return connection.vendor == "postgresql"


requires_postgres = pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""),
    reason="needs PostgreSQL (DATABASE_URL): worker processes and backups share a real database",
)


def process_environment(**extra):
    """The environment of a manage.py process on the test database (the one this test uses)."""
    settings_dict = connection.settings_dict
    url = (
        f"postgres://{settings_dict['USER'] or 'postgres'}@{settings_dict['HOST'] or '127.0.0.1'}:"
        f"{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "japbusi.settings.test",
        "DATABASE_URL": url,
        "DATABASE_POOL": "false",
        "TASKS_BACKEND": "database",
        **extra,
    }


def manage(*args, env=None, **kwargs):
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env or process_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        **kwargs,
    )
