"""Content-free emails telling named staff that a case needs them: the reporter objected, a remedy
is overdue, retaliation was reported. Like every staff email, only a reference-free sentence and a
link into the admin."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from .models import Case
from .roles import COORDINATOR_GROUP

logger = logging.getLogger(__name__)


def coordinators_for(case):
    """Active coordinators of the case's federation (those of no federation when it names none)."""
    users = get_user_model().objects.filter(is_active=True, groups__name=COORDINATOR_GROUP).exclude(email="")
    if case.federation_id:
        return users.filter(federation_memberships__federation_id=case.federation_id)
    return users.filter(federation_memberships__isnull=True)


def team_of(case):
    """The case's assigned people: responsible operator, legal advisor, named handlers."""
    people = {case.responsible_operator, case.legal_advisor, *case.handlers.all()} - {None}
    return {user for user in people if user.is_active and user.email}


def notify(case, users):
    """Send the notice once the change is committed; returns the addresses it goes to."""
    recipients = sorted({user.email for user in users if user.email})
    if recipients:
        transaction.on_commit(lambda: send_case_notice.enqueue(case.pk, recipients))
    else:
        logger.warning("Case %s has nobody to tell", case.pk)
    return recipients


def notify_responsible_and_coordinators(case):
    people = set(coordinators_for(case))
    if case.responsible_operator and case.responsible_operator.is_active:
        people.add(case.responsible_operator)
    return notify(case, people)


def notify_team(case):
    return notify(case, team_of(case) | set(coordinators_for(case)))


@task()
def send_case_notice(case_id, recipients):
    case = Case.objects.filter(pk=case_id).only("pk").first()
    if case is None:
        return False
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("grievances_case:inspect", args=(case.pk,))
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("[JAPBUSI] A case needs your attention")
        body = _(
            "Something on a case of yours needs your attention in the JAPBUSI case tracker.\n\n"
            "Open it: %(url)s\n\nThis email carries no case details on purpose."
        ) % {"url": url}
    try:
        send_mail(subject, body, None, recipients)
    except Exception:  # a transport failure is logged; the case page shows what waits
        logger.warning("Case notice for case %s failed", case_id)
        return False
    return True
