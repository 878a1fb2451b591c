"""Proofreading (审校) for Chinese and English copy: issues, checkers, an incremental runner.

Start with :func:`make_proofreader` (settings-aware) or :class:`Proofreader`; a finding is an
:class:`Issue`. Checkers satisfy :class:`Checker` and are registered through the plugin API.
Modules are imported lazily by callers: loading the Chinese model costs about a second.
"""

from desktop.engine.proofread.issue import (
    CATEGORIES,
    ERROR,
    GRAMMAR,
    INFO,
    PUNCTUATION,
    RISK,
    SEVERITIES,
    STYLE,
    TYPO,
    WARNING,
    CheckContext,
    Checker,
    Issue,
    apply_fixes,
)
from desktop.engine.proofread.runner import Proofreader, detect_language, make_proofreader

__all__ = ["CATEGORIES", "ERROR", "GRAMMAR", "INFO", "PUNCTUATION", "RISK", "SEVERITIES", "STYLE", "TYPO",
           "WARNING", "CheckContext", "Checker", "Issue", "Proofreader", "apply_fixes", "detect_language",
           "make_proofreader"]
