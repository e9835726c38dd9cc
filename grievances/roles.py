"""Case-handling roles (operator, coordinator, legal advisor), kept in step with code after every migrate."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

OPERATOR_GROUP = "Operator kasus"
COORDINATOR_GROUP = "Koordinator federasi"
LEGAL_ADVISOR_GROUP = "Penasihat hukum"
SYSTEM_OWNER_GROUP = "Penanggung jawab sistem"
CASE_GROUPS = (OPERATOR_GROUP, COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP, SYSTEM_OWNER_GROUP)

# Case roles hold no model permission on cases (see grievances.access.CasePermissionPolicy);
# the groups themselves are the roles.
# The partner directory is not personal data: a plain model permission is fine there.
PARTNER_EDITING = [
    "grievances.add_referralpartner",
    "grievances.change_referralpartner",
    "grievances.view_referralpartner",
]
# Every case role reads the lessons learned from cases (knowledge base, staff only).
LESSONS = "knowledge.read_lessons"
MODEL_PERMISSIONS = {
    OPERATOR_GROUP: ["wagtailadmin.access_admin", "grievances.view_referralpartner", LESSONS],
    COORDINATOR_GROUP: ["wagtailadmin.access_admin", *PARTNER_EDITING, LESSONS],
    LEGAL_ADVISOR_GROUP: ["wagtailadmin.access_admin", "grievances.view_referralpartner", LESSONS],
    SYSTEM_OWNER_GROUP: [
        "wagtailadmin.access_admin",
        LESSONS,
        *PARTNER_EDITING,
        "grievances.add_federationmembership",
        "grievances.change_federationmembership",
        "grievances.delete_federationmembership",
        "grievances.view_federationmembership",
    ],
}


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def sync_case_roles():
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(p) for p in permissions])


CASE_SAFETY_REVIEW_TASK = "Pemeriksaan keamanan kasus"


@transaction.atomic
def sync_case_safety_review():
    """Add the case-safety review to the editorial workflow, after the editor's approval, so the
    reviewer confirms the text that will be published."""
    from wagtail.models import Workflow, WorkflowTask

    from home.roles import EDITORIAL_WORKFLOW

    from .models import CaseSafetyReviewTask

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


def sync_case_roles_after_migrate(sender, **kwargs):
    # home's handler has already created every app's permissions and the editorial workflow.
    from .lessons import sync_lesson_access

    sync_case_roles()
    sync_lesson_access()
    sync_case_safety_review()
