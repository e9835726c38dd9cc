"""Telling a reporter that a retaliation check-in waits on their status page: by email, only when
they consented to contact, and with nothing about the case (the email may be read by others)."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from grievances.cases.followup import RetaliationCheckIn

from .pages import GrievanceFormPage

logger = logging.getLogger(__name__)


def status_lookup_url():
    page = GrievanceFormPage.objects.live().first()
    if page is None:
        return None
    return page.full_url + page.reverse_subpage("status_lookup")


def send_due_checkins(today=None):
    """Email every check-in whose day has come, once; returns how many emails went out."""
    today = today or timezone.localdate()
    url = status_lookup_url()
    due = (
        RetaliationCheckIn.objects.filter(
            answer="",
            emailed_at__isnull=True,
            due_on__lte=today,
            case__consent_contact=True,
            case__anonymised_at__isnull=True,
        )
        .exclude(case__email="")
        .select_related("case")
    )
    sent = 0
    for checkin in due:
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("JAPBUSI: a question for you")
            body = _(
                "The JAPBUSI team has a short question for you on your case page.\n\n"
                "Open %(url)s and enter your reference and secret code.\n"
            ) % {"url": url or settings.WAGTAILADMIN_BASE_URL}
        try:
            send_mail(subject, body, None, [checkin.case.email])
        except Exception:  # one failed mailbox must not stop the others
            logger.warning("Check-in email for check-in %s failed", checkin.pk)
            continue
        checkin.emailed_at = timezone.now()
        checkin.save(update_fields=["emailed_at"])
        sent += 1
    return sent


@task()
def send_due_checkins_task():
    return send_due_checkins()
