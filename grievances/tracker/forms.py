"""Forms of the case tracker: editing a case, taking a transition, notes and messages, links."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser

from articles.models import ArticlePage
from grievances.cases.access import cases_visible_to, groups_visible_to
from grievances.cases.models import Case, CaseEvent, CaseGroup
from grievances.cases.references import normalise_reference
from grievances.cases.roles import ADVISOR, CASE_STAFF
from grievances.cases.transitions import TRANSITIONS_BY_NAME


class ArticleLinkForm(forms.Form):
    article = forms.ModelChoiceField(
        label=_("Article"),
        queryset=ArticlePage.objects.all(),
        widget=AdminPageChooser(target_models=[ArticlePage], can_choose_root=False),
        error_messages={"required": _("Choose an article."), "invalid_choice": _("Choose an article.")},
    )


class CaseEditForm(forms.ModelForm):
    """Correcting the facts the reporter gave, nothing else: who handles the case, its dispute stage
    and status are set by their own actions on the case page, and the sensitive marks (GBV, child
    labour) by their own. Each change is kept as a correction beside the reporter's original."""

    class Meta:
        model = Case
        fields = [
            "description",
            "topics",
            "employer",
            "estate",
            "province",
            "regency",
            "federation",
            "incident_date",
            "incident_date_is_approximate",
            "workers_affected",
            "employment_status",
            "job",
            "gender",
            "risk_retaliation",
            "risk_emergency",
        ]
        widgets = {"topics": forms.CheckboxSelectMultiple}


class TransitionForm(forms.Form):
    rejection_reason = forms.ChoiceField(
        label=_("Why it cannot be processed"), choices=Case.RejectionReason.choices
    )
    duplicate_of = forms.CharField(
        label=_("Reference of the case it duplicates"), required=False, max_length=20
    )
    reporter_explanation = forms.CharField(
        label=_("Explanation the reporter will read"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Case.Outcome.choices)
    outcome_summary = forms.CharField(
        label=_("Summary"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)

    def __init__(self, *args, transition, case, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.case, self.user = case, user
        for name in list(self.fields):
            if name not in transition.asks:
                del self.fields[name]
            else:
                # The lifecycle says what is missing, in one place.
                self.fields[name].required = False

    def clean_duplicate_of(self):
        value = self.cleaned_data.get("duplicate_of")
        if not value:
            return None
        reference = normalise_reference(value)
        original = cases_visible_to(self.user).filter(reference=reference).first() if reference else None
        if original is None:
            raise ValidationError(_("No case you can see has this reference."))
        return original


class CaseMessageForm(forms.Form):
    visibility = forms.ChoiceField(
        label=_("Who reads it"),
        choices=[
            (CaseEvent.Visibility.INTERNAL, _("Internal note: staff only")),
            (CaseEvent.Visibility.REPORTER, _("Message to the reporter: shown on their status page")),
        ],
        widget=forms.RadioSelect,
        initial=CaseEvent.Visibility.INTERNAL,
    )
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000)


class CaseGroupForm(forms.Form):
    group = forms.ModelChoiceField(
        label=_("Add to the collective case"), queryset=CaseGroup.objects.none(), required=False
    )
    new_group_name = forms.CharField(
        label=_("or start a new collective case named"), required=False, max_length=200
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups_visible_to(user)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("group") and not (cleaned.get("new_group_name") or "").strip():
            raise ValidationError(_("Choose a collective case or name a new one."))
        return cleaned


# Staff steps only: the reporter's verdict and the scheduled closure are not taken from the admin.
BULK_TRANSITIONS = [
    name
    for name, transition in TRANSITIONS_BY_NAME.items()
    if not transition.asks and transition.roles & (CASE_STAFF | {ADVISOR})
]


class BulkActionForm(forms.Form):
    cases = forms.ModelMultipleChoiceField(
        label=_("Cases"), queryset=Case.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[
            ("note", _("Add an internal note")),
            ("message", _("Send the same message to each reporter")),
        ]
        + [(name, TRANSITIONS_BY_NAME[name].label) for name in BULK_TRANSITIONS],
    )
    text = forms.CharField(
        label=_("Text"), required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cases"].queryset = members

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") in ("note", "message") and not (cleaned.get("text") or "").strip():
            self.add_error("text", _("Write the text of the note or message."))
        return cleaned
