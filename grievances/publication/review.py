"""The case-safety review in the editorial workflow, kept in step with code after every migrate."""

from django.db import transaction
from wagtail.models import Workflow, WorkflowTask

from home.roles import EDITORIAL_WORKFLOW

from .models import CaseSafetyReviewTask

CASE_SAFETY_REVIEW_TASK = "Pemeriksaan keamanan kasus"


@transaction.atomic
def sync_case_safety_review():
    """Add the case-safety review to the editorial workflow, after the editor's approval, so the
    reviewer confirms the text that will be published."""
    workflow = Workflow.objects.filter(name=EDITORIAL_WORKFLOW).first()
    if workflow is None:
        return
    task = CaseSafetyReviewTask.objects.filter(name=CASE_SAFETY_REVIEW_TASK).first()
    if task is None:
        task = CaseSafetyReviewTask.objects.create(name=CASE_SAFETY_REVIEW_TASK)
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        last = workflow.workflow_tasks.order_by("-sort_order").first()
        WorkflowTask.objects.create(
            workflow=workflow, task=task, sort_order=(last.sort_order + 1) if last else 0
        )
