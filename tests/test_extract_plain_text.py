"""Messages typed as plain text and printed in `<pre>`: a mail archive's (pipermail) and a text BBS's
web view (FireBird's `bbscon`). Their paragraphs are hard-wrapped at the client's width, a header
(发信人 / 标  题 / 发信站) may stand above the text and a signature after "--". Frozen pages in
those shapes; the expected speech out."""

from __future__ import annotations

from pipelines.page import process_page
from pipelines.preformatted import wrapped_line_ends

ADDRESS = "同志们："
P1 = (
    "今天召开全县安全生产工作会议，主要任务是总结上半年安全生产工作，分析当前面临的形势，"
    "部署下半年重点任务。刚才，几个单位作了交流发言，讲得都很好，我都同意。"
)
P2 = (
    "上半年，全县安全生产形势总体平稳，事故起数和死亡人数实现双下降。但是我们也要清醒地看到，"
    "一些行业领域的隐患依然突出，个别企业主体责任落实不到位，安全监管还有薄弱环节，丝毫不能松懈。"
)
P3 = "同志们，安全生产责任重于泰山。让我们以更加务实的作风，把各项工作抓紧抓实抓细。谢谢大家！"


def wrap(paragraph: str, width: int = 36) -> str:
    """A paragraph as a mail client wraps it: `width` characters a line."""
    return "\n".join(paragraph[i : i + width] for i in range(0, len(paragraph), width))


def only(body: bytes, url: str):
    docs = process_page(body, url)
    assert len(docs) == 1
    return docs[0]


def bbs_page(pre: str) -> bytes:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "<title>清源站 -- 文章阅读</title></head><body><center>"
        '<font class="title">清源站 - 文章阅读</font>[讨论区: <a href="bbsdoc?board=Physics">Physics</a>]<hr>'
        f'<table width="610" border="1"><tr><td><pre>{pre}</pre></td></tr></table><hr>'
        '[<a href="bbsfwd?board=Physics">转寄/推荐</a>][<a href="bbsdoc?board=Physics">本讨论区</a>]'
        "</center></body></html>"
    ).encode("gbk")


def test_a_bbs_message_is_read_as_paragraphs_without_its_header_and_signature():
    pre = (
        '发信人: <a href="bbsqry?userid=qiuyun">qiuyun</a> (秋云), 信区: Physics\n'
        "标  题: 在全县安全生产工作会议上的讲话\n"
        "发信站: 清源站 (Fri Jun 28 21:14:05 2024), 站内\n\n"
        f"{ADDRESS}\n{wrap(P1, 38)}\n{wrap(P2, 38)}\n{wrap(P3, 38)}\n\n--\n"
        '<font class="c36">    ☆ 世上本没有路，走的人多了，也便成了路 ☆</font>\n'
        '<font class="c31">※ 来源:·清源站 bbs.qingyuan.test·[FROM: 166.111.69.*]</font>\n'
    )
    doc = only(bbs_page(pre), "http://bbs.qingyuan.test/bbscon?board=Physics&file=M.1719580445.A&num=1187")
    assert doc.text == f"{ADDRESS}\n\n{P1}\n\n{P2}\n\n{P3}"
    rules = {piece["rule"] for piece in doc.removed}
    assert {"message_header", "signature"} <= rules


def test_a_mail_archive_s_wrapped_message_loses_the_list_footer_after_the_signature():
    page = (
        "<html><head><title> [通讯] 讲话</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        "<h1>[通讯] 在全县安全生产工作会议上的讲话</h1><b>秘书处</b><br><i>Sat Dec 14 18:22:05 CST 2024</i>"
        "<hr><!--beginarticle-->\n"
        f"<pre>{ADDRESS}\n{wrap(P1)}\n\n{wrap(P2)}\n\n{wrap(P3)}\n\n-- \n省协会秘书处\n"
        "_______________________________________________\ntongxun mailing list\n</pre>"
        "<!--endarticle--><hr></body></html>"
    ).encode()
    doc = only(page, "http://lists.xiehui.test/pipermail/tongxun/2024-December/000118.html")
    assert doc.text == f"{ADDRESS}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_a_message_posted_from_the_web_one_line_a_paragraph_keeps_its_lines():
    # Paragraphs of different lengths, none broken: no width is shared by enough lines to be a client's.
    text = f"{ADDRESS}\n{P1}\n{P2}\n{P3}\n短的一行。\n"
    assert wrapped_line_ends(text) == set()


