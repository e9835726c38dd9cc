"""The full-page cache for anonymous readers, and the per-request lookups every public page repeats.

`PageCacheMiddleware` sits right after the middlewares that add headers to every response
(security headers, HSTS), so a page served from the cache still gets them, and before
sessions, CSRF and authentication, so a cached page costs no database query at all. A page is
served from the cache or stored only when:

- the request is a GET whose only cookie, if any, is the CSRF cookie (a session cookie means
  a signed-in editor, a reporter following a case, or a pending message: never cached);
- the path is not excluded (`PAGE_CACHE_EXCLUDED_PATHS`: the admin, documents, partner pages);
- the response is a 200 that sets no cookie, does not forbid caching (`no-store`, `no-cache`,
  `private`: the grievance form, receipt and status pages say so), used no CSRF token and no
  CSP nonce, and holds no CSRF form field.

Keys carry the content generation (`home.cache`), so publishing, unpublishing, moving or
deleting any page empties the whole cache at once.
"""

import hashlib
import re
import threading
import time
from collections import OrderedDict

from django.apps import apps
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .cache import content_generation, page_cache, remember, request_generation
from .models import SiteSettings

CACHE_HEADER = "X-Page-Cache"
UNCACHEABLE_CONTROL = re.compile(r"\b(no-store|no-cache|private)\b", re.I)
CSRF_FIELD = b'name="csrfmiddlewaretoken"'
# Hop-by-hop or per-response headers a stored page must not replay.
NOT_STORED_HEADERS = {"set-cookie", "date", CACHE_HEADER.lower()}


class LocalPages:
    """The pages this process served last, in front of the shared page cache.

    A key carries the content generation, so what is stored under a key never changes: a copy
    kept in the process is as good as the shared one until it expires, and reading it saves a
    read of the shared cache (a file or a round trip to Redis) and unpickling the page. At most
    `size` pages are kept, the least recently served dropped first."""

    def __init__(self, size):
        self.size = size
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.pages.get(key)
            if entry is None:
                return None
            expires, stored = entry
            if expires < time.monotonic():
                del self.pages[key]
                return None
            self.pages.move_to_end(key)
            return stored

    def set(self, key, stored, timeout):
        if self.size <= 0:
            return
        with self.lock:
            self.pages[key] = (time.monotonic() + timeout, stored)
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = [re.compile(pattern) for pattern in settings.PAGE_CACHE_EXCLUDED_PATHS]
        self.timeout = settings.PAGE_CACHE_SECONDS
        self.local = LocalPages(settings.PAGE_CACHE_LOCAL_PAGES)

    def __call__(self, request):
        with request_generation():
            if not settings.PAGE_CACHE_ENABLED or not self.request_is_cacheable(request):
                return self.get_response(request)
            try:
                key = self.key(request)
            except DisallowedHost:
                return self.get_response(request)
            stored = self.local.get(key)
            if stored is None:
                stored = page_cache().get(key)
                if stored is not None:
                    # As long as the shared copy may still live: a page does not outlive its timeout.
                    self.local.set(key, stored, self.timeout)
            if stored is not None:
                return self.rebuild(stored)
            response = self.get_response(request)
            if self.response_is_cacheable(request, response):
                if settings.PAGE_CACHE_SHARED_MAX_AGE:
                    patch_cache_control(response, s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE)
                stored = self.freeze(response)
                page_cache().set(key, stored, self.timeout)
                self.local.set(key, stored, self.timeout)
                response[CACHE_HEADER] = "miss"
            return response

    def request_is_cacheable(self, request):
        if request.method != "GET":
            return False
        if set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}:
            return False
        return not any(pattern.search(request.path_info) for pattern in self.excluded)

    def response_is_cacheable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if UNCACHEABLE_CONTROL.search(response.get("Cache-Control", "")):
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "_csp_nonce", None):
            return False
        return CSRF_FIELD not in response.content

    def key(self, request):
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"page:{content_generation()}:{digest}"

    def freeze(self, response):
        headers = [
            (name, value) for name, value in response.items() if name.lower() not in NOT_STORED_HEADERS
        ]
        return (response.status_code, headers, response.content)

    def rebuild(self, stored):
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[CACHE_HEADER] = "hit"
        return response


class PublicLookupsMiddleware:
    """The site, its settings and the page a path leads to, from the content generation's cache.

    Wagtail finds the site, then walks the page tree one query per path segment plus one per
    page to load its specific type, on every request. Wagtail keeps each answer on the request
    (`_wagtail_site`, `_wagtail_route_for_request`, the settings' cache attribute); this fills
    those attributes from the cache, so Wagtail's own code runs unchanged on a miss. A cached
    route holds only the page's model, id and how many path segments it took; the page itself
    itself comes from the content generation's cache too for a visitor without a session (fresh
    from the database, one query, for anyone signed in), routes the rest of the path (routable
    sub-pages) itself, and a page that is no longer live still answers 404.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Not for the admin, nor for the health checks, which must answer without the database.
        if not request.path_info.startswith(("/admin/", "/healthz/", "/readyz/")):
            self.prime_site(request)
        return self.get_response(request)

    def prime_site(self, request):
        # As Wagtail's own lookup reads them: the raw host, no ALLOWED_HOSTS check here.
        hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()

        def find_site():
            site = Site._find_for_request(request)
            if site is not None:
                site.root_page  # noqa: B018  (loaded now, so it is cached with the site)
            return site

        site = remember(f"site:{hostname}:{port}", find_site)
        if site is None:
            return
        request._wagtail_site = site
        site_settings = remember(f"site-settings:{site.pk}", lambda: SiteSettings.for_site(site))
        site_settings._request = request
        setattr(request, SiteSettings.get_cache_attr_name(), site_settings)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or not hasattr(request, "_wagtail_site"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        components = [component for component in path.split("/") if component]
        site = request._wagtail_site
        language = getattr(request, "LANGUAGE_CODE", "")
        key = f"route:{site.pk}:{language}:{'/'.join(components)}"
        target = remember(key, lambda: self.find_route(request, path, site))
        if not target or hasattr(request, "_wagtail_route_for_request"):
            return None
        model_label, page_id, taken = target
        page = self.load_page(request, apps.get_model(model_label), page_id)
        try:
            request._wagtail_route_for_request = page.route(request, components[taken:]) if page else None
        except Http404:
            request._wagtail_route_for_request = None
        return None

    @staticmethod
    def load_page(request, model, page_id):
        def load():
            return model.objects.filter(pk=page_id).order_by().first()

        # A visitor without a session (a reader, a new reporter) gets the page as the content
        # generation last cached it: nothing a reader sees changes without replacing the
        # generation. A signed-in editor or a reporter following a case gets it fresh from the
        # database, with the draft state the userbar and previews read.
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return load()
        return remember(f"page:{model._meta.label}:{page_id}", load)

    @staticmethod
    def find_route(request, path, site):
        result = Page.route_for_request(request, path)
        if result is None:
            return ""  # not cached as a route: the next request walks the tree again
        page = result[0]
        return (page._meta.label, page.pk, page.depth - site.root_page.depth)
