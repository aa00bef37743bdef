"""A text published in parts with no pager between them: a blog's （上）/（下） posts, a book's page
and its （续）, a mail sent as [1/2] and [2/2]. The part's notice says the text goes on; its link,
or the page's `<link rel>`, says where. Frozen pages in those shapes; the part's neighbour out."""

from __future__ import annotations

from parsel import Selector

from pipelines.stitch import whole_title
from spiders.parts import load_more_url, next_part_url, previous_part_url

PROSE = "<p>" + "同志们，今年以来全县各项工作稳步推进，成绩来之不易。" * 4 + "</p>"


def page(body: str, head: str = "") -> Selector:
    return Selector(text=f"<html><head>{head}</head><body>{body}</body></html>")


def test_a_blog_s_first_part_names_its_second_in_its_own_notice():
    first = page(
        '<p>本文为上篇，下篇见：<a href="/2024/10/16/jianghua-xia.html">在…的讲话（下）</a></p>'
        + PROSE
        + "<p><strong>（未完，接下篇）</strong></p>"
        + '<a href="/2024/10/01/other.html">上一篇</a>'
    )
    assert next_part_url(first, "http://b.test/2024/10/15/jianghua-shang.html") == (
        "http://b.test/2024/10/16/jianghua-xia.html"
    )
    second = page('<p>接上篇：<a href="/2024/10/15/jianghua-shang.html">在…的讲话（上）</a></p>' + PROSE)
    assert previous_part_url(second, "http://b.test/2024/10/16/jianghua-xia.html") == (
        "http://b.test/2024/10/15/jianghua-shang.html"
    )


def test_a_book_page_and_a_mail_name_the_other_part_by_their_link_rel():
    book = page(PROSE + "<p>（续见下页）</p>", '<link rel="next" href="jianghua-2.html" />')
    assert (
        next_part_url(book, "http://g.test/jianghua/jianghua.html")
        == "http://g.test/jianghua/jianghua-2.html"
    )
    mail = page(
        f"<pre>各位会员：\n{PROSE}\n（接上一封）\n谢谢大家！\n-- \n秘书处</pre>",
        '<LINK REL="Previous" HREF="000118.html"><LINK REL="Next" HREF="000120.html">',
    )
    assert (
        previous_part_url(mail, "http://l.test/pipermail/t/000119.html")
        == "http://l.test/pipermail/t/000118.html"
    )


def test_a_page_without_a_notice_has_no_parts_whatever_its_links_say():
    plain = page(PROSE + '<a href="/next.html">下一篇</a>', '<link rel="next" href="/page/2/" />')
    assert next_part_url(plain, "http://b.test/a.html") is None
    assert previous_part_url(plain, "http://b.test/a.html") is None
    # "未完" in a sentence of the speech is no notice
    said = page("<p>" + "这项工作还远未完成，接下来我们要继续努力，把各项任务落到实处。" * 2 + "</p>")
    assert next_part_url(said, "http://b.test/a.html") is None


def test_the_stitched_text_s_title_loses_the_first_part_s_mark():
    assert whole_title("在全县乡村医生培训班开班仪式上的讲话（上）") == "在全县乡村医生培训班开班仪式上的讲话"
    assert whole_title("在大会上的工作报告 [1/2]") == "在大会上的工作报告"
    assert whole_title("上下同心，共创未来（上）") == "上下同心，共创未来"
    assert whole_title("在全县大会上的讲话") == "在全县大会上的讲话"


def test_a_reply_message_is_a_reply_by_its_subject_in_the_title_or_in_its_plain_text_header():
    from spiders.classify import FORUM_REPLIES, page_kind

    mail = page(f"<pre>{PROSE}</pre>", "<title> Re: [通讯] [2/2] 在大会上的工作报告</title>")
    assert page_kind(mail, "http://l.test/pipermail/t/000120.html") == FORUM_REPLIES
    bbs = page(
        f"<pre>发信人: laohei (老黑), 信区: Physics\n标  题: Re: 讲话\n\n{PROSE}</pre>",
        "<title>清源站</title>",
    )
    assert page_kind(bbs, "http://b.test/bbscon?board=Physics&num=1188") == FORUM_REPLIES
    own = page(
        f"<pre>发信人: qiuyun (秋云), 信区: Physics\n标  题: 讲话\n\n{PROSE}</pre>", "<title>清源站</title>"
    )
    assert page_kind(own, "http://b.test/bbscon?board=Physics&num=1187") != FORUM_REPLIES


