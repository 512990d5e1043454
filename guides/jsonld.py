"""schema.org JSON-LD for the question bank (the shared pieces are in ``portal.jsonld``)."""

from portal.i18n import locale_code
from portal.jsonld import publisher


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
