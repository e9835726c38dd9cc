"""Referral partners and referrals: what may be shared with whom, with the reporter's consent.

A referral carries only the facts chosen for it, each of which the reporter agreed to share.
Its lifecycle is sent → accepted / declined → completed, or withdrawn; while any referral of a
case is open the case is `referred`, and it returns to handling when the last one closes.
"""

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.models import Province, Topic

# The facts of a case that a referral may carry, in the order a letter lists them.
# Identity facts can only be shared for a reporter who gave them (not anonymous).
SHAREABLE_FACTS = {
    "description": _("what happened"),
    "topics": _("topics"),
    "incident_date": _("when it happened"),
    "employer": _("employer or company"),
    "estate": _("estate or plantation"),
    "place": _("province and regency"),
    "workers_affected": _("workers affected"),
    "employment_status": _("employment status"),
    "reporter_name": _("reporter's name"),
    "reporter_contact": _("reporter's phone and email"),
}
IDENTITY_FACTS = {"reporter_name", "reporter_contact"}
# Minimal by default: what a partner needs to judge whether it can help, nothing about who.
DEFAULT_FACTS = ["description", "topics", "place"]


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
    class Status(models.TextChoices):
        SENT = "sent", _("sent")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        COMPLETED = "completed", _("completed")
        WITHDRAWN = "withdrawn", _("withdrawn")

    class Result(models.TextChoices):
        SUCCESSFUL = "successful", _("successful")
        UNSUCCESSFUL = "unsuccessful", _("unsuccessful")

    class ConsentMethod(models.TextChoices):
        FORM = "form", _("on the report form")
        PHONE = "phone", _("by phone")
        WHATSAPP = "whatsapp", _("by WhatsApp")
        IN_PERSON = "in_person", _("in person")
        WRITTEN = "written", _("in writing")
        OVERRIDE = "override", _("system owner override")

    OPEN_STATES = (Status.SENT, Status.ACCEPTED)

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
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    answered_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")

    def __str__(self):
        return f"{self.case} → {self.partner}"

    @property
    def is_open(self):
        return self.status in self.OPEN_STATES

    def shared_fact_labels(self):
        return [SHAREABLE_FACTS[key] for key in SHAREABLE_FACTS if key in self.shared_facts]


class ReferralError(Exception):
    """A referral step that cannot be taken; the message says why, for the person taking it."""


def facts_the_reporter_allows(case):
    """The facts this case's reporter agreed to share with partners (identity only if given)."""
    allowed = {key for key in SHAREABLE_FACTS if key not in IDENTITY_FACTS}
    if case.identity_mode == case.IdentityMode.NAMED and case.reporter_name:
        allowed.add("reporter_name")
    if (
        case.identity_mode != case.IdentityMode.ANONYMOUS
        and case.consent_contact
        and (case.phone or case.email)
    ):
        allowed.add("reporter_contact")
    return allowed


def suggested_partners(case):
    """Active partners, those serving the case's province and topics first."""
    from django.db.models import Count, Q

    topics = list(case.topics.values_list("pk", flat=True))
    return (
        ReferralPartner.objects.filter(is_active=True)
        .annotate(
            serves_province=Count("provinces", filter=Q(provinces=case.province_id), distinct=True),
            serves_topics=Count("topics", filter=Q(topics__in=topics), distinct=True),
        )
        .order_by("-serves_province", "-serves_topics", "name")
    )