def test_a_docs_page_in_parts_says_so_in_a_note_and_names_the_next_by_its_theme_s_link():
    first = page(
        "<div class='theme-admonition'><p>本报告经大会审议通过。全文较长，分上、下两篇刊出，本页为上篇。</p></div>"
        + PROSE
        + "<nav class='pagination-nav'><a class='pagination-nav__link pagination-nav__link--prev' href='/docs/2024'>上一页</a>"
        "<a class='pagination-nav__link pagination-nav__link--next' href='/docs/2024/baogao-xia'>下一页</a></nav>"
    )
    assert (
        next_part_url(first, "http://d.test/docs/2024/baogao-shang") == "http://d.test/docs/2024/baogao-xia"
    )
    second = page(
        "<div class='theme-admonition'><p>本页为下篇，上接<a href='/docs/2024/baogao-shang'>工作报告（上）</a>。</p></div>"
        + PROSE
    )
    assert (
        previous_part_url(second, "http://d.test/docs/2024/baogao-xia")
        == "http://d.test/docs/2024/baogao-shang"
    )


def test_a_forum_post_headed_by_its_poster_s_name_is_a_thread_not_a_list_of_posts():
    from spiders.classify import ARTICLE, page_kind

    def post(n: int, who: str, text: str) -> str:
        return (
            f"<article class='message message--post' id='js-post-{n}'><div class='message-user'>"
            f"<h4 class='message-name'><a href='/members/{who}.{n}/' class='username'>{who}</a></h4></div>"
            f"<div class='message-main'><time datetime='2025-04-2{n}T09:15:00+0800'>2025-04-2{n} 09:15</time>"
            f"<div class='bbWrapper'>{text}</div></div></article>"
        )

    thread = page(
        "<div class='block-body'>"
        + post(1, "laozhou", PROSE * 3)
        + post(2, "xiaoli", "感谢分享，收藏了。")
        + post(3, "wangge", "写得很实在。")
        + "</div>",
        "<title>区长在推进会上的讲话 | 文友论坛</title>",
    )
    assert page_kind(thread, "http://f.test/threads/2025.4312/") == ARTICLE


def test_a_news_site_s_parts_name_each_other_in_their_notices():
    first = page(PROSE + "<p>（未完，下篇：<a href='/article/102.html'>在全市会议上的讲话（下）</a>）</p>")
    assert next_part_url(first, "http://n.test/article/101.html") == "http://n.test/article/102.html"
    # a docs theme's later part, saying which part it is in its own words
    second = page(
        "<div class='tip custom-block'><p>本篇为讲话下篇，上篇见上一页。</p></div>"
        + PROSE
        + "<nav class='prev-next'><a class='pager-link prev' href='/s/jianghua-1.html'>上一页</a></nav>"
    )
    assert previous_part_url(second, "http://d.test/s/jianghua-2.html") == "http://d.test/s/jianghua-1.html"


def test_a_to_be_continued_notice_names_the_next_part_on_the_line_after_it():
    from spiders.parts import says_it_continues

    # 上观新闻: "（未完待续）", then "下篇：<a>…（下）</a>" as a paragraph of its own
    first = page(
        PROSE + "<p>（未完待续）</p><p>下篇：<a href='/news/detail?id=212'>在全市大会上的讲话（下）</a></p>"
    )
    assert next_part_url(first, "http://s.test/news/detail?id=211") == "http://s.test/news/detail?id=212"
    # the later part says it goes on, naming no page
    second = page("<p>（接上篇）</p>" + PROSE)
    assert says_it_continues(second) and previous_part_url(second, "http://s.test/news/detail?id=212") is None


def test_a_mirror_s_part_names_its_sibling_by_the_same_title_with_the_next_mark():
    # A WeChat mirror's （上） says （未完待续） and links no part in its notice: its list of the
    # account's posts holds the same title with （下）; the （下） says （接上期）.
    titles = (
        '<ul class="related"><li><a href="/n/3" title="在全市消防安全工作会议上的讲话（下）">在全市消防安全工作会议上的讲话（下）</a></li>'
        '<li><a href="/n/7">在全市防汛工作会议上的讲话（下）</a></li>'
        '<li><a href="/n/1">在全市消防安全工作会议上的讲话（上）</a></li></ul>'
    )
    first = page(
        "<h1>在全市消防安全工作会议上的讲话（上）</h1>" + PROSE + "<p>（未完待续）</p>" + titles,
        "<title>在全市消防安全工作会议上的讲话（上） - 传送门</title>",
    )
    assert next_part_url(first, "http://m.test/n/1") == "http://m.test/n/3"
    second = page("<h1>在全市消防安全工作会议上的讲话（下）</h1><p>（接上期）</p>" + PROSE + titles)
    assert previous_part_url(second, "http://m.test/n/3") == "http://m.test/n/1"
    # without the notice, a list of titles is no part
    assert (
        next_part_url(
            page("<h1>在全市消防安全工作会议上的讲话（上）</h1>" + PROSE + titles), "http://m.test/n/1"
        )
        is None
    )


