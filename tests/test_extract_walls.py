"""Truncation walls (login, app, VIP, "阅读全文", "此处已隐藏N字") flag the document truncated with a
gap where the rest of the text would be, as paywall notices do; a "展开全文" button with the text
going on after it is only a widget; a wall phrase inside a paragraph is cut, the paragraph stays.
Frozen pages in the shapes blog platforms, forums, news apps and document libraries print."""

from __future__ import annotations

import pytest

from pipelines.page import process_page

URL = "http://www.example.cn/a/2024/1.html"
P1 = "同志们：今天我们召开全区安全生产工作会议，主要任务是分析当前形势，部署下一阶段工作。"
P2 = "今年以来，全区安全生产形势总体平稳，但隐患依然存在，一些企业主体责任落实还不到位，必须引起高度重视。"
P3 = "下一步，各部门要聚焦重点行业领域，扎实开展隐患排查整治，坚决遏制各类事故发生，确保全区大局稳定。"


def page(*blocks: str) -> bytes:
    inner = "".join(blocks)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>在全区安全生产工作会议上的讲话</title></head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        f"<div class='article'><h1>在全区安全生产工作会议上的讲话</h1>{inner}</div>"
        "<div class='footer'>版权所有 某某网</div></body></html>"
    ).encode()


def only(body: bytes):
    docs = process_page(body, URL)
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize(
    "wall, omitted",
    [
        ("<div class='login-wall'>登录后查看全文</div>", None),  # blog platform
        ("<div class='hide'>此处已隐藏856字，请登录后查看</div>", 856),  # forum
        ("<div class='app-guide'><a href='/app'>打开APP阅读全文</a></div>", None),  # news app
        ("<div class='tip'><a href='/app'>打开搜狐新闻APP，阅读全文</a></div>", None),  # self-media
        ("<div class='vip'>开通VIP会员查看完整内容</div>", None),  # document library
        ("<p class='more'>还有1200字未显示，点击阅读全文</p>", 1200),  # template site
        # paid columns naming what is bought: a blog platform's mask, a news site's subscription
        (
            "<div class='column-mask'><p>本文为付费专栏《杂谈》的内容，订阅专栏后可阅读全文</p>"
            "<a href='/c/1.html'>订阅专栏 解锁全文</a></div>",
            None,
        ),
        ("<div class='paywall'>本文为会员专享，购买后即可阅读全文</div>", None),
        # what the login is for between the verb and 后, what is read after 完整 (a course's 讲稿)
        ("<div class='login-tip'>登录学习后查看完整讲稿 <a href='/login'>立即登录</a></div>", None),
        ("<div class='showmore-tip'>剩余51%内容，登录后继续阅读</div>", None),  # a share left, then the login
        # a 范文 site's member wall saying only that the rest is hidden
        (
            "<div class='hidecontent'><p class='ht'>本文共3186字，游客只能浏览前一部分，剩余内容已隐藏</p></div>",
            None,
        ),
    ],
)
def test_wall_after_the_text_flags_it_truncated_with_its_gap(wall, omitted):
    doc = only(page(f"<p>{P1}</p>", f"<p>{P2}</p>", wall))
    assert doc.text == f"{P1}\n\n{P2}"
    assert doc.truncated
    assert [g["kind"] for g in doc.gaps] == ["truncation"]
    assert doc.gaps[0]["offset"] == len(doc.text) and doc.gaps[0]["omitted_chars"] == omitted
    assert {"truncation_wall"} <= {r["rule"] for r in doc.removed}


@pytest.mark.parametrize("after", [True, False])
@pytest.mark.parametrize(
    "button",
    [
        "<div class='unfold'><span>展开阅读全文</span></div>",
        # a MIP fold's hint: the share left, then only the expand button (no login, no app)
        "<div class='showmore-tip'>剩余65%内容，点击展开全文</div><div class='btn'>展开全文</div>",
    ],
)
def test_expand_button_is_a_widget_not_a_wall(after, button):
    # the fold a page draws over text it holds in full: with the text going on after the button,
    # or the button last (the text's end is on the page)
    blocks = [f"<p>{P1}</p>", f"<p>{P2}</p>", button]
    if after:
        blocks.append(f"<p>{P3}</p>")
    doc = only(page(*blocks))
    assert doc.text == "\n\n".join([P1, P2, P3] if after else [P1, P2])
    assert not doc.truncated and doc.gaps == []
    assert "展开" not in doc.text


