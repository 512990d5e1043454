"""Candidate pages are private: never stored by a browser, a proxy or the page cache, never indexed."""

from django.utils.cache import add_never_cache_headers, patch_cache_control

PRIVATE_VIEW_MODULES = ("allauth.", "candidates.")


class PrivatePagesMiddleware:
    """``Cache-Control: private, no-store`` and ``X-Robots-Tag: noindex`` on every response of an
    account (allauth) or profile view, including the admin pool browser."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if match and match.func.__module__.startswith(PRIVATE_VIEW_MODULES):
            make_private(response)
        return response


def make_private(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
