"""Forms of the register screens: confirming a case's entries, turning a pattern into action,
importing rows from CSV."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .matching import suggest_companies, suggest_estates
from .models import Buyer, CollectiveComplaint, Company, Estate

NEW = "new"


class CaseRegisterForm(forms.Form):
    """The operator picks a suggested entry, or creates one named as the reporter wrote it."""

    company = forms.ChoiceField(label=_("Company"), widget=forms.RadioSelect)
    new_company_name = forms.CharField(label=_("Name of the new company"), max_length=200, required=False)
    estate = forms.ChoiceField(label=_("Estate or mill"), widget=forms.RadioSelect, required=False)
    new_estate_name = forms.CharField(
        label=_("Name of the new estate or mill"), max_length=200, required=False
    )
    new_estate_kind = forms.ChoiceField(label=_("Kind"), choices=Estate.Kind.choices, required=False)

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case
        link = getattr(case, "register_link", None)
        current_company = link.company if link else None
        current_estate = link.estate if link else None
        self.company_suggestions = suggest_companies(case.employer) if case.employer else []
        companies = [(s.entry, s.score) for s in self.company_suggestions]
        if current_company and current_company not in [c for c, _score in companies]:
            companies.insert(0, (current_company, None))
        self.fields["company"].choices = [
            (str(company.pk), f"{company} ({score})" if score is not None else str(company))
            for company, score in companies
        ] + [(NEW, _("a new company"))]
        self.fields["company"].initial = (
            str(current_company.pk) if current_company else (str(companies[0][0].pk) if companies else NEW)
        )
        self.fields["new_company_name"].initial = case.employer
        self.estate_suggestions = suggest_estates(case.estate, company=current_company) if case.estate else []
        estates = [(s.entry, s.score) for s in self.estate_suggestions]
        if current_estate and current_estate not in [e for e, _score in estates]:
            estates.insert(0, (current_estate, None))
        self.fields["estate"].choices = (
            [("", _("none"))]
            + [
                (
                    str(estate.pk),
                    f"{estate} · {estate.company} ({score})" if score is not None else str(estate),
                )
                for estate, score in estates
            ]
            + [(NEW, _("a new estate or mill of the chosen company"))]
        )
        self.fields["estate"].initial = (
            str(current_estate.pk) if current_estate else (str(estates[0][0].pk) if estates else "")
        )
        self.fields["new_estate_name"].initial = case.estate

    def clean(self):
        data = super().clean()
        company_choice = data.get("company")
        if company_choice == NEW:
            if not (data.get("new_company_name") or "").strip():
                self.add_error("new_company_name", _("Write the new company's name."))
            data["company_entry"] = None
        elif company_choice:
            data["company_entry"] = Company.objects.filter(pk=company_choice).first()
            if data["company_entry"] is None:
                self.add_error("company", _("This company is no longer in the register."))
        estate_choice = data.get("estate")
        data["estate_entry"] = None
        if estate_choice == NEW:
            if not (data.get("new_estate_name") or "").strip():
                self.add_error("new_estate_name", _("Write the new estate's name."))
        elif estate_choice:
            data["estate_entry"] = Estate.objects.select_related("company").filter(pk=estate_choice).first()
            company = data.get("company_entry")
            if data["estate_entry"] is None:
                self.add_error("estate", _("This estate is no longer in the register."))
            elif company is not None and data["estate_entry"].company_id != company.pk:
                self.add_error("estate", _("This estate belongs to another company: choose its company."))
        return data


class GroupPatternForm(forms.Form):
    name = forms.CharField(label=_("Name of the collective case"), max_length=200)


class ComplaintForm(forms.Form):
    addressee = forms.ChoiceField(label=_("Addressed to"), choices=CollectiveComplaint.Addressee.choices)
    buyer = forms.ModelChoiceField(label=_("Buyer"), queryset=Buyer.objects.none(), required=False)

    def __init__(self, *args, company, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["buyer"].queryset = company.buyers.all()

    def clean(self):
        data = super().clean()
        if data.get("addressee") == CollectiveComplaint.Addressee.BUYER and not data.get("buyer"):
            self.add_error("buyer", _("Choose the buyer the complaint goes to."))
        if data.get("addressee") != CollectiveComplaint.Addressee.BUYER:
            data["buyer"] = None
        return data


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, comma-separated, with a header row; see the columns above."),
    )
