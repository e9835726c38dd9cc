"""What the channels keep: threads of senders, the message ids already seen, the outbox, health.

None of these tables holds a phone number in clear: a sender is a keyed hash
(grievances/channels/numbers.py), the outbox holds the recipient and text encrypted until sent.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from grievances.cases.models import Case, CaseEvent

PROVIDER_CHOICES = [
    (Case.Channel.WHATSAPP.value, Case.Channel.WHATSAPP.label),
    (Case.Channel.SMS.value, Case.Channel.SMS.label),
]


class Conversation(models.Model):
    """One sender's thread on one provider: the report being written, the case it follows."""

    provider = models.CharField(max_length=12, choices=PROVIDER_CHOICES)
    sender_key = models.CharField(max_length=64)
    language = models.CharField(max_length=2, default="id")
    # The question waiting for an answer; empty when no report is being written.
    step = models.CharField(max_length=20, blank=True)
    # The answers so far of a report being written; deleted by BATAL, or when left unfinished.
    answers = models.JSONField(default=dict, blank=True)
    case = models.ForeignKey(Case, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    # The last staff message the sender has already been sent (STATUS sends only newer ones).
    seen_event_id = models.PositiveBigIntegerField(default=0)
    last_inbound_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "sender_key"], name="unique_channel_sender")
        ]
        verbose_name = _("channel conversation")
        verbose_name_plural = _("channel conversations")

    def __str__(self):
        return f"{self.provider} #{self.pk}"


class SeenMessage(models.Model):
    """A provider's message id already handled (hashed): a replayed webhook does nothing twice."""

    provider = models.CharField(max_length=12, choices=PROVIDER_CHOICES)
    key = models.CharField(max_length=64, unique=True)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("message already received")
        verbose_name_plural = _("messages already received")

    def __str__(self):
        return f"{self.provider} {self.key[:8]}"


class OutboundMessage(models.Model):
    """A message to a reporter's phone, kept (encrypted) until the provider took it or it was given up."""

    provider = models.CharField(max_length=12, choices=PROVIDER_CHOICES)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    event = models.ForeignKey(CaseEvent, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    recipient = models.TextField(blank=True)  # encrypted; emptied once sent or given up
    body = models.TextField(blank=True)  # encrypted; emptied once sent or given up
    # WhatsApp outside the 24-hour window: the approved template instead of the text.
    use_template = models.BooleanField(default=False)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    given_up_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message to a reporter's phone")
        verbose_name_plural = _("messages to reporters' phones")

    def __str__(self):
        return f"{self.provider} #{self.pk}"


class ChannelHealth(models.Model):
    """When a channel last heard from anyone, last delivered, last failed (for the system owner)."""

    provider = models.CharField(max_length=12, choices=PROVIDER_CHOICES, unique=True)
    last_inbound_at = models.DateTimeField(null=True, blank=True)
    last_delivery_at = models.DateTimeField(null=True, blank=True)
    last_failure_at = models.DateTimeField(null=True, blank=True)
    last_failure = models.CharField(max_length=200, blank=True)
    failures_since_delivery = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("channel health")
        verbose_name_plural = _("channel health")

    def __str__(self):
        return self.provider

    @classmethod
    def record(cls, provider, **values):
        health, _created = cls.objects.get_or_create(provider=provider)
        for name, value in values.items():
            setattr(health, name, value)
        health.save()
        return health
