"""Anonymising finished cases: personal data and files go, the facts statistics need stay.

One function, `anonymise_case`, serves both the retention schedule (cases closed or rejected
longer than GRIEVANCE_RETENTION_MONTHS) and a reporter's erasure request. What it wipes and what
it keeps is declared field by field below and listed in docs/data_protection.md.
"""

import calendar
import datetime
import logging

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Max, OuterRef, Q, Subquery
from django.utils import timezone
from django_tasks import task
from wagtail.log_actions import log

from grievances.cases.fields import anonymised_values
from grievances.cases.followup import (
    RemedyEvidence,
    RemedyItem,
    ReporterRating,
    ReporterVerdict,
    RetaliationCheckIn,
)
from grievances.cases.handling import DisputeStageRecord, FactCorrection, VerificationCheck
from grievances.cases.models import Case, CaseAttachment, CaseEvent
from grievances.cases.states import Status
from grievances.cases.storage import private_storage
from grievances.conf import conf
from grievances.referrals.models import Referral

logger = logging.getLogger(__name__)

# The case fields anonymising wipes, and what each becomes, are declared in the catalogue of case
# fields (grievances.cases.fields); the others stay for statistics.

# Free text on a referral: why it was made, and what the partner wrote back.
WIPED_REFERRAL_FIELDS = {
    "reason": "",
    "override_reason": "",
    "decline_reason": "",
    "result_reason": "",
    "partner_reference": "",
    "shared_facts": [],
    "shared_snapshot": {},
    "link_issued_at": None,
}

# Files are written before their row commits (grievances.intake.creation.StoredFiles): a file younger
# than this may belong to a submission still in progress, so it is never treated as orphaned.
ORPHAN_GRACE = datetime.timedelta(hours=24)


def months_before(moment, months):
    """The same day and time `months` calendar months earlier (the month's last day if shorter)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    month += 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def cases_due(now=None):
    """Cases whose retention period is over: closed, or rejected, that long ago; not yet anonymised."""
    cutoff = months_before(now or timezone.now(), conf.RETENTION_MONTHS)
    rejected_at = (
        CaseEvent.objects.filter(case=OuterRef("pk"), kind=CaseEvent.Kind.STATUS, status_to=Status.REJECTED)
        .order_by()
        .values("case")
        .annotate(last=Max("created_at"))
        .values("last")
    )
    # The retention clock of a closed case starts after its last retaliation check-in.
    last_checkin = (
        RetaliationCheckIn.objects.filter(case=OuterRef("pk"))
        .order_by()
        .values("case")
        .annotate(last=Max("due_on"))
        .values("last")
    )
    return (
        Case.objects.filter(anonymised_at__isnull=True)
        .annotate(rejected_at=Subquery(rejected_at), last_checkin=Subquery(last_checkin))
        .filter(
            Q(status=Status.CLOSED, closed_at__lt=cutoff)
            & (Q(last_checkin__isnull=True) | Q(last_checkin__lt=cutoff.date()))
            | Q(status=Status.REJECTED, rejected_at__lt=cutoff)
        )
    )


def anonymise_case(case, *, user=None, reason="retention"):
    """Wipe a case's personal data and delete its files; statistics fields stay. Idempotent.

    Returns the number of files deleted. The single audit-log entry holds only the reason and
    counts — never what was wiped.
    """
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        attachments = list(CaseAttachment.objects.filter(case=case))
        names = [attachment.file.name for attachment in attachments if attachment.file.name]
        evidence = RemedyEvidence.objects.filter(remedy__case=case)
        names += [item.file.name for item in evidence if item.file.name]
        for field, value in anonymised_values().items():
            setattr(case, field, value)
        # An unusable hash: no secret opens the status page any more.
        case.secret_hash = make_password(None)
        case.anonymised_at = timezone.now()
        case.save()
        wiped_events = (
            CaseEvent.objects.filter(case=case)
            .exclude(kind=CaseEvent.Kind.STATUS)
            .exclude(text="")
            .update(text="")
        )
        CaseAttachment.objects.filter(case=case).delete()
        # The reporter's original facts and the team's notes on checks and dispute stages.
        FactCorrection.objects.filter(case=case).delete()
        VerificationCheck.objects.filter(case=case).exclude(note="").update(note="")
        DisputeStageRecord.objects.filter(case=case).exclude(note="").update(note="")
        # What follows a resolution: free text goes, the kinds, amounts, dates and answers stay.
        evidence.delete()
        RemedyItem.objects.filter(case=case).update(promised="", promised_by="", delivery_note="")
        ReporterVerdict.objects.filter(case=case).update(reason="")
        ReporterRating.objects.filter(case=case).update(comment="")
        referrals = Referral.objects.filter(case=case)
        referral_count = referrals.count()
        for referral in referrals:
            for field, value in WIPED_REFERRAL_FIELDS.items():
                setattr(referral, field, value)
            # Earlier partner links stop working.
            referral.link_version += 1
            referral.save()
        log(
            instance=case,
            action="grievances.anonymise",
            user=user,
            data={
                "reason": reason,
                "files": len(names),
                "timeline_entries": wiped_events,
                "referrals": referral_count,
            },
        )
        # Bytes go once the rows are gone for good; a rollback keeps both.
        transaction.on_commit(lambda: _delete_files(names))
    return len(names)


def _delete_files(names):
    storage = private_storage()
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            # The orphan sweep removes it on the next run.
            logger.exception("Could not delete a case file; the next sweep retries")


def walk_storage(storage, directory=""):
    """Every file name below `directory` of a storage."""
    directories, files = storage.listdir(directory)
    for name in files:
        yield f"{directory}/{name}" if directory else name
    for sub in directories:
        yield from walk_storage(storage, f"{directory}/{sub}" if directory else sub)


def stored_case_files():
    """The names of every case file in private storage."""
    storage = private_storage()
    return set(walk_storage(storage, "cases")) if storage.exists("cases") else set()


def delete_orphaned_files(now=None):
    """Delete files in private storage that no attachment row names (older than ORPHAN_GRACE)."""
    storage = private_storage()
    if not storage.exists("cases"):
        return 0
    known = set(CaseAttachment.objects.exclude(file="").values_list("file", flat=True))
    limit = (now or timezone.now()) - ORPHAN_GRACE
    deleted = 0
    for name in walk_storage(storage, "cases"):
        if name in known:
            continue
        if storage.get_modified_time(name) > limit:
            continue
        storage.delete(name)
        deleted += 1
    return deleted


def apply_retention(now=None):
    """Anonymise every case due and sweep orphaned files; returns (cases, files, orphans)."""
    cases = files = 0
    for case in cases_due(now).only("pk"):
        files += anonymise_case(case, reason="retention")
        cases += 1
    orphans = delete_orphaned_files(now)
    return cases, files, orphans


@task()
def apply_retention_task():
    """Daily: anonymise cases past their retention period and sweep orphaned files
    (see the anonymise_closed_cases command for cron)."""
    cases, files, orphans = apply_retention()
    return {"cases": cases, "files": files, "orphans": orphans}
