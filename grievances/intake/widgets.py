"""Form widgets of the public report form."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


class LongSelect(forms.Select):
    """A select whose options are written in Python rather than one template per option.

    The regency list holds hundreds of options grouped by province; Django's template-per-option
    rendering made it the most expensive part of the report form. The elements and attributes are
    those of Django's Select, without its whitespace: attributes through flatatt, every label and
    value escaped."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group_name, options, _index in widget["optgroups"]:
            rendered = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                ((option["value"], flatatt(option["attrs"]), option["label"]) for option in options),
            )
            if group_name:
                groups.append(format_html('<optgroup label="{}">{}</optgroup>', group_name, rendered))
            else:
                groups.append(rendered)
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            mark_safe("".join(groups)),
        )
