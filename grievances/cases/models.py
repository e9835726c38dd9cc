"""The case and what belongs to it: timeline, files, collective groups, staff notifications, and
which federations each staff member belongs to."""

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from home.models import Federation, Province, Regency, Topic

from .references import DESCRIPTION_MAX_LENGTH, new_reference, new_secret, normalise_secret
from .states import REFERRAL_OPEN_STATES, Status
from .storage import private_storage


class FederationMembership(models.Model):
    """A staff member belongs to zero or more federations; case access follows it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="federation_memberships"
    )
    federation = models.ForeignKey(Federation, on_delete=models.CASCADE, related_name="memberships")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "federation"], name="unique_membership")]
        verbose_name = _("federation membership")
        verbose_name_plural = _("federation memberships")

    def __str__(self):
        return f"{self.user} – {self.federation}"


class CaseGroup(models.Model):
    """A collective case: reports from the same estate or employer handled together."""

    name = models.CharField(_("name"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("collective case")
        verbose_name_plural = _("collective cases")

    def __str__(self):
        return self.name


class Case(models.Model):
    # Wagtail's usage screens (of a province, federation, topic) would list cases without the case
    # access rules: cases stay out of its reference index (tests/grievances/tracker/test_reference_index.py).
    wagtail_reference_index_ignore = True

    class Channel(models.TextChoices):
        WEB = "web", _("web form")
        PHONE = "phone", _("phone")
        WHATSAPP = "whatsapp", _("WhatsApp")
        IN_PERSON = "in_person", _("in person")
        EMAIL = "email", _("email")
        SMS = "sms", _("SMS")

    class IdentityMode(models.TextChoices):
        ANONYMOUS = "anonymous", _("anonymous: I do not give my name or contact")
        CONFIDENTIAL = "confidential", _("confidential: only the case team may know who I am")
        NAMED = "named", _("named: my name may be used when the team acts on the case")

    class EmploymentStatus(models.TextChoices):
        PERMANENT = "pkwtt", _("permanent worker (PKWTT)")
        CONTRACT = "pkwt", _("contract worker (PKWT)")
        DAILY = "bhl", _("daily casual worker (BHL)")
        OUTSOURCED = "outsourced", _("outsourced worker")
        OTHER = "other", _("other")

    class Gender(models.TextChoices):
        WOMAN = "woman", _("woman")
        MAN = "man", _("man")
        OTHER = "other", _("another answer")

    class ContactChannel(models.TextChoices):
        PHONE = "phone", _("phone call")
        WHATSAPP = "whatsapp", _("WhatsApp")
        SMS = "sms", _("SMS")
        EMAIL = "email", _("email")

    class DisputeStage(models.TextChoices):
        BIPARTITE = "bipartite", _("bipartite talks")
        MEDIATION = "mediation", _("Disnaker mediation")
        COURT = "court", _("Industrial Relations Court (PHI)")

    class RejectionReason(models.TextChoices):
        OUT_OF_SCOPE = "out_of_scope", _("out of scope")
        NOT_ENOUGH = "not_enough", _("not enough information")
        DUPLICATE = "duplicate", _("duplicate of another case")
        WITHDRAWN = "withdrawn", _("withdrawn by the reporter")

    class Outcome(models.TextChoices):
        WON = "won", _("won")
        PARTLY = "partly", _("partly won")
        NOT_RESOLVED = "not_resolved", _("not resolved")
        WITHDRAWN = "withdrawn", _("withdrawn")

    reference = models.CharField(_("reference"), max_length=9, unique=True, editable=False)
    secret_hash = models.CharField(max_length=200, editable=False)
    # A signed, random token carried by each form; a second POST of the same form finds the
    # case the first one created instead of making another.
    submission_token = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices, default=Channel.WEB)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED)

    identity_mode = models.CharField(
        _("identity"), max_length=12, choices=IdentityMode.choices, default=IdentityMode.ANONYMOUS
    )
    reporter_name = models.CharField(_("name"), max_length=150, blank=True)
    phone = models.CharField(_("phone or WhatsApp number"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    safe_contact_channel = models.CharField(
        _("safe way to contact"), max_length=10, choices=ContactChannel.choices, blank=True
    )
    safe_contact_time = models.CharField(_("safe time to contact"), max_length=150, blank=True)

    # The number a WhatsApp or SMS report came from, encrypted (grievances/channels/numbers.py), kept
    # only to answer on that channel; and its keyed hash, to recognise the sender's next message.
    sender_number = models.TextField(_("sender's number (encrypted)"), blank=True, editable=False)
    sender_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    employment_status = models.CharField(
        _("employment status"), max_length=12, choices=EmploymentStatus.choices, blank=True
    )
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices, blank=True)
    job = models.CharField(_("job"), max_length=150, blank=True)
    employer = models.CharField(_("employer or company"), max_length=200, blank=True)
    estate = models.CharField(_("estate or plantation"), max_length=200, blank=True)
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("province"),
    )
    regency = models.ForeignKey(
        Regency, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("regency")
    )
    federation = models.ForeignKey(
        Federation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("federation"),
        help_text=_("Empty when the reporter is not a member or does not know."),
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="cases", verbose_name=_("topics"))
    description = models.TextField(_("what happened"), max_length=DESCRIPTION_MAX_LENGTH)
    incident_date = models.DateField(_("when it happened"), null=True, blank=True)
    incident_date_is_approximate = models.BooleanField(_("the date is approximate"), default=False)
    workers_affected = models.PositiveIntegerField(_("workers affected"), null=True, blank=True)

    risk_retaliation = models.BooleanField(_("fear of retaliation"), default=False)
    risk_emergency = models.BooleanField(_("safety or health emergency"), default=False)
    risk_child_labour = models.BooleanField(_("child labour"), default=False)
    risk_gbv = models.BooleanField(_("sexual harassment or gender-based violence"), default=False)

    consent_contact = models.BooleanField(_("consents to be contacted"), default=False)
    consent_share_with_partners = models.BooleanField(
        _("consents to sharing with referral partners"), default=False
    )
    consent_anonymised_publication = models.BooleanField(
        _("consents to anonymised use in publications"), default=False
    )
    consent_recorded_at = models.DateTimeField(_("consent recorded at"), null=True, blank=True)

    # Handling
    responsible_operator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cases_responsible",
        verbose_name=_("responsible operator"),
    )
    legal_advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cases_advised",
        verbose_name=_("legal advisor"),
    )
    handlers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="cases_handled",
        verbose_name=_("named handlers"),
        help_text=_("Only named handlers (and system owners) see a sensitive case."),
    )
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    dispute_stage = models.CharField(
        _("dispute stage"), max_length=12, choices=DisputeStage.choices, blank=True
    )
    dispute_stage_started_on = models.DateField(_("dispute stage started on"), null=True, blank=True)
    rejection_reason = models.CharField(
        _("why it cannot be processed"), max_length=16, choices=RejectionReason.choices, blank=True
    )
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("duplicate of"),
    )
    group = models.ForeignKey(
        CaseGroup,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("collective case"),
    )
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices, blank=True)
    outcome_summary = models.TextField(_("outcome summary"), blank=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    # Set when personal data and files were removed (retention or the reporter's erasure request).
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        # The listing sorts by arrival and filters by status and deadline over every case.
        indexes = [
            models.Index(fields=["-created_at"], name="case_created_idx"),
            # An operator's listing: their federation's newest cases, without reading past every
            # newer case of the other federations (most of them, for a small federation).
            models.Index(fields=["federation", "-created_at"], name="case_federation_created_idx"),
            models.Index(fields=["status", "deadline"], name="case_status_deadline_idx"),
            models.Index(fields=["employer"], name="case_employer_idx"),
        ]
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def __str__(self):
        return self.reference

    @property
    def is_sensitive(self):
        """Cases that only named handlers may see (DESIGN §4)."""
        return self.risk_gbv or self.risk_child_labour

    def has_open_referral(self):
        return self.referrals.filter(status__in=REFERRAL_OPEN_STATES).exists()

    @property
    def is_overdue(self):
        return self.deadline is not None and self.deadline < timezone.now()

    @property
    def deadline_state(self):
        """The deadline as the listing shows it: overdue cases stand out."""
        if self.deadline is None:
            return "–"
        date = formats.date_format(timezone.localtime(self.deadline), "j M Y")
        return f"⚠ {date} · {_('overdue')}" if self.is_overdue else date

    @property
    def is_urgent(self):
        return self.risk_emergency or self.risk_retaliation or self.is_sensitive

    def assign_reference_and_secret(self):
        """Give a new case its public reference and secret; returns the secret, which is not kept."""
        reference = new_reference()
        while Case.objects.filter(reference=reference).exists():
            reference = new_reference()
        self.reference = reference
        return self.assign_secret()

    def assign_secret(self):
        """Give the case a new secret, stored hashed; returns the secret, which is not kept."""
        secret = new_secret()
        self.secret_hash = make_password(normalise_secret(secret), hasher="pbkdf2_sha256_reporter_secret")
        return secret

    def check_secret(self, secret):
        return check_password(normalise_secret(secret), self.secret_hash)


class CaseEvent(models.Model):
    """One entry on a case's timeline: internal to staff, or visible to the reporter."""

    class Kind(models.TextChoices):
        CREATED = "created", _("case received")
        STATUS = "status", _("status change")
        NOTE = "note", _("internal note")
        MESSAGE = "message", _("message")
        ATTACHMENT = "attachment", _("files added")
        ASSIGNMENT = "assignment", _("assignment")
        REFERRAL = "referral", _("referral")
        ARTICLE = "article", _("article link")

    class Visibility(models.TextChoices):
        INTERNAL = "internal", _("internal")
        REPORTER = "reporter", _("visible to the reporter")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    visibility = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.INTERNAL)
    from_reporter = models.BooleanField(default=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.TextField(blank=True)
    status_from = models.CharField(max_length=12, choices=Status.choices, blank=True)
    status_to = models.CharField(max_length=12, choices=Status.choices, blank=True)
    is_unread = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline entries")

    def __str__(self):
        return f"{self.case} · {self.get_kind_display()}"


def attachment_path(instance, filename):
    # The name is random (see grievances.intake.uploads.ProcessedFile.storage_name); the folder is the month.
    return timezone.now().strftime("cases/%Y/%m/") + filename


class CaseAttachment(models.Model):
    """A file a reporter or handler added, kept outside the public media root."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    event = models.ForeignKey(
        CaseEvent, on_delete=models.SET_NULL, null=True, blank=True, related_name="attachments"
    )
    file = models.FileField(upload_to=attachment_path, storage=private_storage, max_length=255)
    original_name = models.CharField(_("original name"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=10)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    original_sha256 = models.CharField(_("SHA-256 of the original"), max_length=64)
    from_reporter = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name or self.file.name


class StaffNotification(models.Model):
    """An email telling staff that something waits; kept until sent, so a mail failure loses nothing."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notifications")
    recipients = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("staff notification")
        verbose_name_plural = _("staff notifications")

    def __str__(self):
        return f"{self.case} → {len(self.recipients)}"
