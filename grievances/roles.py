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


def sync_case_roles_after_migrate(sender, **kwargs):
    # home's handler has already created every app's permissions.
    from .lessons import sync_lesson_access

    sync_case_roles()
    sync_lesson_access()
