"""Any change of a case, or of its topics, queues a refresh of the public figures after commit."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from grievances.cases.models import Case

from .refresh import schedule_refresh


@receiver(post_save, sender=Case, dispatch_uid="grievances_figures_case_saved")
@receiver(post_delete, sender=Case, dispatch_uid="grievances_figures_case_deleted")
def case_changed(sender, **kwargs):
    schedule_refresh()


@receiver(m2m_changed, sender=Case.topics.through, dispatch_uid="grievances_figures_case_topics")
def case_topics_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        schedule_refresh()
