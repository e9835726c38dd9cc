"""Housekeeping tasks of the site itself, scheduled in TASK_SCHEDULE."""

from importlib import import_module

from django.conf import settings
from django_tasks import task


@task()
def clear_expired_sessions():
    """What `manage.py clearsessions` does: delete expired session rows."""
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
