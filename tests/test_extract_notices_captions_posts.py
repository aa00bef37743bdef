"""Noise told by what the page's software prints around a text: a pay-to-see box that cuts it, a
press release's rule line and its title's note of attachments, a photo's caption signed by its
photographer, an answerer's plea to be chosen, a forum's text-only copy of a thread (the first
poster's posts are the text). Frozen family pages in, the document's text and fields out."""

from __future__ import annotations

from pathlib import Path

from pipelines import vocabulary
from pipelines.page import process_page

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
GBK = {"Content-Type": "text/html; charset=gbk"}


def family_page(host: str, path: str, url_path: str | None = None, headers=None):
    body = (FAMILIES / host / path).read_bytes()
    return process_page(body, f"http://{host}/{url_path or path}", headers)


def test_a_pay_to_see_box_cutting_the_text_flags_it_truncated():
    # WordPress's erphpdown: "此处内容已隐藏，付费后可见" after three paragraphs
    (doc,) = family_page("www.gongwenku-wp.test", "2563.html")
    assert doc.truncated and [g["kind"] for g in doc.gaps] == ["truncation"]
    assert "付费后可见" not in doc.text
    (whole,) = family_page("www.gongwenku-wp.test", "2571.html")
    assert not whole.truncated


def test_a_press_release_s_rule_line_and_its_title_s_language_note_go():
    # a Hong Kong bureau's 新聞公報: "＊＊＊…" over the text, "（只有中文）" after the title
    (doc,) = family_page(
        "www.fazhanju-hk-like.test", "tc/publications_and_press_releases/press/index_id_11872.html"
    )
    assert doc.title == "发展局局长在建造业安全周二〇二四开幕礼致辞"
    assert "＊" not in doc.text and doc.text.startswith("建造业议会主席、各位嘉宾")


def test_a_caption_under_its_picture_signed_by_the_photographer_goes_whatever_its_length():
    # a ministry's TRS page: a centred sentence under a centred picture, "… 水利部网站 王海摄"
    (doc,) = family_page("www.shuilibu-like.test", "xw/ldjh/202405/t20240522_1716042.html")
    assert "王海摄" not in doc.text and "推进会在浙江湖州召开" not in doc.text
    assert "image_caption" in {r["rule"] for r in doc.removed}


def test_a_caption_under_its_picture_credited_as_a_file_photo_goes():
    # a lecture site's centred 楷体 line under a centred picture: "周红梅在培训班上授课。宣讲家网 资料图"
    (doc,) = family_page("www.xuanjiangjia-like.test", "2024/0521/1234502.shtml")
    assert "资料图" not in doc.text and "在培训班上授课" not in doc.text
    assert "image_caption" in {r["rule"] for r in doc.removed}


def test_a_post_heading_its_speech_with_a_title_its_subject_is_not_takes_that_title():
    # a Q&A's question "…的讲话怎么写？" answered with a bold "在全县…开班式上的讲话" over the speech
    # (WeCenter), a forum subject "…今天开工了！附街道领导的致辞" (HadSky): the subject is no speech's
    # title, the post's heading is; a subject that is one stays (the poster's own wording)
    (answer,) = family_page("ask.wenmiquan-like.test", "question/3817")
    assert answer.title == "在全县驻村工作队员培训班开班式上的讲话"
    (post,) = family_page("bbs.chengguan-hadsky-like.test", "read-96-1.html")
    assert post.title == "在幸福里老旧小区改造工程开工仪式上的致辞"
    (subject,) = family_page("bbs.wenyou-xf.test", "threads/2025.4312/index.html", "threads/2025.4312/")
    assert subject.title == "区长在2025年全区物业服务质量提升推进会上的讲话"


def test_an_answerer_s_plea_to_be_chosen_under_the_speech_goes():
    (doc,) = family_page("zhidao.baidu-xinban-like.test", "question/1729564038816271540.html")
    assert doc.text.endswith("活动正式启动！") and "采纳" not in doc.text


