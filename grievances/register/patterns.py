"""Cases of a company or estate, their figures, and the repeat flag: at least
GRIEVANCE_REPEAT_MIN_REPORTERS distinct reporters on the same topic within GRIEVANCE_REPEAT_MONTHS.

A reporter is counted once per case that is not a duplicate of another (a case linked as a
duplicate, or rejected as one, is the same reporter again or the same report twice).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from grievances.cases.followup import RemedyItem
from grievances.cases.models import Case
from grievances.cases.roles import COORDINATOR_GROUP, OPERATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.cases.states import OPEN_STATES, ReferralStatus, Status
from grievances.conf import conf
from home.models import Topic

from .models import CaseRegisterLink, Company, Estate, RepeatPattern

logger = logging.getLogger(__name__)


def cases_of(entry):
    """Every case linked to a company (any of its estates) or to an estate (and its divisions)."""
    if isinstance(entry, Company):
        return Case.objects.filter(register_link__company=entry)
    return Case.objects.filter(Q(register_link__estate=entry) | Q(register_link__estate__parent=entry))


def distinct_reports(cases):
    return cases.filter(duplicate_of__isnull=True).exclude(
        status=Status.REJECTED, rejection_reason=Case.RejectionReason.DUPLICATE
    )


def months_before(moment, months):
    """The same day and time `months` calendar months earlier (the month's last day if shorter)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for day in range(moment.day, 27, -1):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month, day=min(moment.day, 28))


def window_start(now=None):
    return months_before(now or timezone.now(), conf.REPEAT_MONTHS)


def repeat_topics(entry, now=None):
    """[(topic, reporters), ...] of the topics on which this entry meets the repeat threshold."""
    rows = (
        distinct_reports(cases_of(entry))
        .filter(created_at__gte=window_start(now), topics__isnull=False)
        .values("topics")
        .annotate(reporters=Count("pk", distinct=True))
        .filter(reporters__gte=conf.REPEAT_MIN_REPORTERS)
        .order_by("-reporters")
    )
    counts = {row["topics"]: row["reporters"] for row in rows}
    topics = Topic.objects.in_bulk(counts)
    return [(topics[pk], reporters) for pk, reporters in counts.items()]


def pattern_cases(entry, topic, now=None):
    """The distinct reports of a repeat pattern: this entry, this topic, within the window."""
    return (
        distinct_reports(cases_of(entry))
        .filter(created_at__gte=window_start(now), topics=topic)
        .distinct()
        .order_by("created_at")
    )


def record_patterns(entry, now=None):
    """Record the patterns this entry newly meets and tell the team once about each."""
    company = entry if isinstance(entry, Company) else entry.company
    estate = None if isinstance(entry, Company) else entry
    new = []
    for topic, reporters in repeat_topics(entry, now):
        pattern, created = RepeatPattern.objects.get_or_create(
            company=company, estate=estate, topic=topic, defaults={"reporters": reporters}
        )
        if created:
            new.append(pattern)
        elif pattern.reporters != reporters:
            RepeatPattern.objects.filter(pk=pattern.pk).update(reporters=reporters)
    for pattern in new:
        transaction.on_commit(lambda pk=pattern.pk: send_pattern_notification.enqueue(pk))
    return new


def record_patterns_for_link(link: CaseRegisterLink):
    found = []
    if link.company_id:
        found += record_patterns(link.company)
    if link.estate_id:
        estate = link.estate.parent if link.estate.parent_id else link.estate
        found += record_patterns(estate)
    return found


def pattern_recipients(pattern):
    """The operators and coordinators of the federations with reports in the pattern, and the
    system owners."""
    entry = pattern.estate or pattern.company
    federations = set(pattern_cases(entry, pattern.topic).values_list("federation_id", flat=True))
    staff = get_user_model().objects.filter(is_active=True).exclude(email="")
    in_federations = Q(groups__name__in=[OPERATOR_GROUP, COORDINATOR_GROUP]) & (
        Q(federation_memberships__federation_id__in=[pk for pk in federations if pk])
        | (Q(federation_memberships__isnull=True) if None in federations else Q(pk__in=[]))
    )
    owners = Q(groups__name=SYSTEM_OWNER_GROUP)
    return sorted(set(staff.filter(in_federations | owners).values_list("email", flat=True)))


def send_pattern_email(pattern):
    """Content-free: no company, estate, topic, count or case; only that a pattern waits, and where."""
    recipients = pattern_recipients(pattern)
    if not recipients:
        return False
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("grievances_register_patterns")
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("[JAPBUSI] Repeated reports need your attention")
        body = _(
            "Several reports about the same employer or estate on the same topic have reached the "
            "threshold the network set.\n\nOpen the admin to see them: %(url)s\n\n"
            "This email carries no case details on purpose."
        ) % {"url": url}
    try:
        send_mail(subject, body, None, recipients)
    except Exception:  # the pattern stays un-notified; the daily sweep tries again
        logger.warning("Repeat pattern notification %s failed", pattern.pk)
        return False
    RepeatPattern.objects.filter(pk=pattern.pk).update(notified_at=timezone.now())
    return True


@task()
def send_pattern_notification(pattern_id):
    pattern = RepeatPattern.objects.select_related("company", "estate", "topic").filter(pk=pattern_id).first()
    if pattern is not None and pattern.notified_at is None:
        send_pattern_email(pattern)


def sweep_patterns(now=None):
    """Every company and estate with linked cases: record new patterns; retry untold ones."""
    found = []
    linked = CaseRegisterLink.objects.values_list("company_id", "estate_id", "estate__parent_id")
    company_ids, estate_ids = set(), set()
    for company_id, estate_id, parent_id in linked:
        if company_id:
            company_ids.add(company_id)
        if estate_id:
            estate_ids.add(parent_id or estate_id)
    for company in Company.objects.filter(pk__in=company_ids):
        found += record_patterns(company, now)
    for estate in Estate.objects.filter(pk__in=estate_ids).select_related("company"):
        found += record_patterns(estate, now)
    for pattern in RepeatPattern.objects.filter(notified_at__isnull=True).exclude(
        pk__in=[pattern.pk for pattern in found]
    ):
        send_pattern_email(pattern)
    return found


@task()
def sweep_patterns_task():
    """Daily (see the detect_repeat_patterns command for cron)."""
    return len(sweep_patterns())


def entry_figures(entry, now=None):
    """What the case team knows about an entry, counted over every linked case whoever may see it
    (counts only: the cases themselves are listed by what the user may see)."""
    now = now or timezone.now()
    cases = cases_of(entry)
    by_status = dict(cases.values_list("status").annotate(n=Count("pk", distinct=True)).order_by())
    by_year_topic = {}
    for row in (
        cases.values("topics", year=ExtractYear("created_at"))
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    ):
        by_year_topic.setdefault(row["year"], {})[row["topics"]] = row["n"]
    topic_ids = {topic for years in by_year_topic.values() for topic in years if topic}
    topics = sorted(Topic.objects.filter(pk__in=topic_ids), key=lambda topic: (topic.sort_order, topic.name))
    outcomes = dict(
        cases.exclude(outcome="").values_list("outcome").annotate(n=Count("pk", distinct=True)).order_by()
    )
    # Delivered as staff recorded it or as the reporter answered on the status page.
    delivered = Q(delivered_on__isnull=False) | Q(reporter_answer=RemedyItem.ReporterAnswer.RECEIVED)
    remedies = [
        (RemedyItem.Kind(row["kind"]).label, row["promised"], row["delivered"])
        for row in RemedyItem.objects.filter(case__in=cases.values("pk"))
        .values("kind")
        .annotate(promised=Count("pk"), delivered=Count("pk", filter=delivered))
        .order_by("kind")
    ]
    referrals = list(
        cases.filter(referrals__isnull=False)
        .values("referrals__partner__name", "referrals__status")
        .annotate(n=Count("referrals", distinct=True))
        .order_by("referrals__partner__name", "referrals__status")
    )
    for row in referrals:
        row["status_label"] = ReferralStatus(row["referrals__status"]).label
    articles = list(
        cases.filter(article_links__isnull=False)
        .values("article_links__article_id", "article_links__article__title")
        .annotate(n=Count("pk", distinct=True))
        .order_by("article_links__article__title")
    )
    open_cases = cases.filter(status__in=OPEN_STATES)
    return {
        "total": sum(by_status.values()),
        "reporters": distinct_reports(cases).count(),
        "by_status": [(Status(status).label, count) for status, count in sorted(by_status.items())],
        "open": open_cases.count(),
        "overdue": open_cases.filter(deadline__lt=now).count(),
        "years": sorted(by_year_topic, reverse=True),
        "topics": topics,
        "by_year_topic": [
            (
                year,
                [by_year_topic[year].get(topic.pk, 0) for topic in topics],
                by_year_topic[year].get(None, 0),
            )
            for year in sorted(by_year_topic, reverse=True)
        ],
        "outcomes": [(Case.Outcome(outcome).label, count) for outcome, count in sorted(outcomes.items())],
        "remedies": remedies,
        "referrals": referrals,
        "articles": articles,
    }
