"""Generic extraction reads a page by its structure: frozen pages (written here, in the shapes real
software prints) in, the expected document out.

- a container hidden until a script shows it (WeChat's `#js_content`, a lazily shown article body)
  is the article; a short hidden piece inside a paragraph is anti-copy noise;
- a page whose parser nested the body inside <head> (an unclosed server-side include tag before
  <body>) is read from its body all the same;
- layout tables (an old portal's frame, a forum's post rows) read as blocks and cells, not as
  `|`-joined rows headed by the menu; a data table's rows read as their cells' text.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from pipelines.page import process_page

FIXTURES = Path(__file__).parent / "fixtures" / "extract" / "structure"
URL = "http://www.example.cn/2024/0920/1.html"


def only_document(name: str):
    docs = process_page((FIXTURES / name).read_bytes(), URL)
    assert len(docs) == 1, [d.text[:40] for d in docs]
    return docs[0]


def paragraphs(doc) -> list[str]:
    return doc.text.split("\n\n")


def test_wechat_article_hidden_until_shown_is_the_article():
    doc = only_document("wechat_hidden_until_shown.html")
    assert doc.title == "在全县秋收工作会议上的讲话"
    assert paragraphs(doc)[0] == "同志们："
    assert (
        paragraphs(doc)[2]
        == "今年以来，全县上下认真落实各项强农惠农政策，粮食生产形势总体向好，秋粮长势好于往年，丰收在望。"
    )
    assert paragraphs(doc)[-1].endswith("作出新的更大贡献。")
    assert len(paragraphs(doc)) == 5
    # the short hidden piece inside a paragraph and the hidden profile card stay out, and the
    # document says what went
    assert "原创" not in doc.text and "微信号" not in doc.text
    hidden = [r["text"] for r in doc.removed if r["rule"] == "hidden_text"]
    assert any("原创" in t for t in hidden) and any("微信号" in t for t in hidden)


def test_lazily_shown_article_body_is_the_article():
    doc = only_document("lazy_body_display_none.html")
    assert paragraphs(doc)[0] == "亲爱的同学们、老师们："
    assert paragraphs(doc)[-1] == "最后，祝老师们工作顺利，祝同学们学习进步、健康成长！谢谢大家！"
    assert len(paragraphs(doc)) == 5
    assert "正在加载" not in doc.text and "版权所有" not in doc.text


def test_pieces_hidden_by_a_class_of_the_page_s_stylesheet_are_anti_copy_noise():
    # a 范文 site's jammer: the site's name and address inside paragraphs, hidden by a class its
    # <style> block hides, not by the span's own style; a rule for narrow screens hides nothing here
    speech = [
        "同志们：",
        "今天召开全市道路交通安全工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。",
        "去年以来，全市上下扎实开展道路交通安全专项整治，事故起数和死亡人数实现双下降，成绩来之不易。",
        "同志们，道路交通安全关系千家万户。我们要把各项措施抓实抓细，全力保障群众平安出行。",
    ]
    jammed = [
        line[:12] + "<span class='sy_jm'>www.fanwen.example 版权所有</span>" + line[12:] for line in speech
    ]
    style = (
        "<style>/* 防采集 */ .content p{line-height:2} span.sy_jm{display:none}"
        " @media (max-width:640px){.wide{display:none}}</style>"
    )
    html = (
        f"<html><head><meta charset='utf-8'><title>在全市道路交通安全工作会议上的讲话</title>{style}</head>"
        "<body><div class='content'>" + "".join(f"<p>{line}</p>" for line in jammed) + "</div>"
        "<p class='wide'>本站所有范文均来自网友投稿，转载请注明出处，谢谢合作。</p></body></html>"
    )
    doc = process_page(html.encode("utf-8"), URL)[0]
    assert paragraphs(doc)[:4] == speech
    hidden = [r["text"] for r in doc.removed if r["rule"] == "hidden_text"]
    assert hidden.count("www.fanwen.example 版权所有") == 4


def test_a_document_viewer_s_later_page_boxes_are_read_with_the_first():
    # each preview page in its own `div.pageBox > div.page-content` (the 淘文阁 family): trafilatura
    # reads the first content box only; the boxes after it are the text going on, each page's
    # "第N页 / 共M页" is not; the wall after the shown pages makes the text truncated
    family = Path(__file__).parents[1] / "samples" / "families" / "www.taowenge-suoyan-like.test"
    body = (family / "p-92847361.html").read_bytes()
    (doc,) = process_page(body, "http://www.taowenge-suoyan-like.test/p-92847361.html")
    assert paragraphs(doc)[0] == "同志们："
    assert paragraphs(doc)[-1].startswith("第四，要建立健全联农带农的利益联结机制。")  # page 2
    assert "第三，要坚决守住项目质量和安全底线。" in doc.text
    assert "共3页" not in doc.text and "相关资源" not in doc.text
    assert doc.truncated


def test_a_viewer_s_later_page_boxes_are_read_though_one_paragraph_outweighs_the_rest():
    # 爱问's preview (`div.page-item > div.page-content` each): the text's box is the one holding
    # its lines, not its longest paragraph, so the page boxes after it are found
    family = Path(__file__).parents[1] / "samples" / "families" / "ishare.aiwen-like.test"
    (doc,) = process_page(
        (family / "f" / "3718204.html").read_bytes(), "http://ishare.aiwen-like.test/f/3718204.html"
    )
    assert "二、聚焦重点领域和关键环节，坚决打好隐患清零攻坚战" in paragraphs(doc)  # page 2
    assert paragraphs(doc)[-1].startswith("第三，要盯紧老旧管网改造。")  # page 3
    assert "第2页" not in doc.text and doc.truncated


def test_a_viewer_s_later_pages_folded_into_a_box_of_their_own_are_read_and_the_text_is_whole():
    # 360文库's viewer: pages 1–2 shown, pages 3–5 in a folded box after "剩余3页未读，展开阅读全文",
    # hidden until the button shows them: the rest is on the page, so the document is whole
    family = Path(__file__).parents[1] / "samples" / "families" / "wenku.sanliuling-like.test"
    name = "3f8a2c61d94b0e7a5c21f0b6e8d47a93"
    (doc,) = process_page((family / "d" / name).read_bytes(), f"http://wenku.sanliuling-like.test/d/{name}")
    assert "三、把长效管护机制建起来。" in doc.text  # page 3
    assert paragraphs(doc)[-1].startswith("同志们，农村人居环境好不好，群众最有发言权。")  # page 5
    assert not doc.truncated and "剩余" not in doc.text


def test_body_nested_in_head_by_the_parser_is_read():
    doc = only_document("body_after_include_tag.html")
    assert "body_in_head" in doc.flags
    assert paragraphs(doc)[0] == "同志们："
    assert paragraphs(doc)[-1].startswith("三、强化保障")
    assert len(paragraphs(doc)) == 5
    assert "首页" not in doc.text and "fontZoom" not in doc.text


@pytest.mark.parametrize(
    "name, first, last, count, furniture",
    [
        (
            "portal_layout_tables.html",
            "各位领导、各位来宾，老师们、同学们：",
            "站在新的起点上，我们要继续深化改革，努力把学校建设成为特色鲜明、质量一流的现代化学校。谢谢大家！",
            5,
            ("网站首页", "新闻中心", "开学工作会议", "版权所有", "备案号"),
        ),
        (
            "forum_table_posts.html",
            "各位志愿者朋友们：",
            "在今后的工作中，希望大家继续发扬奉献、友爱、互助、进步的志愿精神，把志愿服务做得更好，让我们的社区更加和谐美好。谢谢大家！",
            3,
            ("社区论坛", "浏览帖子", "等级", "注册", "回复", "编辑"),
        ),
    ],
)
def test_layout_table_page_reads_as_text(name, first, last, count, furniture):
    doc = only_document(name)
    assert "|" not in doc.text
    assert paragraphs(doc)[0] == first
    assert paragraphs(doc)[-1] == last
    assert len(paragraphs(doc)) == count
    assert not [f for f in furniture if f in doc.text]


def test_data_table_rows_read_as_their_cells():
    doc = only_document("data_table_in_speech.html")
    assert "|" not in doc.text
    assert paragraphs(doc)[1:5] == [
        "指标完成值同比增长",
        "地区生产总值120亿元5.2%",
        "固定资产投资45亿元6.1%",
        "社会消费品零售总额38亿元4.8%",
    ]
    assert paragraphs(doc)[-1].startswith("下半年")


SPEECH = (
    "同志们：今天我们召开全镇农村人居环境整治工作推进会，主要任务是总结前段工作，部署下步任务。"
    "一年来，各村认真落实整治要求，村容村貌明显改善，群众满意度不断提高。"
    "下一步，要坚持问题导向，持续抓好垃圾清运、污水治理和厕所改造，推动人居环境再上新台阶。"
)


@pytest.mark.parametrize("declared", ["gb2312", None])
def test_gbk_page_with_a_damaged_byte_pair_is_read_as_gbk(declared):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">' if declared else ""
    head, tail = SPEECH[:40], SPEECH[40:]
    # one byte pair the codec cannot read (a lead byte followed by a control byte), as a damaged
    # page or a page cut and pasted from two sources carries: the rest of the page is GBK
    body = (
        f"<html><head>{meta}<title>推进会讲话</title></head><body><div class='text'><p>{head}".encode(
            "gb18030"
        )
        + b"\x81\x0a"
        + f"{tail}</p></div></body></html>".encode("gb18030")
    )
    (doc,) = process_page(body, URL)
    assert doc.encoding == "gb18030" and "decoded_with_errors" in doc.flags
    assert doc.text.replace("\ufffd", "").startswith(head) and doc.text.endswith(SPEECH[-20:])


def test_link_only_lines_after_the_text_are_furniture():
    # an old portal's article cell: the text, then a list of related links in the same cell
    doc = only_document("related_links_after_text.html")
    assert paragraphs(doc)[-1] == "希望大家振奋精神，扎实工作，为全市教育事业发展作出新的贡献。"
    assert paragraphs(doc)[1] == "同志们："
    assert not [t for t in ("培训班", "建设工程", "专题会议") if t in doc.text]
    assert [r["rule"] for r in doc.removed].count("link_only") == 3


def test_boxes_after_the_posts_text_container_are_the_pages():
    # a blog theme prints the post's licence box and tip jar inside <article>, after the post body
    doc = only_document("blog_boxes_after_post.html")
    assert paragraphs(doc)[0] == "各位同事，各位家人："
    assert paragraphs(doc)[-1] == "谢谢大家！"
    assert len(paragraphs(doc)) == 5
    after = [r["text"] for r in doc.removed if r["rule"] == "after_text"]
    assert len(after) == 4 and after[-1].startswith("码字不易")
    # the page's own title heading, outside the text's container, is not a line of the text
    assert [r["text"] for r in doc.removed if r["rule"] == "heading_outside_text"] == ["在公司年会上的致辞"]


def test_a_document_viewers_short_last_page_is_text_and_its_boxes_after_are_not():
    # page 2 holds one line: a page box like the first one is the text going on, not a box after it
    doc = only_document("viewer_uneven_pages.html")
    assert paragraphs(doc)[0] == "同志们："
    assert paragraphs(doc)[-1] == "同志们，防汛工作责任重于泰山，希望大家恪尽职守，确保安全度汛。"
    assert len(paragraphs(doc)) == 6
    assert not [t for t in ("积分", "版权说明", "立即下载", ".docx") if t in doc.text]
    assert [r["rule"] for r in doc.removed].count("after_text") == 2


def test_captions_attached_to_pictures_in_a_cms_content_area_go():
    # a WordPress post: a block-editor <figure> caption and a classic theme's caption box
    doc = only_document("wordpress_figure_caption.html")
    assert paragraphs(doc)[0] == "各位长辈、各位亲友："
    assert paragraphs(doc)[-1].endswith("万事如意！谢谢大家！")
    assert len(paragraphs(doc)) == 4
    captions = [r["text"] for r in doc.removed if r["rule"] == "figure_caption"]
    assert captions == ["母亲和孙辈们一起切蛋糕（摄影：二弟）", "1978年，母亲在生产队的老照片"]


LINES = [
    "同志们：今天我们召开全市安全生产工作会议，主要任务是总结去年工作，分析形势，部署今年任务。",
    "一、清醒认识当前安全生产形势",
    "今年以来，全市安全生产形势总体平稳，但事故隐患仍然不少，我们决不能有丝毫松懈和麻痹思想。",
    "二、突出抓好几项重点工作",
    "第一，开展一次全覆盖的隐患排查。各地各部门要对照清单逐项排查，发现隐患限期整改。谢谢大家！",
]


def blocks_after_cut(lines: list[str], links: str) -> tuple[list[str], list[str]]:
    """`cut_link_runs` on a page whose extracted lines are `lines` and whose links are `links`
    (HTML): (the lines kept, the lines removed as link_only)."""
    from pipelines.extract import ExtractedPage, cut_link_runs, without_markers
    from pipelines.profile import ExtractRules

    page = ExtractedPage(URL, "generic", None, ExtractRules(), blocks=[("para", line) for line in lines])
    cut_link_runs(page, lxml.html.fromstring(f"<html><body>{links}</body></html>"))
    kept = [without_markers(raw) for _, raw in page.blocks if without_markers(raw)]
    return kept, [r["text"] for r in page.removed if r["rule"] == "link_only"]


def test_a_box_of_links_between_paragraphs_is_the_page_s():
    # a 范文 CMS's 推荐阅读 box between two paragraphs of the text, as its table-layout page gives it
    box = ["推荐阅读：", "安全生产工作会议讲话稿（精选5篇）", "安全月表态发言稿范文"]
    links = (
        "<div class='tuijian'><p><strong>推荐阅读：</strong></p><ul>"
        "<li><a href='/jianghuagao/2024/0520/5101.html'>安全生产工作会议讲话稿（精选5篇）</a></li>"
        "<li><a href='/fayangao/2024/0518/5099.html'>安全月表态发言稿范文</a></li></ul></div>"
    )
    kept, removed = blocks_after_cut([*LINES[:4], *box, LINES[4]], links)
    assert kept == [*LINES[:4], "推荐阅读：", LINES[4]]  # the label goes with clean.py's widget lines
    assert removed == box[1:]
    one = [*LINES[:4], box[1], LINES[4]]  # a single line a link names could be the text's own
    assert blocks_after_cut(one, links) == (one, [])


def test_headings_in_a_row_that_a_table_of_contents_links_to_stay():
    toc = "<ul class='toc'>" + "".join(f"<li><a href='#s{i}'>{LINES[i]}</a></li>" for i in (1, 3)) + "</ul>"
    in_a_row = [LINES[i] for i in (0, 1, 3, 2, 4)]
    assert blocks_after_cut(in_a_row, toc) == (in_a_row, [])


BLOG_SPEECH = (
    "同志们：今天我们在这里召开全区开源社区成立大会，我代表筹备组讲几点意见，和大家一起交流。",
    "第一，要把社区办成学习的地方。每个月组织一次读源码的活动，让新人找到参与的入口，让老手有机会带新人。",
    "第二，要把社区办成做事的地方。活动不收费，分享不卖课，讨论就事论事，有分歧的时候拿代码来说话。",
    "最后，感谢主办方提供场地，也感谢今天到场的每一位朋友，希望一年以后每个人都能说出自己做过的一件事。",
    "谢谢大家！",
)


def blog_post(after_rule: str) -> bytes:
    speech = "".join(f"<p>{line}</p>" for line in BLOG_SPEECH)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>在开源社区成立大会上的讲话 - 博客</title></head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/archive/'>归档</a></div>"
        f"<article><h1>在开源社区成立大会上的讲话</h1><div class='post-body'>{speech}<hr />{after_rule}</div></article>"
        "<div class='footer'>版权所有 某某博客</div></body></html>"
    ).encode()


def test_the_posters_matter_after_a_rule_below_the_closing_thanks_goes():
    # a blogger's appendix (cnblogs, CSDN): a 附 line and a script, or his own last words
    appendix = (
        "<p>附：当天现场签到用的小脚本，有需要的自取：</p>"
        "<pre><code>def check_in(phone):\n    return phone in SIGNED_UP\n</code></pre><p>（完）</p>"
    )
    docs = process_page(blog_post(appendix), URL)
    assert len(docs) == 1
    assert docs[0].text == "\n\n".join(BLOG_SPEECH)
    removed = [r["text"] for r in docs[0].removed if r["rule"] == "after_closing_break"]
    assert removed[0] == "附：当天现场签到用的小脚本，有需要的自取：" and any(
        "check_in" in t for t in removed
    )


def test_a_rule_that_does_not_follow_the_closing_thanks_or_leads_to_more_than_a_tail_stays():
    more_speech = "".join(f"<p>{line}</p>" for line in BLOG_SPEECH[:4])  # as long as the speech
    docs = process_page(blog_post(more_speech), URL)
    assert "after_closing_break" not in {r["rule"] for r in docs[0].removed}
    assert docs[0].text.count("第二，要把社区办成做事的地方") == 2


SPEECH_SECTION = (
    "各位同事：",
    "上午好！第二季度已经结束，今天我们用一个上午的时间，把这个季度做过的事情认真复一次盘，把做对的事情固化下来。",
    "先说结果。这个季度我们原定交付七个需求，实际按时上线五个，一个延期两周，一个在评审后主动砍掉。",
    "再说问题。延期的那个报表需求，根子不在开发，而在需求阶段，返工花了整整八个工作日。",
    "最后，第三季度的重点是移动端重构和权限体系升级，任务不轻，希望大家把活干得更漂亮一些。谢谢大家！",
)


def test_a_notes_editors_paragraphs_named_after_html_blocks_and_its_sections_around_the_speech():
    # a document editor's own elements (`ne-p`, `ne-h2`): the note's 适用场景 and its 写作点评
    # section around the 范文正文 section; the sections are told by their headings' places
    def p(text: str) -> str:
        return f"<ne-p><ne-text>{text}</ne-text></ne-p>"

    def h2(text: str) -> str:
        return f"<ne-h2><ne-heading-ext></ne-heading-ext><ne-heading-content><ne-text>{text}</ne-text></ne-heading-content></ne-h2>"

    page = (
        "<html><head><meta charset='utf-8'><title>在产品研发部复盘会上的发言 · 讲话稿范文</title></head><body>"
        "<h1>在产品研发部复盘会上的发言</h1><article><div class='ne-viewer-body'>"
        f"<ne-quote>{p('适用场景：部门季度复盘会；讲话人：部门负责人；字数：约1500字。')}</ne-quote>"
        + h2("范文正文")
        + "".join(p(line) for line in SPEECH_SECTION)
        + h2("写作点评")
        + p("这篇发言的好处是先说结果、再说问题，结构清楚。")
        + "</div></article></body></html>"
    ).encode()
    doc = process_page(page, "http://doc.example.com/laozhou/jianghua/kq3vx8")[0]
    assert paragraphs(doc) == list(SPEECH_SECTION)
    removed = [(r["rule"], r["text"]) for r in doc.removed]
    assert ("before_speech_section", "范文正文") in removed
    assert ("after_closing_section", "写作点评") in removed


def wiki_article(middle: str) -> bytes:
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    return (
        "<html><head><meta charset='utf-8'><title>在复盘会上的讲话 - 校史维基</title></head><body>"
        "<div id='content'><h1 id='firstHeading'>在复盘会上的讲话</h1><div class='mw-parser-output'>"
        "<table class='infobox'><tr><th>讲话人</th><td>王立民</td></tr><tr><th>档号</th><td>1982-永-12</td></tr></table>"
        "<p>《在复盘会上的讲话》是王立民于1982年所作的讲话，后收入《校史资料选编》第二辑。</p>"
        "<h2><span class='mw-headline'>背景</span></h2><p>学校于1982年初成立筹备小组，向历届校友发出邀请信。</p>"
        f"<h2><span class='mw-headline'>讲话全文</span></h2><p>以下据校档案室所藏油印稿录入。</p>{speech}"
        f"{middle}</div></div></body></html>"
    ).encode()


def test_a_wiki_article_about_a_speech_gives_the_speech_section_only():
    doc = only_document_of(
        wiki_article(
            "<h2><span class='mw-headline'>影响</span></h2><p>讲话提出的三条经验，此后多年被写进学校的工作计划。</p>"
        )
    )
    assert paragraphs(doc) == list(SPEECH_SECTION)
    rules = {r["rule"] for r in doc.removed}
    assert {"before_speech_section", "after_closing_section"} <= rules


def test_a_speech_s_own_parts_and_a_long_section_after_its_thanks_stay():
    own_parts = "<h2>一、先说结果</h2><p>同志们：</p><p>这个季度我们原定交付七个需求，实际按时上线五个。</p>"  # an address under a heading late in the speech: what stands before it is the speech
    long_after = "<h2><span class='mw-headline'>影响</span></h2>" + "".join(
        f"<p>{line}</p>" for line in SPEECH_SECTION[1:]
    )
    doc = only_document_of(wiki_article(own_parts + long_after))
    assert doc.text.count("先说结果。这个季度") == 2 and "一、先说结果" in doc.text
    assert "after_closing_section" not in {r["rule"] for r in doc.removed}


def only_document_of(page: bytes):
    docs = process_page(page, "http://wiki.example.org/wiki/X")
    assert len(docs) == 1, [d.text[:40] for d in docs]
    return docs[0]


def test_an_editors_note_box_goes_with_its_title():
    # a docs site's tip box (VuePress's custom container): its title "编者按" over the note, the
    # whole call-out out as the docs generator marks it
    note = (
        "<div class='custom-container tip'><p class='custom-container-title'>编者按</p>"
        "<p>2024年9月6日，副院长在复盘会上讲话。根据讲话录音整理，经本人审定。</p></div>"
    )
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的讲话 | 文稿库</title></head><body>"
        f"<main><div class='theme-default-content'><h1>在复盘会上的讲话</h1>{note}{speech}</div></main></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)
    assert [r["text"][:3] for r in doc.removed if r["rule"] == "admonition"] == ["编者按"]


def forum_without_scripts(notice_outside: str = "") -> bytes:
    # Flarum's page as a reader without scripts gets it: an empty app shell, a "please enable
    # JavaScript" notice and the discussion's text in <noscript>
    posts = (
        "<div><h3>乡镇小秘</h3><div class='Post-body'><p>开班式上局长的讲话很接地气，转给有需要的朋友参考：</p>"
        + "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
        + "</div></div><hr><div><h3>老杨</h3><div class='Post-body'><p>讲得实在。</p></div></div>"
    )
    return (
        "<html><head><meta charset='utf-8'><title>在复盘会上的发言 - 笔杆居</title></head><body>"
        f"<div id='app'><div id='content'></div>{notice_outside}</div>"
        "<noscript><div class='Alert'>请使用更现代的浏览器并启用 JavaScript 以获得最佳浏览体验。</div></noscript>"
        f"<noscript id='flarum-content'><div class='container'><h2>在复盘会上的发言</h2><div>{posts}</div></div></noscript>"
        "<script>app.load()</script></body></html>"
    ).encode()


def test_a_page_whose_text_is_only_in_noscript_is_that_text_and_its_lead_in_line_is_the_posters():
    docs = process_page(forum_without_scripts(), "http://discuss.example.cn/d/1301-zai-fu-pan-hui")
    assert paragraphs(docs[0]) == list(SPEECH_SECTION)
    assert "开班式上局长的讲话很接地气，转给有需要的朋友参考：" in [r["text"] for r in docs[0].removed]


def test_noscript_beside_a_page_s_own_text_is_only_a_notice():
    own = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION[1:])
    doc = process_page(forum_without_scripts(own), "http://discuss.example.cn/d/1301-zai-fu-pan-hui")[0]
    assert "乡镇小秘" not in doc.text and "启用" not in doc.text
    assert doc.text.startswith(SPEECH_SECTION[1])


def test_a_blog_title_after_the_blog_s_name_and_a_colon_is_the_post_s():
    # Blogger: "<title>博客名: 文章标题</title>", the blog's name a heading linking home
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>两岸文摘: 在复盘会上的发言</title></head><body>"
        "<div id='header'><h1 class='title'><a href='/'>两岸文摘</a></h1></div>"
        "<div class='post hentry'><h3 class='post-title entry-title'>在复盘会上的发言</h3>"
        f"<div class='post-body entry-content'>{speech}</div></div></body></html>"
    ).encode()
    assert only_document_of(page).title == "在复盘会上的发言"


def test_a_blog_title_before_the_blog_s_name_is_the_post_s_when_the_h1_is_the_blog_s():
    # PIXNET: "<title>文章标题 @ 博客名 :: 痞客邦 ::</title>", the blog's name the page's one h1
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的发言 @ 淑雯的写字间 :: 痞客邦 ::</title></head>"
        "<body><div id='banner'><h1><a href='http://shuwen.example.net/blog'>淑雯的写字间</a></h1>"
        "<h2>写字、教书、偶尔上台说话。</h2></div><div class='article'>"
        f"<h2 class='title'><a href='/blog/post/1'>在复盘会上的发言</a></h2><div class='article-content'>{speech}</div>"
        "</div></body></html>"
    ).encode()
    assert only_document_of(page).title == "在复盘会上的发言"


def test_a_posters_lead_in_naming_his_readers_is_not_the_address_and_a_blog_s_info_bar_goes():
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION[1:])
    page = (
        "<html><head><meta charset='utf-8'><title>董事长致辞</title></head><body><div class='post'>"
        "<p>2011-01-20 15:30:41|分类：讲话发言|字号 大中小 订阅</p>"
        "<p>今天上午去现场参加了股东大会，把董事长的致辞整理出来了，供各位股友参考：</p>"
        f"<p>尊敬的各位股东、各位来宾：</p>{speech}</div></body></html>"
    ).encode()
    assert paragraphs(only_document_of(page)) == ["尊敬的各位股东、各位来宾：", *SPEECH_SECTION[1:]]


def test_a_thread_whose_posts_are_boxes_of_one_kind_gives_the_first_post_s_text_only():
    # Discuz!'s touch template prints every post as `div.plc`: the post holding the speech is the
    # text, the boxes of its kind beside it, each stamped with its time, are replies
    def post(floor: str, when: str, body: str) -> str:
        return (
            f"<div class='plc cl'><div class='display pi'><ul class='authi'><li class='grey'><em>{floor}</em>"
            f"<b><a href='home.php?uid=1'>网友{floor}</a></b></li><li class='grey rela'>{when}</li></ul>"
            f"<div class='message'>{body}</div></div></div>"
        )

    speech = "<br />".join(SPEECH_SECTION)
    page = (
        "<html><head><meta charset='gbk'><title>在复盘会上的发言 - 触屏版</title></head><body>"
        "<div class='header'><h2>村务交流</h2></div><div class='postlist'><h2>在复盘会上的发言</h2>"
        + post("楼主", "2017-3-26 20:15", speech)
        + post("沙发", "2017-3-26 20:47", "写得接地气，比我们镇里发的材料好懂多了。")
        + post("板凳", "2017-3-27 08:02", "收藏了，下个月我们村也要开类似的会，先借鉴一下。")
        + "</div></body></html>"
    ).encode("gbk")
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)
    assert {"post_header"} <= {r["rule"] for r in doc.removed}


def test_an_answer_handing_on_a_speech_gives_the_speech_s_own_title():
    # a Q&A answer: the answerer's sentence, the speech's title line, then its address
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>求一篇部门复盘会上的发言稿？ - 问答</title></head><body>"
        "<h1 class='QuestionHeader-title'>求一篇部门复盘会上的发言稿？</h1><div class='RichContent-inner'>"
        "<p>谢邀。分享一篇我们部门上个月复盘会上的发言，数字都改过了。</p><p><b>在产品研发部复盘会上的发言</b></p>"
        f"{speech}</div></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert doc.title == "在产品研发部复盘会上的发言"
    assert paragraphs(doc) == list(SPEECH_SECTION)


def test_a_page_builder_s_heading_widget_over_the_speech_s_widget_goes():
    # Elementor: the heading and the text each in their own widget boxes, nothing before them
    def widget(kind: str, inner: str) -> str:
        return f"<div class='elementor-widget elementor-widget-{kind}'><div class='elementor-widget-container'>{inner}</div></div>"

    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>会长讲话 – 协会</title></head><body><div class='entry-content'>"
        "<section class='elementor-section'><div class='elementor-widget-wrap'>"
        + widget("heading", "<h2 class='elementor-heading-title'>讲话全文</h2>")
        + widget("text-editor", speech)
        + "</div></section></div></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)
    assert ("before_speech_section", "讲话全文") in [(r["rule"], r["text"]) for r in doc.removed]


def test_a_speech_s_sentence_naming_members_is_no_membership_wall():
    line = "今后五年，就是要把协会建设成为会员信赖、政府认可、社会满意的一流行业组织。"
    speech = "".join(f"<p>{text}</p>" for text in (*SPEECH_SECTION[:3], line, *SPEECH_SECTION[3:]))
    page = f"<html><head><meta charset='utf-8'><title>讲话</title></head><body><article>{speech}</article></body></html>"
    assert line in paragraphs(only_document_of(page.encode()))


def test_a_forum_printing_its_posts_as_list_items_gives_the_first_post_s_paragraphs():
    # NodeBB: `<ul component="topic"><li component="post">` with the post's own <p>s
    def post(owner: bool, pid: int, paras: list[str]) -> str:
        body = "".join(f"<p>{line}</p>" for line in paras)
        return (
            f"<li component='post' class='{'topic-owner-post' if owner else ''}' data-pid='{pid}' data-timestamp='17204013{pid}'>"
            f"<div class='post-header'><a href='/user/u{pid}'>u{pid}</a><span class='timeago' title='2024-07-08T01:15:09.000Z'></span></div>"
            f"<div class='content' component='post/content'>{body}</div></li>"
        )

    page = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的发言 | 文秘论坛</title></head><body>"
        "<h1 component='post/header'>在复盘会上的发言</h1><ul component='topic'>"
        + post(True, 1, ["书记的发言稿，自己写的，请各位老师指正：", *SPEECH_SECTION])
        + post(False, 2, ["写得很有温度，借鉴了。", "结尾的三件事适合孩子听。"])
        + post(False, 3, ["社区发言就该这样。", "少讲大道理，多讲实事。"])
        + "</ul></body></html>"
    ).encode()
    assert paragraphs(only_document_of(page)) == list(SPEECH_SECTION)


def test_a_docs_page_s_call_out_boxes_are_the_editor_s_not_the_speech():
    # MkDocs Material's admonition and Docusaurus's theme-admonition around a speech
    mkdocs = (
        "<div class='admonition note'><p class='admonition-title'>编者按</p>"
        "<p>4月11日，市气象局召开动员部署会。现将讲话全文刊发。</p></div>"
        "<div class='admonition info'><p class='admonition-title'>稿件信息</p><ul><li>讲话人：周启明</li></ul></div>"
    )
    docusaurus = (
        "<div class='theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success'>"
        "<div class='admonitionContent_BuS1'><p>全文较长，分上、下两篇刊出，本页为上篇。</p></div></div>"
    )
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的讲话 - 文稿</title></head><body>"
        f"<main><article class='md-content__inner'><h1>在复盘会上的讲话</h1>{mkdocs}{speech}{docusaurus}</article></main>"
        "</body></html>"
    ).encode()
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)
    assert len([r for r in doc.removed if r["rule"] == "admonition"]) == 3


def test_a_notes_editor_s_to_do_list_and_its_heading_go_after_the_speech():
    # Feishu's and Youdao's editors print each block with its type; a to-do is the writer's own
    speech = "".join(
        f"<div class='block docx-text-block' data-block-type='text'>{line}</div>" for line in SPEECH_SECTION
    )
    todos = (
        "<div class='block docx-heading2-block' data-block-type='heading2'>会前准备</div>"
        "<div class='block docx-todo-block' data-block-type='todo'>打印座位表、家长签到表</div>"
        "<div class='block docx-todo-block' data-block-type='todo'>准备成绩分析PPT</div>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的讲话 - 飞书云文档</title></head><body>"
        f"<div class='page-block-children'>{speech}{todos}</div></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)
    assert [r["text"] for r in doc.removed if r["rule"] == "todo_list"] == [
        "打印座位表、家长签到表",
        "准备成绩分析PPT",
        "会前准备",
    ]


def test_a_question_over_the_answer_that_holds_the_speech_gives_the_answer():
    # A Q&A page (思否-like): trafilatura's precise setting reads only the short question and takes
    # the answers for comments; the wider settings find the answer's far longer prose.
    question = (
        "<div class='question fmt'><p>刚升了技术总监，下周要在技术委员会年度会议上讲话，大概十五分钟。</p>"
        "<p>想请教一下这类讲话一般讲哪几块？有没有完整的范例参考一下？</p></div>"
    )
    said = [SPEECH_SECTION[0], SPEECH_SECTION[1] + SPEECH_SECTION[2], SPEECH_SECTION[3] + SPEECH_SECTION[4]]
    answer = "".join(f"<p>{line}</p>" for line in said)  # a speech's paragraphs, not a question's lines
    page = (
        "<html><head><meta charset='utf-8'><title>讲话怎么写？ - 思否</title></head><body><main>"
        f"<h1>讲话怎么写？</h1>{question}<div class='widget-answers'><div class='widget-answers__item accepted'>"
        f"<div class='answer fmt'>{answer}</div></div>"
        "<div class='widget-answers__item'><div class='answer fmt'><p>同意楼上。</p></div></div></div>"
        "</main></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert all(line in doc.text for line in said)


def test_a_wap_page_s_xml_declaration_and_its_related_list_and_footer_in_the_same_box():
    # 帝国CMS's WAP module: an XHTML-MP page that declares its encoding, every block a <p> with
    # <br/> lines; the related list, the links home and the "Powered by" line after the speech
    speech = "<br/>\n".join("　　" + line for line in SPEECH_SECTION)
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>在复盘会上的讲话-演讲稿范文网</title></head><body>'
        '<p><a href="/wap/?m=index"><b>演讲稿范文网</b></a>|<a href="/wap/?m=list&amp;classid=12">讲话</a></p>'
        f"<p><b>在复盘会上的讲话</b><br/>{speech}</p>"
        "<p><b>相关范文</b><br/>·<a href='/wap/?m=show&amp;id=2'>年中总结会上的讲话</a><br/>"
        "·<a href='/wap/?m=show&amp;id=3'>季度工作会议讲话稿</a><br/></p>"
        "<p><a href='/wap/?m=index'>网站首页</a>|<a href='/e/search/wap.php'>搜索</a><br/>"
        "<small>演讲稿范文网<br/>Powered by EmpireCMS</small></p></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)


def test_a_document_library_s_table_of_fields_over_the_text_goes():
    # every cell a label and its value (金锄头文库's doc-info), not a table of the speech's
    info = (
        "<table class='doc-info'><tr><td>内容提供方：<a href='/u-1.html'>乡村振兴材料库</a></td><td>大小：36.2KB</td></tr>"
        "<tr><td>发布时间：2023-06-12</td><td>浏览人气：27</td></tr></table>"
    )
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的讲话.docx - 文库</title></head><body>"
        f"<div class='doc-left'><h1>在复盘会上的讲话.docx</h1>{info}<div class='doc-preview'>{speech}</div></div></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)
    assert "record_table" in {r["rule"] for r in doc.removed}


def test_a_docs_page_s_field_list_under_its_heading_goes():
    # Sphinx prints a document's fields (":报告人:", ":日期:") as a definition list under its
    # heading, Joomla its article info the same way: the page's record, not the speech
    fields = (
        "<dl class='field-list simple'><dt class='field-odd'>报告人<span class='colon'>:</span></dt>"
        "<dd class='field-odd'><p>陈国栋（学会第六届理事会理事长）</p></dd>"
        "<dt class='field-even'>日期<span class='colon'>:</span></dt><dd class='field-even'><p>2023年11月11日</p></dd></dl>"
    )
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的讲话 — 文集 文档</title></head><body>"
        f"<div role='main' class='document'><section><h1>在复盘会上的讲话</h1>{fields}{speech}</section></div></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)
    assert "field_list" in {r["rule"] for r in doc.removed}


def test_a_glossary_s_definitions_stay_a_definition_list_of_the_text():
    import lxml.html

    from pipelines.tables import field_lists

    glossary = lxml.html.fromstring(
        "<div><dl><dt>三农</dt><dd>农业、农村、农民。党的工作重中之重，必须始终坚持，持续加大投入力度。</dd>"
        "<dt>两山</dt><dd>绿水青山就是金山银山。这一理念深刻揭示了保护生态环境就是保护生产力的道理。</dd></dl></div>"
    )
    assert field_lists(glossary) == []


def test_a_repository_s_file_view_gives_the_document_s_heading_and_not_its_quoted_record():
    # a Markdown file rendered by a code host: the <title> names the file, the speech's record is
    # quoted over it as "name：value" lines
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>2024/fupan-jianghua.md · laoli/wengao - Gitee.com</title></head>"
        "<body><div class='file_content markdown-body'><h1>在第二季度复盘会上的讲话</h1>"
        "<blockquote><p>时间：2024年7月5日<br>场合：第二季度复盘会<br>整理：老李（据现场讲话）</p></blockquote>"
        f"{speech}</div></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert doc.title == "在第二季度复盘会上的讲话"
    assert paragraphs(doc) == list(SPEECH_SECTION)
    assert {"场合：第二季度复盘会", "整理：老李（据现场讲话）"} <= {
        r["text"] for r in doc.removed if r["rule"] == "field_line"
    }
    assert doc.published_at[:10] == "2024-07-05"  # the record's 时间 field: the page gives no day of its own


def test_a_forum_thread_s_title_is_its_subject_less_the_thread_s_prefix_label():
    # XenForo: the thread's prefix ("讲话稿") as a label in its h1 and <title>; each post's time
    # printed as a day only, the whole time written for machines (`<time datetime>`)
    def post(n: int, who: str, body: str) -> str:
        return (
            f"<article class='message message--post js-post' data-author='{who}' id='js-post-{n}'>"
            f"<div class='message-cell message-cell--user'><h4 class='message-name'><a href='/members/{who}.{n}/' "
            f"class='username'>{who}</a></h4></div><div class='message-cell message-cell--main'>"
            f"<ul class='message-attribution-main'><li><time class='u-dt' datetime='2025-05-1{n}T20:36:00+0800'>"
            f"2025-05-1{n}</time></li></ul><article class='message-body'><div class='bbWrapper'>{body}</div>"
            "</article></div></article>"
        )

    speech = "<br>".join(SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>讲话稿 - 在第二季度复盘会上的讲话（全文） | 文友之家</title></head><body>"
        "<div class='p-title'><h1 class='p-title-value'><span class='label label--blue' dir='auto'>讲话稿</span>"
        "<span class='label-append'>&nbsp;</span>在第二季度复盘会上的讲话（全文）</h1></div>"
        f"<div class='block-body js-replyNewMessageContainer'>{post(1, 'laozhou', speech)}"
        f"{post(2, 'xiaoli', '谢谢分享，收藏了。')}{post(3, 'wang', '写得实在，学习了！')}</div></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert doc.title == "在第二季度复盘会上的讲话（全文）"
    assert paragraphs(doc) == list(SPEECH_SECTION)


def test_a_blog_s_table_of_contents_over_the_text_goes_with_its_title():
    # WordPress's Begin theme (知更鸟) prints 文章目录 above the text: the speech's headings again,
    # each a link to its place on the page
    toc = (
        "<div class='toc-box'><div class='toc-main'><div class='toc-title-box'><span class='toc-title'>文章目录</span></div>"
        "<ul class='toc-ul'><li><a href='#title-0'>先说结果</a></li><li><a href='#title-1'>再说问题</a></li></ul></div></div>"
    )
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的讲话 - 范文网</title></head><body>"
        f"<article><h1>在复盘会上的讲话</h1><div class='single-content'>{toc}{speech}</div></article></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)
    assert "table_of_contents" in {r["rule"] for r in doc.removed}


def test_a_table_of_contents_linking_the_page_s_own_address_with_a_fragment_goes():
    # Easy Table of Contents over a post split into pages: each entry the page's address and the
    # heading's fragment ("http://…/2208/#一、…", "…/2208/2/#三、…"), not a bare "#…"
    base = "http://www.fanwen.example.cn/jianghua/2208/"
    toc = (
        "<div id='ez-toc-container'><div class='ez-toc-title-container'><p class='ez-toc-title'>文章目录</p>"
        "<span class='ez-toc-title-toggle'><a href='#' class='ez-toc-toggle'>Toggle</a></span></div>"
        f"<nav><ul class='ez-toc-list'><li><a href='{base}#title-0'>先说结果</a></li>"
        f"<li><a href='{base}2/#title-1'>再说问题</a></li></ul></nav></div>"
    )
    speech = "".join(f"<p>{line}</p>" for line in SPEECH_SECTION)
    page = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的讲话 - 范文网</title></head><body>"
        f"<article><h1>在复盘会上的讲话</h1><div class='entry-content'>{toc}{speech}</div></article></body></html>"
    ).encode()
    doc = only_document_of(page)
    assert paragraphs(doc) == list(SPEECH_SECTION)  # its title too, beside its toggle's word
    assert "table_of_contents" in {r["rule"] for r in doc.removed}


def test_footnotes_linking_back_are_no_table_of_contents():
    import lxml.html

    from pipelines.extract import tables_of_contents

    notes = lxml.html.fromstring(
        "<div><ol class='footnotes'><li id='fn1'>见《人民日报》2024年3月1日第一版。<a href='#ref1'>↩</a></li>"
        "<li id='fn2'>数据来自市统计局年度公报。<a href='#ref2'>↩</a></li></ol></div>"
    )
    assert tables_of_contents(notes) == []


def test_a_forum_post_body_named_message_is_the_text_not_a_flash_message():
    # Xiuno BBS prints the first post and every reply in `div.message`: trafilatura drops what its
    # class calls a message unless that would take nearly all the text, and a page of twenty short
    # replies with their names, dates and floors kept the first post from being saved: the page
    # gave no document (the Xiuno family's thread page, as the real software prints it).
    page = Path(__file__).parents[1] / "samples" / "families" / "bbs.jiangxin-xiuno.test" / "thread-1863.htm"
    (doc,) = process_page(page.read_bytes(), "http://bbs.jiangxin-xiuno.test/thread-1863.htm")
    assert paragraphs(doc)[0] == "同志们："
    assert "今冬明春，全市计划完成农田水利建设投资十二点六亿元" in doc.text
    assert "开头那段讲旱涝急转写得好" not in doc.text  # the second floor's reply


WECHAT_SPEECH = "".join(
    f"<p>{line}</p>"
    for line in (
        "同志们：",
        "再过一天就是全国消防日。今天召开全市消防安全工作会议，主要任务是分析当前消防安全形势，部署今冬明春火灾防控工作。",
        "今年以来，全市共发生火灾一千一百二十起，同比下降百分之九，没有发生较大以上火灾事故，总体形势保持平稳。",
        "要以高层建筑、大型商业综合体、人员密集场所、老旧小区为重点，开展拉网式排查，建立隐患清单，做到整改责任落实。",
        "同志们，消防安全责任重于泰山。希望大家以对人民高度负责的态度，抓好各项工作落实。谢谢大家！",
    )
)


def wechat_article(body: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>市长在全市消防安全工作会议上的讲话</title></head><body>"
        f"<h1 class='rich_media_title'>市长在全市消防安全工作会议上的讲话</h1><div id='js_content'>{body}</div>"
        "</body></html>"
    ).encode()


def test_a_wechat_article_s_follow_prompt_lead_and_photo_caption_go_before_the_speech_s_heading():
    centred = "style='text-align: center;'"
    body = (
        f"<p {centred}><span style='font-size: 14px;'>点击上方蓝字 “文丰市应急管理” 关注我们</span></p>"
        "<p>11月8日，全市消防安全工作会议召开，市长王建平出席会议并讲话。现将讲话全文分上、下两期刊发，供学习参考。</p>"
        f"<p {centred}><img data-src='https://mmbiz.example.cn/1.jpg'></p>"
        f"<p {centred}><span style='font-size: 12px;'>会议现场</span></p>"
        f"<p {centred}><strong>在全市消防安全工作会议上的讲话</strong></p>"
        f"<p {centred}>市委副书记、市长　王建平</p><p {centred}>（2024年11月8日）</p>" + WECHAT_SPEECH
    )
    (doc,) = process_page(wechat_article(body), "https://mp.weixin.qq.com/s/abc")
    assert paragraphs(doc)[0] == "同志们："
    rules = {r["rule"]: r["text"] for r in doc.removed}
    assert "（2024年11月8日）" in [r["text"] for r in doc.removed if r["rule"] == "speech_heading"]
    assert rules["image_caption"] == "会议现场"
    assert rules["follow_prompt"].startswith("点击上方蓝字")
    assert rules["preamble"].endswith("供学习参考。")


@pytest.mark.parametrize(
    "box",
    [
        "<p class='img-desc'>表彰大会现场</p>",  # 趣头条, 快资讯, UC
        "<p class='pictext' align='center'><font face='楷体'>图注：奥尔德林的圣餐杯回到了地球上</font></p>",  # 光明网
        "<span class='pic-txt'>董事长为先进个人代表颁奖</span>",  # 环球网, beside its picture
    ],
)
def test_a_box_its_class_names_a_picture_s_caption_goes_by_its_picture(box):
    picture = "<p><img src='https://img.example.cn/1.jpg'></p>"
    if box.startswith("<span"):
        picture, box = "", f"<div class='pic'><img src='https://img.example.cn/1.jpg'>{box}</div>"
    body = (
        "<p>11月8日，全市消防安全工作会议召开，市长王建平出席会议并讲话。</p>" + picture + box + WECHAT_SPEECH
    )
    (doc,) = process_page(wechat_article(body), "https://news.example.cn/a/1.html")
    caption = lxml.html.fromstring(box).text_content().strip()
    assert caption not in doc.text
    assert [r["text"] for r in doc.removed if r["rule"] == "figure_caption"] == [caption]


def test_a_box_named_a_picture_s_text_with_paragraphs_in_it_stays():
    # a picture-and-text block holding the text's paragraphs is no caption
    body = f"<div class='pic-text'><img src='https://img.example.cn/1.jpg'>{WECHAT_SPEECH}</div>"
    (doc,) = process_page(wechat_article(body), "https://news.example.cn/a/2.html")
    assert paragraphs(doc)[0] == "同志们："
    assert "figure_caption" not in {r["rule"] for r in doc.removed}


def test_a_photo_story_s_lines_under_its_pictures_are_its_text():
    centred = "style='text-align: center;'"
    lines = [f"第{n}天的清晨，营地被雾气包围，枫叶一片片落在帐篷顶上" for n in range(1, 9)]
    body = "".join(
        f"<p {centred}><img src='/{n}.jpg'></p><p {centred}>{line}</p>" for n, line in enumerate(lines)
    )
    (doc,) = process_page(wechat_article(body), "https://blog.example.tw/post/1")
    assert all(line in doc.text for line in lines)
    assert "image_caption" not in {r["rule"] for r in doc.removed}


def test_a_table_forum_s_floors_are_read_alike_when_its_first_is_marked_apart():
    # MOP's 贴贴 prints every floor as `table.tz_table`, the first as `tz_table tz_lz`: the first
    # floor's long post made it a layout table, the short replies' floors stayed a grid, and the
    # extractor took the replies for the text; read alike, the first post is the text.
    def floor(n: int, extra: str, when: str, body: str) -> str:
        return (
            f"<table width='100%' class='tz_table{extra}' id='floor_{n}'><tr>"
            f"<td width='160' class='tz_user' rowspan='2'><div class='tz_uname'><a href='/space/{n}'>网友{n}</a></div>"
            f"<div class='tz_uinfo'>猫扑ID：2093125{n}<br />等级：猫扑少校<br />MP：412<br />注册：2009-03-02</div></td>"
            f"<td class='tz_main'><div class='tz_info'><span class='tz_floor'>{n}楼</span> 发表于：{when}</div>"
            f"<div class='tz_cont'>{body}</div></td></tr><tr><td class='tz_foot'>&nbsp;</td></tr></table>"
        )

    speech = "<br />".join(SPEECH_SECTION)
    replies = [
        "沙发！",
        "楼主是街道的？写得挺实在。",
        "我妈也该去学学。",
        "收藏了，下个月用得上。",
        "顶上去让更多人看到。",
    ]
    html = (
        "<html><head><meta charset='utf-8'><title>给培训班写的结业讲话_猫扑贴贴</title></head><body>"
        "<table width='960'><tr><td class='tt_left'>"
        + floor(0, " tz_lz", "2012-10-20 20:31:05", speech)
        + "".join(floor(n, "", f"2012-10-20 21:{n:02d}:00", body) for n, body in enumerate(replies, 1))
        + "</td></tr></table></body></html>"
    )
    (doc,) = process_page(html.encode(), "http://tt.example.cn/read_14125876_1_0.html")
    assert paragraphs(doc) == list(SPEECH_SECTION)


def test_a_forum_whose_posts_are_all_named_comments_gives_its_first_post():
    # Invision Community prints a topic as `div#comments` of `article.ipsComment` posts: trafilatura
    # drops what is named a comment, and the page gave its menus and the poster's line instead
    def post(n: int, who: str, body: str) -> str:
        return (
            f"<article id='elComment_{n}' class='cPost ipsBox ipsComment ipsComment_parent'>"
            f"<aside class='ipsComment_author cAuthorPane'><h3 class='cAuthorPane_author'><a href='/profile/{n}/'>{who}</a></h3>"
            f"<ul class='cAuthorPane_info'><li data-role='group'>会员</li><li>{n * 37} 帖子</li></ul></aside>"
            f"<div id='comment-{n}_wrap' class='ipsComment_content'><div class='ipsComment_meta'>"
            f"<a href='?do=findComment&amp;comment={n}'><time datetime='2024-04-23T0{n}:00:00Z'>2024年4月23日</time></a></div>"
            f"<div data-role='commentContent' class='ipsType_normal ipsType_richText'>{body}</div></div></article>"
        )

    speech = "".join(f"<p>\n\t{line}\n</p>" for line in SPEECH_SECTION)
    html = (
        "<html><head><meta charset='utf-8'><title>在复盘会上的发言 - 读书会活动 - 书影社区</title></head><body>"
        "<nav><a href='/'>首页</a> <a href='/forums/'>论坛</a> <a href='/discover/'>所有活动</a></nav>"
        "<div class='ipsPageHeader'><h1 class='ipsType_pageTitle'>在复盘会上的发言</h1></div>"
        "<div id='comments' class='cTopic ipsClear'><div data-role='commentFeed'>"
        + post(1, "老周读书", speech)
        + post(2, "小林", "<p>写得真好，收藏了。</p>")
        + post(3, "阿梅", "<p>五年了，不容易，明年继续！</p>")
        + "</div></div><div class='ipsFooter'>Powered by Invision Community</div></body></html>"
    )
    (doc,) = process_page(html.encode(), "http://community.example.cn/topic/1523-slug/")
    assert paragraphs(doc) == list(SPEECH_SECTION)


def test_a_wiki_page_s_callout_record_dates_the_speech_when_the_page_gives_no_day():
    # BookStack (the family's page as the software prints it): the speech's record in a callout
    # over it ("讲话人：…", "时间：2024年1月18日", "地点：…"); the page's own times are relative
    # ("更新于 3 个月前") and htmldate's only find was an avatar's upload folder
    book = Path(__file__).parents[1] / "samples" / "families" / "wiki.lantu-team.test" / "books"
    page = next(book.glob("*/page/*an-quan-sheng-chan*"))
    url = "http://wiki.lantu-team.test/" + page.relative_to(book.parent).as_posix()
    (doc,) = process_page(page.read_bytes(), url)
    assert doc.published_at[:10] == "2024-01-18"
    assert "时间：2024年1月18日" in {r["text"] for r in doc.removed if r["rule"] == "field_line"}


def test_a_forum_thread_printing_its_first_post_over_every_page_is_stitched_with_it_once():
    # Xiuno BBS prints the topic's first post at the head of each page of floors; the poster's
    # second half is his own floor on page 2. Stitched as they came, the speech held its first
    # half twice (the Xiuno family's thread, its two pages as the real software prints them).
    from pipelines.page import process_pages

    family = Path(__file__).parents[1] / "samples" / "families" / "bbs.jiangxin-xiuno.test"
    pages = [
        ((family / name).read_bytes(), f"http://bbs.jiangxin-xiuno.test/{name}", None)
        for name in ("thread-1863.htm", "thread-1863-2.htm")
    ]
    (first_half,) = process_pages(pages[:1])  # page 1 alone ends on the notice: half the speech
    assert first_half.gaps == [
        {"offset": len(first_half.text), "omitted_chars": None, "kind": "part_missing"}
    ]
    (doc,) = process_pages(pages)
    assert doc.gaps == [] and "part_missing" not in doc.flags  # stitched whole
    assert doc.text.count("今天召开全市冬春农田水利基本建设动员会") == 1
    assert "这里我要特别强调一下管护问题" in doc.text  # the second half, from floor 21
    assert "接一楼" not in doc.text and "帖子太长" not in doc.text
    (repeat,) = [r for r in doc.removed if r["rule"] == "repeated_opening"]
    assert repeat["text"].startswith("同志们：\n今天召开全市冬春农田水利基本建设动员会")


FAMILIES = Path(__file__).parents[1] / "samples" / "families"


def test_a_topic_s_later_page_gives_only_the_first_poster_s_floor_that_goes_on():
    # 动网 DVBBS: the poster's first half in 楼主, nine replies, the rest in his own 第11楼 on the
    # topic's page 2 ("接着发后半部分："): stitched, the replies on both pages are not the text
    from pipelines.page import process_pages

    family = FAMILIES / "bbs.dongwang-cunzhen.test"
    url = "http://bbs.dongwang-cunzhen.test/dispbbs.asp?boardid=5&ID=3817&page=1"
    pages = [
        ((family / "dispbbs" / "5-3817-1.html").read_bytes(), url, None),
        ((family / "dispbbs" / "5-3817-2.html").read_bytes(), url + "&star=2", None),
    ]
    (doc,) = process_pages(pages)
    assert "在资金保障上，镇财政今年安排了八十万元整治专项资金" in doc.text  # page 2's floor
    assert "后半部分呢？坐等。" not in doc.text and "接着发后半部分" not in doc.text
    assert doc.published_at == "2010-04-17"  # "Post By：", not the poster's "注册：2006-9-3"
    # a blog post's page 2, its comments under it, is its text going on as any page's is
    blog = FAMILIES / "laozhou-fayangao.wordpress.test" / "2025" / "07" / "12" / "qinghe-zhiyuan-biaozhang"
    blog_url = "http://laozhou-fayangao.wordpress.test/2025/07/12/qinghe-zhiyuan-biaozhang/"
    (post,) = process_pages(
        [
            ((blog / "index.html").read_bytes(), blog_url, None),
            ((blog / "2" / "index.html").read_bytes(), blog_url + "2/", None),
        ]
    )
    assert post.text.endswith("最后，祝大家身体健康、家庭幸福！谢谢大家！")


def test_the_first_poster_going_on_in_his_own_next_floor_on_a_generic_board_is_one_text():
    # LeadBBS: 楼主 then his own 2楼 "（续一楼）" (the generic path: no layout of LeadBBS's own)
    page = FAMILIES / "bbs.leadbbs-jiaoyu.test" / "a" / "11-39607.html"
    (doc,) = process_page(page.read_bytes(), "http://bbs.leadbbs-jiaoyu.test/a/a.asp?B=11&ID=39607")
    assert "三要选好配强，优化结构" in doc.text and "四要严肃纪律，风清气正" in doc.text
    assert "续一楼" not in doc.text


def test_a_topic_whose_replies_the_extractor_took_along_is_its_first_post():
    # NGA prints every floor as a `table.postbox` with its time; trafilatura took the first post
    # and the nineteen short replies under it. The first post holds the most of that text: it is
    # the text, and its notice that the rest follows in a later floor leaves a part_missing gap
    page = FAMILIES / "bbs.nga-wanjia.test" / "read" / "38911207-1.html"
    (doc,) = process_page(page.read_bytes(), "http://bbs.nga-wanjia.test/read.php?tid=38911207")
    assert "各位选手、各位同事、朋友们：" in doc.text
    assert "收藏了，年底正好要写" not in doc.text and "楼上别急，楼主说了明天发" not in doc.text
    assert [gap["kind"] for gap in doc.gaps] == ["part_missing"]
