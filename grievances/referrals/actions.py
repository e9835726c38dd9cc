"""Referring a case and recording the answers: each step checked, recorded on the timeline and in
the audit log, and kept in step with the case's own state.

While any referral of a case is open the case is `referred`; it returns to handling when the last
one closes. Both moves go through the case lifecycle (grievances.cases.transitions).
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from grievances.cases.fields import SHARED_FACTS, shared_facts
from grievances.cases.models import CaseEvent
from grievances.cases.roles import ADVISOR, CASE_STAFF, OWNER, REFERRALS
from grievances.cases.states import Status
from grievances.cases.transitions import (
    NETWORK,
    PARTNER,
    ReferralError,
    apply_transition,
    check_referral_step,
    move_referral,
)

from .models import Referral, ReferralPartner

__all__ = [
    "ReferralError",
    "answer_referral",
    "create_referral",
    "facts_the_reporter_allows",
    "suggested_partners",
]


def snapshot_facts(case, keys):
    """{fact key: value} of the facts shared, worded once in the site's language, as the partner
    will read them for as long as the referral lasts."""
    wanted = [key for key in SHARED_FACTS if key in set(keys or ())]
    with translation.override(settings.LANGUAGE_CODE):
        values = [value for _label, value in shared_facts(case, wanted)]
    return dict(zip(wanted, values, strict=True))


def snapshot_as_shown(referral):
    """[(label, value)] of the facts as shared with the partner, in the catalogue's order."""
    return [
        (capfirst(str(fact.label)), referral.shared_snapshot[key])
        for key, fact in SHARED_FACTS.items()
        if key in referral.shared_snapshot
    ]


def facts_the_reporter_allows(case):
    """The facts this case's reporter agreed to share with partners (identity only if given)."""
    allowed = {key for key, fact in SHARED_FACTS.items() if not fact.identity}
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
    if not roles & (CASE_STAFF | {ADVISOR}):
        raise ReferralError(_("You cannot refer this case."))
    if case.status not in (Status.HANDLING, Status.REFERRED):
        raise ReferralError(_("Only a case being handled can be referred."))
    if not partner.is_active:
        raise ReferralError(_("This partner is no longer active."))
    if not (reason or "").strip():
        raise ReferralError(_("Write the reason for the referral."))
    facts = [key for key in SHARED_FACTS if key in set(shared_facts)]
    if not facts:
        raise ReferralError(_("Choose at least one fact to share."))
    unknown = set(shared_facts) - set(SHARED_FACTS)
    if unknown:
        raise ReferralError(_("Unknown facts cannot be shared."))
    if consent_method == Referral.ConsentMethod.OVERRIDE:
        if OWNER not in roles:
            raise ReferralError(_("Only a system owner can refer without the reporter's consent."))
        if not (override_reason or "").strip():
            raise ReferralError(_("Record why the reporter's consent is overridden."))
    elif not case.consent_share_with_partners:
        raise ReferralError(_("The reporter has not consented to sharing with partners."))
    allowed = facts_the_reporter_allows(case)
    refused = [str(SHARED_FACTS[key].label) for key in facts if key not in allowed]
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
            shared_snapshot=snapshot_facts(case, facts),
            link_issued_at=timezone.now(),
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


def answer_referral(referral, answer, *, user=None, note="", reason="", result="", via_link=False):
    """Record the partner's answer (or the network withdrawing); closes the case's referred state
    when the last open referral closes."""
    by = PARTNER if via_link else NETWORK
    data = {"reason": reason or "", "result": result or ""}
    referral.refresh_from_db()
    transition = check_referral_step(referral, answer, by, data)
    with transaction.atomic():
        referral = Referral.objects.select_for_update().get(pk=referral.pk)
        # Checked again under the lock: two answers at once must not both pass.
        check_referral_step(referral, answer, by, data)
        move_referral(referral, transition, data)
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
