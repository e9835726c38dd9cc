"""Admin registration of the knowledge base: topic addresses, and lessons hidden from non-case staff."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Site

from home.cache import remember
from home.models.pages import TOPIC_URL_HOOK

from .models import LessonIndexPage, LessonPage, TopicHubPage
from .models.lessons import can_read_lessons

LESSON_MODELS = (LessonIndexPage, LessonPage)


@hooks.register(TOPIC_URL_HOOK)
def topic_hub_url(topic, request):
    """Topic links across the site lead to the topic's hub in the reader's language."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    site = Site.find_for_request(request)

    def find_hub_url():
        # Publishing or moving the hub starts a new content generation: found once per generation.
        hub = TopicHubPage.objects.live().filter(locale__language_code=language).first()
        return (hub.get_url(request=request) or "") if hub else ""

    hub_url = remember(f"topic-hub:{site.pk if site else 0}:{language}", find_hub_url)
    return hub_url + TopicHubPage.topic_path(topic) if hub_url else ""


def _lesson_pages():
    from wagtail.models import Page

    return Page.objects.type(*LESSON_MODELS)


@hooks.register("construct_explorer_page_queryset")
def hide_lessons_in_explorer(parent_page, pages, request):
    if can_read_lessons(request.user):
        return pages
    return pages.not_type(*LESSON_MODELS)


@hooks.register("construct_page_chooser_queryset")
def hide_lessons_in_chooser(pages, request):
    if can_read_lessons(request.user):
        return pages
    return pages.not_type(*LESSON_MODELS)


def _refuse_lessons(request, page):
    if isinstance(page.specific_deferred, LESSON_MODELS) and not can_read_lessons(request.user):
        raise PermissionDenied


@hooks.register("before_edit_page")
def refuse_editing_lessons(request, page):
    _refuse_lessons(request, page)


@hooks.register("before_delete_page")
def refuse_deleting_lessons(request, page):
    _refuse_lessons(request, page)


@hooks.register("before_copy_page")
def refuse_copying_lessons(request, page):
    _refuse_lessons(request, page)


@hooks.register("before_move_page")
def refuse_moving_lessons(request, page, destination):
    _refuse_lessons(request, page)


@hooks.register("before_create_page")
def refuse_creating_lessons(request, parent_page, page_class):
    if issubclass(page_class, LESSON_MODELS) and not can_read_lessons(request.user):
        raise PermissionDenied
