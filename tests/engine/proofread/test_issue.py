from desktop.engine.proofread.issue import ERROR, RISK, TYPO, WARNING, Issue, apply_fixes


def _issue(start, end, text, sugg, severity=ERROR, category=TYPO):
    return Issue(start, end, text, category, severity, "m", (sugg,) if sugg else (), "r", "c")


def test_apply_fixes_applies_safe_ones_right_to_left():
    text = "ab cd ef"
    issues = [_issue(0, 2, "ab", "AB"), _issue(6, 8, "ef", "EFG"), _issue(3, 5, "cd", "CD", severity=WARNING)]
    out, applied = apply_fixes(text, issues)
    assert out == "AB cd EFG"
    assert [i.text for i in applied] == ["ab", "ef"]


def test_apply_fixes_skips_overlaps_stale_offsets_and_risks():
    text = "abcdef"
    issues = [_issue(0, 3, "abc", "X"), _issue(2, 4, "cd", "Y"), _issue(4, 6, "zz", "Q"),
              _issue(4, 6, "ef", "E", category=RISK)]
    out, applied = apply_fixes(text, issues)
    assert len(applied) == 1
    assert out in ("Xdef", "abYef")


def test_safe_and_roundtrip():
    issue = Issue(1, 2, "x", TYPO, ERROR, "msg", ("y",), "rule", "checker", {"confidence": 0.9})
    assert issue.safe
    assert not Issue(1, 2, "x", TYPO, ERROR, "msg").safe
    assert not Issue(1, 2, "x", RISK, ERROR, "msg", ("y",)).safe
    raw = issue.to_dict()
    assert set(raw) >= {"start", "end", "text", "category", "severity", "message", "suggestions", "rule", "checker"}
    assert raw["suggestions"] == ["y"] and raw["safe"] is True
    assert Issue.from_dict(raw) == issue
    assert issue.shifted(10).start == 11
