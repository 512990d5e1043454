"""Every app's factories in one namespace, for tests that build content of several apps
(``factories.QuestionPageFactory(parent=...)``). Each factory lives with its app's tests:
``tests/<app>/factories.py``."""

from tests.careers.factories import (
    CareerPathIndexPageFactory,
    CareerPathPageFactory,
    CompanyIndexPageFactory,
    CompanyPageFactory,
    JobIndexPageFactory,
    JobPageFactory,
)
from tests.guides.factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    QuestionIndexPageFactory,
    QuestionPageFactory,
    SkillCheckPageFactory,
)
from tests.home.factories import (
    FAQPageFactory,
    StandardPageFactory,
)
from tests.portal.factories import (
    FAQFactory,
    ImageFactory,
    RoleFactory,
    TaggedPageFactory,
    TaxonFactory,
    TopicFactory,
    UserFactory,
)

__all__ = [
    "CareerPathIndexPageFactory",
    "CareerPathPageFactory",
    "CompanyIndexPageFactory",
    "CompanyPageFactory",
    "FAQFactory",
    "FAQPageFactory",
    "GuideIndexPageFactory",
    "GuidePageFactory",
    "ImageFactory",
    "JobIndexPageFactory",
    "JobPageFactory",
    "QuestionIndexPageFactory",
    "QuestionPageFactory",
    "RoleFactory",
    "SkillCheckPageFactory",
    "StandardPageFactory",
    "TaggedPageFactory",
    "TaxonFactory",
    "TopicFactory",
    "UserFactory",
]
