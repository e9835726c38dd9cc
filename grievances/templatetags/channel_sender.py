"""The case page's line about a WhatsApp or SMS sender's number."""

from django import template

from grievances.channels.staff import sender_facts

register = template.Library()


@register.inclusion_tag("grievances/admin/includes/channel_sender.html")
def channel_sender(case):
    return {"sender": sender_facts(case)}
