"""Case-handling roles: the groups created in code, and the roles a user holds towards one case.

The groups are kept in step with code after every migrate (sync_case_roles). Which roles a user
holds towards a given case is decided in grievances.cases.access.roles_for.
"""

from home.roles import sync_groups

OPERATOR_GROUP = "Operator kasus"
COORDINATOR_GROUP = "Koordinator federasi"
LEGAL_ADVISOR_GROUP = "Penasihat hukum"
SYSTEM_OWNER_GROUP = "Penanggung jawab sistem"
CASE_GROUPS = (OPERATOR_GROUP, COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP, SYSTEM_OWNER_GROUP)

# Roles a user can hold towards one case. REFERRALS is the referral module acting on the case's
# behalf when a referral opens or the last one closes.
OWNER, COORDINATOR, OPERATOR, ADVISOR, REFERRALS = "owner", "coordinator", "operator", "advisor", "referrals"
CASE_STAFF = frozenset({OWNER, COORDINATOR, OPERATOR})
# The reporter acting from the status page, and the scheduled tasks acting on the clock's behalf
# (the reply window, grievances.aftercare).
REPORTER, SYSTEM = "reporter", "system"

# Case roles hold no model permission on cases (see grievances.cases.access.CasePermissionPolicy);
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
        # The working-day calendar and the dispute stages' legal clocks (grievances.cases.calendar).
        "grievances.add_dayoff",
        "grievances.change_dayoff",
        "grievances.delete_dayoff",
        "grievances.view_dayoff",
        "grievances.change_disputestageclock",
        "grievances.view_disputestageclock",
    ],
}


def sync_case_roles():
    """Create the case groups with exactly the permissions above."""
    return sync_groups(MODEL_PERMISSIONS, exact=True)