def test_a_forum_s_text_only_copy_keeps_the_first_poster_s_posts_and_cuts_the_replies():
    # Discuz! 7.2's Archiver: every post a bare "name 发表于 time" line, then its text
    (two_posts,) = family_page("bbs.qiaotou-dzarchiver.test", "archiver/tid-48217.html", headers=GBK)
    assert "接上帖" not in two_posts.text and "沙发" not in two_posts.text
    assert "发表于" not in two_posts.text and two_posts.title.startswith("今天院里开年终总结表彰会")
    (one_post,) = family_page("bbs.qiaotou-dzarchiver.test", "archiver/tid-45390.html", headers=GBK)
    assert one_post.text.endswith("谢谢大家！") and "农村学校就怕孩子下河" not in one_post.text


def test_the_tail_rules_taken_from_the_line_rules_carry_those_rules_names():
    by_pattern = {id(pattern): name for name, pattern in vocabulary.LINES}
    for name, pattern in vocabulary.TAIL_LINES:
        assert by_pattern.get(id(pattern), name) == name


def test_a_document_viewer_s_hidden_text_layers_are_the_text_when_together_they_hold_it():
    # 文档网's phone pages: each page's text layer `visibility:hidden` until its image loads, one
    # span a paragraph; two pages of one truncated document hold less each than a page of text
    (doc,) = family_page("m.wendangwang-like.test", "doc/b27e4d90a1c35f86e0d2b9a74c1f3e5d6a7b8c92.html")
    # (its info row above the text still leaks: pinned in test_families_crawl.py's KNOWN)
    assert "各位老人家，各位来宾，同志们、朋友们：\n\n大家上午好！" in doc.text and doc.truncated
    (whole,) = family_page("m.wendangwang-like.test", "doc/3f9a1c07d2e84b5a6c10f7e29b8d4a3c5e6f7081.html")
    assert "现在，我宣布：公司二〇二四年安全生产月活动正式启动！" in whole.text and not whole.truncated


def test_a_metered_paywall_offering_a_subscription_flags_the_text_truncated():
    # "订阅经观会员，解锁全文" after three paragraphs; the free speech on the same site is whole
    (cut,) = family_page("www.jingguan-like.test", "2024/0516/651284.shtml")
    assert cut.truncated and "解锁全文" not in cut.text
    (free,) = family_page("www.jingguan-like.test", "2024/0426/648913.shtml")
    assert not free.truncated


def test_a_broadcaster_s_video_mark_is_no_part_of_the_title():
    (doc,) = family_page("news.lizhi-tv-like.test", "a/20240510/1715330212904.shtml")
    assert doc.title == "在“水韵江南”文旅推介会上的致辞"


def test_a_blog_s_sections_after_the_speech_it_transcribed_go_with_their_headings():
    # Hugo Stack: "## 讲话全文" then "## 整理说明" (how it was transcribed, a code block) or
    # "## 附：我的止损清单"
    for post in ("p/2023-team-review/index.html", "p/startup-talk/index.html"):
        (doc,) = family_page("www.lintao-stack.test", post, post.removesuffix("index.html"))
        assert "整理说明" not in doc.text and "止损清单" not in doc.text and "whisper" not in doc.text


def test_an_editor_s_styled_sections_are_paragraphs_even_when_short():
    # a WeChat article pasted into a county portal (135编辑器): the address "同志们：" and the section
    # headings are each a styled <section> holding one short run of text
    (doc,) = family_page("www.shiqiao.gov.test", "portal/article/index/id/1432/cid/12.html")
    lines = doc.text.split("\n\n")
    assert lines[0] == "同志们："
    assert [line for line in lines if line[:2] in ("一、", "二、", "三、", "四、")] == [
        "一、绷紧防汛这根弦，切实克服麻痹思想",
        "二、抓住关键环节，全面排查整治风险隐患",
        "三、强化监测预警，提高应急处置能力",
        "四、压实防汛责任，严格值班值守",
    ]
