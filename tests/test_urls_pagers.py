"""The generic crawl's evidence, on frozen pages and URLs: canonical URLs, trap shapes, pagers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from parsel import Selector

from spiders.classify import ARTICLE, CONTINUATION, FORUM_REPLIES, LISTING, page_kind
from spiders.pagers import find_pager, is_later_page, script_links
from spiders.urls import canonical_url, is_calendar_url, redirect_target, trap_kind

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"

CMS = Path(__file__).resolve().parents[1] / "samples" / "cms"


def page(host: str, path: str) -> Selector:
    file = CMS / host / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
    return Selector(text=file.read_bytes().decode("gbk" if "dede" in host else "utf-8"))


def test_session_and_tracking_parameters_go_and_the_query_is_sorted():
    assert (
        canonical_url("http://a.cn/list/index_3.html?sid=8f3a&utm_source=wx#top")
        == "http://a.cn/list/index_3.html"
    )
    assert canonical_url("http://a.cn/art;jsessionid=ABC123?b=2&a=1") == "http://a.cn/art?a=1&b=2"
    assert canonical_url("http://bbs.cn/forum.php?tid=9&mod=viewthread&extra=page%3D1") == (
        "http://bbs.cn/forum.php?mod=viewthread&tid=9"
    )
    # a shared link's marks: who shared it and where (a news app's H5 page, WeChat's own)
    assert canonical_url("http://h5.a.cn/news.html?id=27&share_id=Qm9p&source=wechat&from=singlemessage") == (
        "http://h5.a.cn/news.html?id=27"
    )
    assert canonical_url("http://a.cn/s?__biz=MzA&mid=2&isappinstalled=0") == "http://a.cn/s?__biz=MzA&mid=2"
    assert canonical_url("http://a.cn/doc?id=3&source=renmin") == "http://a.cn/doc?id=3&source=renmin"


def test_a_redirector_s_link_names_the_page_it_leads_to():
    # A published Google Doc sends every link through google.com/url; platforms wrap theirs too
    doc = "https://docs.google.com/document/d/e/2PACX-1vQ/pub"
    assert redirect_target(f"https://www.google.com/url?q={doc}&sa=D&source=editors&usg=AOvVaw") == doc
    assert redirect_target("https://link.zhihu.com/?target=https%3A//www.example.cn/a/1.html") == (
        "https://www.example.cn/a/1.html"
    )
    assert redirect_target("https://www.example.cn/link?url=dn9a_-gY295K0Rci&type=2") is None  # a token
    assert redirect_target("https://www.example.cn/list.php?page=2") is None


def test_calendars_far_from_now_and_piled_up_paths_are_traps_dated_articles_are_not():
    today = date(2025, 6, 1)
    assert trap_kind("http://a.cn/calendar/?month=2031-02", today) == "calendar"
    assert trap_kind("http://a.cn/list/day/1989-12-31.html", today) == "calendar"
    assert trap_kind("http://a.cn/calendar/?month=2025-07", today) is None
    assert trap_kind("http://a.cn/a/b/a/b/a/b/x.html", today) == "repeating_path"
    assert is_calendar_url("http://blog.cn/2024/05/") and is_calendar_url("http://a.cn/cal/?month=2024-07")
    assert trap_kind("http://a.cn/archive/?date=19040512", today) == "calendar"  # a calendar's own name
    for article in (
        "http://blog.cn/2024/05/12/slug/",
        "http://gov.cn/xxgk/ldjh/202305/t20230512_887766.html",
        "http://gov.cn/art/2024/1/4/art_2288_665544.html",
        "http://dx.cn/info/1023/2094.htm",  # 博达 VSB: page 2094 of column 1023, no year
        "http://jggw.gov.cn/News_showNews.action?messagekey=190412",  # an id, no December 1904
    ):
        assert not is_calendar_url(article) and trap_kind(article, today) is None


def test_an_id_with_an_underscore_is_an_article_and_only_a_pager_makes_a_continuation():
    trs = "www.trs-gov.test"
    first = "/xxgk/ldjh/202306/t20230601_887801.html"
    assert page_kind(page(trs, first), "http://" + trs + first) == ARTICLE
    assert page_kind(page(trs, "/xxgk/ldjh/202305/t20230512_887766.html"), "http://x/") == ARTICLE
    later = "/xxgk/ldjh/202306/t20230601_887801_1.html"
    assert page_kind(page(trs, later), "http://" + trs + later) == CONTINUATION
    hanweb = "/art/2024/1/4/art_2288_665544.html"
    assert page_kind(page("www.hanweb-gov.test", hanweb), "http://x" + hanweb) == ARTICLE


def test_pagers_as_each_cms_prints_them():
    dede = find_pager(
        page("www.dede-fanwen.test", "/a/fanwen/2024/0512/1234.html"), "http://d/a/1234.html", True
    )
    assert dede.current == 1 and dede.pages[3] == "http://d/a/1234_3.html"
    wp = "/2024/05/12/zai-quanshi-rencai-gongzuo-huiyi/2/"
    pager = find_pager(page("blog.wp.test", wp), "http://blog.wp.test" + wp, True)
    assert is_later_page(pager, "http://blog.wp.test" + wp)
    trs = find_pager(page("www.trs-gov.test", "/xxgk/ldjh/"), "http://t/xxgk/ldjh/index.html")
    assert trs.kind == "script" and trs.pages == {
        1: "http://t/xxgk/ldjh/index.html",
        2: "http://t/xxgk/ldjh/index_1.html",
    }


def test_links_only_a_script_shows_are_found():
    links = script_links(
        page("www.hanweb-gov.test", "/col/col2288/index.html"), "http://h/col/col2288/index.html"
    )
    assert "http://h/art/2024/1/4/art_2288_665544.html" in links
    assert not any("dataproxy" in link for link in links)


def test_listings_and_forum_reply_pages_are_told_apart():
    assert page_kind(page("www.dede-fanwen.test", "/a/fanwen/list_5_2.html"), "http://d/") == LISTING
    assert page_kind(page("blog.wp.test", "/page/2/"), "http://b/page/2/") == LISTING
    assert page_kind(page("bbs.discuz.test", "/thread-1001-2-1.html"), "http://b/") == FORUM_REPLIES
    assert page_kind(page("bbs.discuz.test", "/thread-1001-1-1.html"), "http://b/") == ARTICLE


def test_a_comment_count_linking_to_another_host_is_no_pager():
    # a news portal's "跟贴 37" links the article's comment page on its comment host, twice
    prose = "".join(
        f"<p>{'今天我们召开全市工作会议，总结去年工作，部署今年任务。' * 3}</p>" for _ in range(6)
    )
    count = "<a href='https://comment.news.test/bbs/A1.html'><em>37</em></a>"
    html = (
        "<html><body><h1>市长在全市工作会议上的讲话</h1>"
        f"<div class='post_top_tie'>{count}<a href='https://comment.news.test/bbs/A1.html'>37</a>跟贴</div>"
        f"<div class='post_body'>{prose}</div></body></html>"
    )
    url = "https://www.news.test/article/A1.html"
    sel = Selector(text=html)
    assert not is_later_page(find_pager(sel, url, article=True), url)
    assert page_kind(sel, url) == ARTICLE


def test_a_mobile_pager_printing_this_page_of_all_between_previous_and_next():
    url = "http://m.site.test/art/2023/10/12/art_1234_5.html"
    first = Selector(
        text='<div class="m-pages"><span class="disabled">上一页</span><span class="num">1/2</span>'
        '<a href="art_1234_5.html?page=2">下一页</a></div>'
    )
    pager = find_pager(first, url, article=True)
    assert (pager.current, pager.total, pager.next_url) == (1, 2, url + "?page=2")
    assert not is_later_page(pager, url)
    second = Selector(
        text='<div class="m-pages"><a href="art_1234_5.html">上一页</a><span class="num">2/2</span>'
        '<span class="disabled">下一页</span></div>'
    )
    assert is_later_page(find_pager(second, url + "?page=2", article=True), url + "?page=2")


def test_a_wap_pager_printing_this_page_of_all_as_its_own_text():
    # 百度文库's WAP reader: "<a>下一页</a> 1/2" and a 跳至 box, the counter a bare text of the pager
    url = "http://wapwenku.site.test/view/8c3e0f27.html"
    jump = '<br/><form action="/view/8c3e0f27.html">跳至<input name="pn"/>页<input type="submit" value="GO"/></form>'
    first = Selector(text=f'<div class="pg"><a href="/view/8c3e0f27.html?pn=2">下一页</a> 1/2{jump}</div>')
    pager = find_pager(first, url, article=True)
    assert (pager.current, pager.total, pager.next_url) == (1, 2, url + "?pn=2")
    assert not is_later_page(pager, url)
    second = Selector(text=f'<div class="pg"><a href="/view/8c3e0f27.html">上一页</a> 2/2{jump}</div>')
    assert is_later_page(find_pager(second, url + "?pn=2", article=True), url + "?pn=2")


def test_a_pager_printing_this_page_s_bracketed_number_as_its_own_text_says_which_page_it_is():
    # a Struts portal's "共2页　[1] <a>[2]</a>　上一页　<a>下一页</a>": the current page's "[N]" is a
    # bare text between the links, so page 2 knows it is page 2 of the article page 1 links to
    first_url = "http://www.rd.example.gov.cn/portal/infoAction.do?method=viewInfo&infoId=8634"
    second_url = first_url + "&page=2"
    link = '<a href="/portal/infoAction.do?method=viewInfo&amp;infoId=8634{}">{}</a>'
    first = Selector(
        text=f'<td class="pagebar">共2页　[1] {link.format("&amp;page=2", "[2]")}　上一页　{link.format("&amp;page=2", "下一页")}</td>'
    )
    second = Selector(
        text=f'<td class="pagebar">共2页　{link.format("", "[1]")} [2]　{link.format("", "上一页")}　下一页</td>'
    )
    pager = find_pager(first, first_url, article=True)
    assert (pager.current, pager.next_url) == (1, second_url) and not is_later_page(pager, first_url)
    later = find_pager(second, second_url, article=True)
    assert later.current == 2 and is_later_page(later, second_url)


def test_counts_that_link_somewhere_are_no_pager():
    # a code host's "Watch 2 · Star 17 · Fork 5": numbers linking to watchers and stargazers are
    # no run of page numbers, and page 2 of the file is not its watchers' list
    html = (
        "<div class='git-project-header-actions'><div class='ui buttons watch-container'>"
        "<div class='ui dropdown button'><span class='text'>Watch</span></div>"
        "<a class='ui button action-social-count' href='/o/r/watchers' title='2'>2</a></div>"
        "<div class='ui buttons star-container'><a class='ui button star' href='/login'>Star</a>"
        "<a class='ui button action-social-count' href='/o/r/stargazers'>17</a></div>"
        "<div class='ui buttons fork-container'><a class='ui button fork' href='/login'>Fork</a>"
        "<a class='ui button action-social-count' href='/o/r/members'>5</a></div></div>"
    )
    assert find_pager(Selector(text=html), "http://code.test/o/r/blob/master/a.md", article=True) is None
    pager = find_pager(
        Selector(text="<div class='nav'><a href='?p=2'>2</a><a href='?p=3'>3</a></div>"), "http://b/a"
    )
    assert pager is not None and pager.url_of(2) == "http://b/a?p=2"  # a run of numbers still is


def test_a_later_page_keeps_its_text_where_the_first_did_a_topic_s_page_of_replies_does_not():
    from spiders.classify import keeps_text_in, text_box

    speech = "".join(
        f"<p>{'各位同志，今年防汛形势严峻复杂，各级各部门务必绷紧这根弦，落实落细各项措施。' * 2}</p>"
        for _ in range(3)
    )
    pager = "<div class='pages'><span class='current'>{}</span><a href='?id=1&page={}'>{}</a><span>共2页</span></div>"

    def reply(n: int) -> str:
        return (
            f"<div class='reply-box'><div class='reply-posted'><a href='/u/{n}'>网友{n}</a>"
            f" 回复日期：2011-05-1{n} 09:5{n}:03</div><div class='replycont-text'>顶一下，讲得实在。</div></div>"
        )

    topic = Selector(
        text=f"<body><div class='main-l'>{pager.format(1, 2, 2)}<div class='postspecific'>"
        f"<div class='posts-cont'>{speech}</div></div><div class='reply-list'>{reply(1)}{reply(2)}</div></div></body>"
    )
    replies = Selector(
        text=f"<body><div class='main-l'>{pager.format(2, 1, 1)}<div class='reply-list'>{reply(3)}{reply(4)}</div></div></body>"
    )
    article_page_2 = Selector(
        text=f"<body><div class='main-l'>{pager.format(2, 1, 1)}<div class='postspecific'>"
        f"<div class='posts-cont'><p>同志们，防汛工作责任重于泰山。谢谢大家！</p></div></div></div></body>"
    )
    box = text_box(topic)
    assert box is not None
    assert not keeps_text_in(replies, box)
    assert keeps_text_in(article_page_2, box)


def test_a_post_s_like_and_comment_counts_are_no_pager():
    # Substack's bar under a post: 41 likes (a bare number), 1 comment (a link to the comments)
    html = (
        "<div class='post-ufi'><div class='like-button-container'><a role='button'><span class='label'>41</span></a></div>"
        "<a class='post-ufi-button' href='/p/c1d/comments'><span class='label'>1</span></a>"
        "<a class='post-ufi-button' href='#'>Share</a></div>"
    )
    assert find_pager(Selector(text=html), "http://w.substack.test/p/c1d", article=True) is None
    # page 2 printed bare between the links to pages 1 and 3 still is a pager
    middle = Selector(text="<div class='pages'><a href='a.html'>1</a> 2 <a href='a_3.html'>3</a></div>")
    assert find_pager(middle, "http://b/a_2.html", article=True).url_of(3) == "http://b/a_3.html"


def test_a_viewer_showing_two_pages_at_a_time_counts_its_page_range():
    # 百度文库's reader: "第1-2页 / 共4页" between a bare 上一页 and the link to pages 3-4
    url = "http://wenku.test/view/9b3e.html"
    first = Selector(
        text="<div class='page-btn-wrap'><span class='page-btn prev-btn disabled'>上一页</span>"
        "<span class='page-count'>第1-2页 / 共4页</span><a class='page-btn next-btn' href='/view/9b3e.html?pn=3'>下一页</a></div>"
    )
    pager = find_pager(first, url, article=True)
    assert (pager.current, pager.total, pager.next_url) == (1, 4, url + "?pn=3")
    second = Selector(
        text="<div class='page-btn-wrap'><a class='page-btn prev-btn' href='/view/9b3e.html'>上一页</a>"
        "<span class='page-count'>第3-4页 / 共4页</span><span class='page-btn next-btn disabled'>下一页</span></div>"
    )
    assert is_later_page(find_pager(second, url + "?pn=3", article=True), url + "?pn=3")


def test_a_post_s_number_is_no_year_and_its_page_2_no_february():
    # WordPress's `/archives/%post_id%/` permalinks: post 2056 and its <!--nextpage--> page 2
    assert not is_calendar_url("http://b.test/archives/2056/")
    assert not is_calendar_url("http://b.test/archives/2056/2/")
    assert trap_kind("http://b.test/archives/2056/2/", today=date(2026, 12, 7)) is None
    # a calendar's year folder and its months are still dates, cut when far from now
    assert trap_kind("http://b.test/archive/2028/03/", today=date(2026, 12, 7)) == "calendar"
    assert trap_kind("http://b.test/archive/1985/", today=date(2026, 12, 7)) == "calendar"


def test_a_portal_article_in_boxes_of_one_class_is_no_forum_thread():
    # Discuz!'s portal prints the article, its related list and its comment list each in a `div.bm`;
    # the article is paged (its page 2 is a continuation), not a thread of posts
    from spiders.classify import is_forum_thread

    speech = "".join(
        f"<p>{'同志们，今年全市老旧小区改造任务重、要求高，各区要压实责任，确保按期完成。' * 3}</p>"
        for _ in range(4)
    )
    html = (
        "<body><div class='mn'><div class='bm vw'><div class='h hm'><h1 class='ph'>在改造推进会上的讲话</h1>"
        "<p class='xg1'>2024-4-23 18:12| 发布者: admin</p></div><div class='d'><table class='vwtb'><tr><td id='article_content'>"
        f"{speech}</td></tr></table><div class='pg'><strong>1</strong><a href='article-386-2.html'>2</a>"
        "<a href='article-386-2.html' class='nxt'>下一页</a></div></div></div>"
        "<div class='bm'><div class='bm_h'><h3>相关阅读</h3></div><div class='bm_c'><ul><li><a href='article-1-1.html'>讲话一</a></li></ul></div></div>"
        "<div class='bm'><div class='bm_h'><h3>最新评论</h3></div><div class='bm_c'>"
        "<dl><dt>住户 2024-4-23 19:01</dt><dd>好！</dd></dl><dl><dt>网友 2024-4-23 20:12</dt><dd>支持</dd></dl></div></div></div></body>"
    )
    assert not is_forum_thread(Selector(text=html))


def test_pager_entries_with_arrows_beside_their_words():
    # Office's mobile viewer: "< 上一页", "第 1 页，共 2 页", "下一页 >"
    url = "http://v.test/op/mobileview.aspx?src=a.docx"
    first = Selector(
        text="<div class='MobilePager'><span class='MobilePager-prev MobilePager-disabled'>&lt; 上一页</span>"
        "<span class='MobilePager-status'>第 1 页，共 2 页</span>"
        "<a class='MobilePager-next' href='/op/mobileview.aspx?src=a.docx&amp;wdPage=2'>下一页 &gt;</a></div>"
    )
    pager = find_pager(first, url, article=True)
    assert (pager.current, pager.total, pager.next_url) == (1, 2, url + "&wdPage=2")


def test_a_topic_pager_after_a_count_of_posts_reads_the_bare_number_beside_its_links():
    # 动网 DVBBS: "本主题贴数<b>13</b>，分页： <font><b>[1]</b></font> <a>[2]</a>"
    from parsel import Selector

    from spiders.pagers import find_pager

    url = "http://bbs.test/dispbbs.asp?boardid=5&ID=3817&page=1"
    html = (
        "<html><body><table><tr><td class='tablebody2'>本主题贴数<b>13</b>，分页： <font color='red'><b>[1]</b></font> "
        "<a href='dispbbs.asp?boardid=5&amp;ID=3817&amp;page=1&amp;star=2'>[2]</a></td></tr></table></body></html>"
    )
    pager = find_pager(Selector(text=html), url, article=True)
    assert pager.current == 1 and pager.next_url == url + "&star=2"


def test_a_pager_is_found_whatever_the_body_s_classes_say_of_comments():
    # a theme's body classes ("not-showing-comments", "comments-open") say what the page offers; a
    # pager inside a box of comments is the comments' own, one under the body is the article's
    html = (
        "<html><body class='single not-showing-comments'><div class='entry-content'><p>正文</p></div>"
        "<div class='page-links'><span class='current'>1</span> <a href='/a/1/2/'>2</a>"
        " <a class='next' href='/a/1/2/'>下一页</a></div>"
        "<div id='comments'><div class='pagination'><a href='/a/1/comment-page-2/'>2</a></div></div>"
        "</body></html>"
    )
    pager = find_pager(Selector(text=html), "http://b/a/1/", article=True)
    assert pager is not None and pager.next_url == "http://b/a/1/2/"


def test_a_forum_topic_whose_posts_head_with_their_time_as_permalink_is_an_article():
    # FluxBB prints each post under `<h2>#N <a href="viewtopic.php?pid=M#pM">time</a></h2>`: a post's
    # permalink, not a list of posts each titled by a link away (a blog's home)
    topic = FAMILIES / "bbs.shanlin-fluxbb.test" / "topic" / "1690.html"
    sel = Selector(text=topic.read_text(encoding="utf-8"))
    assert page_kind(sel, "http://bbs.shanlin-fluxbb.test/viewtopic.php?id=1690") == ARTICLE
    assert page_kind(sel, "http://bbs.shanlin-fluxbb.test/viewtopic.php?pid=18805") == ARTICLE
