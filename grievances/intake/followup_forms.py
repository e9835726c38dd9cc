"""The reporter's answers after a resolution, on the status page: the verdict (with an optional
rating), whether each remedy arrived, and the retaliation check-in."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from grievances.cases.followup import RemedyItem, RetaliationCheckIn

from .forms import CleanTextMixin

TEXT_MAX_LENGTH = 2000


class VerdictForm(CleanTextMixin, forms.Form):
    CONFIRM, OBJECT = "confirm", "object"
    text_fields = ("reason", "comment")

    verdict = forms.ChoiceField(
        label=_("Is your problem solved?"),
        choices=[(CONFIRM, _("Yes, my problem is solved")), (OBJECT, _("No, I disagree"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether your problem is solved.")},
    )
    reason = forms.CharField(
        label=_("If you disagree: why?"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": TEXT_MAX_LENGTH}),
    )
    score = forms.TypedChoiceField(
        label=_("How well did the team handle your case? (optional)"),
        help_text=_("1 = very badly, 5 = very well"),
        choices=[(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Anything to tell us about how your case was handled? (optional)"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": TEXT_MAX_LENGTH}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("verdict") == self.OBJECT and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Tell the team why you disagree."))
        return cleaned


class RemedyAnswerForm(forms.Form):
    remedy = forms.IntegerField()
    answer = forms.ChoiceField(choices=RemedyItem.ReporterAnswer.choices)

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case

    def clean_remedy(self):
        remedy = self.case.remedies.filter(pk=self.cleaned_data["remedy"]).first()
        if remedy is None:
            raise ValidationError(_("This remedy is not part of your case."))
        return remedy


class CheckInForm(CleanTextMixin, forms.Form):
    text_fields = ("details",)

    checkin = forms.IntegerField(widget=forms.HiddenInput)
    answer = forms.ChoiceField(
        label=_("Since you reported, have you suffered retaliation?"),
        choices=RetaliationCheckIn.Answer.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose an answer.")},
    )
    details = forms.CharField(
        label=_("What happened? (optional)"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": TEXT_MAX_LENGTH}),
    )

    def __init__(self, *args, waiting, **kwargs):
        super().__init__(*args, **kwargs)
        self.waiting = waiting

    def clean_checkin(self):
        checkin = self.waiting.filter(pk=self.cleaned_data["checkin"]).first()
        if checkin is None:
            raise ValidationError(_("This question has already been answered."))
        return checkin
