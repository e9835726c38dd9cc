"""What follows a resolution: remedies promised and delivered, the reporter's verdict and rating,
and the retaliation check-ins after closure. What they do is in grievances.aftercare."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Case
from .storage import private_storage


class RemedyItem(models.Model):
    """One remedy promised to the reporter, and whether it was delivered (DESIGN §3)."""

    class Kind(models.TextChoices):
        BACK_PAY = "back_pay", _("back pay")
        REINSTATEMENT = "reinstatement", _("reinstatement")
        PERMANENT_CONTRACT = "permanent", _("permanent contract (PKWT to PKWTT)")
        BPJS = "bpjs", _("BPJS enrolment")
        SAFETY_FIX = "safety", _("safety fix")
        HARASSMENT_ENDED = "harassment", _("an end to harassment")
        OTHER = "other", _("other")

    class ReporterAnswer(models.TextChoices):
        RECEIVED = "received", _("received")
        NOT_RECEIVED = "not_received", _("not received")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="remedies")
    kind = models.CharField(_("remedy"), max_length=14, choices=Kind.choices)
    promised = models.CharField(_("what was promised"), max_length=300)
    amount_rupiah = models.PositiveBigIntegerField(
        _("amount (rupiah)"), null=True, blank=True, help_text=_("For back pay: the amount promised.")
    )
    promised_by = models.CharField(_("promised by"), max_length=200)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    delivered_on = models.DateField(_("delivered on"), null=True, blank=True)
    delivery_note = models.TextField(_("how it was delivered"), blank=True)
    reporter_answer = models.CharField(
        _("the reporter says"), max_length=14, choices=ReporterAnswer.choices, blank=True
    )
    reporter_answered_at = models.DateTimeField(null=True, blank=True)
    # Set when the team was told that the reporter has not received it after its due date.
    overdue_since = models.DateTimeField(_("overdue since"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("remedy")
        verbose_name_plural = _("remedies")

    def __str__(self):
        return f"{self.case} · {self.get_kind_display()}"

    @property
    def is_delivered(self):
        return self.delivered_on is not None or self.reporter_answer == self.ReporterAnswer.RECEIVED


def evidence_path(instance, filename):
    return timezone.now().strftime("remedies/%Y/%m/") + filename


class RemedyEvidence(models.Model):
    """A file showing a remedy was delivered: private storage, cleaned like case attachments."""

    remedy = models.ForeignKey(RemedyItem, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(upload_to=evidence_path, storage=private_storage, max_length=255)
    original_name = models.CharField(_("original name"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=10)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    original_sha256 = models.CharField(_("SHA-256 of the original"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("evidence of delivery")
        verbose_name_plural = _("evidence of delivery")

    def __str__(self):
        return self.original_name or self.file.name


class ReporterVerdict(models.Model):
    """The reporter's answer to one resolution: confirmed, objected (with a reason) or silent."""

    class Answer(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        OBJECTED = "objected", _("objected")
        SILENT = "silent", _("no answer within the reply window")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="verdicts")
    answer = models.CharField(_("answer"), max_length=10, choices=Answer.choices)
    reason = models.TextField(_("reason"), blank=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("reporter's verdict")
        verbose_name_plural = _("reporter's verdicts")

    def __str__(self):
        return f"{self.case} · {self.get_answer_display()}"


class ReporterRating(models.Model):
    """How the reporter rates the handling: kept apart from the case's facts, one per case."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="rating")
    score = models.PositiveSmallIntegerField(
        _("rating"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("reporter's rating")
        verbose_name_plural = _("reporter's ratings")

    def __str__(self):
        return f"{self.case} · {self.score or '–'}"


class RetaliationCheckIn(models.Model):
    """One question after closure: has the reporter suffered retaliation since reporting?"""

    class Answer(models.TextChoices):
        NO = "no", _("no")
        DISMISSAL = "dismissal", _("dismissal")
        TRANSFER = "transfer", _("transfer")
        NOT_RENEWED = "not_renewed", _("contract not renewed")
        WAGE_CUT = "wage_cut", _("wage cut")
        THREATS = "threats", _("threats")
        OTHER = "other", _("other")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="checkins")
    due_on = models.DateField(_("due on"))
    answer = models.CharField(_("answer"), max_length=12, choices=Answer.choices, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    retaliation_case = models.ForeignKey(
        Case,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="retaliation_source",
        verbose_name=_("retaliation case"),
    )

    class Meta:
        ordering = ["due_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["case", "due_on"], name="unique_checkin_day")]
        verbose_name = _("retaliation check-in")
        verbose_name_plural = _("retaliation check-ins")

    def __str__(self):
        return f"{self.case} · {self.due_on}"
