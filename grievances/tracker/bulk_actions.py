"""Actions on several cases at once, from the listing (triage of a backlog), on Wagtail's bulk actions.

Each action runs on each chosen case as it would from the case page: through the lifecycle table
for a status change, with an entry on every case's timeline. A case the user may not see is not
there at all (ids of other federations' cases are dropped without a word, as a 404 would); a case
they may see but not change this way is listed as left alone.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.functional import classproperty
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.bulk_action import BulkAction

from grievances.cases.access import cases_visible_to, groups_visible_to, roles_for
from grievances.cases.models import Case, CaseEvent, CaseGroup
from grievances.cases.roles import CASE_STAFF, LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.cases.transitions import TRANSITIONS_BY_NAME, apply_transition

from .listing import person


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person(obj)


class CaseBulkAction(BulkAction):
    template_name = "grievances/admin/bulk_action.html"
    # What the confirmation page says about the cases this action leaves alone.
    left_alone = _("These cases are left as they are: you may not do this to them, or not in their state.")

    @classproperty
    def models(cls):
        return [Case]

    def get_actionable_objects(self):
        ids = [value for value in self.request.GET.getlist("id") if value.isdigit()]
        # Only cases this user may see: anything else is as absent as it would be on its own page.
        cases = cases_visible_to(self.request.user).filter(pk__in=ids).order_by("created_at")
        allowed, refused = [], []
        for case in cases:
            (allowed if self.check_perm(case) else refused).append(case)
        return allowed, {"items_with_no_access": refused}

    def roles(self, case):
        return roles_for(self.request.user, case)

    def check_perm(self, case):
        return bool(self.roles(case) & CASE_STAFF)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"action": self, "header_icon": "folder-open-inverse"})
        return context

    def get_execution_context(self):
        return {"user": self.request.user, "data": self.cleaned_form.cleaned_data, "action": self}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d case done.", "%(count)d cases done.", num_parent_objects) % {
            "count": num_parent_objects
        }


class AssignForm(forms.Form):
    responsible_operator = PersonChoiceField(
        label=_("Responsible operator"), queryset=get_user_model().objects.none(), required=False
    )
    legal_advisor = PersonChoiceField(
        label=_("Legal advisor"), queryset=get_user_model().objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        users = get_user_model().objects.filter(is_active=True).order_by("first_name", "last_name")
        self.fields["responsible_operator"].queryset = users.filter(groups__name=OPERATOR_GROUP).distinct()
        self.fields["legal_advisor"].queryset = users.filter(groups__name=LEGAL_ADVISOR_GROUP).distinct()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("responsible_operator") and not cleaned.get("legal_advisor"):
            raise ValidationError(_("Choose a responsible operator, a legal advisor or both."))
        return cleaned


class AssignBulkAction(CaseBulkAction):
    display_name = _("Assign")
    action_type = "assign"
    aria_label = _("Assign the selected cases")
    form_class = AssignForm
    action_priority = 10
    explanation = _("The chosen people are assigned to each case; a field left empty stays as it is.")

    @classmethod
    def execute_action(cls, objects, user=None, data=None, **kwargs):
        for case in objects:
            changed = [
                name
                for name in ("responsible_operator", "legal_advisor")
                if data[name] and getattr(case, name) != data[name]
            ]
            if not changed:
                continue
            for name in changed:
                setattr(case, name, data[name])
            case.save(update_fields=[*changed, "updated_at"])
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.ASSIGNMENT,
                author=user,
                text=", ".join(
                    f"{Case._meta.get_field(name).verbose_name}: {person(getattr(case, name))}"
                    for name in changed
                ),
            )
        return len(objects), 0


class StartVerificationBulkAction(CaseBulkAction):
    display_name = _("Start verification")
    action_type = "start_verification"
    aria_label = _("Start verification of the selected cases")
    action_priority = 20
    explanation = _("Each case moves from received to verifying, with the verification deadline.")

    def check_perm(self, case):
        transition = TRANSITIONS_BY_NAME["start_verification"]
        return case.status in transition.sources and bool(self.roles(case) & transition.roles)

    @classmethod
    def execute_action(cls, objects, user=None, action=None, **kwargs):
        for case in objects:
            # The lifecycle table decides again, case by case.
            apply_transition(case, "start_verification", user, action.roles(case))
        return len(objects), 0


class GroupForm(forms.Form):
    group = forms.ModelChoiceField(
        label=_("Add to the collective case"), queryset=CaseGroup.objects.none(), required=False
    )
    new_group_name = forms.CharField(
        label=_("or start a new collective case named"), required=False, max_length=200
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups_visible_to(user) if user else CaseGroup.objects.none()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("group") and not (cleaned.get("new_group_name") or "").strip():
            raise ValidationError(_("Choose a collective case or name a new one."))
        return cleaned


class GroupBulkAction(CaseBulkAction):
    display_name = _("Add to a collective case")
    action_type = "add_to_group"
    aria_label = _("Add the selected cases to a collective case")
    form_class = GroupForm
    action_priority = 30
    explanation = _(
        "Cases about the same employer and problem can be handled together as one collective case."
    )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, data=None, **kwargs):
        if not objects:
            return 0, 0
        with transaction.atomic():
            group = data["group"] or CaseGroup.objects.create(
                name=data["new_group_name"].strip(), created_by=user
            )
            for case in objects:
                case.group = group
                case.save(update_fields=["group", "updated_at"])
                CaseEvent.objects.create(
                    case=case,
                    kind=CaseEvent.Kind.NOTE,
                    author=user,
                    text=gettext("Added to the collective case “%(name)s”.") % {"name": group.name},
                )
        return len(objects), 0


BULK_ACTIONS = (AssignBulkAction, StartVerificationBulkAction, GroupBulkAction)
