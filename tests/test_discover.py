"""Where a page names other pages besides `<a href>` (spiders/discover.py, spiders/pagers.py): a
frozen piece of markup in, the links a crawler follows out."""

from __future__ import annotations

import gzip

import pytest
from parsel import Selector

from spiders.discover import (
    data_attribute_links,
    feed_item_links,
    feed_urls,
    inline_json_links,
    read_sitemap,
    robots_sitemaps,
    script_string_urls,
    sitemap_body,
)
from spiders.pagers import find_pager, is_later_page

BASE = "http://site.test/news/"


def test_robots_txt_sitemap_lines_are_read_relative_ones_resolved():
    robots = (
        b"User-agent: *\nDisallow: /admin/\nSitemap: http://site.test/sitemap_index.xml\nsitemap: /s2.xml\n"
    )
    assert robots_sitemaps(robots, "http://site.test/robots.txt") == [
        "http://site.test/sitemap_index.xml",
        "http://site.test/s2.xml",
    ]


def test_a_gzipped_sitemap_is_read_whatever_its_content_type_and_an_index_says_so():
    urlset = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://site.test/a/1.html</loc><lastmod>2024-05-01</lastmod></url></urlset>'
    kind, entries = read_sitemap(sitemap_body(gzip.compress(urlset)))
    assert kind == "urlset" and entries == [{"loc": "http://site.test/a/1.html", "lastmod": "2024-05-01"}]
    index = b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://site.test/s.xml.gz</loc></sitemap></sitemapindex>'
    assert read_sitemap(index) == ("sitemapindex", [{"loc": "http://site.test/s.xml.gz"}])


@pytest.mark.parametrize("body", [b"", b"<html><body>404</body></html>", b"\x1f\x8bnot gzip"])
def test_what_is_no_sitemap_is_said_to_be_none(body):
    unpacked = sitemap_body(body)
    if unpacked is not None:
        with pytest.raises(ValueError):
            read_sitemap(unpacked)


def test_feeds_offered_in_the_head_and_their_items():
    sel = Selector(
        text='<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        '<link rel="alternate" hreflang="en" href="/en/"><link rel="stylesheet" href="/a.css">'
        '<link rel="alternate" type="application/atom+xml; charset=utf-8" href="atom.xml"></head></html>'
    )
    assert feed_urls(sel, BASE) == ["http://site.test/rss.xml", "http://site.test/news/atom.xml"]
    rss = b"<rss><channel><link>http://site.test/</link><item><link>http://site.test/a/1.html</link></item></channel></rss>"
    assert feed_item_links(rss, BASE) == ["http://site.test/a/1.html"]
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="http://site.test/atom.xml"/>'
        b'<entry><link href="/a/2.html"/><link rel="enclosure" href="/a/2.mp3"/></entry></feed>'
    )
    assert feed_item_links(atom, BASE) == ["http://site.test/a/2.html"]


def test_links_in_data_attributes_but_not_selectors_numbers_or_images():
    sel = Selector(
        text='<body><div data-href="/a/1.html" data-id="7"></div><li data-article-url="a/2.html"></li>'
        '<button data-target=".nav" data-page="2" data-link="#top"></button><img data-src="/i.jpg"></body>'
    )
    assert data_attribute_links(sel, BASE) == ["http://site.test/a/1.html", "http://site.test/news/a/2.html"]


def test_a_page_url_in_any_data_attribute_is_a_link_but_not_a_picture_or_script():
    sel = Selector(
        text='<body><a class="more" data-next="/channel/news/2.html" data-cursor="2">加载更多</a>'
        '<div data-more="http://site.test/list?page=3"></div><img data-original="/up/1.jpg">'
        '<div data-lazy-bg="/up/bg.png"></div><div data-next="/static/app.js"></div>'
        '<div data-api="/api/list"></div><span data-title="/不是链接 也不是路径"></span></body>'
    )
    assert data_attribute_links(sel, BASE) == [
        "http://site.test/channel/news/2.html",
        "http://site.test/list?page=3",
    ]


def test_only_the_data_attributes_are_read_not_the_other_attributes_of_their_elements():
    # An element with a data-* attribute also carries others: an svg's namespace, a schema.org
    # type, an image, a form's action. None of them names a page to read.
    sel = Selector(
        text='<body><svg xmlns="http://www.w3.org/2000/svg" data-icon="x"></svg>'
        '<div itemtype="http://schema.org/Question" data-za="q"></div>'
        '<img src="http://site.test/pic/1.jpg!avatar" data-uid="9">'
        '<form action="http://site.test/replies" data-remote="true"></form>'
        '<a href="/a/3.html" data-url="/a/4.html"></a></body>'
    )
    assert data_attribute_links(sel, BASE) == ["http://site.test/a/4.html"]


