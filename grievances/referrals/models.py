"""Referral partners and referrals: a referral carries only the facts chosen for it, each of which
the reporter agreed to share (see grievances.referrals.actions)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from grievances.cases.fields import SHARED_FACTS
from grievances.cases.states import REFERRAL_OPEN_STATES, ReferralResult, ReferralStatus
from home.models import Province, Topic


class ReferralPartner(models.Model):
    class Kind(models.TextChoices):
        LEGAL_AID = "legal_aid", _("legal aid (LBH)")
        LABOUR_OFFICE = "disnaker", _("labour office (Disnaker)")
        MINISTRY = "kemnaker", _("Ministry of Manpower (Kemnaker)")
        KOMNAS_HAM = "komnas_ham", _("Komnas HAM")
        KOMNAS_PEREMPUAN = "komnas_perempuan", _("Komnas Perempuan")
        ILO = "ilo", _("ILO")
        RSPO = "rspo", _("RSPO complaints panel")
        HEALTH = "health", _("health service")
        CRISIS_CENTRE = "crisis_centre", _("women's crisis centre")
        NGO = "ngo", _("NGO")
        OTHER = "other", _("other")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    provinces = models.ManyToManyField(
        Province, blank=True, related_name="referral_partners", verbose_name=_("provinces served")
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="referral_partners", verbose_name=_("topics served")
    )
    contact_person = models.CharField(_("contact person"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    address = models.TextField(_("address"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("referral partner")
        verbose_name_plural = _("referral partners")

    def __str__(self):
        return self.name


class Referral(models.Model):
    # Its states and how it moves between them: grievances.cases.states and .transitions.
    Status = ReferralStatus
    Result = ReferralResult

    class ConsentMethod(models.TextChoices):
        FORM = "form", _("on the report form")
        PHONE = "phone", _("by phone")
        WHATSAPP = "whatsapp", _("by WhatsApp")
        IN_PERSON = "in_person", _("in person")
        WRITTEN = "written", _("in writing")
        OVERRIDE = "override", _("system owner override")

    OPEN_STATES = REFERRAL_OPEN_STATES

    case = models.ForeignKey("grievances.Case", on_delete=models.CASCADE, related_name="referrals")
    partner = models.ForeignKey(ReferralPartner, on_delete=models.PROTECT, related_name="referrals")
    reason = models.TextField(_("reason for referral"))
    shared_facts = models.JSONField(_("facts shared"), default=list)
    consent_method = models.CharField(
        _("how consent was given"), max_length=12, choices=ConsentMethod.choices
    )
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    consent_recorded_at = models.DateTimeField(_("consent recorded at"), default=timezone.now)
    override_reason = models.TextField(_("reason for overriding consent"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.SENT)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    result = models.CharField(_("result"), max_length=14, choices=Result.choices, blank=True)
    result_reason = models.TextField(_("about the result"), blank=True)
    follow_up_date = models.DateField(_("follow up on"), null=True, blank=True)
    partner_reference = models.CharField(_("partner's reference"), max_length=100, blank=True)
    # Raising the version revokes every partner link issued before.
    link_version = models.PositiveIntegerField(default=1)
    # The facts as shared, {fact key: value}, taken when the referral is made and changed only by
    # a staff action on the timeline: the partner reads these, never the case's current facts.
    shared_snapshot = models.JSONField(_("facts as shared"), default=dict, blank=True)
    # When the current partner link was issued; None while no link works (revoked, never issued).
    link_issued_at = models.DateTimeField(_("partner link issued at"), null=True, blank=True)
    # The letter number, sequential per year, given when the first letter is printed.
    letter_year = models.PositiveSmallIntegerField(null=True, blank=True)
    letter_sequence = models.PositiveIntegerField(null=True, blank=True)
    letter_number = models.CharField(_("letter number"), max_length=80, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    answered_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["letter_year", "letter_sequence"], name="unique_referral_letter_number"
            )
        ]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")

    def __str__(self):
        return f"{self.case} → {self.partner}"

    @property
    def is_open(self):
        return self.status in self.OPEN_STATES

    def shared_fact_labels(self):
        return [fact.label for key, fact in SHARED_FACTS.items() if key in self.shared_facts]


@register_setting(icon="doc-full")
class ReferralLetterSettings(BaseSiteSetting):
    """Who signs the referral letters and whom a partner may contact about them."""

    signatory_name = models.CharField(_("signatory's name"), max_length=150, blank=True)
    signatory_role = models.CharField(_("signatory's role"), max_length=150, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_phone = models.CharField(_("contact person's phone or WhatsApp"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact person's email"), blank=True)

    class Meta:
        verbose_name = _("referral letters")
