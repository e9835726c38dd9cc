"""The dashboard panel of referral figures, over the cases the reader may see."""

from wagtail.admin.ui.components import Component

from grievances.cases.access import cases_visible_to

from .figures import referral_figures


class ReferralFiguresPanel(Component):
    name = "referral_figures"
    order = 60
    template_name = "grievances/admin/referral_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {"figures": referral_figures(cases_visible_to(self.user))}
