"""Texts that were printed before they were published: Word's "save as web page" exports and papers
set for print carry page numbers, note references, the notes and an appendix; reading sites and
company sites print their own lines between and after the paragraphs. Frozen pages in the shapes
Word, WPS, a 笔趣阁-like reader, MetInfo and a Typecho blog print; the expected speech out."""

from __future__ import annotations

import pytest

from pipelines.page import process_page

P1 = "同志们：临近年底，是欠薪问题的易发多发期。今天召开这次会议，主要是贯彻落实上级根治欠薪工作部署。"
P2 = "今年以来，全市各级各部门齐抓共管，根治欠薪工作取得明显成效，为八千七百余名农民工追发工资一点零六亿元。"
P3 = (
    "同志们，农民工辛苦一年，拿到工资回家过年是他们最朴素的心愿。我们要扎扎实实做好各项工作，让他们温暖过年。"
)


def only(body: bytes, url: str):
    docs = process_page(body, url)
    assert len(docs) == 1
    return docs[0]


def word_export(paragraphs: str) -> bytes:
    return (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office' xmlns:w='urn:schemas-microsoft-com:office:word'>"
        "<head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
        "<meta name=Generator content='Microsoft Word 15'><title>在全市根治欠薪冬季专项行动部署会上的讲话</title></head>"
        f"<body lang=ZH-CN><div class=WordSection1>{paragraphs}</div></body></html>"
    ).encode()


def msonormal(text: str) -> str:
    return f"<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>{text}</span></p>"


def test_a_word_export_loses_its_page_numbers_note_marks_notes_and_appendix_table():
    note_mark = (
        "<a style='mso-footnote-id:ftn1' href='#_ftn1' name='_ftnref1' title=''>"
        "<span class=MsoFootnoteReference>[1]</span></a>"
    )
    body = (
        msonormal(P1.replace("工作部署", "工作部署" + note_mark))
        + "<p class=MsoNormal align=center><span>— 2 —</span></p>"
        + "<br clear=all style='page-break-before:always'>"
        + msonormal(P2)
        + msonormal(P3)
        + msonormal("附：")
        + msonormal("全市根治欠薪冬季专项行动投诉举报电话")
        + "<table class=MsoTableGrid border=1><tr><td>单位</td><td>电话</td></tr>"
        "<tr><td>市劳动保障监察支队</td><td>0715-8216315</td></tr></table>"
        "<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>"
        "<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href='#_ftnref1' name='_ftn1'>[1]</a>"
        " 《关于开展冬季根治欠薪专项行动的通知》。</p></div></div>"
    )
    doc = only(word_export(body), "http://rsj.example.gov.cn/xwzx/P020231124508812736455.htm")
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}"
    rules = [r["rule"] for r in doc.removed]
    assert {"page_number", "note_reference", "notes", "appendix"} <= set(rules)


def test_an_appended_report_in_prose_is_the_article_s():
    # "附件" then paragraphs that end their sentences: the article goes on, it is no table
    body = (
        msonormal(P1)
        + msonormal(P2)
        + msonormal(P3)
        + msonormal("附件")
        + msonormal("今年1月至5月，全市共发生各类事故59起，同比上升。")
    )
    doc = only(word_export(body), "http://rsj.example.gov.cn/xwzx/P1.htm")
    assert doc.text.endswith("附件\n\n今年1月至5月，全市共发生各类事故59起，同比上升。")


def reader_page(content: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>第十二章 在全县农田水利建设冬季会战动员大会上的讲话_笔趣阁</title></head>"
        "<body><div class='bookname'><h1>第十二章 在全县农田水利建设冬季会战动员大会上的讲话</h1></div>"
        f"<div id='content'>{content}</div><div class='footer'>本站所有小说为转载作品</div></body></html>"
    ).encode()


def test_a_reading_site_s_own_address_lines_and_turn_over_line_go():
    indent = "&nbsp;&nbsp;&nbsp;&nbsp;"
    lines = [
        "（一九九一年十一月八日）",
        "同志们：",
        P1,
        P2,
        "天才一秒记住本站地址：www.biqu-example.com。手机版阅读网址：m.biqu-example.com",
        P3,
        "本章未完，点击下一页继续阅读",
    ]
    doc = only(
        reader_page("<br /><br />".join(indent + line for line in lines)),
        "http://www.biqu-example.com/book/1/567.html",
    )
    assert doc.text == f"同志们：\n\n{P1}\n\n{P2}\n\n{P3}"
    assert doc.published_at == "1991-11-08"  # the Han-numeral date line, the only date printed
    assert {"own_address", "pager_notice"} <= {r["rule"] for r in doc.removed}


