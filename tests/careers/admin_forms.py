"""POST data for the Wagtail admin's page edit forms, as a browser would send them."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

PROMOTE = {
    "seo_title": "",
    "search_description": "",
    "social_image": "",
    "social_text": "",
    "listing_title": "",
    "listing_summary": "",
}


def _publishing(page):
    return {
        "go_live_at": "",
        "expire_at": page.expire_at.strftime("%Y-%m-%d %H:%M") if page.expire_at else "",
    }


def job_page_form(job, **overrides):
    data = {
        "title": job.title,
        "slug": job.slug,
        "role": job.role_id,
        "seniority": job.seniority,
        "employment_type": job.employment_type,
        "remote_policy": job.remote_policy,
        "city": job.city,
        "region": job.region,
        "country": job.country,
        "applicant_country": job.applicant_country,
        "salary_min": job.salary_min or "",
        "salary_max": job.salary_max or "",
        "salary_currency": job.salary_currency,
        "salary_unit": job.salary_unit,
        "description": streamfield([("paragraph", rich_text("<p>Build Python services.</p>"))]),
        "apply_url": job.apply_url,
        "apply_email": job.apply_email,
        "comments": inline_formset([]),
        **PROMOTE,
        **_publishing(job),
    }
    data.update(overrides)
    return nested_form_data(data)


def company_page_form(company, **overrides):
    data = {
        "title": company.title,
        "slug": company.slug,
        "logo": company.logo_id or "",
        "hiring_focus": company.hiring_focus,
        "about": rich_text(str(company.about) or "<p>We build things.</p>"),
        "tech_stack": company.tech_stack,
        "website": company.website,
        "headquarters": company.headquarters,
        "hiring_process": streamfield([]),
        "benefits": streamfield([]),
        "body": streamfield([]),
        "comments": inline_formset([]),
        **PROMOTE,
        **_publishing(company),
    }
    data.update(overrides)
    return nested_form_data(data)
