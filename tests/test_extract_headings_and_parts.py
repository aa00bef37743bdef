"""A speech's own section headings stay whatever the page draws around them (a blog theme's
permalink anchor, a WeChat badge's rounded border); a heading block that gives a main title over the
occasion subtitle goes whole; a 精选N篇 page splits at its "篇一 / 篇二" heads, each speech titled by
its own title line; a 贴吧 poster's floor saying "（楼下接着发）" goes on in his next floor. Frozen
pages in the shapes the families print (samples/families), the speech's lines out."""

from __future__ import annotations

from pathlib import Path

from pipelines.page import process_page

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
URL = "http://www.example.cn/a/2024/1.html"
P1 = "今天我们召开全市招商引资大会，主要任务是总结去年工作，分析当前形势，部署今年任务。"
P2 = "去年以来，全市上下坚持把招商引资作为经济工作的生命线，新签约项目一百二十个，总投资八百亿元。"
P3 = "新的一年，各地各部门要强化责任担当，以更大力度抓项目、促投资，为全市高质量发展作出新的贡献。谢谢大家！"


def page(inner: str, title: str = "在全市招商引资大会上的讲话") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        f"<div class='article'><h1>{title}</h1>{inner}</div>"
        "<div class='footer'>版权所有 某某网</div></body></html>"
    ).encode()


def test_a_section_heading_with_a_permalink_anchor_stays_in_the_text():
    # a Hexo (Butterfly) post: `<a class="headerlink" href="#…"></a>` in every h2 of the speech
    post = FAMILIES / "www.shuyuan-butterfly.test" / "posts" / "9b07e34d" / "index.html"
    (doc,) = process_page(post.read_bytes(), "http://www.shuyuan-butterfly.test/posts/9b07e34d/")
    lines = doc.text.split("\n\n")
    assert ["一、先做一个爱读书的大人", "二、把舞台让给孩子", "三、做细做实安全和服务"] == [
        line for line in lines if line[:2] in ("一、", "二、", "三、")
    ]
    # and the blogger's note boxes around it go, the last signed "——…补记"
    assert not doc.text.endswith("补记") and "poster_note" in {r["rule"] for r in doc.removed}


def test_a_section_heading_drawn_as_a_bordered_badge_stays_in_the_text():
    # a WeChat article's heading in a `<section>` with a background and a rounded border
    def badge(text: str) -> str:
        return (
            "<section style='text-align: center;'><section style='display: inline-block; padding: 4px 14px;"
            f" background-color: rgb(178, 34, 34); border-radius: 4px;'><p><strong><span>{text}</span>"
            "</strong></p></section></section>"
        )

    body = page(
        "<p>同志们：</p>"
        + badge("一、清醒认识当前形势")
        + f"<p>{P1}</p>"
        + badge("二、压实各级责任")
        + f"<p>{P2}</p><p>{P3}</p>"
    )
    (doc,) = process_page(body, URL)
    assert ["一、清醒认识当前形势", "二、压实各级责任"] == [
        line for line in doc.text.split("\n\n") if line.endswith(("形势", "责任"))
    ]


def test_a_heading_block_with_a_main_title_over_the_occasion_subtitle_goes_whole():
    # a state-owned group's site: main title on two lines, "——在…上的讲话", speaker, date
    heading = (
        "<p style='text-align:center'><strong>坚定信心　真抓实干<br />奋力开创集团高质量发展新局面</strong></p>"
        "<p style='text-align:center'>——在集团公司2024年工作会议暨职工代表大会上的讲话</p>"
        "<p style='text-align:center'>集团公司党委书记、董事长　张建国</p>"
        "<p style='text-align:center'>（2024年1月26日）</p>"
    )
    body = page(
        heading + f"<p>各位代表，同志们：</p><p>{P1}</p><p>{P2}</p><p>{P3}</p>",
        title="张建国在集团公司2024年工作会议上的讲话",
    )
    (doc,) = process_page(body, URL)
    assert doc.text.startswith("各位代表，同志们：")
    assert {"坚定信心真抓实干", "——在集团公司2024年工作会议暨职工代表大会上的讲话"} <= {
        r["text"] for r in doc.removed if r["rule"] == "speech_heading"
    }
    # (without a date line or byline confirming the heading, an occasion line stays:
    # test_extract_furniture_lines)


def test_a_page_of_several_speeches_headed_pian_yi_splits_each_titled_by_its_own_line():
    body = (FAMILIES / "www.jy135-like.test" / "yanjianggao" / "2087413.html").read_bytes()
    docs = process_page(body, "http://www.jy135-like.test/yanjianggao/2087413.html")
    assert [d.title for d in docs] == ["让“光盘”成为一种习惯", "珍惜粮食，从我做起", "厉行节约反对浪费"]
    assert all(d.text.startswith(("尊敬的", "敬爱的", "各位")) for d in docs)
    assert "小编为大家整理" not in " ".join(d.text for d in docs)


