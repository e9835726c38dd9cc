"""Connected by grievances.apps: staff messages go out on the reporter's channel; an anonymised
case forgets its threads and waiting messages."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from grievances.cases.models import Case, CaseEvent

from .delivery import is_staff_message, send_staff_message
from .models import Conversation, OutboundMessage


@receiver(post_save, sender=CaseEvent, dispatch_uid="channels_staff_message")
def deliver_staff_message(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_staff_message(instance):
        send_staff_message(instance)


@receiver(post_save, sender=Case, dispatch_uid="channels_forget_anonymised")
def forget_anonymised_case(sender, instance, raw=False, **kwargs):
    if instance.anonymised_at is not None and not raw:
        Conversation.objects.filter(case=instance).delete()
        OutboundMessage.objects.filter(case=instance, sent_at__isnull=True).delete()
