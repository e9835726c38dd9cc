"""The models of the grievance app, for Django's model discovery and old migrations.

They are defined in the app's packages (cases, intake, referrals, publication, privacy); code
inside grievances imports them from there, never from here.
"""

from .cases.calendar import DayOff, DisputeStageClock
from .cases.followup import RemedyEvidence, RemedyItem, ReporterRating, ReporterVerdict, RetaliationCheckIn
from .cases.handling import DisputeStageRecord, FactCorrection, VerificationCheck
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
from .channels.models import ChannelHealth, Conversation, OutboundMessage, SeenMessage
from .intake.pages import GrievanceFormPage
from .privacy.requests import ReporterRequest
from .publication.figures import PublicCaseFigures
from .publication.models import CaseArticleLink, CaseSafetyReviewTask
from .publication.statistics import CaseStatisticsPage
from .referrals.models import Referral, ReferralLetterSettings, ReferralPartner
from .register.models import (
    ApprovedCompanyFigures,
    Buyer,
    CaseRegisterLink,
    CollectiveComplaint,
    Company,
    CompanyGroup,
    Estate,
    RepeatPattern,
)
from .tracker.queued_exports import CaseExport
from .tracker.saved_filters import SavedCaseFilter

__all__ = [
    "ApprovedCompanyFigures",
    "Buyer",
    "CaseRegisterLink",
    "CollectiveComplaint",
    "Company",
    "CompanyGroup",
    "Estate",
    "RepeatPattern",
    "Case",
    "CaseArticleLink",
    "CaseAttachment",
    "CaseEvent",
    "CaseExport",
    "CaseGroup",
    "CaseSafetyReviewTask",
    "CaseStatisticsPage",
    "ChannelHealth",
    "Conversation",
    "DayOff",
    "DisputeStageClock",
    "RemedyEvidence",
    "RemedyItem",
    "ReporterRating",
    "ReporterVerdict",
    "RetaliationCheckIn",
    "FederationMembership",
    "GrievanceFormPage",
    "OutboundMessage",
    "PublicCaseFigures",
    "Referral",
    "ReferralLetterSettings",
    "ReferralPartner",
    "ReporterRequest",
    "SeenMessage",
    "SavedCaseFilter",
    "StaffNotification",
    "DisputeStageRecord",
    "FactCorrection",
    "VerificationCheck",
    # Named by migration 0001.
    "attachment_path",
    "private_storage",
]
