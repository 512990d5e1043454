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


def qa_page(question, request):
    """QAPage: the question and its accepted answer ("what a strong answer covers")."""
    url = question.get_full_url(request)
    answer = {
        "@type": "Answer",
        "text": question.short_answer,
        "url": f"{url}#answer",
        "author": publisher(),
    }
    entity = {
        "@type": "Question",
        "name": question.title,
        "text": question.title,
        "answerCount": 1,
        "author": publisher(),
        "acceptedAnswer": answer,
    }
    if question.first_published_at:
        entity["dateCreated"] = answer["dateCreated"] = question.first_published_at
    return {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "inLanguage": locale_code(question),
        "mainEntity": entity,
    }


def _number(amount):
    """A Decimal as a JSON number (DjangoJSONEncoder would write a string)."""
    return int(amount) if amount == amount.to_integral() else float(amount)


def _logo_url(company, request):
    rendition = company.logo_rendition()
    return request.build_absolute_uri(rendition.url) if rendition else None


def _organization_entity(company, request):
    """The Organization a job posting names as its hiring organization."""
    data = {
        "@type": "Organization",
        "name": company.title,
        "url": company.get_full_url(request),
    }
    if company.website:
        data["sameAs"] = company.website
    if logo := _logo_url(company, request):
        data["logo"] = logo
    return data


def organization(company, request):
    """Organization for a company's hiring page."""
    data = {"@context": "https://schema.org", **_organization_entity(company, request)}
    if company.hiring_focus or company.meta_description:
        data["description"] = company.meta_description or company.hiring_focus
    if company.headquarters:
        data["address"] = company.headquarters
    return data


def job_posting(job, request):
    """JobPosting with what Google requires: title, HTML description, datePosted, validThrough,
    hiringOrganization, jobLocation (an office) and/or, for remote work, jobLocationType TELECOMMUTE
    with applicantLocationRequirements; employmentType; baseSalary when a salary is given."""
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": job.title,
        "description": str(job.description),
        "datePosted": job.date_posted,
        "employmentType": job.employment_type,
        "hiringOrganization": _organization_entity(job.company, request),
        "url": job.get_full_url(request),
        "identifier": {
            "@type": "PropertyValue",
            "name": job.company.title,
            "value": str(job.translation_key),
        },
    }
    if job.expire_at:
        data["validThrough"] = job.expire_at
    if job.city and job.country:
        address = {"@type": "PostalAddress", "addressLocality": job.city}
        if job.region:
            address["addressRegion"] = job.region
        address["addressCountry"] = job.country
        data["jobLocation"] = {"@type": "Place", "address": address}
    if job.is_remote:
        data["jobLocationType"] = "TELECOMMUTE"
        if job.applicant_country:
            data["applicantLocationRequirements"] = {
                "@type": "Country",
                "name": job.applicant_country,
            }
    amounts = [a for a in (job.salary_min, job.salary_max) if a]
    if amounts and job.salary_currency:
        value = {"@type": "QuantitativeValue", "unitText": job.salary_unit}
        if len(set(amounts)) == 1:
            value["value"] = _number(amounts[0])
        else:
            value["minValue"], value["maxValue"] = _number(min(amounts)), _number(max(amounts))
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": job.salary_currency,
            "value": value,
        }
    return data
