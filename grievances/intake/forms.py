"""The public report form, the status lookup and the reporter's message form."""

import secrets
import time
from dataclasses import dataclass

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from grievances.cases.fields import CATALOGUE, FIELDS, FORM_GROUPS, report_form_fields
from grievances.cases.models import Case
from grievances.cases.text import clean_text
from grievances.conf import conf
from home.cache import remember
from home.models import Federation, Province, Regency, Topic

from .uploads import UploadPolicy, check_before_decoding, process_upload
from .widgets import LongSelect

MESSAGE_MAX_LENGTH = 3000
FORM_TOKEN_SALT = "grievances.report-form"


def issue_form_token(nonce=None, issued=None, confirmed=False):
    """A signed token naming this copy of the form and when it was handed out.

    A form handed back to a person (sent too fast, or after its token expired) keeps its nonce, so a
    double submit still makes one case, and is marked confirmed: pressing send again is what a
    person does, so the minimum fill time no longer applies to it.
    """
    data = {"n": nonce or secrets.token_urlsafe(24), "t": int(time.time() if issued is None else issued)}
    if confirmed:
        data["c"] = 1
    return signing.dumps(data, salt=FORM_TOKEN_SALT)


@dataclass(frozen=True)
class FormToken:
    nonce: str
    issued: int
    confirmed: bool

    @property
    def elapsed(self):
        return time.time() - self.issued

    @property
    def expired(self):
        return self.elapsed > conf.FORM_MAX_AGE_SECONDS


def read_form_token(token):
    """The FormToken sent back with the form (possibly expired), or None when missing or forged."""
    try:
        data = signing.loads(token or "", salt=FORM_TOKEN_SALT)
        return FormToken(str(data["n"]), int(data["t"]), bool(data.get("c")))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def regency_choices():
    """Regencies grouped by province, in the active language; read once per content generation
    (a change to the vocabulary starts a new one)."""

    def build():
        regencies = {}
        for regency in Regency.objects.select_related("province"):
            regencies.setdefault(regency.province.label, []).append((regency.pk, str(regency)))
        return list(regencies.items())

    return remember(f"report-form:regencies:{get_language()}", build)


class RegencyChoices(BaseChoiceIterator):
    """The regency list as the form draws it: "not listed" first, then regencies grouped by province
    in the active language. Read only when the list is drawn, from regency_choices()."""

    def __iter__(self):
        yield "", _("I don't know / not listed")
        yield from regency_choices()


def prepare_questions(form_class):
    """Give the report form's questions their words, choices and messages, once per form class.

    Set on the class's own fields, which every form copies, rather than on each form: the words are
    lazy translations, so one preparation serves every language; the regency list is read when it
    is drawn (RegencyChoices), never built or checked per form.
    """
    if form_class.__dict__.get("_questions_prepared"):
        return
    fields = form_class.base_fields
    fields["description"].error_messages.update(
        {
            "required": _("Please tell us what happened."),
            "max_length": _(
                "Please keep the description under %(limit_value)d characters (it has %(show_value)d)."
            ),
        }
    )
    fields["workers_affected"].min_value = 1
    fields["employment_status"].choices = [("", _("I'd rather not say"))] + list(
        Case.EmploymentStatus.choices
    )
    fields["gender"].choices = [("", _("I'd rather not say"))] + list(Case.Gender.choices)
    fields["safe_contact_channel"].choices = [("", _("Any"))] + list(Case.ContactChannel.choices)
    for name, field in fields.items():
        entry = FIELDS.get(name)
        # Fields declared on the form take no label from Meta: give them the catalogue's.
        if entry and entry.question:
            field.label = entry.question
        if entry and entry.question_help:
            field.help_text = entry.question_help
    # Without JavaScript the list cannot follow the chosen province: group it by province instead.
    fields["regency"].choices = RegencyChoices()
    form_class._questions_prepared = True


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to the policy's number of photos, PDFs or voice notes, each checked by its content."""

    widget = MultipleFileInput(attrs={"accept": "image/*,application/pdf,audio/*"})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data or []) if f]
        if not files:
            return []
        policy = UploadPolicy.from_settings()
        check_before_decoding(files, policy)
        processed, errors = [], []
        for uploaded in files:
            try:
                processed.append(process_upload(uploaded, policy))
            except ValidationError as error:
                errors.extend(error.messages)  # each message names its file
        if errors:
            raise ValidationError(errors)
        return processed


class CleanTextMixin:
    """Free text is cleaned of control and invisible characters before it is validated, so a stray
    NUL or direction override never blocks a report and is never stored."""

    text_fields = ()

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = data.copy()
            for name in self.text_fields:
                if name in data:
                    data[name] = clean_text(data[name])
        super().__init__(data, *args, **kwargs)


class TopicsField(forms.ModelMultipleChoiceField):
    """Topics by id. An id no table can hold is a wrong choice, answered like any other, not a
    server error: SQLite refuses an integer beyond 64 bits before the query runs."""

    def _check_values(self, value):
        for pk in value:
            text = str(pk)
            if not text.isdecimal() or len(text) > 18:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super()._check_values(value)

    def clean(self, value):
        # Nothing chosen (most reports): an empty list. Django's empty queryset costs the ORM a
        # query compilation (0.12 ms) each time the report's code asks whether it holds any topic.
        if not value and not self.required:
            return []
        return super().clean(value)