def create_referral(case, partner, user, roles, *, reason, shared_facts, consent_method, override_reason=""):
    """Refer a case: checks partner, consent and each shared fact, then records and moves the case."""
    from django.db import transaction
    from wagtail.log_actions import log

    from .lifecycle import CASE_STAFF, OWNER, REFERRALS, Status, apply_transition
    from .models import CaseEvent

    if not roles & (CASE_STAFF | {"advisor"}):
        raise ReferralError(_("You cannot refer this case."))
    if case.status not in (Status.HANDLING, Status.REFERRED):
        raise ReferralError(_("Only a case being handled can be referred."))
    if not partner.is_active:
        raise ReferralError(_("This partner is no longer active."))
    if not (reason or "").strip():
        raise ReferralError(_("Write the reason for the referral."))
    facts = [key for key in SHAREABLE_FACTS if key in set(shared_facts)]
    if not facts:
        raise ReferralError(_("Choose at least one fact to share."))
    unknown = set(shared_facts) - set(SHAREABLE_FACTS)
    if unknown:
        raise ReferralError(_("Unknown facts cannot be shared."))
    if consent_method == Referral.ConsentMethod.OVERRIDE:
        if OWNER not in roles:
            raise ReferralError(_("Only a system owner can refer without the reporter's consent."))
        if not (override_reason or "").strip():
            raise ReferralError(_("Record why the reporter's consent is overridden."))
    elif not case.consent_share_with_partners:
        raise ReferralError(_("The reporter has not consented to sharing with partners."))
    refused = [str(SHAREABLE_FACTS[key]) for key in facts if key not in facts_the_reporter_allows(case)]
    if refused:
        raise ReferralError(
            _("The reporter did not consent to share: %(facts)s.") % {"facts": ", ".join(refused)}
        )

    with transaction.atomic():
        referral = Referral.objects.create(
            case=case,
            partner=partner,
            reason=reason.strip(),
            shared_facts=facts,
            consent_method=consent_method,
            consent_recorded_by=user,
            override_reason=(override_reason or "").strip(),
            created_by=user,
        )
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.REFERRAL,
            author=user,
            text=_("Referred to %(partner)s. Shared: %(facts)s.")
            % {
                "partner": partner.name,
                "facts": ", ".join(str(label) for label in referral.shared_fact_labels()),
            },
        )
        log(
            instance=case,
            action="grievances.referral",
            user=user,
            data={"referral": referral.pk, "step": "sent"},
        )
        if case.status == Status.HANDLING:
            apply_transition(case, "refer", user, frozenset({REFERRALS}))
    return referral


# What each answer does: allowed from which states, and the state it leads to.
ANSWERS = {
    "accept": ((Referral.Status.SENT,), Referral.Status.ACCEPTED),
    "decline": ((Referral.Status.SENT,), Referral.Status.DECLINED),
    "complete": ((Referral.Status.ACCEPTED,), Referral.Status.COMPLETED),
    "withdraw": ((Referral.Status.SENT, Referral.Status.ACCEPTED), Referral.Status.WITHDRAWN),
}


def answer_referral(referral, answer, *, user=None, note="", reason="", result="", via_link=False):
    """Record the partner's answer (or the network withdrawing); closes the case's referred state
    when the last open referral closes."""
    from django.db import transaction
    from wagtail.log_actions import log

    from .lifecycle import REFERRALS, Status, apply_transition
    from .models import CaseEvent

    if answer not in ANSWERS:
        raise ReferralError(_("Unknown answer."))
    if answer == "withdraw" and via_link:
        raise ReferralError(_("Only the network can withdraw a referral."))
    sources, target = ANSWERS[answer]
    referral.refresh_from_db()
    if referral.status not in sources:
        raise ReferralError(_("This referral has already been answered."))
    if answer == "decline" and not (reason or "").strip():
        raise ReferralError(_("Give the reason for declining."))
    if answer == "complete":
        if result not in Referral.Result.values:
            raise ReferralError(_("Say whether the referral was successful."))
        if not (reason or "").strip():
            raise ReferralError(_("Describe the result."))

    with transaction.atomic():
        referral = Referral.objects.select_for_update().get(pk=referral.pk)
        if referral.status not in sources:
            raise ReferralError(_("This referral has already been answered."))
        now = timezone.now()
        referral.status = target
        if answer in ("accept", "decline"):
            referral.answered_at = now
        if answer == "decline":
            referral.decline_reason = reason.strip()
        if answer == "complete":
            referral.result, referral.result_reason = result, reason.strip()
        if not referral.is_open:
            referral.closed_at = now
        referral.save()
        who = (
            referral.partner.name
            if via_link
            else (user.get_full_name() or user.get_username() if user else "")
        )
        text = _("Referral to %(partner)s: %(status)s.") % {
            "partner": referral.partner.name,
            "status": referral.get_status_display(),
        }
        details = " ".join(part for part in (reason.strip(), note.strip()) if part)
        CaseEvent.objects.create(
            case=referral.case,
            kind=CaseEvent.Kind.REFERRAL,
            author=user,
            text=f"{text} {details}".strip() + (f" ({who})" if who else ""),
        )
        log(
            instance=referral.case,
            action="grievances.referral",
            user=user,
            data={"referral": referral.pk, "step": answer, "via_link": via_link},
        )
        case = referral.case
        if case.status == Status.REFERRED and not case.has_open_referral():
            apply_transition(case, "referrals_closed", user, frozenset({REFERRALS}))
    return referral


