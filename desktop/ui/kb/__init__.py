"""The 问答库 page, its editor, and the reply composer."""

from desktop.ui.kb.page import KbPage

__all__ = ["KbPage"]