def test_inline_json_state_is_walked_for_site_paths_and_urls_not_routes_or_protocol_relative():
    sel = Selector(
        text='<body><script id="__NEXT_DATA__" type="application/json">{"props":{"items":[{"href":"/p/1"},'
        '{"u":"http://site.test/p/2"}]},"page":"/","route":"/p/[id]","cdn":"//cdn.test/x.js"}</script>'
        '<script>window.__INITIAL_STATE__ = {"list":[{"url":"/p/3"}]};var x = "/not/state";</script>'
        '<script>window.__NUXT__=(function(a){return {data:[{url:"\\u002Fp\\u002F4"}]}}(1));</script>'
        '<script type="application/ld+json">{"@type":"NewsArticle","url":"http://site.test/p/5"}</script></body>'
    )
    assert sorted(inline_json_links(sel, BASE)) == [f"http://site.test/p/{n}" for n in range(1, 6)]


def test_a_json_script_written_through_encode_uri_component_is_read_as_json():
    # 今日头条-like author pages: the whole state percent-encoded inside its JSON script
    from urllib.parse import quote

    state = '{"data":{"list":[{"article_url":"https://site.test/article/71/"},{"url":"/article/72/"}]}}'
    sel = Selector(
        text=f'<body><script id="RENDER_DATA" type="application/json">{quote(state)}</script></body>'
    )
    assert sorted(inline_json_links(sel, BASE)) == [
        "http://site.test/article/72/",
        "https://site.test/article/71/",
    ]


LOOP = """<div><script language="JavaScript">
var currentPage = {k};//所在页从0开始
var countPage = 3//共多少页
for(var i=0;i<countPage;i++){{
  if(currentPage==i) document.write("<span>"+(i+1)+"</span>");
  else if(i==0) document.write("<a href=\\"t20230105_100.html\\">"+(i+1)+"</a>");
  else document.write("<a href=\\"t20230105_100"+"_" + i + "."+"html\\">"+(i+1)+"</a>");
}}
</script></div>"""


@pytest.mark.parametrize("k, url", [(0, "t20230105_100.html"), (2, "t20230105_100_2.html")])
def test_trs_s_older_loop_pager_names_every_page_and_this_one(k, url):
    pager = find_pager(Selector(text=LOOP.format(k=k)), BASE + url, article=True)
    assert pager.pages == {
        1: BASE + "t20230105_100.html",
        2: BASE + "t20230105_100_1.html",
        3: BASE + "t20230105_100_2.html",
    }
    assert pager.current == k + 1 and is_later_page(pager, BASE + url) is (k > 0)


def test_create_page_html_given_the_variables_set_before_it():
    sel = Selector(
        text='<script>var countPage = 2; var currentPage = 1; createPageHTML(countPage, currentPage, "index", "html");</script>'
    )
    pager = find_pager(sel, BASE + "index_1.html")
    assert pager.current == 2 and pager.pages[1] == BASE + "index.html"


def test_a_page_count_printed_before_the_numbers_is_not_the_current_page():
    sel = Selector(
        text='<div class="pages"><em>&nbsp;2&nbsp;</em><strong>1</strong><a href="t-2.html">2</a><a href="t-2.html" class="next">下一页</a></div>'
    )
    assert find_pager(sel, BASE + "t-1.html").current == 1


def test_a_record_count_printed_as_an_unlinked_anchor_is_not_the_current_page():
    sel = Selector(
        text='<div class="epages"><a title="Total record">&nbsp;<b>2</b> </a>&nbsp;<b>1</b>&nbsp;<a href="7_2.html">2</a>&nbsp;<a href="7_2.html">下一页</a></div>'
    )
    pager = find_pager(sel, BASE + "7.html", article=True)
    assert pager.current == 1 and pager.next_url == BASE + "7_2.html"


def test_pager_entries_in_full_width_brackets_make_page_two_a_later_page():
    zdfy = "<div class=\"zdfy\"><a href='c-1.html'>【1】</a><a href='c-1-2.html'>【2】</a><a href='c-1-2.html'>【下一页】</a></div>"
    assert not is_later_page(
        find_pager(Selector(text=zdfy), BASE + "c-1.html", article=True), BASE + "c-1.html"
    )
    later = find_pager(Selector(text=zdfy), BASE + "c-1-2.html", article=True)
    assert is_later_page(later, BASE + "c-1-2.html") and later.pages[1] == BASE + "c-1.html"


