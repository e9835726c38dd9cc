"""The register's records: company groups, companies, estates and mills, known buyers; the link a
case team confirms between a case and the register; repeat patterns, collective complaints and the
figures approved for publication."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from grievances.cases.models import Case, CaseGroup
from home.models import Province, Regency, Topic

from .normalise import normalise_company, normalise_estate, split_afdeling


class RegisterEntry(models.Model):
    """What every row of the register has: a name, other names it goes by, where it comes from."""

    name = models.CharField(_("name"), max_length=200)
    aliases = models.TextField(
        _("other names"), blank=True, help_text=_("Other spellings and former names, one per line.")
    )
    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_("Where each fact comes from (a published list, a visit, a document), one per line."),
    )
    notes = models.TextField(_("notes"), blank=True)
    # The name and aliases as matching compares them (grievances.register.normalise).
    normalised_name = models.CharField(max_length=200, editable=False, db_index=True)
    normalised_aliases = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    normalise = staticmethod(normalise_company)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.normalised_name = self.normalise(self.name)[:200]
        self.normalised_aliases = "\n".join(self.normalise(alias) for alias in self.alias_list())
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "normalised_name", "normalised_aliases"}
        super().save(*args, **kwargs)

    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]


class CompanyGroup(RegisterEntry):
    """A company group (grup usaha) owning several companies."""

    class Meta(RegisterEntry.Meta):
        verbose_name = _("company group")
        verbose_name_plural = _("company groups")


class Buyer(RegisterEntry):
    """A buyer known to source palm oil from companies of the register (refiner, trader, brand)."""

    rspo_member = models.BooleanField(_("RSPO member"), default=False)
    complaints_contact = models.TextField(_("grievance contact"), blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("buyer")
        verbose_name_plural = _("buyers")


class Company(RegisterEntry):
    """A company (PT) running estates or mills."""

    group = models.ForeignKey(
        CompanyGroup,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="companies",
        verbose_name=_("company group"),
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("province"),
    )
    rspo_member = models.BooleanField(_("RSPO member"), default=False)
    rspo_member_number = models.CharField(_("RSPO membership number"), max_length=40, blank=True)
    ispo_certified = models.BooleanField(_("ISPO certified"), default=False)
    buyers = models.ManyToManyField(
        Buyer, blank=True, related_name="suppliers", verbose_name=_("known buyers")
    )

    class Meta(RegisterEntry.Meta):
        verbose_name = _("company")
        verbose_name_plural = _("companies")


class Estate(RegisterEntry):
    """An estate (kebun), one of its divisions (afdeling), or a palm-oil mill (PKS)."""

    class Kind(models.TextChoices):
        ESTATE = "estate", _("estate (kebun)")
        AFDELING = "afdeling", _("division (afdeling)")
        MILL = "mill", _("mill (PKS)")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.ESTATE)
    company = models.ForeignKey(
        Company, on_delete=models.PROTECT, related_name="estates", verbose_name=_("company")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="divisions",
        verbose_name=_("estate of this division"),
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("province"),
    )
    regency = models.ForeignKey(
        Regency, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("regency")
    )
    rspo_certified = models.BooleanField(_("RSPO certified unit"), default=False)
    ispo_certified = models.BooleanField(_("ISPO certified"), default=False)

    normalise = staticmethod(normalise_estate)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("estate or mill")
        verbose_name_plural = _("estates and mills")

    def __str__(self):
        if self.kind == self.Kind.AFDELING and self.parent_id:
            return f"{self.parent.name} · {self.name}"
        return self.name

    def save(self, *args, **kwargs):
        if self.parent_id and not self.company_id:
            self.company_id = self.parent.company_id
        super().save(*args, **kwargs)
        if self.kind == self.Kind.AFDELING and self.parent_id:
            # "Kebun Sei Rasau afd II" is matched as its estate's name and the division's.
            combined = self.division_name(self.parent, self.name)
            if combined != self.normalised_name:
                type(self).objects.filter(pk=self.pk).update(normalised_name=combined[:200])
                self.normalised_name = combined[:200]

    @staticmethod
    def division_name(estate, name):
        """How matching names a division: its estate's name and its number ("sei rasau afd 2")."""
        normalised = normalise_estate(name)
        number = split_afdeling(normalised)[1] or normalised
        return f"{normalise_estate(estate.name)} afd {number}"[:200]