def test_a_wrapped_line_is_joined_to_the_next_but_never_to_an_indented_or_quoted_line():
    lines = [wrap(P1, 20), wrap("　　" + P2, 20), "> " + P3[:18]]
    text = "\n".join(lines)
    ends = wrapped_line_ends(text)
    split = text.split("\n")
    assert ends  # P1's and P2's own breaks
    for i in ends:
        assert not split[i + 1].startswith(("　", ">"))


def test_a_bbs_thread_page_is_its_first_message_not_the_replies_after_it():
    first = f"发信人: qiuyun (秋云), 信区: Physics\n标  题: 讲话\n发信站: 清源站 (Fri Jun 28 21:14:05 2024), 站内\n\n{ADDRESS}\n{P1}\n{P2}\n{P3}\n\n--\n※ 来源:·清源站·[FROM: 166.111.69.*]\n"
    reply = "发信人: laohei (老黑), 信区: Physics\n标  题: Re: 讲话\n发信站: 清源站 (Sat Jun 29 09:26:02 2024), 站内\n\nmark，明年给学弟学妹看\n【 在 qiuyun (秋云) 的大作中提到: 】\n: 同志们：\n"
    page = bbs_page(first).replace(
        b"</pre></td></tr></table>",
        b"</pre></td></tr></table><table><tr><td><pre>" + reply.encode("gbk") + b"</pre></td></tr></table>",
    )
    doc = only(page, "http://bbs.qingyuan.test/bbstcon?board=Physics&file=M.1719580445.A")
    assert doc.text == f"{ADDRESS}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_a_speech_forwarded_with_the_forwarder_s_own_address_and_note_starts_at_its_own_address():
    note = (
        "各位会员：\n十月十九日，协会举办老会员座谈会。现将周立言老师的发言整理稿发给大家，已经本人审阅。\n"
    )
    heading = "在老会员座谈会上的发言\n周立言（省翻译协会荣誉理事）\n"
    page = (
        "<html><head><title> [通讯] 在老会员座谈会上的发言</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f"<h1>[通讯] 在老会员座谈会上的发言</h1><hr><pre>{note}{heading}各位前辈，各位同仁：\n{P1}\n\n{P2}\n\n{P3}\n</pre></body></html>"
    ).encode()
    doc = only(page, "http://lists.xiehui.test/pipermail/tongxun/2024-October/000113.html")
    assert doc.text == f"各位前辈，各位同仁：\n\n{P1}\n\n{P2}\n\n{P3}"
    assert doc.title == "在老会员座谈会上的发言"


def test_a_document_viewer_s_text_layer_one_wrapped_line_a_block_is_read_as_paragraphs():
    # a reader printing each line of the page as its own positioned block (百度文库's 2023 reader,
    # pdf2htmlEX): 36 characters a line, each paragraph's first line indented by two characters
    def layer(paragraph: str) -> str:
        lines = wrap("\u3000\u3000" + paragraph).split("\n")
        return "".join(
            f"<div class='reader-word-layer' style='top:{k}px'>{line}</div>" for k, line in enumerate(lines)
        )

    body = (
        "<html><head><meta charset='utf-8'><title>在全县安全生产工作会议上的讲话 - 文库</title></head><body>"
        "<h1>在全县安全生产工作会议上的讲话</h1><div class='reader-page'>"
        f"<div class='reader-word-layer'>{ADDRESS}</div>{layer(P1)}{layer(P2)}{layer(P3)}</div></body></html>"
    ).encode()
    doc = only(body, "http://wenku.example.cn/view/1.html")
    assert doc.text.split("\n\n") == [ADDRESS, P1, P2, P3]


def test_paragraphs_that_happen_to_be_of_one_length_are_not_joined():
    from pipelines.preformatted import join_wrapped_blocks

    paragraphs = [P1[:60] + str(k) * 125 for k in range(5)]  # five of 185 characters: no line width
    assert join_wrapped_blocks(paragraphs) == paragraphs
