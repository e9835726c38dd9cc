"""Put every article and campaign section under the "Review redaksi" workflow."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import WorkflowPage

from home.roles import editorial_workflow

from .models import ArticleIndexPage, CampaignIndexPage


def assign_editorial_workflow(page):
    workflow = editorial_workflow()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=page.page_ptr, defaults={"workflow": workflow})


@receiver(post_save, sender=ArticleIndexPage)
@receiver(post_save, sender=CampaignIndexPage)
def assign_workflow_to_new_section(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_editorial_workflow(instance)


def assign_workflow_after_migrate(sender, **kwargs):
    for model in (ArticleIndexPage, CampaignIndexPage):
        for page in model.objects.all():
            assign_editorial_workflow(page)
