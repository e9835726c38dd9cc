"""Cases, their timeline and attachments, and who among the staff belongs to which federation."""

import secrets

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.core.files.storage import storages
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, Task, TaskState

from home.models import Federation, Province, Regency, Topic

from .lifecycle import Status

# Public references: easy to read aloud and type on a phone. No 0/O, 1/I/L, 2/Z, 5/S, 8/B.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
REFERENCE_LENGTH = 8
# Reporter secrets: 16 characters of a 32-letter alphabet = 80 bits.
SECRET_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
SECRET_LENGTH = 16
DESCRIPTION_MAX_LENGTH = 5000


def new_reference():
    raw = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_reference(value):
    """What a reporter typed, in the stored form: upper case, one hyphen, nothing else."""
    cleaned = "".join(ch for ch in (value or "").upper() if ch in REFERENCE_ALPHABET)
    if len(cleaned) != REFERENCE_LENGTH:
        return None
    return f"{cleaned[:4]}-{cleaned[4:]}"


def new_secret():
    raw = "".join(secrets.choice(SECRET_ALPHABET) for _ in range(SECRET_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, SECRET_LENGTH, 4))


def normalise_secret(value):
    return "".join(ch for ch in (value or "").lower() if ch in SECRET_ALPHABET)


def private_storage():
    return storages["private"]


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
    class Channel(models.TextChoices):
        WEB = "web", _("web form")
        PHONE = "phone", _("phone")
        WHATSAPP = "whatsapp", _("WhatsApp")
        IN_PERSON = "in_person", _("in person")
        EMAIL = "email", _("email")

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
        return self.referrals.filter(status__in=Referral.OPEN_STATES).exists()

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
        secret = new_secret()
        self.reference = reference
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


