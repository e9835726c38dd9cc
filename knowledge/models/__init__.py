"""Models of the knowledge base: the library, rights guides, topic hubs and lessons from cases."""

from .guides import RightsGuideIndexPage, RightsGuidePage
from .hub import TopicHubPage
from .lessons import LessonIndexPage, LessonPage
from .resources import ResourceIndexPage, ResourcePage

__all__ = [
    "LessonIndexPage",
    "LessonPage",
    "ResourceIndexPage",
    "ResourcePage",
    "RightsGuideIndexPage",
    "RightsGuidePage",
    "TopicHubPage",
]