def test_a_speech_naming_a_website_in_its_prose_keeps_it():
    said = "群众可以登录市政府门户网站www.example.gov.cn，在“我要留言”栏目反映欠薪问题，我们承诺件件有回音、事事有着落。"
    body = msonormal(P1) + msonormal(said) + msonormal(P3)
    doc = only(word_export(body), "http://www.example.gov.cn/a/1.htm")
    assert said in doc.text


def test_a_company_news_credit_with_the_unit_first_and_a_blogger_s_note_after_the_thanks_go():
    page = (
        "<html><head><meta charset='utf-8'><title>董事长在年会上的讲话</title></head><body>"
        f"<section class='met-editor'><p>{P1}</p><p>{P2}</p><p>{P3}谢谢大家！</p>"
        "<p>（行政部　供稿　摄影：顾晓峰）</p></section></body></html>"
    ).encode()
    doc = only(page, "http://www.example.com/news/shownews.php?id=45")
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}谢谢大家！"
    blog = page.replace(
        "（行政部　供稿　摄影：顾晓峰）".encode(),
        "【按】现场念的时候删掉了几句，有需要的朋友可以拿去改改用。".encode(),
    )
    doc = only(blog, "http://www.example.com/archives/127/")
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}谢谢大家！"
    assert "poster_note" in {r["rule"] for r in doc.removed}


def test_a_government_record_table_over_the_text_is_no_text():
    # a 人大/政府 portal's 信息公开 record: every row a "名称：" label beside its value
    record = (
        "<table class='xxgk_table'><tr><td>索 引 号：</td><td>11360925MB1A01234X/2024-00087</td>"
        "<td>主题分类：</td><td>人大工作</td></tr><tr><td>发布机构：</td><td>县人大常委会</td>"
        "<td>成文日期：</td><td>2024-06-28</td></tr></table>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>在县人大常委会会议闭会时的讲话 江城县人大常委会</title></head><body>"
        f"<div class='main'>{record}<table class='bt_table'><tr><td class='title'>在县人大常委会会议闭会时的讲话</td></tr>"
        f"<tr><td id='zoom'><p>{P1}</p><p>{P2}</p><p>{P3}</p></td></tr></table></div></body></html>"
    ).encode()
    doc = only(page, "http://www.jiangcheng-rd.example.gov.cn/art/2024/6/28/art_5012_245876.html")
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert "record_table" in {r["rule"] for r in doc.removed}
    assert doc.title == "在县人大常委会会议闭会时的讲话"  # the title cell, not the <title>'s site name


def test_a_blog_title_that_puts_the_site_name_first_names_the_post_by_its_later_part():
    page = (
        "<html><head><meta charset='utf-8'><title>文秘笔记-在驻村工作队轮换交接会上的发言</title></head><body>"
        "<h1 id='BlogTitle'><a href='/'>文秘笔记</a></h1>"
        "<h2 class='post-title'>在驻村工作队轮换交接会上的发言<span class='post-date'>2024-05-13 20:41</span></h2>"
        f"<div class='post-body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>"
    ).encode()
    assert only(page, "http://www.wenmi.example.com/post/131.html").title == "在驻村工作队轮换交接会上的发言"


def test_a_reply_to_see_box_is_a_wall_and_slashed_credits_go():
    page = (
        "<html><head><meta charset='utf-8'><title>在公司供应商大会上的致辞</title></head><body>"
        f"<h2>在公司供应商大会上的致辞</h2><div class='post-body'><p>{P1}</p><p>{P2}</p>"
        "<div class='hidebox'><span>【隐藏内容】</span>此处内容需要<a href='#comment'>回复</a>后才能查看</div></div>"
        "<div class='comments'>发表评论</div></body></html>"
    ).encode()
    doc = only(page, "http://www.wenmi.example.com/post/128.html")
    assert doc.text == f"{P1}\n\n{P2}" and doc.truncated
    news = page.replace(
        "<div class='hidebox'><span>【隐藏内容】</span>此处内容需要<a href='#comment'>回复</a>后才能查看</div>".encode(),
        f"<p>{P3}</p><p>（文/科技处　编辑/陈静　审核/张卫国）</p>".encode(),
    )
    doc = only(news, "http://www.donghu.example.edu.cn/2024/0412/c1234a57231/page.htm")
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}" and not doc.truncated