def test_absolute_urls_in_script_strings_are_read_through_js_and_nested_html_escapes():
    # WeChat's account history: JSON, HTML-escaped, in a single-quoted string; `&amp;amp;` inside.
    script = (
        "var msgList = '{&quot;list&quot;:[{&quot;content_url&quot;:&quot;http:\\/\\/mp.site.test\\/s?"
        "__biz=MzA=&amp;amp;mid=26&amp;amp;idx=1#rd&quot;}]}';"
        ' var share = "https:\\u002F\\u002Fsite.test\\u002Fa\\u002F1.html"; var n = 1;'
    )
    assert script_string_urls(Selector(text=f"<script>{script}</script>")) == [
        "http://mp.site.test/s?__biz=MzA=&mid=26&idx=1#rd",
        "https://site.test/a/1.html",
    ]
    assert script_string_urls(Selector(text='<script src="http://site.test/x.js"></script>')) == []


SPEECH = "同志们：今天我们召开全市教育工作会议，主要任务是总结去年工作，部署今年任务。" * 6


def test_posts_in_alike_stamped_units_make_a_thread_a_commented_article_does_not():
    from spiders.classify import is_post_thread

    post = '<table><tr><td><a href="space.php?uid={u}">u{u}</a></td><td>发表于 2024-5-12 10:2{u}<div><font>{t}</font></div></td></tr></table>'
    thread = "<body>" + "".join(post.format(u=u, t=SPEECH if u == 1 else "顶") for u in (1, 2, 3)) + "</body>"
    assert is_post_thread(Selector(text=thread))
    comment = '<li class="comment"><cite>u{u}</cite> 2024-05-12 10:2{u}<p>写得好</p></li>'
    article = (
        '<body><div class="post"><h1>讲话</h1><div class="meta">2024-05-12 09:00</div>'
        f'<div class="entry">{SPEECH}</div></div><div class="comments"><ol>'
        + "".join(comment.format(u=u) for u in (1, 2, 3))
        + "</ol></div></body>"
    )
    assert not is_post_thread(Selector(text=article))


def test_a_first_post_marked_apart_by_an_extra_class_is_still_one_of_the_thread_s_posts():
    # 贴吧 prints its first floor `l_post j_l_post noborder`, the later ones `l_post j_l_post`
    from spiders.classify import is_post_thread

    floor = '<div class="l_post j_l_post{extra}"><div class="d_post_content">{t}</div><span class="tail-info">2019-04-12 10:2{u}</span></div>'
    thread = (
        "<body><div id='j_p_postlist'>"
        + "".join(
            floor.format(extra=" noborder" if u == 1 else "", u=u, t=SPEECH if u == 1 else "顶一个")
            for u in (1, 2, 3)
        )
        + "</div></body>"
    )
    assert is_post_thread(Selector(text=thread))


def test_a_first_post_whose_time_is_in_the_topic_header_is_still_one_of_the_thread_s_posts():
    # 天涯: the 楼主's post carries no time of its own (the topic's header above it does)
    from spiders.classify import is_post_thread

    item = '<div class="atl-item"><div class="atl-info">{stamp}</div><div class="bbs-content">{t}</div></div>'
    posts = [item.format(stamp="", t=SPEECH)] + [
        item.format(stamp=f"作者：网友{u} 时间：2015-03-08 11:2{u}:00", t="顶一个，说得好") for u in (1, 2)
    ]
    thread = (
        "<body><div class='atl-head'>楼主：老周 时间：2015-03-08 10:22:31</div><div class='atl-main'>"
        + "".join(posts)
        + "</div></body>"
    )
    assert is_post_thread(Selector(text=thread))


def test_posts_stamped_with_spaces_in_their_dates_make_a_thread():
    # phpBB's Chinese language pack prints "2023年 10月 24日 19:22"
    from spiders.classify import is_post_thread

    post = '<div class="post bg{n}"><div class="postbody"><p class="author">由 u{n} &raquo; <time>2023年 10月 2{n}日 19:2{n}</time></p><div class="content">{t}</div></div></div>'
    thread = "<body>" + "".join(post.format(n=n, t=SPEECH if n == 1 else "支持") for n in (1, 2)) + "</body>"
    assert is_post_thread(Selector(text=thread))