class CaseRegisterLink(models.Model):
    """The register entries a case is about, as the case team confirmed them. The reporter's own
    words (Case.employer, Case.estate) stay as they wrote them."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="register_link")
    company = models.ForeignKey(
        Company, on_delete=models.PROTECT, null=True, blank=True, related_name="case_links"
    )
    estate = models.ForeignKey(
        Estate, on_delete=models.PROTECT, null=True, blank=True, related_name="case_links"
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confirmed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("case's register entry")
        verbose_name_plural = _("cases' register entries")

    def __str__(self):
        return f"{self.case} → {self.estate or self.company}"


class RepeatPattern(models.Model):
    """A company or estate with reports from at least GRIEVANCE_REPEAT_MIN_REPORTERS reporters on one
    topic within GRIEVANCE_REPEAT_MONTHS: recorded once, so the team is told once."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="patterns")
    estate = models.ForeignKey(
        Estate, on_delete=models.CASCADE, null=True, blank=True, related_name="patterns"
    )
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    reporters = models.PositiveIntegerField(_("reporters"))
    detected_at = models.DateTimeField(_("detected at"), default=timezone.now)
    notified_at = models.DateTimeField(_("team told at"), null=True, blank=True)

    class Meta:
        ordering = ["-detected_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "topic"],
                condition=models.Q(estate__isnull=True),
                name="unique_company_pattern",
            ),
            models.UniqueConstraint(
                fields=["estate", "topic"],
                condition=models.Q(estate__isnull=False),
                name="unique_estate_pattern",
            ),
        ]
        verbose_name = _("repeat pattern")
        verbose_name_plural = _("repeat patterns")

    def __str__(self):
        return f"{self.estate or self.company} · {self.topic}"


class CollectiveComplaint(models.Model):
    """A complaint to the RSPO, a buyer or Disnaker built from the register and counts of reports,
    tracked like a referral."""

    class Addressee(models.TextChoices):
        RSPO = "rspo", _("RSPO complaints panel")
        BUYER = "buyer", _("buyer")
        DISNAKER = "disnaker", _("labour office (Disnaker)")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SENT = "sent", _("sent")
        ACKNOWLEDGED = "acknowledged", _("acknowledged")
        CLOSED = "closed", _("outcome recorded")

    class Outcome(models.TextChoices):
        UPHELD = "upheld", _("upheld: the company must act")
        PARTLY = "partly", _("partly upheld")
        REJECTED = "rejected", _("rejected")
        WITHDRAWN = "withdrawn", _("withdrawn")

    company = models.ForeignKey(
        Company, on_delete=models.PROTECT, related_name="complaints", verbose_name=_("company")
    )
    estate = models.ForeignKey(
        Estate,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="complaints",
        verbose_name=_("estate"),
    )
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="+", verbose_name=_("topic"))
    addressee = models.CharField(_("addressed to"), max_length=10, choices=Addressee.choices)
    buyer = models.ForeignKey(
        Buyer,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="complaints",
        verbose_name=_("buyer"),
    )
    cases = models.ManyToManyField(Case, related_name="collective_complaints", verbose_name=_("cases"))
    group = models.ForeignKey(
        CaseGroup,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("collective case"),
    )
    reporter_count = models.PositiveIntegerField(_("reporters"))
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    sent_on = models.DateField(_("sent on"), null=True, blank=True)
    acknowledged_on = models.DateField(_("acknowledged on"), null=True, blank=True)
    recipient_reference = models.CharField(_("their reference"), max_length=100, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, blank=True)
    outcome_summary = models.TextField(_("outcome summary"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("collective complaint")
        verbose_name_plural = _("collective complaints")

    def __str__(self):
        return f"{self.get_addressee_display()} · {self.estate or self.company} · {self.topic}"


class ApprovedCompanyFigures(models.Model):
    """The anonymised figures of a company the case team approved for publication: what an editor
    writing about the company may use, fixed at approval."""

    company = models.OneToOneField(Company, on_delete=models.CASCADE, related_name="approved_figures")
    figures = models.JSONField(default=dict)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("figures approved for publication")
        verbose_name_plural = _("figures approved for publication")

    def __str__(self):
        return str(self.company)
