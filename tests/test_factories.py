import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_factories_build_the_whole_content_tree(home_pages):
    home = home_pages["en"]
    topic = factories.TopicFactory(name="Databases")
    role = factories.RoleFactory(name="Backend developer")
    bank = factories.QuestionIndexPageFactory(parent=home)
    question = factories.QuestionPageFactory(parent=bank, topics=[topic], roles=[role])
    guide = factories.GuidePageFactory(
        parent=factories.GuideIndexPageFactory(parent=home), topics=[topic]
    )
    company = factories.CompanyPageFactory(parent=factories.CompanyIndexPageFactory(parent=home))
    job = factories.JobPageFactory(parent=company, role=role)
    factories.SkillCheckPageFactory(parent=home, questions=[question])
    factories.CareerPathPageFactory(
        parent=factories.CareerPathIndexPageFactory(parent=home), role=role
    )
    factories.FAQFactory()

    assert question.locale.language_code == "en"
    assert [link.topic for link in question.topic_links.all()] == [topic]
    assert question.topic_links.get().locale == question.locale
    assert guide.topic_links.count() == 1
    assert job.get_parent().specific == company
