"""The models of the grievance app, for Django's model discovery and old migrations.

They are defined in the app's packages (cases, intake, referrals, publication, privacy); code
inside grievances imports them from there, never from here.
"""

from .cases.models import (
    Case,
    CaseAttachment,
    CaseEvent,
    CaseGroup,
    FederationMembership,
    StaffNotification,
    attachment_path,
)
from .cases.storage import private_storage
from .intake.pages import GrievanceFormPage
from .privacy.requests import ReporterRequest
from .publication.figures import PublicCaseFigures
from .publication.models import CaseArticleLink, CaseSafetyReviewTask
from .publication.statistics import CaseStatisticsPage
from .referrals.models import Referral, ReferralPartner
from .tracker.saved_filters import SavedCaseFilter

__all__ = [
    "Case",
    "CaseArticleLink",
    "CaseAttachment",
    "CaseEvent",
    "CaseGroup",
    "CaseSafetyReviewTask",
    "CaseStatisticsPage",
    "FederationMembership",
    "GrievanceFormPage",
    "PublicCaseFigures",
    "Referral",
    "ReferralPartner",
    "ReporterRequest",
    "SavedCaseFilter",
    "StaffNotification",
    # Named by migration 0001.
    "attachment_path",
    "private_storage",
]