def test_wall_phrase_inside_a_paragraph_is_cut_and_the_paragraph_stays():
    doc = only(page(f"<p>{P1}</p>", f"<p>{P2}</p>", f"<p>{P3}……打开APP阅读全文</p>"))
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}……"
    assert doc.truncated


def test_a_membership_offer_to_download_is_no_wall():
    # a document library's sales box under a complete document: "download free with VIP", not
    # "the rest is for members"
    doc = only(page(f"<p>{P1}</p>", f"<p>{P2}</p>", "<p class='vip_tip'>开通VIP，全站文档免费下载</p>"))
    assert doc.text.startswith(f"{P1}\n\n{P2}") and not doc.truncated and not doc.gaps


def test_a_document_viewers_end_of_free_preview_in_other_words_is_its_preview_wall():
    # 豆丁: "the document has 5 pages, this is past the free preview", no page count left
    fold = "<p class='fold'>亲，该文档总共5页，到这已经超出免费预览范围，如果喜欢就下载吧！</p>"
    doc = only(page(f"<p>{P1}</p>", f"<p>{P2}</p>", fold))
    assert doc.text == f"{P1}\n\n{P2}" and doc.truncated
    assert [g["kind"] for g in doc.gaps] == ["truncation"] and doc.gaps[0]["offset"] == len(doc.text)
    assert "preview_wall" in {r["rule"] for r in doc.removed}


@pytest.mark.parametrize(
    "banner",
    [
        "打开APP，看更多",
        "下载新京报APP阅读更多",  # 新京报's box under its articles
        "下载南方+客户端看更多",  # 南方网's QR box
    ],
)
def test_an_app_banner_asking_to_see_more_is_no_wall(banner):
    # a banner under a complete text: more of the site in the app, not the rest of this text
    doc = only(page(f"<p>{P1}</p>", f"<p>{P2}</p>", f"<div class='banner'><a href='/app'>{banner}</a></div>"))
    assert not doc.truncated and not doc.gaps


def test_a_fans_only_mask_over_a_clipped_body_is_a_wall():
    # 微博头条文章: the body is clipped (height + overflow: hidden) and the server sent four
    # paragraphs; "粉丝可见" says the rest is for followers
    body = (
        f"<div class='WB_editor_iframe_new' style='height: 520px; overflow: hidden;'><p>{P1}</p><p>{P2}</p></div>"
        "<div class='mask_box'><p>作者设置了粉丝可见，关注后可阅读全文</p>"
        "<a href='javascript:void(0);'>点击关注作者，阅读全文</a></div>"
    )
    doc = only(page(body))
    assert doc.text == f"{P1}\n\n{P2}" and doc.truncated
    assert [g["kind"] for g in doc.gaps] == ["truncation"]


@pytest.mark.parametrize(
    "said",
    [
        "预览已结束，剩余2页可下载查看",  # 人人文库 and 淘豆网
        "试读已结束，剩余1页需下载查看",  # 蚂蚁文库: the download is needed
        "试读结束，剩余约2页未显示",  # a Word shop's preview: the pages left, about
    ],
)
def test_a_document_library_s_preview_ending_with_the_pages_left_in_the_download_is_its_wall(said):
    # under the last previewed page
    end = f"<div class='preview-end'><p>{said}</p><a href='/down/1'>下载本文档</a></div>"
    doc = only(page(f"<p>{P1}</p>", f"<p>{P2}</p>", end))
    assert doc.text == f"{P1}\n\n{P2}" and doc.truncated


def test_an_english_platform_s_member_wall_over_a_chinese_text_is_its_wall():
    # Medium's logged-out paywall under a member-only story's first paragraphs
    body = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>在全区安全生产工作会议上的讲话 | Medium</title></head>"
        f"<body><article><h1>在全区安全生产工作会议上的讲话</h1><section><p>{P1}</p><p>{P2}</p></section></article>"
        "<div class='paywall'><h2>Create an account to read the full story.</h2>"
        "<p>The author made this story available to Medium members only.</p></div></body></html>"
    ).encode()
    doc = only(body)
    assert doc.text == f"{P1}\n\n{P2}" and doc.truncated
