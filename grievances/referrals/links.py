"""Partner links: a signed address that opens one referral while it is open, consent stands and
the link is current; exchanged at once for a session and a token-free address.

A link carries the referral and its link version, signed but without a timestamp, so the case
page can show the same link for copying (to send by WhatsApp) until staff renew or revoke it.
It stops working when:
- the referral closes in any way (withdrawn, declined, completed);
- the reporter's consent to sharing with partners is withdrawn (unless a system owner overrode it);
- the case is corrected at the reporter's request or anonymised (grievances.privacy);
- staff revoke it, renew it (a new version) or GRIEVANCE_REFERRAL_LINK_DAYS pass since it was issued.

The token is in the first request's path only: the view puts the referral in the session and
redirects to /rujukan/<id>/, and every log line masks it (`mask_partner_tokens`).
"""

import datetime

from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from grievances.cases.models import CaseEvent
from grievances.conf import conf

from .actions import ReferralError, snapshot_facts
from .models import Referral

# A new salt: links issued before snapshots existed (timestamped, showing current facts) fail.
LINK_SALT = "grievances.referral-link.2"
SESSION_KEY = "partner_referrals"


def partner_link_token(referral):
    return signing.Signer(salt=LINK_SALT).sign_object({"r": referral.pk, "v": referral.link_version})


def link_expires_at(referral):
    if referral.link_issued_at is None:
        return None
    return referral.link_issued_at + datetime.timedelta(days=conf.REFERRAL_LINK_DAYS)


def link_refusal(referral):
    """Why the referral's partner link does not work now, or None when it does."""
    case = referral.case
    if case.anonymised_at is not None:
        return _("This link has been withdrawn. Ask the network for a new one.")
    if not referral.is_open:
        return _("This referral is closed. Thank you.")
    if referral.consent_method != Referral.ConsentMethod.OVERRIDE and not case.consent_share_with_partners:
        return _("This link has been withdrawn. Ask the network for a new one.")
    expires = link_expires_at(referral)
    if expires is None:
        return _("This link has been withdrawn. Ask the network for a new one.")
    if expires <= timezone.now():
        return _("This link has expired. Ask the network for a new one.")
    return None


def referral_for_link(referral_id, token=None, version=None):
    """The referral a partner link (or a session holding its version) opens, or a ReferralError
    saying plainly why it cannot."""
    if token is not None:
        try:
            data = signing.Signer(salt=LINK_SALT).unsign_object(token)
        except signing.BadSignature:
            raise ReferralError(_("This link is not valid.")) from None
        if data.get("r") != referral_id:
            raise ReferralError(_("This link is not valid."))
        version = data.get("v")
    referral = Referral.objects.select_related("case", "partner").filter(pk=referral_id).first()
    if referral is None or version is None or version != referral.link_version:
        raise ReferralError(_("This link has been withdrawn. Ask the network for a new one."))
    refusal = link_refusal(referral)
    if refusal:
        raise ReferralError(refusal)
    return referral


def _record(referral, user, text, step):
    CaseEvent.objects.create(case=referral.case, kind=CaseEvent.Kind.REFERRAL, author=user, text=text)
    log(
        instance=referral.case,
        action="grievances.referral",
        user=user,
        data={"referral": referral.pk, "step": step},
    )


def issue_partner_link(referral, user):
    """A new link (earlier ones stop working), valid for GRIEVANCE_REFERRAL_LINK_DAYS; on the timeline."""
    Referral.objects.filter(pk=referral.pk).update(
        link_version=models.F("link_version") + 1, link_issued_at=timezone.now()
    )
    referral.refresh_from_db(fields=["link_version", "link_issued_at"])
    if not referral.shared_snapshot:
        # Made before snapshots existed: the facts as they are now become what the partner sees.
        update_snapshot(referral, user)
    _record(
        referral,
        user,
        _("New partner link for %(partner)s, valid until %(date)s; earlier links no longer work.")
        % {
            "partner": referral.partner.name,
            "date": timezone.localtime(link_expires_at(referral)).strftime("%d-%m-%Y %H:%M"),
        },
        "link renewed",
    )
    return referral


def revoke_partner_links(referral, user=None, reason=None):
    """Every link to the referral stops working until staff issue a new one."""
    Referral.objects.filter(pk=referral.pk).update(
        link_version=models.F("link_version") + 1, link_issued_at=None
    )
    referral.refresh_from_db(fields=["link_version", "link_issued_at"])
    _record(
        referral,
        user,
        reason or _("Partner links to %(partner)s revoked.") % {"partner": referral.partner.name},
        "link revoked",
    )


def revoke_case_partner_links(case, user, reason):
    """After a correction: every open referral's link stops working (staff renew it)."""
    for referral in Referral.objects.filter(case=case, link_issued_at__isnull=False).select_related(
        "partner", "case"
    ):
        revoke_partner_links(referral, user, reason)


def update_snapshot(referral, user):
    """Staff share the case's current facts (the same facts as before) with the partner."""
    referral.shared_snapshot = snapshot_facts(referral.case, referral.shared_facts)
    Referral.objects.filter(pk=referral.pk).update(shared_snapshot=referral.shared_snapshot)
    _record(
        referral,
        user,
        _("The facts shared with %(partner)s were updated to the case's current facts.")
        % {"partner": referral.partner.name},
        "facts updated",
    )
