"""Models of the home app: shared vocabulary, site settings and general pages."""

from .pages import FederationDirectoryPage, HomeLeadStory, HomePage, StandardPage
from .settings import SiteSettings
from .vocabulary import Federation, Province, Regency, Topic

__all__ = [
    "Federation",
    "FederationDirectoryPage",
    "HomeLeadStory",
    "HomePage",
    "Province",
    "Regency",
    "SiteSettings",
    "StandardPage",
    "Topic",
]
