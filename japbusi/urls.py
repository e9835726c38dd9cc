"""URL configuration: admin and documents unprefixed; public pages in Indonesian at / and English at /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from grievances.publication.process import handling_process
from grievances.referrals.partner_views import partner_answer, partner_link
from home.sitemap import MultilingualSitemap
from japbusi.csp_report import csp_report
from operations.views import readyz
from search import views as search_views

# Uploaded images and their renditions: a week in the browser, so a phone that comes back does
# not download them again. Not "immutable": a replaced image may reuse a rendition's name.
MEDIA_MAX_AGE = 7 * 24 * 60 * 60


def serve_media(request, path):
    """Uploaded media, for the embedded server only (behind a proxy the proxy serves them)."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = f"public, max-age={MEDIA_MAX_AGE}"
    return response


def healthz(request):
    """For load balancers and benchmarks: answers without touching the database."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("readyz/", readyz, name="readyz"),
    path("csp-report/", csp_report, name="csp_report"),
    # WhatsApp and SMS webhooks; an address exists only while its channel is configured.
    path("kanal/", include("grievances.channels.urls")),
    # Sign-in in two steps; its login page is matched before Wagtail's own.
    path("admin/", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += i18n_patterns(
    path("cari/", search_views.search, name="search"),
    path("rujukan/<int:referral_id>/", partner_answer, name="referral_partner_page"),
    path("rujukan/<int:referral_id>/<str:token>/", partner_link, name="referral_partner_answer"),
    path("cara-penanganan/", handling_process, name="handling_process"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# The database away (restarting, unreachable): a 503 "try again in a few minutes" page that keeps
# what a reporter typed; any other error: the usual 500 page.
handler500 = "operations.views.handler500"