def test_a_reader_follows_frames_image_maps_and_a_mobile_framework_s_link_elements():
    from spiders.base import page_hrefs

    frameset = Selector(
        text="<html><frameset rows='90,*'><frame src='top.htm'><frameset cols='180,*'>"
        "<frame src='left.htm'><frame name='main' src='main.htm'></frameset></frameset></html>"
    )
    assert page_hrefs(frameset) == ["top.htm", "left.htm", "main.htm"]
    body = Selector(
        text="<html><head><link rel='stylesheet' href='/s.css'></head><body><a href='/a/1.html'>一</a>"
        "<map><area href='/a/2.html'></map><mip-link href='/mip/3.html'><h3>三</h3></mip-link>"
        "<iframe src='/list/4.html'></iframe></body></html>"
    )
    assert sorted(page_hrefs(body)) == ["/a/1.html", "/a/2.html", "/list/4.html", "/mip/3.html"]


def test_a_page_parameter_at_its_first_page_names_the_same_page():
    from spiders.urls import same_page

    base = "http://www.example.cn/Article/ShowArticle.asp?ArticleID=1186"
    assert same_page(base, base + "&Page=1")  # 动易's pager links page 1 with the parameter
    assert same_page(
        "http://bbs.example.cn/viewtopic.php?t=5&start=0", "http://bbs.example.cn/viewtopic.php?t=5"
    )
    assert not same_page(base, base + "&Page=2")
    assert not same_page(base, "http://www.example.cn/Article/ShowArticle.asp?ArticleID=1187&Page=1")


def test_a_page_whose_text_is_only_in_noscript_is_read_as_an_article_not_an_empty_listing():
    from spiders.classify import ARTICLE, page_kind

    shell = (
        "<html><body><div id='app'></div><noscript>请启用 JavaScript。</noscript>"
        f"<noscript id='flarum-content'><div class='container'><h2>讲话</h2><div class='Post-body'><p>{SPEECH}</p></div></div></noscript>"
        "</body></html>"
    )
    assert page_kind(Selector(text=shell), "http://discuss.example.cn/d/1287-jiang-hua") == ARTICLE


def test_posts_stamped_only_for_machines_and_the_owner_s_marked_apart_make_a_thread():
    # NodeBB: visible times are filled in by a script; `data-timestamp` and schema.org's
    # datePublished are on the page, and the topic owner's posts carry a class of their own
    from spiders.classify import is_post_thread

    post = (
        "<li component='post' class='{owner}' data-pid='{n}' data-timestamp='17204013{n}'>"
        "<meta itemprop='datePublished' content='2024-07-08T01:15:0{n}.000Z'><div class='content'>{t}</div></li>"
    )
    thread = (
        "<body><ul component='topic'>"
        + "".join(
            post.format(owner="topic-owner-post" if n == 1 else "", n=n, t=SPEECH if n == 1 else "顶")
            for n in (1, 2, 3)
        )
        + "</ul></body>"
    )
    assert is_post_thread(Selector(text=thread))


@pytest.mark.parametrize(
    "bar, counter, current",
    [
        # Joomla's pagebreak: bare 上一页/下一页 links, the page's own "第 N 页，共 M 页"
        (
            "<ul class='pagination'><li></li><li><a href='?start=1'>下一页</a></li></ul>",
            "第 1 页，共 3 页",
            1,
        ),
        ("<ul class='pagination'><li><a href='?start=1'>上一页</a></li></ul>", "第 3 页，共 3 页", 3),
        # a reader's chapter bar: 上一章 and 目录 around the chapter's own 下一页
        (
            "<div class='bar'><a href='1.html'>上一章</a>|<a href='./'>目录</a>|<a href='2_2.html'>下一页</a></div>",
            "第(1/2)页",
            1,
        ),
    ],
)
def test_bare_previous_and_next_links_take_the_page_s_own_counter(bar, counter, current):
    page = f"<html><body><h3>讲话 <small>{counter}</small></h3><div class='text'><p>{SPEECH}</p></div>{bar}</body></html>"
    pager = find_pager(Selector(text=page), "http://www.example.cn/book/88/2.html", article=True)
    assert pager is not None and pager.current == current
    assert is_later_page(pager, "http://www.example.cn/book/88/2.html") == (current >= 2)


def test_a_lone_next_link_without_a_counter_is_no_pager():
    page = f"<html><body><div class='text'><p>{SPEECH}</p></div><div class='nav'><a href='/a/2.html'>下一页</a></div></body></html>"
    assert find_pager(Selector(text=page), "http://www.example.cn/a/1.html", article=True) is None
