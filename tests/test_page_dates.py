"""When a page was published, from what the page itself says (pipelines/page_dates.py): a WeChat
article's script record, a press release's closing date line, never a bare year given as 1 January."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from pipelines.extract import extract
from pipelines.page_dates import date_line, record_date
from pipelines.vocabulary import ANSWER_BADGE_WORDS

PROSE = "".join(
    f"<p>{line}</p>"
    for line in (
        "同志们：今天我们召开全市招商引资大会，主要任务是总结去年工作，部署今年任务，动员全市上下奋力冲刺。",
        "过去一年，全市上下攻坚克难，招商引资取得了新的成效，新签约项目一百二十个，总投资超过八百亿元。",
        "今年要围绕主导产业精准招商，完善项目推进机制，优化营商环境，确保每一个签约项目早落地、早投产。",
        "同志们，任务艰巨，使命光荣。让我们撸起袖子加油干，为全市高质量发展作出新的更大贡献。谢谢大家！",
    )
)


def page(body: str, head: str = "<title>在全市招商引资大会上的讲话</title>") -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def test_a_wechat_article_s_script_record_gives_its_day_in_china_time():
    body = (
        "<h1 id='activity-name'>在全市招商引资大会上的讲话</h1><em id='publish_time'></em>"
        f"<div id='js_content'>{PROSE}</div>"
        '<script>var ct = "1718983800";var msg_title = "在全市招商引资大会上的讲话";</script>'
    )  # 2024-06-21 15:30 UTC: 23:30 in Beijing, still the 21st; 1718990000 would be the 22nd
    assert extract(page(body), "https://mp.weixin.qq.com/s/abc").published_at == "2024-06-21"
    late = body.replace("1718983800", "1718990000")
    assert extract(page(late), "https://mp.weixin.qq.com/s/abc").published_at == "2024-06-22"


def test_a_press_release_s_closing_date_line_is_its_date():
    body = (
        f"<div id='content'><h1>在全市招商引资大会上的讲话</h1>{PROSE}"
        "<div class='date'>2024年3月13日（星期三）<br>香港时间18时05分</div></div>"
        "<div class='copyright'>2024 &copy; 香港特别行政区政府</div>"
    )
    assert extract(page(body), "https://www.info.gov.hk/gia/general/p1.htm").published_at == "2024-03-13"


def test_dated_links_are_no_date_line_of_the_page():
    related = "".join(
        f"<li><a href='/a/{n}.html'>关于做好第{n}季度安全生产工作的通知</a><span>2024-0{n}-1{n}</span></li>"
        for n in range(1, 4)
    )
    listed = lxml.html.fromstring(f"<html><body><div>{PROSE}</div><ul>{related}</ul></body></html>")
    assert date_line(listed) is None
    closing = "<p>2024年3月13日</p>"
    assert date_line(
        lxml.html.fromstring(f"<html><body>{PROSE}{closing}<ul>{related}</ul></body></html>")
    ) == ("2024-03-13")
    two = "<p>2024年3月13日</p><p>2024年3月14日</p>"  # two dates standing alone: neither is sure
    assert date_line(lxml.html.fromstring(f"<html><body>{PROSE}{two}</body></html>")) is None


def test_a_bare_year_is_not_given_as_the_first_of_january():
    body = f"<h1>在2024届毕业典礼上的致辞</h1><div>{PROSE}</div><div class='footer'>Copyright © 2024</div>"
    head = "<title>在2024届毕业典礼上的致辞</title>"
    assert extract(page(body, head), "https://www.example.test/a/9.html").published_at is None


def test_the_first_of_january_written_on_the_page_stays():
    body = f"<h1>新年致辞</h1><div>{PROSE}</div><p>发布日期：2024年1月1日</p>"
    assert extract(page(body), "https://www.example.test/a/9.html").published_at == "2024-01-01"
    head = (
        "<title>新年致辞</title><meta property='article:published_time' content='2024-01-01T08:00:00+08:00'>"
    )
    assert extract(
        page(f"<div>{PROSE}</div>", head), "https://www.example.test/2024/01/01/a.html"
    ).published_at == ("2024-01-01")


def test_a_forum_member_s_registration_date_beside_the_post_is_not_the_post_s():
    body = (
        "<table><tr><td class='author'><b>老支书</b><br>帖子: 312<br>注册时间: 2010-11-20<br>最后登录: 2024-01-02</td>"
        f"<td><div class='tipad'>发表于: 2023-12-18 09:41</div><div class='tpc_content'>{PROSE}</div></td></tr></table>"
    )
    assert extract(page(body), "http://bbs.example.cn/read.php?tid=1").published_at.startswith("2023-12-18")


def test_a_labelled_date_without_its_year_takes_the_year_from_the_app_state():
    # 百家号 prints "发布时间：06-12" (two spans, the time right after) and keeps the year in
    # window.jsonData; a related article's publish time comes later in the state.
    body = (
        "<h2>在全市招商引资大会上的讲话</h2>"
        "<div class='article-source'><span class='date'>发布时间：06-12</span><span class='time'>17:05</span></div>"
        f"<div class='article-content'>{PROSE}</div>"
        "<ul><li><a href='/s?id=2'>江城地铁4号线二期试运行</a><span>2024-06-13</span></li></ul>"
        '<script>window.jsonData = {"article_id": "1", "publish_time": "2024-06-12 17:05:43",'
        ' "recommend": [{"publish_time": "2024-06-13 08:00:00"}]};</script>'
    )
    assert extract(page(body), "https://baijiahao.baidu.com/s?id=1").published_at[:10] == "2024-06-12"
    # Month and day must agree: a publish time in the state on another day is not this page's.
    other_day = body.replace('"publish_time": "2024-06-12 17:05:43",', "").replace(
        "<span>2024-06-13</span>", ""
    )
    assert extract(page(other_day), "https://baijiahao.baidu.com/s?id=1").published_at is None


def test_a_page_that_prints_no_date_takes_its_app_state_s_first_publish_time():
    # A forum app that prints its dates by script (Flarum: the discussion's "createdAt", its
    # posts' after it) and a share page keeping Unix milliseconds (UC's "publish_at").
    flarum = (
        f"<h1>在全市招商引资大会上的讲话</h1><div class='Post-body'>{PROSE}</div>"
        '<script>app.load({"data": {"type": "discussions", "attributes": {"title": "讲话",'
        ' "createdAt": "2024-05-16T12:41:09+00:00"}}, "included": [{"type": "posts",'
        ' "attributes": {"createdAt": "2024-05-18T08:00:00+00:00"}}]});</script>'
    )
    assert extract(page(flarum), "https://bbs.example.cn/d/1287").published_at[:10] == "2024-05-16"
    share = (
        f"<h1>在全市招商引资大会上的讲话</h1><div class='article-content'>{PROSE}</div>"
        '<script>var xissJsonData = {"title": "讲话", "publish_at": 1711092608000};</script>'
    )
    assert (
        extract(page(share), "https://mparticle.example.cn/article.html?id=1").published_at[:10]
        == "2024-03-22"
    )
    # A state with no publish time dates nothing.
    assert (
        extract(page(share.replace("publish_at", "view_count")), "https://m.example.cn/a").published_at
        is None
    )


def test_a_word_export_is_not_dated_by_its_namespace_urls():
    # Word declares xmlns:m=".../office/2004/12/omml": htmldate read every export as 2004-12-01
    head = "<meta name=Generator content='Microsoft Word 15'><title>在全市招商引资大会上的讲话</title>"
    html = page(PROSE, head).replace(
        b"<html>",
        b"<html xmlns:o='urn:schemas-microsoft-com:office:office' "
        b"xmlns:m='http://schemas.microsoft.com/office/2004/12/omml'>",
    )
    assert extract(html, "http://rsj.example.gov.cn/P020240308.htm").published_at is None


def test_a_date_cut_into_spans_is_a_date_line():
    # Word prints "2024", "年", "3"… each in its own span
    signed = "<p align=right><span>2024</span><span>年</span><span>3</span><span>月</span><span>8</span><span>日</span></p>"
    assert date_line(lxml.html.fromstring(f"<html><body>{PROSE}{signed}</body></html>")) == "2024-03-08"


def test_a_speech_s_bracketed_date_line_dates_it_when_the_page_prints_no_other_date():
    heading = "<p align=center>市人社局副局长　李志刚</p><p align=center><span>（</span><span>2023</span>年11月21日）</p>"
    assert date_line(lxml.html.fromstring(f"<html><body>{heading}{PROSE}</body></html>")) == "2023-11-21"
    han = "<p>（一九九一年十一月八日）</p>"  # official texts print the day in Han numerals
    assert date_line(lxml.html.fromstring(f"<html><body>{han}{PROSE}</body></html>")) == "1991-11-08"
    issued = "<p>2024年3月8日</p>"  # a bare date line (the notice's) comes first
    assert date_line(lxml.html.fromstring(f"<html><body>{heading}{PROSE}{issued}</body></html>")) == (
        "2024-03-08"
    )


def test_the_head_s_publish_time_with_a_fraction_of_a_second_is_the_date_not_a_related_post_s():
    # Ghost, VuePress and most JavaScript stacks print "2024-11-09T03:40:12.000Z" in the head;
    # the related posts' cards after the text carry their own days
    head = (
        "<title>在全市招商引资大会上的讲话</title>"
        "<meta property='article:published_time' content='2024-11-09T03:40:12.000Z'>"
        "<meta property='article:modified_time' content='2024-11-10T04:40:12.000Z'>"
    )
    related = "<div class='read-more'><article><time datetime='2024-10-18'>2024年10月18日</time><a href='/b/'>另一篇</a></article></div>"
    page_bytes = page(f"<article><h1>在全市招商引资大会上的讲话</h1>{PROSE}</article>{related}", head)
    assert extract(page_bytes, "http://blog.example.com/zai-zhao-shang-hui/").published_at == "2024-11-09"


def test_a_member_s_registration_date_is_never_the_page_s_and_the_post_s_time_after_its_icon_is():
    # vBulletin's post header: the status icon's link, then the post's time as the cell's own text
    # ("2024-02-27, 09:15"); the author column's "注册日期: 2009-03-15" is the member's day.
    body = (
        "<table><tr><td class='thead'><a name='post1'><img src='post_old.gif'></a> 2024-02-27, 09:15 </td></tr>"
        "<tr><td class='alt2'><div>注册日期: 2009-03-15</div><div>帖子: 1,286</div></td>"
        f"<td class='alt1'>{PROSE}</td></tr></table>"
    )
    date = extract(page(body), "http://bbs.example.cn/showthread.php?t=20317").published_at
    assert date.startswith("2024-02-27")


def test_a_message_s_asctime_is_its_date():
    # pipermail's "<I>Sat Dec 14 18:22:05 CST 2024</I>" under the sender
    body = f"<h1>[通讯] 讲话</h1><b>秘书处</b><br><i>Sat Dec 14 18:22:05 CST 2024</i><hr><pre>{PROSE}</pre>"
    assert extract(page(body), "http://lists.example.cn/pipermail/t/000118.html").published_at == (
        "2024-12-14T18:22:05"
    )


def test_a_docs_page_s_last_edit_is_not_its_date_and_its_note_dates_the_speech():
    # VitePress prints "最后更新于: <time datetime>" under every page; the editor's note over the
    # text says when the speech was given
    body = (
        "<div class='vp-doc'><h1>在全市招商引资大会上的讲话</h1><div class='tip custom-block'>"
        "<p class='custom-block-title'>编者按</p><p>2024年1月18日，市长李明在全市招商引资大会上讲话。根据录音整理。</p></div>"
        f"{PROSE}</div><div class='last-updated'><p class='VPLastUpdated'>最后更新于: "
        "<time datetime='2024-01-23T05:43:42.000Z'></time></p></div>"
    )
    doc = extract(page(body), "http://docs.test/speeches/jianghua.html")
    assert doc.published_at == "2024-01-18"


@pytest.mark.parametrize(
    "edited",
    [
        "<div class='docInfo'>jianghua.txt · 最后更改: 2025/06/28 09:12 由 李敏</div>",  # DokuWiki
        "<footer><span class='footer-modification'>该文件修订时间： 2025-06-28 16:05:12</span></footer>",  # GitBook
        "<div class='prop'><div>最后编辑时间</div><div>2025年6月28日 17:42</div></div>",  # Notion
    ],
)
def test_an_edit_time_is_no_date_line_and_the_speech_s_own_dated_line_is(edited):
    body = f"<h1>在全市招商引资大会上的讲话</h1><p>（2025年6月27日，根据录音整理）</p>{PROSE}{edited}"
    doc = extract(page(body), "http://wiki.test/doku.php?id=jianghua")
    assert doc.published_at == "2025-06-27"


def test_a_year_and_month_in_an_upload_folder_is_no_date_of_the_page():
    # htmldate reads "/uploads/images/user/2023-03/" in an avatar's address as 1 March 2023 (a
    # forum's skin named "默认风格[2005-10]" as 1 October 2005): a day the page never writes
    body = (
        "<h1>在全市招商引资大会上的讲话</h1>"
        "<div class='comment'><img src='/uploads/images/user/2023-03/thumbs-50-50/chenmo.png' alt='陈默'></div>"
        f"<div class='page-content'>{PROSE}</div>"
    )
    assert extract(page(body), "http://wiki.example.cn/books/jianghua/page/zhaoshang").published_at is None
    # the 1st that the page's own head writes is its day
    dated = page(
        body,
        "<title>在全市招商引资大会上的讲话</title>"
        "<meta property='article:published_time' content='2023-03-01T09:00:00+08:00'>",
    )
    assert (
        extract(dated, "http://wiki.example.cn/books/jianghua/page/zhaoshang").published_at[:10]
        == "2023-03-01"
    )


def test_a_date_in_the_republic_of_china_s_calendar_is_read_in_the_common_era():
    # Taiwan's government prints its releases' day as "中華民國113年07月18日": year 1 is 1912
    body = f"<h2>總統出席頒獎典禮</h2><div class='date_green'>中華民國113年07月18日</div><div>{PROSE}</div>"
    assert extract(page(body), "https://www.example.test/NEWS/28561").published_at == "2024-07-18"
    assert extract(page(f"<div>{PROSE}</div><p>民國113年4月30日</p>"), "https://x.test/1").published_at == (
        "2024-04-30"
    )


def test_a_build_stamp_in_an_asset_s_address_is_no_date_of_the_page():
    # htmldate reads "main.js?v=20240523" as 2024-05-23; the page writes no such date
    head = "<title>在全市招商引资大会上的讲话</title><script src='/Scripts/main.js?v=20240523'></script>"
    assert (
        extract(page(f"<div>{PROSE}</div>", head), "https://www.example.test/a/9.html").published_at is None
    )


def test_a_page_printing_no_date_of_its_own_takes_the_day_its_address_is_filed_under():
    body = f"<h1>在全市招商引资大会上的讲话</h1><div>{PROSE}</div>"
    assert (
        extract(page(body), "http://auto.example.test/20050513/n225551143.shtml").published_at == "2005-05-13"
    )
    assert (
        extract(page(body), "http://www.example.test/local/2024-04/18/c_1130.htm").published_at
        == "2024-04-18"
    )
    assert extract(page(body), "http://www.example.test/p/123456789").published_at is None
    # a day the page prints itself comes first
    dated = f"<h1>在全市招商引资大会上的讲话</h1><div>{PROSE}</div><p>发布日期：2005年5月14日</p>"
    assert extract(page(dated), "http://auto.example.test/20050513/n2.shtml").published_at == "2005-05-14"


# A Q&A page: the question with the day it was asked, then the answer that holds the speech, in a
# box whose header prints the answerer, a badge or a name saying it is an answer, and its own time.
QUESTION = (
    "<div class='question'><h1>求一篇招商引资大会上的讲话稿</h1>"
    "<p>下周开会要用，领导让我起草，求参考。</p><span class='ask-time'>提问时间：2024-03-02</span></div>"
    "<h2 id='answers-title'>2 个回答</h2>"
)


def test_a_q_and_a_page_is_dated_by_the_answer_that_holds_the_text():
    badge = f"{QUESTION}<div class='best'><div class='hd'><span>采纳答案</span><span>2024-03-05</span></div>{PROSE}</div>"
    assert extract(page(badge), "http://ask.example.test/q/1.html").published_at[:10] == "2024-03-05"
    named = f"{QUESTION}<div class='item'><a>老王</a><span class='answer-time'>2024-03-06 09:15</span><div>{PROSE}</div></div>"
    assert extract(page(named), "http://ask.example.test/q/2.html").published_at[:10] == "2024-03-06"


@pytest.mark.parametrize("badge", ANSWER_BADGE_WORDS)
def test_every_best_answer_badge_marks_an_answer_s_header(badge):
    # one list of badge words: the page's cheap test before the tree is read, the header's badge
    # and the text without the badge all know each word
    body = f"{QUESTION}<div class='best'><div class='hd'><span>{badge}</span><span>2024-03-05</span></div>{PROSE}</div>"
    found = extract(page(body), "http://ask.example.test/q/6.html")
    assert found.published_at[:10] == "2024-03-05"
    assert badge not in " ".join(text for _, text in found.blocks)


@pytest.mark.parametrize(
    "page_file, url, day",
    [
        (  # DokuWiki: the speech's info table (讲话人, 时间, 地点, 场合) over its text
            "wiki.shiyan-zhongxue.test/dokuphp/jianghua/2025/biye-dianli.html",
            "http://wiki.shiyan-zhongxue.test/doku.php?id=jianghua:2025:biye-dianli",
            "2025-06-27",
        ),
        (  # Confluence: the page-properties macro (会议名称, 时间, 地点, 讲话人)
            "wiki.hengyuan-confluence.test/_q/viewpage-22481207.html",
            "http://wiki.hengyuan-confluence.test/pages/viewpage.action?pageId=22481207",
            "2025-01-24",
        ),
    ],
)
def test_a_speech_s_record_over_its_text_dates_it_when_the_page_prints_no_date(page_file, url, day):
    # the only other date either page prints is its last edit, which is not the speech's day
    body = (Path(__file__).parent.parent / "samples" / "families" / page_file).read_bytes()
    assert extract(body, url).published_at == day


@pytest.mark.parametrize(
    "record, day",
    [
        ("讲话人校长 周明远 时间2025年6月27日上午 地点学校体育馆", "2025-06-27"),
        ("会议名称2024年度工作总结表彰大会时间2025年1月24日 14:30地点集团总部一楼多功能厅", "2025-01-24"),
        ("会议时间：2024-03-05 地点：市政府第一会议室", "2024-03-05"),
        ("本稿为董事长在年度工作总结表彰大会上的讲话（根据录音整理，已经本人审定）。", None),
        ("最后更新时间：2025-02-03 作者：办公室", None),  # an edit's time is no text's day
    ],
)
def test_a_record_s_time_field_names_the_speech_s_day(record, day):
    assert record_date([record]) == day


def test_an_answer_that_prints_its_time_under_its_text_is_dated_by_it():
    # 天涯问答: the best answer's header has the badge and the answerer, its time is in its footer
    body = (
        f"{QUESTION}<div class='best-answer'><div class='ba-head'>最佳答案<span>提问者采纳</span></div>"
        f"<div class='answer-content'>{PROSE}</div><div class='answer-foot'><span>2024-03-05 09:47</span>"
        "<a>有用(56)</a></div></div>"
        "<div class='other-answers'><div class='answer-item'><div class='answer-content'>写得好</div>"
        "<div class='answer-foot'><span>2024-03-02 18:02</span></div></div></div>"
    )
    assert extract(page(body), "http://ask.example.test/q/7").published_at[:10] == "2024-03-05"


def test_an_answer_s_creation_time_dates_it_not_its_last_edit():
    body = (
        f"{QUESTION}<div class='AnswerItem' itemprop='suggestedAnswer' itemtype='http://schema.org/Answer'>"
        "<meta itemprop='dateCreated' content='2024-03-07T21:33:00.000Z'>"
        "<meta itemprop='dateModified' content='2024-03-20T08:00:00.000Z'>"
        f"<span>36 人赞同了该回答</span><div class='RichContent'>{PROSE}</div>"
        "<span>编辑于 2024-03-20 08:15</span></div>"
    )
    assert extract(page(body), "http://ask.example.test/q/3").published_at[:10] == "2024-03-07"


def test_a_date_over_the_text_that_no_answer_header_prints_stays_the_question_s_or_the_article_s():
    # the heading over all the answers is no answer's header: the question's date stays
    heading_only = f"{QUESTION}<div class='post'>{PROSE}</div>"
    assert extract(page(heading_only), "http://ask.example.test/q/4.html").published_at[:10] == "2024-03-02"
    article = (
        "<div class='article'><h1>在全市招商引资大会上的讲话</h1><div class='info'>发布时间：2024-03-02</div>"
        f"<div class='content'>{PROSE}</div></div><div class='answers'><span>2024-03-09</span>网友回答：写得好</div>"
    )
    assert extract(page(article), "http://news.example.test/a/5.html").published_at[:10] == "2024-03-02"


def test_the_server_s_clock_in_the_page_footer_is_no_date_of_the_text():
    # UCenter Home prints the server's time in its footer's title; the post's own line has no label
    body = (
        "<div id='content'><h1>在全市招商引资大会上的讲话</h1><div class='gray'><a>工作随笔</a> 2024-03-02 20:13"
        f" (已有 286 次阅读)</div><div id='blog_article'>{PROSE}</div></div>"
        "<div id='footer' title='2025-05-06 09:41'><p>Powered by UCenter Home 2.0 © 2001-2025</p></div>"
    )
    assert extract(page(body), "http://home.example.test/space.php?uid=2&do=blog&id=3").published_at[:10] == (
        "2024-03-02"
    )


def test_a_blog_s_founding_day_in_its_statistics_box_is_not_its_post_s():
    body = (
        "<div id='side'><div class='Pcontent'>日志: 60 篇<br/>访问: 86241 次<br/>建站时间: 2008-4-12</div></div>"
        f"<div id='content'><h1>在全市招商引资大会上的讲话</h1><h2>作者:陈守仁 日期:2012-09-23</h2>{PROSE}</div>"
    )
    assert extract(page(body), "http://blog.example.test/article.asp?id=86").published_at[:10] == "2012-09-23"