def test_a_traditional_script_part_s_notice_is_read_as_the_simplified_one():
    first = page(
        PROSE + '<p>（未完，待續：<a href="/blog/post/223457012">在母校中文系畢業典禮上的致詞（下）</a>）</p>'
        '<a href="/blog/post/2">上一篇</a>'
    )
    assert next_part_url(first, "http://s.test/blog/post/223456789") == "http://s.test/blog/post/223457012"
    second = page(
        '<p>（接上篇：<a href="/blog/post/223456789">在母校中文系畢業典禮上的致詞（上）</a>）</p>' + PROSE
    )
    assert (
        previous_part_url(second, "http://s.test/blog/post/223457012") == "http://s.test/blog/post/223456789"
    )


def test_an_audio_site_s_transcript_in_two_episodes_names_the_next_episode():
    # 喜马拉雅's sound page: the transcript's note says which half it is; the next episode's link
    first = page(
        '<div class="sound-nav"><a class="next" href="/sound/712450983">下一集：在百日誓师大会上的讲话（下）</a></div>'
        '<p class="transcript-note">本期为讲话上半部分，下半部分请收听专辑里的下一集。以下文稿根据校长讲话整理。</p>'
        + PROSE
    )
    assert next_part_url(first, "http://x.test/sound/712450871") == "http://x.test/sound/712450983"
    second = page(
        '<div class="sound-nav"><a class="prev" href="/sound/712450871">上一集：在百日誓师大会上的讲话（上）</a></div>'
        '<p class="transcript-note">本期为讲话下半部分。以下文稿根据校长讲话整理。</p>' + PROSE
    )
    # the later half says so: its previous episode is the part it goes on from
    assert previous_part_url(second, "http://x.test/sound/712450983") == "http://x.test/sound/712450871"
    assert next_part_url(second, "http://x.test/sound/712450983") is None


def test_a_blog_s_later_part_titled_in_its_h3_names_the_earlier_by_its_title():
    # 人人网 prints the entry's title in an h3 under the owner's h2, and links the older entry
    # ("较旧一篇：…（上）") outside the （接上篇） notice
    second = page(
        "<h2>陈思远的日志</h2><h3>在校学生会代表大会上的离任发言（下）</h3>"
        "<div id='blogContent'>（接上篇）<br>" + PROSE + "</div>"
        "<div class='blog-tag'><a href='/tag/1'>学生会</a> <a href='/tag/2'>毕业</a></div>"
        "<div class='blog-pager'>较旧一篇：<a href='/blog/1/8'>在校学生会代表大会上的离任发言（上）</a></div>",
        "<title>人人网 - 陈思远的日志 - 在校学生会代表大会上的离任发言（下）</title>",
    )
    assert previous_part_url(second, "http://r.test/blog/1/9") == "http://r.test/blog/1/8"


def test_a_message_board_s_follow_up_going_on_with_the_poster_s_message_is_its_next_part():
    # WWWBoard: the message "…（上）" lists its follow-ups; the poster's own "续：…（下）" is the
    # next part, a reader's "Re: 续：…" and "Re: …（上）" are replies
    tree = (
        '<a name="followups">跟帖：</a><ul>'
        '<li><a href="104.html">续：在插队三十五周年纪念聚会上的讲话（下）</a> - <b>老木</b></li>'
        '<li><a href="105.html">Re: 续：在插队三十五周年纪念聚会上的讲话（下）</a> - <b>刘建国</b></li>'
        '<li><a href="102.html">Re: 在插队三十五周年纪念聚会上的讲话（上）</a> - <b>小周</b></li></ul>'
    )
    first = page(
        "<center><h1>在插队三十五周年纪念聚会上的讲话（上）</h1></center>" + PROSE + tree,
        "<title>在插队三十五周年纪念聚会上的讲话（上）</title>",
    )
    base = "http://q.test/wwwboard/messages/"
    assert next_part_url(first, base + "101.html") == base + "104.html"
    second = page(
        "<center><h1>续：在插队三十五周年纪念聚会上的讲话（下）</h1></center>"
        '<p>回应： <a href="101.html">在插队三十五周年纪念聚会上的讲话（上）</a> 发表人 老木</p>'
        + PROSE
        + '<ul><li><a href="105.html">Re: 续：在插队三十五周年纪念聚会上的讲话（下）</a></li></ul>',
        "<title>续：在插队三十五周年纪念聚会上的讲话（下）</title>",
    )
    assert previous_part_url(second, base + "104.html") == base + "101.html"
    # 西陆's tree board: the first message's subject has no part mark; "续：…（下半部分）" names it
    first = page(
        "<h1>【原创】在村春节团拜会上的讲话（自己写的，请各位老师指正）</h1>"
        + PROSE
        + '<a href="/m-8841377.html">续：在村春节团拜会上的讲话（下半部分）</a>'
        '<a href="/m-8841410.html">回复：续：养老保险那段写得好</a>'
    )
    assert next_part_url(first, "http://x.test/m-8841120.html") == "http://x.test/m-8841377.html"
    second = page(
        "<h1>续：在村春节团拜会上的讲话（下半部分）</h1>"
        + PROSE
        + '<a href="/m-8841410.html">回复：续：养老保险那段写得好</a>'
        '<a href="/m-8841120.html">【原创】在村春节团拜会上的讲话（自己写的，请各位老师指正）</a>'
    )
    assert previous_part_url(second, "http://x.test/m-8841377.html") == "http://x.test/m-8841120.html"
    # a reply to the first message is no part, whatever its subject holds
    reply = page(
        "<h1>回复：写得实在，有村里的味道</h1>"
        + PROSE
        + '<a href="/m-8841377.html">续：在村春节团拜会上的讲话（下半部分）</a>'
    )
    assert next_part_url(reply, "http://x.test/m-8841203.html") is None


