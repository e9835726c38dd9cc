"""Parts of admin pages kept in the cache instead of drawn on each page, and their keys."""

from django import template
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key

register = template.Library()

# A kept part outlives the key it was drawn under by at most this long.
KEPT_SECONDS = 10 * 60


@register.tag
def kept(parser, token):
    """`{% kept "name" key [value ...] %}…{% endkept %}`: the enclosed HTML, drawn once per `key`
    (and the values after it) and kept in the default cache; drawn afresh, and kept nowhere, when
    `key` is empty: a view leaves it empty for what must not leave the request (words searched for)."""
    bits = token.split_contents()[1:]
    if len(bits) < 2:
        raise template.TemplateSyntaxError("kept needs a name and a key")
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(
        nodelist, parser.compile_filter(bits[0]), [parser.compile_filter(bit) for bit in bits[1:]]
    )


class KeptNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        values = [value.resolve(context) for value in self.vary_on]
        if not values[0]:
            return self.nodelist.render(context)
        key = make_template_fragment_key(self.name.resolve(context), values)
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, KEPT_SECONDS)
        return html


@register.filter
def shortcuts_text(shortcuts):
    """Every word and key of the keyboard shortcuts dialog, in the active language: what its table
    is drawn from (the keys differ on a Mac, a shortcut is left out when comments are off)."""
    return "\n".join(
        f"{category[0]}|{category[1]}|" + "|".join(f"{name}={keys}" for name, keys in filter(None, rows))
        for category, rows in shortcuts.items()
    )
