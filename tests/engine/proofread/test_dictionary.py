import json

from desktop.engine.proofread.dictionary import UserDictionary, names_from_transcripts
from desktop.engine.proofread.issue import TYPO, Issue


def _issue(start, text, rule="r"):
    return Issue(start, start + len(text), text, TYPO, "error", "m", ("x",), rule, "c")


def test_add_word_persists_and_filters(tmp_path):
    path = tmp_path / "d.json"
    d = UserDictionary(path)
    d.add_word("张爱文")
    assert UserDictionary(path).words == {"张爱文"}
    doc = "张爱文和林美美"
    assert d.filter([_issue(2, "文"), _issue(4, "林")], doc) == [_issue(4, "林")]


def test_english_words_match_whole_words_case_insensitively(tmp_path):
    d = UserDictionary(tmp_path / "d.json", extra_words=["Nakamura"])
    doc = "nakamura said nakamuras"
    assert d.filter([_issue(0, "nakamura"), _issue(14, "nakamuras")], doc) == [_issue(14, "nakamuras")]


def test_ignore_once_and_always(tmp_path):
    d = UserDictionary(tmp_path / "d.json")
    doc = "aa bb aa bb, and much later on aa bb again"
    first, second = _issue(0, "aa"), _issue(31, "aa")
    d.ignore_once(first, doc)
    assert d.filter([first, second], doc) == [second]
    d.ignore_always(_issue(3, "bb", "rule-b"))
    assert d.filter([_issue(9, "bb", "rule-b"), _issue(9, "bb", "other")], doc) == [_issue(9, "bb", "other")]
    assert ["rule-b", "bb"] in json.loads((tmp_path / "d.json").read_text("utf-8"))["ignored"]


def test_broken_file_is_kept_and_replaced(tmp_path):
    path = tmp_path / "d.json"
    path.write_text("{not json", "utf-8")
    d = UserDictionary(path)
    assert d.words == set() and d.messages
    assert list(tmp_path.glob("d.json.broken-*"))
    d.add_word("ok")
    assert json.loads(path.read_text("utf-8"))["words"] == ["ok"]


def test_speaker_names_from_transcripts(store):
    with store.transaction() as c:
        c.execute("INSERT INTO transcripts (id, title, speakers, created, modified) VALUES "
                  "(1, 't', ?, 0, 0)", (json.dumps({"SPEAKER_00": "王小明", "SPEAKER_01": {"name": "Ana Ruiz"}}),))
        c.execute("INSERT INTO transcript_segments (transcript_id, idx, start, end, text, speaker) "
                  "VALUES (1, 0, 0, 1, 'hi', '李华'), (1, 1, 1, 2, 'yo', 'SPEAKER_02')")
    doc = store.create_document("d", "body")
    doc_id = doc.id if hasattr(doc, "id") else doc
    assert names_from_transcripts(store) == {"王小明", "Ana Ruiz", "李华"}
    assert names_from_transcripts(store, doc_id) == set()
    with store.transaction() as c:
        c.execute("INSERT INTO quote_links (document_id, transcript_id, start, end, speaker, original, created) "
                  "VALUES (?, 1, 0, 1, '李华', 'hi', 0)", (doc_id,))
    assert names_from_transcripts(store, doc_id) == {"王小明", "Ana Ruiz", "李华"}
