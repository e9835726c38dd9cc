"""When a document's file is replaced, the resources offering it read its text again."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.search import index

from .models import ResourcePage


@receiver(post_save, sender=get_document_model())
def refresh_resources_of_document(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for resource in ResourcePage.objects.filter(document=instance):
        if resource.refresh_document_text():
            ResourcePage.objects.filter(pk=resource.pk).update(
                document_text=resource.document_text, document_fingerprint=resource.document_fingerprint
            )
            if resource.live:
                index.insert_or_update_object(resource)
