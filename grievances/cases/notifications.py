"""Emails to staff that a case waits: who gets them, and sending with retries.

They carry no case content and no names: only that something waits, and a link into the admin.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from accounts.sidebar import bump_permissions_generation, permissions_generation

from .calendar import WorkingCalendar
from .deadlines import dispute_clock
from .models import Case, FederationMembership, StaffNotification
from .roles import OPERATOR_GROUP
from .states import OPEN_STATES

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
# Who is told of a new case is read once per federation and change of staff (the permissions
# generation: users, groups and federation memberships), not on every report. A change the signals
# do not see (a raw SQL update) is followed after this long at the latest.
RECIPIENTS_SECONDS = 10 * 60


def operators_for(case):
    """The operators of the case's federation; for a case without one, the network's secretariat:
    operators who belong to no federation."""
    key = f"new-case-recipients:{case.federation_id or 0}:{permissions_generation()}"
    recipients = cache.get(key)
    if recipients is None:
        recipients = _operator_emails(case.federation_id)
        cache.set(key, recipients, RECIPIENTS_SECONDS)
    return recipients


def _operator_emails(federation_id):
    operators = get_user_model().objects.filter(is_active=True, groups__name=OPERATOR_GROUP).exclude(email="")
    if federation_id:
        operators = operators.filter(federation_memberships__federation_id=federation_id)
    else:
        operators = operators.filter(federation_memberships__isnull=True)
    return sorted(set(operators.values_list("email", flat=True)))


def _on_membership_change(sender, **kwargs):
    bump_permissions_generation()


def connect_membership_signals():
    """A staff member joining or leaving a federation changes who is told of its new cases, and
    what the case listing's filters offer: both are kept under the permissions generation."""
    post_save.connect(_on_membership_change, sender=FederationMembership, dispatch_uid="membership_save")
    post_delete.connect(_on_membership_change, sender=FederationMembership, dispatch_uid="membership_delete")


def notify_staff_of_new_case(case):
    """Record the notification now, send it once the case is committed."""
    recipients = operators_for(case)
    if not recipients:
        logger.warning("Case %s has no operator to notify", case.pk)
        return None
    notification = StaffNotification.objects.create(case=case, recipients=recipients)
    transaction.on_commit(lambda: enqueue_notification(notification.pk))
    return notification


def enqueue_notification(notification_id):
    send_staff_notification.enqueue(notification_id)


def send_notification(notification):
    """Send one pending notification; a failure is recorded and left for the next attempt."""
    if notification.sent_at is not None or notification.attempts >= MAX_ATTEMPTS:
        return False
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("[JAPBUSI] A new case is waiting")
        body = _(
            "A new case is waiting for your federation in the JAPBUSI case tracker.\n\n"
            "Open the admin to see it: %(url)s\n\n"
            "This email carries no case details on purpose."
        ) % {"url": admin_url}
    notification.attempts += 1
    try:
        send_mail(subject, body, None, notification.recipients)
    except Exception as error:  # any transport failure: keep the notification for a retry
        notification.last_error = f"{type(error).__name__}: {error}"[:300]
        notification.save(update_fields=["attempts", "last_error"])
        logger.warning("Staff notification %s failed (attempt %s)", notification.pk, notification.attempts)
        return False
    notification.sent_at = timezone.now()
    notification.last_error = ""
    notification.save(update_fields=["attempts", "last_error", "sent_at"])
    return True


def send_pending_notifications():
    """Retry every notification not yet sent; returns how many went out."""
    pending = StaffNotification.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
    return sum(send_notification(notification) for notification in pending)


def overdue_cases_by_assignee(now=None):
    """{user: [case, ...]} of open cases past their deadline, for every assigned user; also cases
    whose promised remedy has not arrived after its due date, and those whose dispute stage is past
    its legal clock."""
    now = now or timezone.now()
    calendar = WorkingCalendar()
    overdue = (
        Case.objects.filter(
            Q(status__in=OPEN_STATES, deadline__lt=now)
            | Q(remedies__overdue_since__isnull=False, remedies__delivered_on__isnull=True)
            | Q(status__in=OPEN_STATES, dispute_stage_started_on__isnull=False)
        )
        .distinct()
        .select_related("responsible_operator", "legal_advisor")
        .prefetch_related("handlers")
        .order_by("deadline")
    )
    digest = {}
    for case in overdue:
        case.stage_clock = dispute_clock(case, calendar)
        late = case.deadline is not None and case.deadline < now
        stage_late = case.stage_clock is not None and case.stage_clock.is_overdue
        if not (late or stage_late or has_overdue_remedy(case)):
            continue
        people = {case.responsible_operator, case.legal_advisor, *case.handlers.all()} - {None}
        for user in people:
            if user.is_active and user.email:
                digest.setdefault(user, []).append(case)
    return digest


def has_overdue_remedy(case):
    return case.remedies.filter(overdue_since__isnull=False, delivered_on__isnull=True).exists()


def send_overdue_digests():
    """One email per assignee listing their overdue cases: references and links only."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    sent = 0
    for user, cases in overdue_cases_by_assignee().items():
        with translation.override(settings.LANGUAGE_CODE):
            lines = [
                f"- {case.reference}: {base}{reverse('grievances_case:inspect', args=(case.pk,))}"
                + stage_clock_line(getattr(case, "stage_clock", None))
                for case in cases
            ]
            subject = _("[JAPBUSI] Overdue cases: %(count)d") % {"count": len(cases)}
            body = _("These cases assigned to you are past their deadline:\n\n%(cases)s\n") % {
                "cases": "\n".join(lines)
            }
        try:
            send_mail(subject, body, None, [user.email])
        except Exception:  # one failed mailbox must not stop the others' digests
            logger.warning("Overdue digest to user %s failed", user.pk)
            continue
        sent += 1
    return sent


def stage_clock_line(clock):
    """The dispute stage's legal clock in a digest: the stage and the date the next step is due."""
    if clock is None:
        return ""
    return (
        " ("
        + _("%(stage)s: day %(used)d of %(total)d, next step expected by %(date)s")
        % {
            "stage": clock.label,
            "used": clock.days_used,
            "total": clock.working_days,
            "date": clock.expected_on.isoformat(),
        }
        + ")"
    )


# Tasks, run by django-tasks like Wagtail's own (in-process unless a queue is configured).


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