class ReportForm(CleanTextMixin, forms.ModelForm):
    """The report form: its questions, their words and its sections come from the catalogue of case
    fields (grievances.cases.fields); this class adds widgets, choices and the checks across fields."""

    text_fields = ("description", "employer", "estate", "job", "reporter_name", "safe_contact_time", "phone")

    topics = TopicsField(
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    federation = forms.ModelChoiceField(
        queryset=Federation.objects.filter(is_active=True),
        required=False,
        empty_label=_("Not a member / I don't know"),
    )
    province = forms.ModelChoiceField(queryset=Province.objects.all(), required=False)
    regency = forms.ModelChoiceField(
        queryset=Regency.objects.select_related("province"),
        required=False,
        widget=LongSelect,
    )
    incident_date = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    identity_mode = forms.ChoiceField(
        choices=Case.IdentityMode.choices,
        initial=Case.IdentityMode.ANONYMOUS,
        widget=forms.RadioSelect,
    )
    attachments = AttachmentsField(
        label=_("Photos, documents or voice notes (optional)"),
        help_text=_("Up to 5 files of at most 10 MB each: photos, PDF or voice notes."),
    )
    # A field people never see; software that fills every field fills it.
    website = forms.CharField(required=False, label=_("Leave this empty"))
    form_token = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Case
        fields = report_form_fields()
        labels = {entry.name: entry.question for entry in CATALOGUE if entry.form_group and entry.question}
        help_texts = {
            entry.name: entry.question_help for entry in CATALOGUE if entry.form_group and entry.question_help
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "employment_status": forms.RadioSelect,
            "gender": forms.RadioSelect,
            "safe_contact_channel": forms.RadioSelect,
            "workers_affected": forms.NumberInput(attrs={"min": 1, "max": 100000, "inputmode": "numeric"}),
        }

    def __init__(self, *args, hidden_questions=(), **kwargs):
        prepare_questions(type(self))
        super().__init__(*args, **kwargs)
        for name in hidden_questions:
            self.fields.pop(name, None)

    def _get_validation_exclusions(self):
        # A federation, province or regency chosen was read from the database by its form field a
        # moment ago: the model's own check that it exists would read it again.
        exclusions = super()._get_validation_exclusions()
        chosen = getattr(self, "cleaned_data", {})
        exclusions.update(
            name
            for name, field in self.fields.items()
            if isinstance(field, forms.ModelChoiceField)
            and not isinstance(field, forms.ModelMultipleChoiceField)
            and isinstance(chosen.get(name), models.Model)
        )
        return exclusions

    @property
    def sections(self):
        """The form's sections in order, each with its heading, a note under it, and its questions
        as (bound field, note before it, notice after it); questions the page leaves out are skipped."""
        months = {"months": conf.RETENTION_MONTHS}
        intros = {
            "consent": _(
                "Each permission is separate and optional. After your case is closed we keep your name, "
                "contact and files for %(months)s months, then delete them; only anonymous figures remain."
            )
            % months,
        }
        notes_before = {"reporter_name": _("Only if you did not choose anonymous:")}
        notices = {
            "consent_contact": _(
                "The team may contact you about this report, only in the safe way and time you gave. Your "
                "contact details are deleted %(months)s months after the case is closed."
            )
            % months,
            "consent_share_with_partners": _(
                "The team may share the facts you allow with a partner that can help, such as legal aid or "
                "the labour office. You will be asked which facts first. Partners must not keep them longer "
                "than %(months)s months after the case is closed."
            )
            % months,
            "consent_anonymised_publication": _(
                "The network may use your story without names, places or anything that identifies you, in "
                "articles and campaigns. Your own details are still deleted %(months)s months after the case "
                "is closed."
            )
            % months,
        }
        sections = []
        for group in FORM_GROUPS:
            names = [
                entry.name
                for entry in CATALOGUE
                if entry.form_group == group.key and entry.name in self.fields
            ]
            fields = [(self[name], notes_before.get(name, ""), notices.get(name, "")) for name in names]
            if fields:
                sections.append(
                    {
                        "key": group.key,
                        "heading": group.heading,
                        "intro": intros.get(group.key, ""),
                        "fields": fields,
                    }
                )
        return sections

    def clean_incident_date(self):
        date = self.cleaned_data.get("incident_date")
        if date and date > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."), code="future")
        return date

    def clean_workers_affected(self):
        count = self.cleaned_data.get("workers_affected")
        if count is not None and not 1 <= count <= 100_000:
            raise ValidationError(_("Give a number between 1 and 100,000."), code="range")
        return count

    def clean(self):
        cleaned = super().clean()
        mode = cleaned.get("identity_mode")
        contact_fields = ("reporter_name", "phone", "email", "safe_contact_time")
        given = [name for name in contact_fields if cleaned.get(name)]
        if mode == Case.IdentityMode.ANONYMOUS and given:
            message = _(
                "You chose to stay anonymous: leave your name and contact empty, or choose another option."
            )
            for name in given:
                self.add_error(name, message)
        if mode == Case.IdentityMode.NAMED and not cleaned.get("reporter_name"):
            self.add_error("reporter_name", _("You chose to give your name: please write it."))
        if (cleaned.get("phone") or cleaned.get("email")) and not cleaned.get("consent_contact"):
            self.add_error(
                "consent_contact",
                _("You gave contact details: tick this box so the team may use them, or remove them."),
            )
        province, regency = cleaned.get("province"), cleaned.get("regency")
        if regency and province and regency.province_id != province.pk:
            self.add_error("regency", _("This regency is not in the province you chose."))
        if regency and not province:
            cleaned["province"] = regency.province
        return cleaned


class StatusLookupForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    secret = forms.CharField(
        label=_("Secret code"),
        max_length=40,
        widget=forms.PasswordInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class ReporterMessageForm(CleanTextMixin, forms.Form):
    text_fields = ("text",)

    text = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": MESSAGE_MAX_LENGTH}),
    )
    attachments = AttachmentsField(label=_("Add photos, documents or voice notes"))

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("text") and not cleaned.get("attachments") and not self.errors:
            raise ValidationError(_("Write a message or add a file."), code="empty")
        return cleaned