class CaseArticleLink(models.Model):
    """An article that draws on a case. Only cases whose reporter consented to anonymised use in
    publications may be linked (see grievances.publication), and every linked article goes through
    the case-safety review before it is published."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="article_links")
    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="case_links", verbose_name=_("article")
    )
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("linked by"),
    )
    linked_at = models.DateTimeField(_("linked at"), default=timezone.now)

    class Meta:
        ordering = ["-linked_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["case", "article"], name="unique_case_article_link")]
        verbose_name = _("case–article link")
        verbose_name_plural = _("case–article links")

    def __str__(self):
        return f"{self.case} → {self.article_id}"


class CaseSafetyReviewTask(Task):
    """A step of the editorial workflow: before an article linked to a case is published, an
    operator or coordinator who may see every linked case confirms that nothing in the article
    identifies a reporter. For an article linked to no case the step is skipped at once (Wagtail's
    "skipped" task state), so it never waits on anyone.

    System owners may also confirm. While the article waits here it is locked to everyone else.
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("case-safety review")
        verbose_name_plural = _("case-safety reviews")

    @staticmethod
    def linked_case_ids(obj):
        return set(CaseArticleLink.objects.filter(article_id=obj.pk).values_list("case_id", flat=True))

    def start(self, workflow_state, user=None):
        obj = workflow_state.content_object
        if self.linked_case_ids(obj):
            return super().start(workflow_state, user=user)
        task_state = self.get_task_state_class()(workflow_state=workflow_state)
        task_state.status = TaskState.STATUS_SKIPPED
        task_state.revision = obj.get_latest_revision()
        task_state.task = self
        task_state.finished_at = timezone.now()
        task_state.comment = str(_("No case is linked to this article."))
        task_state.save()
        return task_state

    def may_review(self, obj, user):
        from .access import cases_visible_to, is_system_owner, may_review_publications

        if is_system_owner(user):
            return True
        if not may_review_publications(user):
            return False
        linked = self.linked_case_ids(obj)
        return bool(linked) and cases_visible_to(user).filter(pk__in=linked).count() == len(linked)

    def user_can_access_editor(self, obj, user):
        return self.may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.may_review(obj, user)

    def get_actions(self, obj, user):
        if not self.may_review(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Confirm: nothing identifies a reporter"), False),
            ("approve", _("Confirm with a comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from .access import cases_visible_to, is_system_owner, may_review_publications

        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if is_system_owner(user):
            return in_progress
        if not may_review_publications(user):
            return TaskState.objects.none()
        hidden = CaseArticleLink.objects.exclude(case__in=cases_visible_to(user)).values("article_id")
        reviewable = (
            CaseArticleLink.objects.exclude(article_id__in=hidden)
            .values_list("article_id", flat=True)
            .distinct()
        )
        return in_progress.filter(workflow_state__object_id__in=[str(pk) for pk in reviewable])

    @classmethod
    def get_description(cls):
        return _(
            "An operator or coordinator who may see the cases linked to the article confirms that nothing "
            "in it identifies a reporter. Skipped for articles linked to no case."
        )


def attachment_path(instance, filename):
    # The name is random (see uploads.ProcessedFile.storage_name); the folder is the month.
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


class GrievanceFormPage(RoutablePageMixin, Page):
    """The public report form, placed and worded by editors; also serves the receipt and status pages."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    guidance = RichTextField(
        _("guidance"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Shown beside the form: what helps the team, what happens next, how to stay safe."),
    )
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link", "ul"])
    status_intro = RichTextField(
        _("status page introduction"), blank=True, features=["bold", "italic", "link"]
    )
    ask_employment_status = models.BooleanField(_("ask the employment status"), default=True)
    ask_job = models.BooleanField(_("ask the job"), default=True)
    ask_gender = models.BooleanField(_("ask the gender"), default=True)
    ask_workers_affected = models.BooleanField(_("ask how many workers are affected"), default=True)
    allow_attachments = models.BooleanField(_("allow attachments"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("guidance"),
        FieldPanel("thank_you_text"),
        FieldPanel("status_intro"),
        MultiFieldPanel(
            [
                FieldPanel("ask_employment_status"),
                FieldPanel("ask_job"),
                FieldPanel("ask_gender"),
                FieldPanel("ask_workers_affected"),
                FieldPanel("allow_attachments"),
            ],
            heading=_("Optional questions"),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("grievance form")

    def hidden_questions(self):
        optional = {
            "employment_status": self.ask_employment_status,
            "job": self.ask_job,
            "gender": self.ask_gender,
            "workers_affected": self.ask_workers_affected,
            "attachments": self.allow_attachments,
        }
        return [name for name, asked in optional.items() if not asked]

    @path("")
    def report(self, request):
        from .views import report

        return report(self, request)

    @path("tanda-terima/", name="receipt")
    def receipt(self, request):
        from .views import receipt

        return receipt(self, request)

    @path("terkirim/", name="sent")
    def sent(self, request):
        from .views import sent

        return sent(self, request)

    @path("status/", name="status_lookup")
    def status_lookup(self, request):
        from .views import status_lookup

        return status_lookup(self, request)

    @path("status/kasus/", name="status")
    def status(self, request):
        from .views import status

        return status(self, request)

    @path("status/keluar/", name="status_sign_out")
    def status_sign_out(self, request):
        from .views import status_sign_out

        return status_sign_out(self, request)


class CaseStatisticsPage(Page):
    """The public statistics page: cases by topic, province, status and month, drawn from the
    stored figures (rounded, small counts suppressed; see grievances.figures)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case statistics page")

    def get_context(self, request, *args, **kwargs):
        from .figures import statistics_context

        context = super().get_context(request, *args, **kwargs)
        context.update(statistics_context(request))
        return context


from .figures import PublicCaseFigures  # noqa: E402,F401  (models of this app)
from .referrals import Referral, ReferralPartner  # noqa: E402,F401  (models of this app)
from .reporter_requests import ReporterRequest  # noqa: E402,F401  (models of this app)