def test_an_answerer_s_word_after_the_speech_s_thanks_goes():
    page = (
        "<html><head><meta charset='utf-8'><title>退役军人八一座谈会发言稿，求一篇</title></head><body>"
        f"<div class='best-text'><p>{P1}</p><p>{P2}</p><p>{P3}谢谢大家！</p>"
        "<p>发言不用太长，真情实感最重要。战友，加油！</p></div></body></html>"
    ).encode()
    doc = only(page, "http://zhidao.example.com/question/1912345678901234567.html")
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}谢谢大家！"
    assert "after_closing_thanks" in {r["rule"] for r in doc.removed}


def test_a_wiki_s_edit_links_beside_its_headings_go():
    # MediaWiki prints "[编辑]" after every section heading; the speech's part headings stay
    edit = (
        "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span>"
        "<a href='/index.php?title=X&amp;action=edit&amp;section=1'>编辑</a>"
        "<span class='mw-editsection-bracket'>]</span></span>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>在开学典礼上的讲话 - 校史维基</title></head><body>"
        "<div id='mw-content-text'><div class='mw-parser-output'>"
        f"<p>{P1}</p><h2><span class='mw-headline'>一、把耽误的时间夺回来</span>{edit}</h2>"
        f"<p>{P2}</p><h2><span class='mw-headline'>二、恢复正常的教学秩序</span>{edit}</h2><p>{P3}</p>"
        "</div></div></body></html>"
    ).encode()
    doc = only(page, "http://wiki.example.org/wiki/X")
    assert "编辑" not in doc.text and P3 in doc.text
    assert "edit_link" in {r["rule"] for r in doc.removed}


def test_a_blog_post_s_afterword_section_goes():
    page = (
        "<html><head><meta charset='utf-8'><title>年会获奖感言 | 陈的博客</title></head><body>"
        "<article><div class='post-body'>"
        f"<h2 id='a'><a href='#a' class='headerlink'></a>感言全文</h2><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        "<h2 id='b'><a href='#b' class='headerlink'></a>后记</h2>"
        "<p>念到女儿画电脑那段，台下笑成一片，老周在旁边拍了拍我的肩膀。</p>"
        "</div></article></body></html>"
    ).encode()
    doc = only(page, "http://chen.example.io/posts/5c2a8e1f/")
    assert doc.text.endswith(P3)
    assert "poster_note" in {r["rule"] for r in doc.removed}


def test_a_login_to_see_more_wall_is_a_wall_and_a_login_to_see_more_comments_is_not():
    def page(tail: str) -> bytes:
        return (
            "<html><head><meta charset='utf-8'><title>在团队周会上的发言</title></head><body>"
            f"<div class='lake-content'><p>{P1}</p><p>{P2}</p></div>{tail}</body></html>"
        ).encode()

    walled = only(page("<div class='login-mask'>登录后查看更多</div>"), "http://doc.example.com/kb/gm7c2r")
    assert walled.truncated
    comments = only(
        page("<div class='comments'>登录后查看更多评论</div>"), "http://doc.example.com/kb/kq3vx8"
    )
    assert not comments.truncated


def test_a_heading_link_urllib_cannot_read_is_no_link_home_and_no_post_s():
    # "http://[…" makes urllib raise; the page is still read, and is no list of posts
    from parsel import Selector

    from spiders.classify import ARTICLE, page_kind

    page = (
        "<html><head><meta charset='utf-8'><title>文秘笔记-在会上的讲话</title></head><body>"
        "<h1><a href='http://[bad/'>文秘笔记</a></h1>"
        f"<div class='post'><h2><a href='http://[x/1'>在会上的讲话</a></h2><p>{P1}{P2}{P3}</p></div>"
        f"<div class='post'><h2><a href='http://[x/2'>另一篇</a></h2><p>{P3}</p></div></body></html>"
    )
    assert P1 in only(page.encode(), "http://wenmi.example.com/").text
    assert page_kind(Selector(text=page), "http://wenmi.example.com/") == ARTICLE
    # nor is a page's own address that urllib cannot read (`extract FILE --url 'http://[…'`)
    assert P1 in only(page.encode(), "http://[wenmi/x").text


@pytest.mark.parametrize("number", ["— 2 —", "第 1 页 共 5 页", "第2页 / 共3页", "第2页"])
def test_a_printed_page_s_number_of_how_many_is_no_line_of_the_text(number):
    # Word's footer and a document viewer's line under each preview page, pasted with the text
    body = (
        msonormal(P1)
        + f"<p class=MsoNormal align=center><span>{number}</span></p>"
        + msonormal(P2)
        + msonormal(P3)
    )
    doc = only(word_export(body), "http://rsj.example.gov.cn/xwzx/P020231124508812736455.htm")
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert "page_number" in {r["rule"] for r in doc.removed}
