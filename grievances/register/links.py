"""Confirming which register entries a case is about: one path, on the case's timeline and record."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from grievances.cases.models import CaseEvent

from .models import CaseRegisterLink, Company, Estate
from .patterns import record_patterns_for_link


def link_case(case, user, *, company=None, estate=None):
    """Point the case at `company` and `estate` (an estate implies its company). The reporter's
    words are not touched. Returns the link and the repeat patterns this made new."""
    if estate is not None and company is None:
        company = estate.company
    with transaction.atomic():
        link, _created = CaseRegisterLink.objects.update_or_create(
            case=case,
            defaults={
                "company": company,
                "estate": estate,
                "confirmed_by": user,
                "confirmed_at": timezone.now(),
            },
        )
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.NOTE,
            author=user,
            text=_("Register entry confirmed: %(company)s · %(estate)s")
            % {"company": company or "–", "estate": estate or "–"},
        )
        log(
            instance=case,
            action="grievances.register_link",
            user=user,
            data={"company": company.pk if company else None, "estate": estate.pk if estate else None},
        )
        patterns = record_patterns_for_link(link)
    return link, patterns


def new_company(name, user_sources=""):
    return Company.objects.create(name=name.strip(), sources=user_sources)


def new_estate(name, company, kind=Estate.Kind.ESTATE, user_sources=""):
    return Estate.objects.create(name=name.strip(), company=company, kind=kind, sources=user_sources)
