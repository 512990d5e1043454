from .faq import FAQ
from .pages import BasePage, IndexPage, ListingFields, SEOFields, SocialFields
from .taxonomy import PageRole, PageTopic, Role, Topic

__all__ = [
    "FAQ",
    "BasePage",
    "IndexPage",
    "ListingFields",
    "PageRole",
    "PageTopic",
    "Role",
    "SEOFields",
    "SocialFields",
    "Topic",
]
