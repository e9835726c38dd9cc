"""Who may see which case. Every view, export, search and download asks here.

System owners (superusers) see every case. Operators and coordinators see the cases of the
federations they belong to; those who belong to no federation are the network's secretariat
and see the cases that name no federation. Sensitive cases (GBV, child labour) are kept from
everyone but system owners until handlers are named on them (with the case tracker).
"""

from django.db.models import Q

from .models import Case, FederationMembership


def cases_visible_to(user):
    if not user.is_authenticated or not user.is_active:
        return Case.objects.none()
    if user.is_superuser:
        return Case.objects.all()
    if not user.has_perm("grievances.view_case"):
        return Case.objects.none()
    federations = list(FederationMembership.objects.filter(user=user).values_list("federation_id", flat=True))
    scope = Q(federation_id__in=federations) if federations else Q(federation__isnull=True)
    return Case.objects.filter(scope).exclude(Q(risk_gbv=True) | Q(risk_child_labour=True))


def can_view_case(user, case):
    return cases_visible_to(user).filter(pk=case.pk).exists()
