"""The case team's work on a case besides its status: assignment, the verification checklist, the
dispute stage and its history, and corrections of the reporter's facts (the original is kept).

Each change is made here, once, with its timeline entry and audit-log entry; the case page's views
(grievances.tracker.casework) only check who is asking and call these.
"""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .fields import display_value, header
from .models import Case, CaseEvent


class VerificationCheck(models.Model):
    """One item of the verification checklist, recorded by a staff member: who checked it, when."""

    class Item(models.TextChoices):
        REPORTER_REACHED = "reporter_reached", _("reporter reached")
        EMPLOYER_IDENTIFIED = "employer_identified", _("employer and estate identified")
        EVIDENCE_SEEN = "evidence_seen", _("evidence seen")
        FEDERATION_CONFIRMED = "federation_confirmed", _("federation confirmed")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="verification_checks")
    item = models.CharField(_("what was checked"), max_length=24, choices=Item.choices)
    # How it was checked ("called her on 5 Dec", "payslip photo"): may name people, wiped on anonymising.
    note = models.CharField(_("how"), max_length=300, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    checked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["checked_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["case", "item"], name="unique_verification_check")]
        verbose_name = _("verification check")
        verbose_name_plural = _("verification checks")

    def __str__(self):
        return f"{self.case} · {self.get_item_display()}"


class DisputeStageRecord(models.Model):
    """A dispute stage a case entered (bipartite → Disnaker mediation → PHI), from which day."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="dispute_stage_records")
    stage = models.CharField(_("dispute stage"), max_length=12, choices=Case.DisputeStage.choices)
    started_on = models.DateField(_("started on"))
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["started_on", "recorded_at", "pk"]
        verbose_name = _("dispute stage record")
        verbose_name_plural = _("dispute stage records")

    def __str__(self):
        return f"{self.case} · {self.get_stage_display()}"


class FactCorrection(models.Model):
    """A correction of a fact the reporter gave: the value before and after, who and when. The
    reporter's original words stay readable on the case page (the first correction's `before`)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="fact_corrections")
    field = models.CharField(max_length=50)
    # The values as people read them (display_value), so choices and links keep their meaning.
    before = models.TextField(blank=True)
    after = models.TextField(blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    corrected_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["corrected_at", "pk"]
        verbose_name = _("fact correction")
        verbose_name_plural = _("fact corrections")

    def __str__(self):
        return f"{self.case} · {self.field}"


# Assignment ---------------------------------------------------------------------------------------


def assignment_summary(case):
    return [
        (gettext("responsible operator"), display_value(case, "responsible_operator") or "–"),
        (gettext("legal advisor"), display_value(case, "legal_advisor") or "–"),
        (gettext("named handlers"), display_value(case, "handlers") or "–"),
    ]


def assign(case, user, responsible_operator, legal_advisor, handlers):
    """Set who handles the case; one internal timeline entry says who is assigned now.
    Returns False (and records nothing) when nothing changed."""
    handlers = set(handlers)
    unchanged = (
        case.responsible_operator_id == getattr(responsible_operator, "pk", None)
        and case.legal_advisor_id == getattr(legal_advisor, "pk", None)
        and set(case.handlers.all()) == handlers
    )
    if unchanged:
        return False
    with transaction.atomic():
        case.responsible_operator, case.legal_advisor = responsible_operator, legal_advisor
        case.save(update_fields=["responsible_operator", "legal_advisor", "updated_at"])
        case.handlers.set(handlers)
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.ASSIGNMENT,
            author=user,
            text=", ".join(f"{name}: {value}" for name, value in assignment_summary(case)),
        )
        log(instance=case, action="grievances.assign", user=user, data={})
    return True


# The verification checklist -----------------------------------------------------------------------


def checklist(case):
    """[(item value, label, VerificationCheck or None)] in the checklist's order."""
    done = {check.item: check for check in case.verification_checks.select_related("checked_by")}
    return [(value, label, done.get(value)) for value, label in VerificationCheck.Item.choices]


def missing_checks(case):
    done = set(case.verification_checks.values_list("item", flat=True))
    return [label for value, label in VerificationCheck.Item.choices if value not in done]


def record_checks(case, user, items, note=""):
    """Record the given checklist items as checked by this user now; items already recorded keep
    their first record. Returns the labels newly recorded."""
    done = set(case.verification_checks.values_list("item", flat=True))
    new = [item for item in VerificationCheck.Item.values if item in items and item not in done]
    if not new:
        return []
    labels = [str(VerificationCheck.Item(item).label) for item in new]
    with transaction.atomic():
        VerificationCheck.objects.bulk_create(
            [VerificationCheck(case=case, item=item, note=note.strip(), checked_by=user) for item in new]
        )
        text = gettext("Verification checked: %(items)s.") % {"items": ", ".join(labels)}
        if note.strip():
            text = f"{text}\n{note.strip()}"
        CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.NOTE, author=user, text=text)
        log(instance=case, action="grievances.verification_check", user=user, data={"items": new})
    return labels


# The dispute stage --------------------------------------------------------------------------------


def set_dispute_stage(case, user, stage, started_on, note=""):
    """Move the case to a dispute stage from a given day: the case keeps the current stage and its
    start (the legal clocks count from them), the history keeps every stage entered."""
    with transaction.atomic():
        DisputeStageRecord.objects.create(
            case=case, stage=stage, started_on=started_on, note=note.strip(), recorded_by=user
        )
        case.dispute_stage, case.dispute_stage_started_on = stage, started_on
        case.save(update_fields=["dispute_stage", "dispute_stage_started_on", "updated_at"])
        text = gettext("Dispute stage: %(stage)s, since %(date)s.") % {
            "stage": case.get_dispute_stage_display(),
            "date": display_value(case, "dispute_stage_started_on"),
        }
        if note.strip():
            text = f"{text}\n{note.strip()}"
        CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.NOTE, author=user, text=text)
        log(instance=case, action="grievances.dispute_stage", user=user, data={"stage": stage})


# Corrections of the reporter's facts --------------------------------------------------------------


def facts_before(case, names):
    """{field: value as people read it} of the stored case, to compare after a correction."""
    stored = Case.objects.get(pk=case.pk)
    return {name: display_value(stored, name) for name in names}


def record_corrections(case, user, before):
    """After the facts were saved: one FactCorrection per changed field, keeping the value before,
    and one internal timeline entry naming the corrected facts."""
    changed = [
        (name, value, display_value(case, name))
        for name, value in before.items()
        if value != display_value(case, name)
    ]
    if not changed:
        return []
    FactCorrection.objects.bulk_create(
        [
            FactCorrection(case=case, field=name, before=old, after=new, corrected_by=user)
            for name, old, new in changed
        ]
    )
    names = [header(name) for name, _old, _new in changed]
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.NOTE,
        author=user,
        text=gettext("Facts corrected (the reporter's original is kept): %(fields)s.")
        % {"fields": ", ".join(names)},
    )
    log(instance=case, action="grievances.correct", user=user, data={"fields": [n for n, _o, _n in changed]})
    return names


def corrections_by_field(case):
    """{field: [FactCorrection, …]} oldest first: the first one's `before` is the reporter's original."""
    grouped = {}
    for correction in case.fact_corrections.select_related("corrected_by"):
        grouped.setdefault(correction.field, []).append(correction)
    return grouped
