"""Messages to reporters' phones: queued encrypted, sent by a task, retried, then wiped.

A staff message visible to the reporter goes out on the channel the reporter used, with nothing
but the message itself; on WhatsApp outside the 24-hour window, the approved template (no case
content) invites the reporter to reply STATUS, which opens the window and fetches the message.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from grievances.cases.models import Case, CaseEvent
from grievances.conf import conf

from .messages import DeliveryError
from .models import ChannelHealth, Conversation, OutboundMessage
from .numbers import decrypt_number, decrypt_text, encrypt_number, encrypt_text, has_number_key
from .providers import provider

logger = logging.getLogger(__name__)
WHATSAPP_WINDOW = datetime.timedelta(hours=24)


def queue_message(provider_name, number, text, *, case=None, event=None, use_template=False):
    """Keep a message (encrypted) and hand it to the queue once the transaction commits."""
    outbound = OutboundMessage.objects.create(
        provider=provider_name,
        case=case,
        event=event,
        recipient=encrypt_number(number),
        body=encrypt_text(text),
        use_template=use_template,
    )
    transaction.on_commit(lambda: deliver_outbound.enqueue(outbound.pk))
    return outbound


def _forget(outbound, **values):
    outbound.recipient = ""
    outbound.body = ""
    for name, value in values.items():
        setattr(outbound, name, value)


def deliver(outbound):
    """One attempt at one message; True when the provider took it. Failures are kept for a retry
    until GRIEVANCE_CHANNEL_DELIVERY_ATTEMPTS, or given up at once when retrying cannot help."""
    if outbound.sent_at or outbound.given_up_at:
        return False
    adapter = provider(outbound.provider)
    now = timezone.now()
    outbound.attempts += 1
    try:
        if adapter is None:
            raise DeliveryError(f"{outbound.provider}: not configured")
        number, text = decrypt_number(outbound.recipient), decrypt_text(outbound.body)
        if not number or not text:
            raise DeliveryError(f"{outbound.provider}: recipient or text unreadable", permanent=True)
        try:
            adapter.send(number, text, use_template=outbound.use_template)
        except DeliveryError as error:
            if not error.outside_window or outbound.use_template:
                raise
            outbound.use_template = True
            adapter.send(number, text, use_template=True)
    except DeliveryError as error:
        outbound.last_error = error.reason[:200]
        if error.permanent or outbound.attempts >= conf.CHANNEL_DELIVERY_ATTEMPTS:
            _forget(outbound, given_up_at=now)
        outbound.save()
        health, _created = ChannelHealth.objects.get_or_create(provider=outbound.provider)
        health.last_failure_at = now
        health.last_failure = outbound.last_error
        health.failures_since_delivery += 1
        health.save()
        logger.warning("Channel message %s not delivered (attempt %s)", outbound.pk, outbound.attempts)
        return False
    _forget(outbound, sent_at=now, last_error="")
    outbound.save()
    if outbound.event_id and not outbound.use_template:
        # The reporter has read it on their phone: STATUS does not send it again.
        Conversation.objects.filter(case_id=outbound.case_id, seen_event_id__lt=outbound.event_id).update(
            seen_event_id=outbound.event_id
        )
    ChannelHealth.record(outbound.provider, last_delivery_at=now, failures_since_delivery=0)
    return True


def deliver_pending():
    """Try again every message still waiting; returns how many went out."""
    pending = OutboundMessage.objects.filter(sent_at__isnull=True, given_up_at__isnull=True)
    return sum(deliver(outbound) for outbound in pending)


def in_whatsapp_window(conversation, now=None):
    last = conversation.last_inbound_at if conversation else None
    return last is not None and (now or timezone.now()) - last < WHATSAPP_WINDOW


def send_staff_message(event):
    """Queue a staff message visible to the reporter on the reporter's channel; None if none applies."""
    case = event.case
    if case.channel not in (Case.Channel.WHATSAPP, Case.Channel.SMS) or not case.sender_number:
        return None
    if not has_number_key() or provider(case.channel) is None:
        return None
    number = decrypt_number(case.sender_number)
    if not number:
        return None
    conversation = Conversation.objects.filter(provider=case.channel, sender_key=case.sender_key).first()
    language = conversation.language if conversation else "id"
    use_template = case.channel == Case.Channel.WHATSAPP and not in_whatsapp_window(conversation)
    with translation.override(language):
        text = _("JAPBUSI: %(message)s") % {"message": event.text}
    return queue_message(case.channel, number, text, case=case, event=event, use_template=use_template)


def is_staff_message(event):
    return (
        event.kind == CaseEvent.Kind.MESSAGE
        and event.visibility == CaseEvent.Visibility.REPORTER
        and not event.from_reporter
    )


# Tasks (django-tasks: in-process by default, a worker queue in production).


@task()
def deliver_outbound(outbound_id):
    outbound = OutboundMessage.objects.filter(pk=outbound_id).first()
    if outbound is not None:
        deliver(outbound)


@task()
def retry_channel_messages():
    return deliver_pending()
