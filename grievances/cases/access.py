"""Who may see which case, and in which role. Every view, export, search and download asks here.

- System owners (superusers and the Penanggung jawab sistem group) see every case.
- Operators and coordinators see the cases of the federations they belong to; those who belong
  to no federation are the network's secretariat and see the cases that name no federation.
- Legal advisors see the cases they are assigned to.
- Sensitive cases (GBV, child labour) are seen only by their named handlers (the responsible
  operator, the legal advisor and the named handlers) and system owners.
- Writers, editors and everyone else see no case.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Case, CaseGroup, FederationMembership
from .roles import (
    ADVISOR,
    COORDINATOR,
    COORDINATOR_GROUP,
    LEGAL_ADVISOR_GROUP,
    OPERATOR,
    OPERATOR_GROUP,
    OWNER,
    SYSTEM_OWNER_GROUP,
)


def _groups(user):
    if not hasattr(user, "_case_groups"):
        user._case_groups = set(user.groups.values_list("name", flat=True))
    return user._case_groups


def is_system_owner(user):
    return user.is_active and (user.is_superuser or SYSTEM_OWNER_GROUP in _groups(user))


def _federations(user):
    if not hasattr(user, "_case_federations"):
        user._case_federations = list(
            FederationMembership.objects.filter(user=user).values_list("federation_id", flat=True)
        )
    return user._case_federations


def assigned_to(user):
    """Cases naming this user: responsible operator, legal advisor or named handler. The handlers
    are asked in a subquery, not a join, so a case named twice is still one row."""
    handled = Case.handlers.through.objects.filter(user=user).values("case_id")
    return Q(responsible_operator=user) | Q(legal_advisor=user) | Q(pk__in=handled)


def cases_visible_to(user):
    if not user.is_authenticated or not user.is_active:
        return Case.objects.none()
    if is_system_owner(user):
        return Case.objects.all()
    groups = _groups(user)
    visible = Q(pk__in=[])
    if groups & {OPERATOR_GROUP, COORDINATOR_GROUP}:
        federations = _federations(user)
        visible |= Q(federation_id__in=federations) if federations else Q(federation__isnull=True)
    if LEGAL_ADVISOR_GROUP in groups:
        visible |= Q(legal_advisor=user)
    sensitive = Q(risk_gbv=True) | Q(risk_child_labour=True)
    return Case.objects.filter(visible).filter(~sensitive | assigned_to(user))


def can_view_case(user, case):
    return cases_visible_to(user).filter(pk=case.pk).exists()


def visible_case_or_404(request, pk):
    """The case for an admin view: a case this user may not see does not exist for them (404),
    and the attempt is on the case's record."""
    case = (
        Case.objects.select_related(
            "federation", "province", "regency", "responsible_operator", "legal_advisor", "group"
        )
        .filter(pk=pk)
        .first()
    )
    if case is None:
        raise Http404
    if not can_view_case(request.user, case):
        log(instance=case, action="grievances.denied", user=request.user, data={"path": request.path[:200]})
        raise Http404
    return case


def groups_visible_to(user):
    """Collective cases with at least one member this user may see."""
    return CaseGroup.objects.filter(cases__in=cases_visible_to(user)).distinct()


def roles_for(user, case):
    """The roles this user holds towards this case; empty when they may not see it."""
    if is_system_owner(user):
        return frozenset({OWNER})
    if not can_view_case(user, case):
        return frozenset()
    groups, roles = _groups(user), set()
    federations = _federations(user)
    in_scope = case.federation_id in federations if federations else case.federation_id is None
    if in_scope and COORDINATOR_GROUP in groups:
        roles.add(COORDINATOR)
    if in_scope and OPERATOR_GROUP in groups:
        roles.add(OPERATOR)
    if LEGAL_ADVISOR_GROUP in groups and case.legal_advisor_id == user.pk:
        roles.add(ADVISOR)
    return frozenset(roles)


def is_case_staff(user):
    return (
        user.is_authenticated
        and user.is_active
        and (
            is_system_owner(user)
            or bool(_groups(user) & {OPERATOR_GROUP, COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP})
        )
    )


def may_review_publications(user):
    """Operators and coordinators confirm that an article drawing on cases identifies no reporter."""
    return (
        user.is_authenticated
        and user.is_active
        and (is_system_owner(user) or bool(_groups(user) & {OPERATOR_GROUP, COORDINATOR_GROUP}))
    )


def can_enter_cases(user):
    return (
        user.is_authenticated
        and user.is_active
        and (is_system_owner(user) or bool(_groups(user) & {OPERATOR_GROUP, COORDINATOR_GROUP}))
    )


class CasePermissionPolicy(ModelPermissionPolicy):
    """Case screens are opened by role (group), not by Django model permissions.

    No case role holds a model permission on Case: Wagtail shows every audit-log entry of a model
    to anyone holding any permission on it, and the site-history report would then list other
    federations' cases. Which case a user may see is decided by cases_visible_to.
    """

    def user_has_permission(self, user, action):
        if action in ("view", "change", "history"):
            return is_case_staff(user)
        if action == "add":
            return can_enter_cases(user)
        if action == "delete":
            return is_system_owner(user)
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.none()
