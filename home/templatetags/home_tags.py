"""Template tags for what every page shows from the home app: the footer's links."""

from django import template

from home.models import FooterSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The site's footer links as the visitor may follow them (none outside a site)."""
    request = context.get("request")
    if request is None:
        return []
    return FooterSettings.for_request(request).visible_links(request)