def test_a_message_board_s_two_parts_stitch_without_their_headers_or_the_first_part_s_mark():
    from pipelines.page import process_pages

    def message(subject: str, header: str, body: str) -> bytes:
        return (
            f"<html><head><title>{subject}</title></head><body><center><h1>{subject}</h1></center>"
            f"<hr size=7 width=75%><p>{header}<p>{body}<br><hr size=7 width=75%><p>"
            "<a name='followups'>跟帖：</a><br><ul></ul></body></html>"
        ).encode("gbk")

    speech = "同志们：<p>" + "同志们，今年以来全县各项工作稳步推进，成绩来之不易。" * 4
    rest = "接上：<p>" + "新的一年，我们要继续努力，把各项任务落到实处。" * 4 + "<p>谢谢大家！"
    first = message(
        "在插队三十五周年纪念聚会上的讲话（上）",
        "发表人： <a href='mailto:l@x.test'>老木</a> 于 October 13, 2003 at 22:41:05 发表:",
        speech,
    )
    second = message(
        "续：在插队三十五周年纪念聚会上的讲话（下）",
        "发表人： <a href='mailto:l@x.test'>老木</a> 于 October 14, 2003 at 08:02:17 发表:<p>"
        "回应： <a href='101.html'>在插队三十五周年纪念聚会上的讲话（上）</a> 发表人 老木 于 October 13, 2003 at 22:41:05 发表:",
        rest,
    )
    base = "http://q.test/wwwboard/messages/"
    headers = {"Content-Type": "text/html; charset=GB2312"}
    (doc,) = process_pages([(first, base + "101.html", headers), (second, base + "104.html", headers)])
    assert doc.title == "在插队三十五周年纪念聚会上的讲话"
    assert doc.text.startswith("同志们：") and doc.text.endswith("谢谢大家！")
    assert "发表人" not in doc.text and "回应" not in doc.text


def test_a_button_loading_the_rest_of_the_text_names_its_next_page_and_one_loading_more_news_none():
    # 苹果CMS: the first part of the text, then a button whose data-url the page's script loads
    article = page(
        PROSE + '<div class="art_more" id="loadMore" data-url="/index.php/ajax/artmore?id=1587&amp;page=2"'
        ' data-page="2"><a href="javascript:;">点击加载更多，继续阅读全文 ↓</a></div>'
    )
    assert load_more_url(article, "http://f.test/index.php/art/detail/id/1587.html") == (
        "http://f.test/index.php/ajax/artmore?id=1587&page=2"
    )
    # a news page's "点击加载更多" of related news, a channel's "加载更多": no text's rest
    news = page(
        PROSE
        + '<a class="u-more" href="javascript:;" data-url="/api/ajax/getrelatednews?id=1">点击加载更多</a>'
    )
    assert load_more_url(news, "http://n.test/news/1.html") is None
    # a list of posts, each card's "阅读全文" a link to its article: no rest of this page's text
    cards = page(
        "".join(
            f'<div class="card" data-url="/post/{n}.html"><a href="/post/{n}.html">阅读全文</a></div>'
            for n in (1, 2)
        )
    )
    assert load_more_url(cards, "http://b.test/") is None
