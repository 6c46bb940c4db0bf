"""The context of a record: the sentence(s) holding its claim and cue, and its document's fields
in every output (JSONL as CSV)."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from attribution import extract_text
from attribution.cli import app
from attribution.records import context_span, with_context
from attribution.text.sentences import sentence_spans

# (article, cue, the context expected for that cue's record)
CASES = [
    ("وصل الوفد صباحا. وقال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل. وانتهى اللقاء.",
     "قال", "وقال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل."),
    # a quotation over two sentences: both are the context
    ('وانتهى اللقاء.\nوقال الوزير: "الوضع صعب. لكننا سنعمل على حله". ثم غادر.',
     "قال", 'وقال الوزير: "الوضع صعب. لكننا سنعمل على حله".'),
    # according-to after its claim: the claim and the cue share one sentence
    ("بدأت الجولة أمس. الاتفاق سيوقع الشهر المقبل، بحسب مصادر مطلعة. وهذا كل شيء.",
     "بحسب", "الاتفاق سيوقع الشهر المقبل، بحسب مصادر مطلعة."),
    # diacritics and tatweel: offsets are in the text as written
    ("وصل الوفدُ. وقـــال الوزيرُ إنّ الاتفاقَ جاهزٌ. انتهى.", "قـــال", "وقـــال الوزيرُ إنّ الاتفاقَ جاهزٌ."),
]


@pytest.mark.parametrize("text, cue, expected", CASES, ids=[c[1] + str(i) for i, c in enumerate(CASES)])
def test_context_is_the_sentence_of_the_claim(text, cue, expected):
    rec = next(r for r in extract_text(text, backend="rules") if r.cue.text == cue)
    assert rec.context is not None and rec.context.text == expected
    assert text[rec.context.start:rec.context.end] == rec.context.text
    assert rec.context.start <= rec.claim.start and rec.claim.end <= rec.context.end
    assert rec.to_dict()["context"] == {"text": expected, "start": rec.context.start, "end": rec.context.end}


def test_a_claim_over_several_sentences_gets_all_of_them():
    text = "أولا. ثانيا. ثالثا."
    sents = sentence_spans(text)
    assert context_span(text, sents, 2, 9).text == "أولا. ثانيا."
    assert context_span(text, sents, 0, len(text)).text == text
    assert context_span(text, [], 2, 4).text == text[2:4]  # no sentences: the span itself


def test_a_record_keeps_a_context_it_has():
    rec = extract_text("وقال الوزير إن الاتفاق جاهز.", backend="rules")[0]
    assert with_context([rec], "x" * 100, [(0, 1)]) == [rec]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["قال الوزير إن ", "الاتفاق جاهز", ". ", "\n", '"', "«", "»", "أكد أن ", "،"]),
                max_size=30))
def test_every_context_slices_the_text_and_holds_its_claim(parts):
    text = "".join(parts)
    for rec in extract_text(text, backend="rules"):
        cx = rec.context
        assert cx is not None and text[cx.start:cx.end] == cx.text
        assert cx.start <= rec.cue.start and rec.cue.end <= cx.end
        if rec.claim is not None:
            assert cx.start <= rec.claim.start and rec.claim.end <= cx.end


def test_extract_jsonl_keeps_title_url_date_outlet(tmp_path):
    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps({"id": "n1", "title": "مفاوضات", "url": "https://e.org/1", "date": "2024-05-01",
                               "source": "واس", "text": "وقال الوزير إن الاتفاق جاهز."}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "-f", "jsonl", "--backend", "rules"])
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout.splitlines()[0])
    assert (rec["title"], rec["url"], rec["date"], rec["outlet"]) == ("مفاوضات", "https://e.org/1", "2024-05-01", "واس")
    assert rec["context"]["text"] == "وقال الوزير إن الاتفاق جاهز."
    csv_out = CliRunner().invoke(app, ["extract", str(src), "-f", "csv", "--backend", "rules"]).stdout
    header, row = csv_out.splitlines()[:2]
    assert "context" in header.split(",") and "وقال الوزير إن الاتفاق جاهز." in row
