from .text import CalloutBlock, CodeBlock, HeadingBlock, ParagraphBlock

__all__ = ["CalloutBlock", "CodeBlock", "HeadingBlock", "ParagraphBlock"]
