"""Partner links: a signed address that opens one referral, expires, and can be revoked."""

from django.core import signing
from django.db import models
from django.utils.translation import gettext_lazy as _

from grievances.conf import conf

from .actions import ReferralError
from .models import Referral

LINK_SALT = "grievances.referral-link"


def partner_link_token(referral):
    return signing.dumps({"r": referral.pk, "v": referral.link_version}, salt=LINK_SALT)


def referral_for_link(referral_id, token):
    """The referral a partner link opens, or a ReferralError saying plainly why it cannot."""
    max_age = conf.REFERRAL_LINK_DAYS * 24 * 60 * 60
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
