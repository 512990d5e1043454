"""schema.org JSON-LD for hiring pages and vacancies (the shared pieces are in ``portal.jsonld``)."""


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
