from .faq import FAQ
from .pages import BasePage, ListingFields, SEOFields, SocialFields
from .taxonomy import PageRole, PageTopic, Role, Topic

__all__ = [
    "FAQ",
    "BasePage",
    "ListingFields",
    "PageRole",
    "PageTopic",
    "Role",
    "SEOFields",
    "SocialFields",
    "Topic",
]
