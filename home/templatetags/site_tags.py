"""Template tags every public page uses: language switcher, hreflang, share metadata."""

import hashlib
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Locale, Page, Site

from home.cache import remember
from home.models import SiteSettings
from home.models.pages import TOPIC_PANEL_HOOK, TOPIC_URL_HOOK

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _page_translations(page, request):
    """Addresses of a page's live translations, by language code, including the page itself.

    Kept on the page object (the switcher and the hreflang links both need them) and cached
    for the content generation.
    """
    if not hasattr(page, "_live_translations"):

        def find():
            return {
                translation.locale.language_code: {
                    "url": translation.get_url(request=request),
                    "full_url": translation.get_full_url(request=request),
                }
                for translation in page.get_translations(inclusive=True).live().select_related("locale")
            }

        site = Site.find_for_request(request)
        if page.pk is None:  # a new page in the editor's preview
            page._live_translations = find()
        else:
            page._live_translations = remember(f"translations:{site.pk if site else 0}:{page.pk}", find)
    return page._live_translations


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the same page in that language where it exists, else that language's home."""
    request = context["request"]
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    translations = _page_translations(page, request) if isinstance(page, Page) else {}
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code]["url"]
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

    def find():
        try:
            home = site.root_page.get_translation(Locale.objects.get_for_language(language_code))
        except (Page.DoesNotExist, Locale.DoesNotExist, LookupError):
            home = site.root_page
        return home.get_url(request=request)

    return remember(f"home-url:{site.pk}:{language_code}", find)


@register.simple_tag(takes_context=True)
def hreflang_alternates(context, page):
    """Full addresses of the page's live translations, for <link rel="alternate" hreflang>."""
    request = context["request"]
    return [
        {"code": code, "url": translation["full_url"]}
        for code, translation in _page_translations(page, request).items()
    ]


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def report_problem_url(context, topic=None):
    """Where a 'report a problem' button leads, carrying the topic so the form can preselect it."""
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    if site_settings.report_problem_page_id is None:
        return ""

    def find():
        return site_settings.report_problem_page.localized.get_url(request=request) or ""

    url = remember(f"report-url:{site_settings.site_id}:{get_language()}", find)
    if not url:
        return ""
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
    """The home page in the current language and its children shown in menus: titles, addresses
    and tree paths (to mark the current section), cached for the content generation."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {"home_url": "/", "items": []}

    def find():
        home = site.root_page.localized
        return {
            "home_url": home.get_url(request=request),
            "items": [
                {"title": item.title, "url": item.get_url(request=request), "path": item.path}
                for item in home.get_children().live().public().in_menu()
            ],
        }

    return remember(f"menu:{site.pk}:{get_language()}", find)


@register.tag("cached_fragment")
def cached_fragment(parser, token):
    """`{% cached_fragment "card" article.pk %}…{% endcached_fragment %}`: the enclosed HTML,
    rendered once per content generation, language, site and the values given.

    Only for HTML that is the same for every reader: never a token, a form filled in or anything
    else of the visitor's (an empty form's fields are fine; its CSRF and form tokens stay outside).
    An editor's preview always renders afresh.
    """
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("cached_fragment needs a name and the values it depends on")
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits])


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, vary_on):
        self.nodelist = nodelist
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        parts = [get_language() or "", str(site.pk if site else 0)]
        parts += [str(value.resolve(context)) for value in self.vary_on]
        key = "fragment:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
        return mark_safe(remember(key, lambda: str(self.nodelist.render(context))))


@register.simple_tag(takes_context=True)
def topic_panels(context, topic):
    """What other apps show on a page about this topic (TOPIC_PANEL_HOOK), in the order registered."""
    if not topic:
        return ""
    request = context.get("request")
    # A fragment that is not marked safe is escaped: only rendered templates pass as HTML.
    return mark_safe(
        "".join(conditional_escape(fn(topic, request) or "") for fn in hooks.get_hooks(TOPIC_PANEL_HOOK))
    )
