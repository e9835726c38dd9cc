"""An editor panel whose content other apps supply through a Wagtail hook.

Apps later in the dependency chain (grievances) add their own panels to page editors of apps
before them without being imported by them: each function registered for the hook receives the
page and the request and returns a component to render, or None. When every function returns
None the panel is not shown at all, not even its heading.
"""

from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.panels import Panel


class HookPanel(Panel):
    def __init__(self, hook_name, **kwargs):
        super().__init__(**kwargs)
        self.hook_name = hook_name

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "hook_name": self.hook_name}

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/panels/hook_panel.html"

        @cached_property
        def parts(self):
            found = (
                function(self.instance, self.request) for function in hooks.get_hooks(self.panel.hook_name)
            )
            return [part for part in found if part is not None]

        def is_shown(self):
            return bool(self.parts)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["parts"] = self.parts
            return context
