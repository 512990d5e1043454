"""schema.org JSON-LD built from Python dicts, serialised so content can never end the <script>."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from portal.i18n import locale_code, page_trail

# The same escapes as Django's json_script: "</script>" in content becomes "\u003C/script\u003E".
_SCRIPT_SAFE = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def dumps(data):
    """Serialise for a <script type="application/ld+json"> element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(_SCRIPT_SAFE))  # noqa: S308 - escaped just above


def breadcrumb_list(page, request):
    """BreadcrumbList from the language's home page down to ``page``."""
    trail = page_trail(page)
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def faq_page(faqs):
    """FAQPage from anything with ``question`` and ``answer`` (HTML) attributes."""
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": faq.question,
                "acceptedAnswer": {"@type": "Answer", "text": str(faq.answer)},
            }
            for faq in faqs
        ],
    }


def publisher():
    return {"@type": "Organization", "name": "JobFutures"}


def article(page, request):
    """Article for a guide."""
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title[:110],
        "description": page.meta_description or getattr(page, "intro", ""),
        "inLanguage": locale_code(page),
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "author": publisher(),
        "publisher": publisher(),
    }
    if page.first_published_at:
        data["datePublished"] = page.first_published_at
    if page.last_published_at:
        data["dateModified"] = page.last_published_at
    return data
