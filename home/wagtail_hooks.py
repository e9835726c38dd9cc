"""Admin screens for the shared vocabulary (topics, provinces, regencies, federations)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Federation, Province, Regency, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "name_en", "slug", "sort_order"]
    search_fields = ["name", "name_en"]
    ordering = ["sort_order", "name"]


class ProvinceViewSet(SnippetViewSet):
    model = Province
    icon = "site"
    menu_label = _("Provinces")
    list_display = ["name", "name_en", "code"]
    search_fields = ["name", "name_en"]
    list_per_page = 50


class RegencyViewSet(SnippetViewSet):
    model = Regency
    icon = "site"
    menu_label = _("Regencies and cities")
    list_display = ["name", "kind", "province"]
    list_filter = ["province", "kind"]
    search_fields = ["name"]
    list_per_page = 50


class FederationViewSet(SnippetViewSet):
    model = Federation
    icon = "group"
    menu_label = _("Member federations")
    list_display = ["short_name", "name", "province", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "short_name"]


class VocabularyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, ProvinceViewSet, RegencyViewSet, FederationViewSet)
    menu_icon = "list-ul"
    menu_label = _("Vocabulary")
    menu_name = "vocabulary"


register_snippet(VocabularyViewSetGroup)
