"""What the team sees of the channels: a sender's number (only when the reporter allowed it) and,
for the system owner, each channel's health."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from grievances.cases.access import is_system_owner
from grievances.cases.models import Case

from .models import ChannelHealth, OutboundMessage
from .numbers import decrypt_number, has_number_key
from .providers import PROVIDERS, provider

PHONE_CHANNELS = (Case.Channel.WHATSAPP, Case.Channel.SMS)


def number_for_staff(case):
    """The sender's number, '+62…', for a named or confidential reporter who consented to contact;
    "" otherwise (an anonymous reporter's number stays only to answer them on their channel)."""
    if case.identity_mode == Case.IdentityMode.ANONYMOUS or not case.consent_contact:
        return ""
    number = decrypt_number(case.sender_number)
    return f"+{number}" if number else ""


def sender_facts(case):
    """{"shown": bool, "number": str, "reason": str} for the case page; None for other channels."""
    if case.channel not in PHONE_CHANNELS:
        return None
    number = number_for_staff(case)
    if number:
        return {
            "number": number,
            "reason": _("messages to the reporter also go to this number on the channel they used"),
        }
    if not case.sender_number:
        reason = _(
            "not kept (deleted by the reporter, or the case was anonymised): answer on the status page"
        )
    else:
        reason = _(
            "hidden: the reporter is anonymous or did not consent to contact; messages marked for the reporter still reach their phone"
        )
    return {"number": "", "reason": reason}


def health_rows():
    rows = []
    records = {health.provider: health for health in ChannelHealth.objects.all()}
    for name in PROVIDERS:
        health = records.get(name)
        rows.append(
            {
                "name": dict(Case.Channel.choices)[name],
                "configured": provider(name) is not None,
                "health": health,
                "waiting": OutboundMessage.objects.filter(
                    provider=name, sent_at__isnull=True, given_up_at__isnull=True
                ).count(),
                "given_up": OutboundMessage.objects.filter(provider=name, given_up_at__isnull=False).count(),
            }
        )
    return rows


def channel_health_view(request):
    if not is_system_owner(request.user):
        raise PermissionDenied
    return render(
        request,
        "grievances/admin/channel_health.html",
        {"rows": health_rows(), "has_key": has_number_key()},
    )
