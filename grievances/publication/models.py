"""Cases and articles: the links between them, and the case-safety review every linked article
passes before it is published."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from grievances.cases.access import cases_visible_to, is_system_owner, may_review_publications
from grievances.cases.models import Case

from .workflow_finish import PUBLISHING_TASKS


class CaseArticleLink(models.Model):
    """An article that draws on a case. Only cases whose reporter consented to anonymised use in
    publications may be linked (see grievances.publication.links), and every linked article goes through
    the case-safety review before it is published."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="article_links")
    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="case_links", verbose_name=_("article")
    )
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("linked by"),
    )
    linked_at = models.DateTimeField(_("linked at"), default=timezone.now)

    class Meta:
        ordering = ["-linked_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["case", "article"], name="unique_case_article_link")]
        verbose_name = _("case–article link")
        verbose_name_plural = _("case–article links")

    def __str__(self):
        return f"{self.case} → {self.article_id}"


class CaseSafetyReviewTask(Task):
    """A step of the editorial workflow: before an article linked to a case is published, an
    operator or coordinator who may see every linked case confirms that nothing in the article
    identifies a reporter. For an article linked to no case the step is skipped at once (Wagtail's
    "skipped" task state), so it never waits on anyone.

    System owners may also confirm. While the article waits here it is locked to everyone else.
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("case-safety review")
        verbose_name_plural = _("case-safety reviews")

    @staticmethod
    def linked_case_ids(obj):
        return set(CaseArticleLink.objects.filter(article_id=obj.pk).values_list("case_id", flat=True))

    def start(self, workflow_state, user=None):
        obj = workflow_state.content_object
        if self.linked_case_ids(obj):
            return super().start(workflow_state, user=user)
        task_state = self.get_task_state_class()(workflow_state=workflow_state)
        task_state.status = TaskState.STATUS_SKIPPED
        task_state.revision = obj.get_latest_revision()
        task_state.task = self
        task_state.finished_at = timezone.now()
        task_state.comment = str(_("No case is linked to this article."))
        task_state.save()
        return task_state

    def may_review(self, obj, user):
        if is_system_owner(user):
            return True
        if not may_review_publications(user):
            return False
        linked = self.linked_case_ids(obj)
        return bool(linked) and cases_visible_to(user).filter(pk__in=linked).count() == len(linked)

    def user_can_access_editor(self, obj, user):
        return self.may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.may_review(obj, user)

    def get_actions(self, obj, user):
        if not self.may_review(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Confirm: nothing identifies a reporter"), False),
            ("approve", _("Confirm with a comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if is_system_owner(user):
            return in_progress
        if not may_review_publications(user):
            return TaskState.objects.none()
        hidden = CaseArticleLink.objects.exclude(case__in=cases_visible_to(user)).values("article_id")
        reviewable = (
            CaseArticleLink.objects.exclude(article_id__in=hidden)
            .values_list("article_id", flat=True)
            .distinct()
        )
        return in_progress.filter(workflow_state__object_id__in=[str(pk) for pk in reviewable])

    @classmethod
    def get_description(cls):
        return _(
            "An operator or coordinator who may see the cases linked to the article confirms that nothing "
            "in it identifies a reporter. Skipped for articles linked to no case."
        )


PUBLISHING_TASKS.append(CaseSafetyReviewTask)
