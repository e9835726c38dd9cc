"""Filters of the case listing a user saves under a name ("Verifikasi lewat tenggat di Riau") and
reuses: per user and private, never shown to anyone else."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import models
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from grievances.cases.access import is_case_staff

# Only the listing's own filters and search are kept: never an export or a page number.
KEPT = ("q", "status", "federation", "topic", "province", "assignee", "risk", "overdue", "channel", "mine")
KEPT_PREFIXES = ("created_at_",)


class SavedCaseFilter(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_case_filters"
    )
    name = models.CharField(_("name"), max_length=100)
    query = models.CharField(max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "grievances"
        ordering = ["name"]
        verbose_name = _("saved filter")
        verbose_name_plural = _("saved filters")
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="unique_saved_case_filter_name")]

    def __str__(self):
        return self.name

    @property
    def url(self):
        return reverse("grievances_case:index") + "?" + self.query


def kept_query(data):
    kept = QueryDict(mutable=True)
    for key in data:
        if key in KEPT or key.startswith(KEPT_PREFIXES):
            values = [value for value in data.getlist(key) if value]
            if values:
                kept.setlist(key, values)
    return kept.urlencode()


class SaveFilterForm(forms.Form):
    name = forms.CharField(label=_("Save this filter as"), max_length=100)


def save_filter_view(request):
    if request.method != "POST" or not is_case_staff(request.user):
        raise Http404
    query = kept_query(request.GET)
    form = SaveFilterForm(request.POST)
    if not form.is_valid() or not query:
        messages.error(request, gettext("Give the filter a name, and filter or search the listing first."))
        return redirect(reverse("grievances_case:index") + ("?" + query if query else ""))
    SavedCaseFilter.objects.update_or_create(
        user=request.user, name=form.cleaned_data["name"].strip(), defaults={"query": query}
    )
    messages.success(
        request, gettext("Filter “%(name)s” saved.") % {"name": form.cleaned_data["name"].strip()}
    )
    return redirect(reverse("grievances_case:index") + "?" + query)


def delete_filter_view(request, pk):
    # Another user's filter does not exist for this one.
    saved = get_object_or_404(SavedCaseFilter, pk=pk, user=request.user)
    if request.method != "POST":
        raise Http404
    saved.delete()
    messages.success(request, gettext("Filter “%(name)s” deleted.") % {"name": saved.name})
    return redirect("grievances_case:index")
