from .faq import FAQBlock
from .links import NextStepsBlock, RelatedContentBlock, TrustedByBlock
from .questions import QuestionListBlock
from .text import CalloutBlock, CodeBlock, HeadingBlock, ParagraphBlock

__all__ = [
    "CalloutBlock",
    "CodeBlock",
    "FAQBlock",
    "HeadingBlock",
    "NextStepsBlock",
    "ParagraphBlock",
    "QuestionListBlock",
    "RelatedContentBlock",
    "TrustedByBlock",
]
