"""A resource saved with another file, a document whose file is replaced or deleted: the text is read again."""

from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from wagtail.documents import get_document_model

from .extraction import document_fingerprint
from .models import ResourcePage
from .tasks import read_document_text_after_commit


@receiver(post_save, sender=ResourcePage, dispatch_uid="knowledge_read_text_of_saved_resource")
def read_text_of_saved_resource(sender, instance, raw=False, update_fields=None, **kwargs):
    # A save of chosen fields (a draft's revision, the stored text itself) never changes the file.
    if raw or update_fields is not None:
        return
    if instance.document_text_due:
        read_document_text_after_commit(instance.pk, document_fingerprint(instance.document))


@receiver(post_save, sender=get_document_model(), dispatch_uid="knowledge_read_text_of_saved_document")
def read_text_of_replaced_document(sender, instance, raw=False, **kwargs):
    if raw:
        return
    fingerprint = document_fingerprint(instance)
    resources = ResourcePage.objects.filter(document=instance).exclude(document_fingerprint=fingerprint)
    for page_id in resources.values_list("pk", flat=True):
        read_document_text_after_commit(page_id, fingerprint)


@receiver(pre_delete, sender=get_document_model(), dispatch_uid="knowledge_read_text_of_deleted_document")
def drop_text_of_deleted_document(sender, instance, **kwargs):
    # The resources lose their file (SET_NULL, without a save): search must stop finding its text.
    for page_id in ResourcePage.objects.filter(document=instance).values_list("pk", flat=True):
        read_document_text_after_commit(page_id, "")
