"""Per-change review of a rewrite: hunks, and merges that take exactly the accepted ones."""

from __future__ import annotations

from desktop.engine.drafting.review import apply, hunks

OLD = "The new park on Elm Road have been opened on Saturday by mayor Ellen Shaw."
NEW = "The new park on Elm Road was opened on Saturday by Mayor Ellen Shaw."


def test_hunks_and_apply() -> None:
    changes = hunks(OLD, NEW)
    assert [(h.old_text, h.new_text) for h in changes] == [("have been", "was"), ("mayor", "Mayor")]
    assert apply(OLD, changes, {0, 1}) == NEW
    assert apply(OLD, changes, set()) == OLD
    assert apply(OLD, changes, {1}) == OLD.replace("mayor", "Mayor")
    assert apply(OLD, changes, {0}) == OLD.replace("have been", "was")


def test_chinese_and_edge_cases() -> None:
    old, new = "公交集团的负责人李静说她们已经准备好了45辆车。", "公交集团负责人李静说，已准备好45辆车。"
    changes = hunks(old, new)
    assert changes and apply(old, changes, {h.index for h in changes}) == new
    assert apply(old, changes, set()) == old
    for h in changes:  # any single change on its own keeps the rest of the original intact
        assert apply(old, changes, {h.index}).count("45辆") == 1
    assert hunks("same", "same") == []
    assert [h.kind for h in hunks("a b", "a b c")] == ["insert"]
    assert [h.kind for h in hunks("a b c", "a c")] == ["delete"]
