"""Template tags every public page uses: language switcher, hreflang, share metadata."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Locale, Page, Site

from home.models import SiteSettings
from home.models.pages import TOPIC_URL_HOOK

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _page_translations(page):
    """Live translations of a page, by language code, including the page itself.

    Kept on the page object: the switcher and the hreflang links both need them.
    """
    if not hasattr(page, "_live_translations"):
        page._live_translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
    return page._live_translations


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the same page in that language where it exists, else that language's home."""
    request = context["request"]
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    translations = _page_translations(page) if isinstance(page, Page) else {}
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request=request)
        elif isinstance(page, Page):
            url = _home_url(code, request)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


def _home_url(language_code, request):
    site = Site.find_for_request(request)
    if site is None:
        return "/"
    try:
        home = site.root_page.get_translation(Locale.objects.get(language_code=language_code))
    except (Page.DoesNotExist, Locale.DoesNotExist):
        home = site.root_page
    return home.get_url(request=request)


@register.simple_tag(takes_context=True)
def hreflang_alternates(context, page):
    """Full addresses of the page's live translations, for <link rel="alternate" hreflang>."""
    request = context["request"]
    return [
        {"code": code, "url": translation.get_full_url(request=request)}
        for code, translation in _page_translations(page).items()
    ]


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def report_problem_url(context, topic=None):
    """Where a 'report a problem' button leads, carrying the topic so the form can preselect it."""
    request = context["request"]
    target = SiteSettings.for_request(request).report_problem_page
    if target is None:
        return ""
    target = target.localized
    url = target.get_url(request=request)
    # An unset template variable arrives as "", not None.
    if topic:
        url += "?" + urlencode({"topic": topic.slug})
    return url


@register.simple_tag(takes_context=True)
def topic_url(context, topic):
    """The address of the topic's own page, when an app provides one; "" otherwise."""
    request = context.get("request")
    if not topic or request is None:
        return ""
    for fn in hooks.get_hooks(TOPIC_URL_HOOK):
        url = fn(topic, request)
        if url:
            return url
    return ""


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page in the current language and its children shown in menus."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "items": []}
    home = site.root_page.localized
    return {"home": home, "items": home.get_children().live().public().in_menu()}