def test_a_tieba_poster_s_floor_saying_it_goes_on_below_is_followed_by_his_next_floor():
    # 百度贴吧 2013: his 1楼 ends "（楼下接着发，一楼发不下）", his 2楼 goes on with no mark of its own;
    # the first floor's class has "noborder" more than the others'
    thread = FAMILIES / "tieba2013.baidu-like.test" / "p"
    headers = {"Content-Type": "text/html; charset=GBK"}
    (doc,) = process_page(
        (thread / "2509887413").read_bytes(), "http://tieba2013.baidu-like.test/p/2509887413", headers
    )
    assert "最后，我提议，让我们共同举杯" in doc.text  # his 2楼
    assert "楼下接着发" not in doc.text and "二十年真快啊" not in doc.text  # the notice, a reply
    (marked,) = process_page(
        (thread / "2254301876").read_bytes(), "http://tieba2013.baidu-like.test/p/2254301876", headers
    )
    assert "第二，说说今年我想办的几件实事" in marked.text  # his 3楼, "（接上楼）"
    assert "顶一个，组长加油" not in marked.text


def test_a_fluxbb_poster_s_two_floors_join_without_his_notice_or_the_forum_s_edit_stamp():
    # FluxBB 1.5: #1 ends "（字数超了，下接2楼）" (a reason, then the floor) over the forum's
    # "最后编辑: 老周护林 (2020-10-28 21:31:52)"; his #2 opens "（接1楼）" and ends "（完）"
    topic = FAMILIES / "bbs.shanlin-fluxbb.test" / "topic" / "1842.html"
    (doc,) = process_page(topic.read_bytes(), "http://bbs.shanlin-fluxbb.test/viewtopic.php?id=1842")
    assert "三、切实做好扑救准备" in doc.text  # his #2
    assert "下接2楼" not in doc.text and "最后编辑" not in doc.text and "接1楼" not in doc.text
    assert "forum_edit_note" in {r["rule"] for r in doc.removed}
    # the other topic's post ends with the poster's own note under a rule line: "老黄按：…"
    other = FAMILIES / "bbs.shanlin-fluxbb.test" / "topic" / "1690.html"
    (doc,) = process_page(other.read_bytes(), "http://bbs.shanlin-fluxbb.test/viewtopic.php?id=1690")
    assert doc.text.endswith("做到换届和发展两不误、两促进。") and "老黄按" not in doc.text


def test_a_speech_dated_by_its_own_heading_keeps_that_day_beside_the_page_s_publication():
    # a Liferay 国企 page published 2024-01-29; the speech's heading dates it （2024年1月26日）
    liferay = FAMILIES / "www.huaijiang-jiangong-like.test" / "web/guest/ldjh/-/asset_publisher"
    url = "http://www.huaijiang-jiangong-like.test/web/guest/ldjh/-/asset_publisher/Kq7mZ2xYtR4b/content/id/2871046"
    (doc,) = process_page((liferay / "Kq7mZ2xYtR4b/content/id/2871046").read_bytes(), url)
    assert (doc.published_at[:10], doc.given_on) == ("2024-01-29", "2024-01-26")
    # a page with no dated heading has no such day
    (plain,) = process_page(page(f"<p>同志们：</p><p>{P1}</p><p>{P2}</p><p>{P3}</p>"), URL)
    assert plain.given_on is None


def test_a_page_title_s_dash_before_the_occasion_subtitle_is_no_site_separator():
    # a school site's table layout with no heading element: its <title> is the headline, "——" and
    # the speech's occasion, then the site's name after "_"
    title = "新学期 新希望——校长在2023年秋季开学典礼上的讲话"
    body = (
        f"<html><head><meta charset='utf-8'><title>{title}_江川市实验小学</title></head><body>"
        f"<table><tr><td><font color=red><b>{title}</b></font></td></tr>"
        f"<tr><td id=fontzoom><p>老师们、同学们：</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></td></tr></table>"
        "</body></html>"
    ).encode()
    (doc,) = process_page(body, "http://www.jcsyxx.example.cn/ReadNews.asp?NewsID=1186")
    assert "".join(doc.title.split()) == "新学期新希望——校长在2023年秋季开学典礼上的讲话"


def test_a_page_title_of_digits_only_is_no_title_and_the_one_heading_is():
    # a code-hosting template that printed a count into <title>: the README's own h1 is the title
    body = (
        "<html><head><meta charset='utf-8'><title>41</title></head><body><div class='file-view markdown'>"
        f"<h1>在全市政务数据共享工作推进会上的讲话</h1><p>同志们：</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>"
    ).encode()
    (doc,) = process_page(body, "http://git.example.cn/wenmi/jianghua")
    assert doc.title == "在全市政务数据共享工作推进会上的讲话"