LINK_SALT = "grievances.referral-link"


def partner_link_token(referral):
    return signing.dumps({"r": referral.pk, "v": referral.link_version}, salt=LINK_SALT)


def referral_for_link(referral_id, token):
    """The referral a partner link opens, or a ReferralError saying plainly why it cannot."""
    max_age = getattr(settings, "GRIEVANCE_REFERRAL_LINK_DAYS", 30) * 24 * 60 * 60
    try:
        data = signing.loads(token, salt=LINK_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise ReferralError(_("This link has expired. Ask the network for a new one.")) from None
    except signing.BadSignature:
        raise ReferralError(_("This link is not valid.")) from None
    if data.get("r") != referral_id:
        raise ReferralError(_("This link is not valid."))
    referral = Referral.objects.select_related("case", "partner").filter(pk=referral_id).first()
    if referral is None or data.get("v") != referral.link_version:
        raise ReferralError(_("This link has been withdrawn. Ask the network for a new one."))
    return referral


def revoke_partner_links(referral):
    Referral.objects.filter(pk=referral.pk).update(link_version=models.F("link_version") + 1)
    referral.refresh_from_db(fields=["link_version"])


def referral_figures(cases):
    """Per partner, over the referrals of the given cases: sent, acceptance rate, median days to
    answer, outcomes. `cases` is already scoped to what the reader may see."""
    import statistics

    rows = {}
    referrals = Referral.objects.filter(case__in=cases).select_related("partner").order_by("partner__name")
    for referral in referrals:
        row = rows.setdefault(
            referral.partner_id,
            {
                "partner": referral.partner,
                "sent": 0,
                "accepted": 0,
                "answered": 0,
                "days": [],
                "outcomes": {},
            },
        )
        row["sent"] += 1
        if referral.answered_at:
            row["answered"] += 1
            row["days"].append((referral.answered_at - referral.created_at).total_seconds() / 86400)
        if referral.status in (Referral.Status.ACCEPTED, Referral.Status.COMPLETED):
            row["accepted"] += 1
        key = referral.result or referral.status
        row["outcomes"][key] = row["outcomes"].get(key, 0) + 1
    figures = []
    for row in rows.values():
        figures.append(
            {
                "partner": row["partner"],
                "sent": row["sent"],
                "acceptance_rate": round(100 * row["accepted"] / row["answered"])
                if row["answered"]
                else None,
                "median_days_to_answer": round(statistics.median(row["days"]), 1) if row["days"] else None,
                "successful": row["outcomes"].get(Referral.Result.SUCCESSFUL, 0),
                "unsuccessful": row["outcomes"].get(Referral.Result.UNSUCCESSFUL, 0),
                "declined": row["outcomes"].get(Referral.Status.DECLINED, 0),
                "open": row["outcomes"].get(Referral.Status.SENT, 0)
                + row["outcomes"].get(Referral.Status.ACCEPTED, 0),
            }
        )
    return figures
