"""The sitemap: every live public page of the site in every language."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap covers the pages under the site's root; translations of the root sit
    beside it in the tree (the English home at /en/), so their pages are added here."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_any_tree).live().public().order_by("path").defer_streamfields().specific()
        )
