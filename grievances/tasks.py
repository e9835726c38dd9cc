"""Background tasks of the grievance module, run by django-tasks like Wagtail's own."""

from django_tasks import task

from .models import StaffNotification
from .notifications import send_notification, send_overdue_digests, send_pending_notifications


@task()
def send_staff_notification(notification_id):
    notification = StaffNotification.objects.filter(pk=notification_id).first()
    if notification is not None:
        send_notification(notification)


@task()
def retry_staff_notifications():
    return send_pending_notifications()


@task()
def send_overdue_digests_task():
    """Daily: each assignee's overdue cases (see the send_overdue_digests command for cron)."""
    return send_overdue_digests()


@task()
def apply_retention_task():
    """Daily: anonymise cases past their retention period and sweep orphaned files
    (see the anonymise_closed_cases command for cron)."""
    from .retention import apply_retention

    cases, files, orphans = apply_retention()
    return {"cases": cases, "files": files, "orphans": orphans}


@task()
def refresh_public_case_figures():
    """Recount the public figures (queued after every change of a case; see grievances.figures)."""
    from .figures import refresh_figures

    refresh_figures()
