"""Security headers on every response, in one place, outermost so cached responses get them too.

The Content-Security-Policy comes from Django's own CSP support: `SECURE_CSP` is enforced on the
public site, `SECURE_CSP_REPORT_ONLY` is reported (not enforced) on the admin, whose pages still
carry Wagtail's inline styles. A view may still choose its own policy with Django's
`csp_override` and `csp_report_only_override` decorators.
"""

from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.utils.cache import add_never_cache_headers

from accounts.paths import is_admin_path


class SecurityHeadersMiddleware(ContentSecurityPolicyMiddleware):
    """CSP (enforced on the public site, report-only on the admin), browser features, no caching of admin pages."""

    def process_response(self, request, response):
        admin = is_admin_path(request.path_info)
        # Each part of the site carries one of the two policies; a per-view override still wins.
        if admin and not hasattr(response, "_csp_config"):
            response._csp_config = {}
        if not admin and not hasattr(response, "_csp_ro_config"):
            response._csp_ro_config = {}
        response = super().process_response(request, response)

        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if admin:
            # Case data must never stay in a browser's or a proxy's cache.
            add_never_cache_headers(response)
        return response
