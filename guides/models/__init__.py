from .guides import GuideIndexPage, GuidePage
from .questions import QuestionIndexPage, QuestionPage
from .skill_checks import SkillCheckIndexPage, SkillCheckPage, SkillCheckQuestion

__all__ = [
    "GuideIndexPage",
    "GuidePage",
    "QuestionIndexPage",
    "QuestionPage",
    "SkillCheckIndexPage",
    "SkillCheckPage",
    "SkillCheckQuestion",
]
