"""The page's own lines around a speech, told by where they stand and what they are: a closing
mark ends the text (the issuing office, date and credits after it go); a preamble announcing the
speech goes; after the last paragraph, field lines ("本文作者：…") and the paper-edition line go
(a tip jar or licence box after the text's container goes by where it stands: test_extract_structure); photo credits, forum edit notes and a document viewer's file-type and end-of-preview
lines go wherever they stand. Each is recorded in the removed pieces under its rule; the speech's
own sentences around them stay. Frozen pages in the shapes press-release sites, newspaper CMSs,
WeChat, blogs, forums and document viewers print (samples/families has one site of each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.page import process_page

URL = "http://www.example.cn/a/2024/1.html"
TITLE = "在全市招商引资大会上的讲话"
P1 = "同志们：今天我们召开全市招商引资大会，主要任务是总结去年工作，分析当前形势，部署今年任务。"
P2 = "去年以来，全市上下坚持把招商引资作为经济工作的生命线，新签约项目一百二十个，总投资八百亿元。"
P3 = "新的一年，各地各部门要强化责任担当，以更大力度抓项目、促投资，为全市高质量发展作出新的贡献。谢谢大家！"
SPEECH = f"{P1}\n\n{P2}\n\n{P3}"


def page(*blocks: str, charset: str = "utf-8") -> bytes:
    inner = "".join(blocks)
    return (
        f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>{TITLE}</title></head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        f"<div class='article'><h1>{TITLE}</h1>{inner}</div>"
        "<div class='footer'>版权所有 某某网</div></body></html>"
    ).encode(charset)


def paras(*texts: str) -> list[str]:
    return [f"<p>{t}</p>" for t in texts]


def only(body: bytes):
    docs = process_page(body, URL)
    assert len(docs) == 1
    return docs[0]


def removed(doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for piece in doc.removed:
        out.setdefault(piece["rule"], []).append(piece["text"])
    return out


@pytest.mark.parametrize(
    "mark, after",
    [
        ("完", ["2024年3月12日（星期二）", "香港时间15时30分"]),  # government press release
        ("（完）", ["青禾市人民政府新闻办公室", "2024年3月22日"]),  # news agency copy
        ("END", ["文字：王校长讲话稿整理", "往期推荐", "青禾一中"]),  # WeChat article
        ("— THE END —", ["图文：宣传部"]),
    ],
)
def test_a_closing_mark_ends_the_speech_and_the_short_lines_after_it_go(mark, after):
    doc = only(page(*paras(P1, P2, P3, mark, *after)))
    assert doc.text == SPEECH
    assert [m.replace(" ", "") for m in removed(doc)["end_marker"]] == [mark.replace(" ", "")]
    assert removed(doc)["after_closing_mark"]  # the lines no other rule took
    assert set(after) <= {piece["text"] for piece in doc.removed}


def test_a_closing_mark_followed_by_prose_ends_nothing():
    doc = only(page(*paras(P1, "完", P2, P3)))
    assert P2 in doc.text and P3 in doc.text
    assert "after_closing_mark" not in removed(doc)


@pytest.mark.parametrize(
    "preamble",
    [
        "本报讯（记者 张蕾 通讯员 刘洋）2月19日，全市招商引资大会召开。市长李明出席会议并讲话。现将讲话全文刊发如下。",
        "青禾新闻网讯 3月22日，全市招商引资大会召开，市长李明出席会议并讲话。以下为讲话全文：",
        "以下是市长李明今日（二月十九日）在全市招商引资大会上的致辞：",
    ],
)
def test_a_preamble_announcing_the_speech_goes(preamble):
    doc = only(page(*paras(preamble, P1, P2, P3)))
    assert doc.text == SPEECH
    assert removed(doc)["preamble"]


@pytest.mark.parametrize(
    "note",
    [
        "（原标题：茶和天下　共享未来——市长李明在茶文化博览会开幕式上的致辞）",  # 网易
        "原标题：市长李明在全市招商引资大会上的讲话",  # 搜狐
        "本文原题《市长在全市招商引资大会上的讲话（全文）》，转载时有删改。",  # 360doc
    ],
)
def test_the_reprinting_page_s_original_title_line_goes(note):
    doc = only(page(*paras(note, P1, P2, P3)))
    assert doc.text == SPEECH
    assert removed(doc)["original_title"] == [note.replace("\u3000", "")]  # CJK spacing collapsed


def test_a_preamble_in_traditional_characters_goes_too():
    preamble = "以下是政務司司長今日（三月十三日）在社區關愛基金頒獎典禮的致辭："
    doc = only(page(*paras(preamble, P1, P2, P3)))
    assert "致辞：" not in doc.text and "致辭：" not in doc.text
    assert removed(doc)["preamble"]


def test_a_report_announcing_its_own_content_keeps_it():
    opening = "现将有关情况报告如下："
    doc = only(page(*paras(P1, opening, P2, P3)))
    assert opening in doc.text
    assert "preamble" not in removed(doc)


@pytest.mark.parametrize(
    "edition",
    [
        "《 人民日报 》（ 2024年05月16日 第 05 版）",
        "（原载《光明日报》2024年5月16日 11版）",
        "《经济日报》2024-05-16 第3版",
    ],
)
def test_the_paper_edition_line_after_the_text_goes(edition):
    doc = only(page(*paras(P1, P2, P3, edition)))
    assert doc.text == SPEECH
    assert removed(doc)["paper_edition"]


@pytest.mark.parametrize(
    "caption",
    [
        "5月15日，全市招商引资大会在会展中心召开。图为会议现场。新华社记者 李明 摄",
        "（记者 王芳 摄）",
        "图为签约仪式现场。本报记者惠禾摄",
        "图片来源：市人社局",  # a credit alone under the picture (澎湃)
        "（图源：视觉中国）",
        "区住建委供图",
        "6月4日，2024国际友好城市合作论坛在江城开幕。（主办方供图）",  # a description, its credit in brackets
        "表彰大会现场（办公室小王摄）",
        "6月21日，毕业典礼暨学位授予仪式在体育馆举行。（图片来源：江城大学党委宣传部）",  # 快资讯's img-desc
        "图为学生在书写大赛现场。（图片来源：读者投稿）",
        "开幕式现场（摄影：何晓晴）",  # the credit labelled in brackets (国际在线, 中国军网, a school's wiki)
        "新兵们在授衔仪式上庄严宣誓。（摄影：韩　超）",
        "▲启动仪式现场，县采茶剧团演员表演传统剧目。",  # the caption mark of 腾讯 and most news apps
        "图：5月13日，大会展区内展出的新能源汽车底盘。图/视觉中国",  # ending in the agency's credit
        "视频：江城科技活动周启动 百余项科普活动走进社区校园",  # a video's title over its player
        "5月15日，研讨会现场。主办方供图",  # the credit after the description's full stop
        "科普馆里的台风体验舱。图片来源：城市气象科普馆",  # …or its labelled credit (果壳, 36氪)
        "周红梅在培训班上授课。宣讲家网 资料图",  # a file photo's credit (宣讲家网, 人民网's 资料图片)
        "（新华社资料图片）",
    ],
)
def test_a_photo_caption_with_its_credit_goes_where_it_stands(caption):
    doc = only(page(f"<p>{P1}</p><p><img src='/a.jpg'></p><p>{caption}</p>", *paras(P2, P3)))
    assert doc.text == SPEECH
    assert removed(doc)["photo_caption"]


@pytest.mark.parametrize(
    "fields, rule",
    [
        (["本文作者：老陈"], "field_line"),
        (["总监制：邹明", "审读：崔向升"], "field_line"),
        (["责任编辑："], "field_line"),  # a field the site's template left empty
        (["词条标签："], "field_line"),
    ],
)
def test_field_lines_after_the_text_go_and_the_closing_thanks_stay(fields, rule):
    doc = only(page(*paras(P1, P2, P3, *fields)))
    assert doc.text == SPEECH  # P3 ends with the speech's own "谢谢大家！"
    assert rule in removed(doc)


@pytest.mark.parametrize("field", ["会议主题：招商引资", "注释："])
def test_a_field_line_inside_the_speech_stays(field):
    doc = only(page(*paras(P1, field, P2, P3)))
    assert field in doc.text.split("\n")


@pytest.mark.parametrize(
    "lead",
    [
        "【导语】某某范文网为大家整理的《在全市招商引资大会上的讲话》，供大家参考，希望对大家有所帮助。",
        "编者按：3月1日，全市招商引资大会召开。本网今日全文刊发市长在会上的讲话，供学习参考。",
        "写在前面：这是我给领导起草的一篇讲话，已做脱敏处理，供需要的朋友参考。",
    ],  # a 范文 site's intro, a portal editor's note, a column author's preface
)
def test_a_labelled_lead_box_goes(lead):
    doc = only(page(*paras(lead, P1, P2, P3)))
    assert doc.text == SPEECH
    assert removed(doc)["summary"] == [lead]


@pytest.mark.parametrize(
    "mark",
    [
        "（全文完。码字不易，觉得有用请点个赞同～）",
        "——讲稿全文完。引用请注明出处，谢谢。",  # a blogger's, dash-led (a Traditional blog's 講稿全文完)
        "——講稿全文完。引用請註明出處，謝謝。",
    ],
)
def test_an_end_mark_with_the_posters_remark_ends_the_text(mark):
    doc = only(page(*paras(P1, P2, P3, mark)))
    assert doc.text == SPEECH
    assert removed(doc)["end_marker"]


@pytest.mark.parametrize(
    "note",
    ["本帖最后由 admin 于 2024-5-12 10:00 编辑"],  # Discuz! prints it inside the post's text
)
def test_a_forum_edit_note_goes_and_the_post_around_it_stays(note):
    doc = only(page(f"<p>{P1}</p>", f"<p>{P2}<br>{note}</p>", f"<p>{P3}</p>"))
    assert doc.text == SPEECH
    assert removed(doc)["forum_edit_note"]


def test_a_document_viewers_file_type_and_end_of_preview_lines_go():
    doc = only(
        page(
            "<h2 class='doc-title'>在全市招商引资大会上的讲话<span class='ext'>.docx</span></h2>",
            *paras(P1, P2, P3),
            "<p>全文阅读已结束，如果下载本文需要使用0下载券</p>",
        )
    )
    assert doc.text == SPEECH
    assert removed(doc)["preview_wall"]


def test_a_preview_notice_the_extractor_puts_ahead_of_the_text_cuts_at_its_end():
    # a viewer's fold box ("还剩2页未读") that a general extractor prints before the text
    doc = only(page("<p>还剩2页未读，继续阅读</p>", *paras(P1, P2, P3)))
    assert doc.text == SPEECH
    assert doc.truncated and doc.gaps[-1]["offset"] == len(SPEECH)


def test_a_wall_before_the_sites_source_line_still_truncates():
    doc = only(
        page(
            *paras(P1, P2),
            "<div class='vip_hide'><p class='hidetip'>…………此处已隐藏2386字，开通VIP会员后可阅读全文…………</p></div>",
            f"<p class='laiyuan'>本文来源于某某范文网 {URL} ，转载请保留出处，谢谢！</p>",
        )
    )
    assert doc.text == f"{P1}\n\n{P2}"
    assert doc.truncated
    assert [g["omitted_chars"] for g in doc.gaps] == [2386]


def test_a_members_download_offer_under_a_whole_text_is_no_wall():
    offer = "<div class='down_word'><a href='/member/down.php?aid=1'>下载Word文档</a>（会员专享，开通会员后可免费下载）</div>"
    doc = only(page(*paras(P1, P2, P3), offer))
    assert doc.text == SPEECH and not doc.truncated
    # the same box offering the rest of the text is one
    walled = only(page(*paras(P1, P2), "<div class='vip_tips'>本文为会员文章，开通会员即可查看全文</div>"))
    assert walled.text == f"{P1}\n\n{P2}" and walled.truncated


def test_a_channel_s_promotion_and_an_empty_box_s_label_after_the_thanks_go():
    doc = only(
        page(*paras(P1, P2, P3, "更多演讲稿精选内容推荐，请关注出国留学网演讲稿频道。", "【相关推荐】"))
    )
    assert doc.text == SPEECH
    assert removed(doc)["after_closing_thanks"] == [
        "更多演讲稿精选内容推荐，请关注出国留学网演讲稿频道。",
        "【相关推荐】",
    ]


def test_the_poster_s_advice_under_a_rule_he_drew_below_the_thanks_goes():
    # a Q&A answer: the speech, "——————", then the answerer's tips and his sign-off
    tips = "几点建议：一是开头的感谢不要太长；二是一定要讲一两件具体的事；三是上台前多念几遍。"
    sign_off = "以上，希望对你有帮助。觉得有用的话点个赞，关注我。"
    doc = only(page(*paras(P1, P2, P3, "——————", tips, sign_off)))
    assert doc.text == SPEECH
    assert removed(doc)["after_closing_thanks"] == ["——————", tips, sign_off]
    # without the rule, two lines of words after the thanks are no poster's word
    kept = only(page(*paras(P1, P2, P3, tips, sign_off)))
    assert kept.text == f"{SPEECH}\n\n{tips}\n\n{sign_off}"


@pytest.mark.parametrize(
    "line",
    [
        "共2页 1 2 下一页",  # an ESS portal's pager inside the text's box
        "[1] [2] [下一页]",
        "首页 上一页 1 2 3 下一页 尾页",
    ],
)
def test_a_pager_printed_inside_the_text_s_box_goes(line):
    doc = only(page(*paras(P1, P2, P3), f"<div class='page'>{line}</div>"))
    assert doc.text == SPEECH


@pytest.mark.parametrize(
    "before, after",
    [
        (
            "点击上方蓝字关注「笔杆子公文」，每天学一点写作干货",
            "分享、点赞、点个在看，你最好看",
        ),  # a WeChat mirror
        ("——以下为讲话全文——", "（本报记者　黄涛　整理）"),  # a blogger's rule; a paper's credit
        ("", "（发言完）"),  # a forum poster's end mark
    ],
)
def test_the_page_s_lines_around_the_speech_in_other_words_go(before, after):
    doc = only(
        page(*paras(*([before] if before else []), "同志们：", P1.removeprefix("同志们："), P2, P3, after))
    )
    assert doc.text == "\n\n".join(["同志们：", P1.removeprefix("同志们："), P2, P3])


def test_a_caption_run_into_its_photo_credit_goes():
    doc = only(page(*paras(P1, "结业式现场摄影：校办　孙伟", P2, P3)))
    assert doc.text == SPEECH


@pytest.mark.parametrize("source", ["信息来源：镇组织办", "- 资料来源：行政院"])
def test_the_information_source_field_goes(source):
    doc = only(page(*paras(P1, P2, P3, source)))
    assert doc.text == SPEECH


def test_the_poster_s_afterword_labelled_as_his_last_words_goes():
    note = "写在最后：致辞的时候不要怕哽咽，真情流露比什么都好。祝老爷子生日快乐！"
    doc = only(page(*paras(P1, P2, P3, note)))
    assert doc.text == SPEECH and note in [r["text"] for r in doc.removed]


def test_on_a_photo_story_the_captions_are_the_text_and_stay():
    captions = [
        "5月19日，在多米尼加首都圣多明各，当选总统在竞选总部发表胜选演讲，支持者挥舞国旗欢呼。新华社记者李明摄",
        "5月19日，在多米尼加首都圣多明各，当选总统在竞选总部向支持者致意，现场气氛热烈。新华社记者李明摄",
    ]
    doc = only(
        page(
            "<p>当地时间19日，多米尼加举行大选。</p>",
            *(f"<p><img src='/{i}.jpg'></p><p>{c}</p>" for i, c in enumerate(captions)),
        )
    )
    assert all(c in doc.text for c in captions)
    assert "photo_caption" not in removed(doc)


def test_a_site_s_bracketed_mark_inside_a_paragraph_goes_and_the_sentence_joins_up():
    marked = P2.replace("，新签约", "（好范文网 www.haofanwen.com 整理），新签约")
    doc = only(page(*paras(P1, marked, P3)))
    assert doc.text == SPEECH
    # (the spaces between Han and Latin went with the page's typesetting debris)
    assert [t.replace(" ", "") for t in removed(doc)["site_mark"]] == ["（好范文网www.haofanwen.com整理）"]


@pytest.mark.parametrize(
    "mark",
    [
        "39健康网(www.39.net)专稿，未经书面授权请勿转载。",  # a portal's own piece
        "“民主与科学”网站(http://www.dvscn.net)搜集整理于2002-09-25",  # an old reposting site
    ],
)
def test_a_site_s_mark_on_a_line_of_its_own_goes(mark):
    doc = only(page(*paras(P1, P2, P3, mark)))
    assert doc.text == SPEECH
    assert removed(doc)["site_mark"] == [mark]


def test_a_speech_naming_a_website_keeps_the_sentence():
    cited = "详细政策请登录市人民政府网（www.qinghe.gov.cn）查阅，全文由市政府办公室整理发布，欢迎大家监督。"
    doc = only(page(*paras(P1, P2, cited, P3)))
    assert cited in doc.text.split("\n")
    assert "site_mark" not in removed(doc)


ADDRESSED = ["同志们：", P1.removeprefix("同志们："), P2, P3]  # the address on a line of its own


@pytest.mark.parametrize(
    "note",
    [
        "今天上午团拜会老板的致辞，我起草的，老板基本没改。Word版在附件里，需要的自取。",  # a forum post
        "（年底在中心总结会上的讲话，按讲稿整理，数据已脱敏，留档备查。）",  # a blog post
        "（本文为副省长刘建华在3月21日全省春季农业生产工作会议上的讲话，有删节）",  # a news app's note
    ],
)
def test_the_poster_s_words_before_the_speech_s_address_go(note):
    doc = only(page(*paras(note, *ADDRESSED)))
    assert doc.text == "\n\n".join(ADDRESSED)
    assert removed(doc)["poster_note"] == [note]


def test_an_occasion_line_before_the_address_and_sentences_with_no_address_stay():
    occasion = "——在2024年全市招商引资大会上的讲话"
    doc = only(page(*paras(occasion, *ADDRESSED)))
    assert doc.text.split("\n\n")[:2] == [occasion, "同志们："] and "poster_note" not in removed(doc)
    opening = "今天我们召开全市招商引资大会，主要任务是总结去年工作，分析当前形势，部署今年任务。"
    doc = only(page(*paras(opening, P2, P3)))  # no address at all: the first line is the speech's
    assert doc.text.split("\n\n")[0] == opening


@pytest.mark.parametrize(
    "heading",
    [
        ["在全市招商引资大会上的讲话", "（2024年2月19日）", "市长　李明"],  # a Word document's heading
        ["（二〇二四年二月十九日）", "市委副书记、市长　李明"],  # a news portal's, its title above
    ],
)
def test_the_speech_s_own_heading_above_its_address_goes_and_names_it(heading):
    doc = only(page(*paras(*heading, *ADDRESSED)))
    assert doc.text == "\n\n".join(ADDRESSED)
    # (the title line, the page's title again, goes as a title repeat)
    assert len(removed(doc)["speech_heading"]) == len([line for line in heading if line != TITLE])
    assert doc.title == "在全市招商引资大会上的讲话"  # the heading's title, else the page's


@pytest.mark.parametrize(
    "byline",
    [
        "水利部部长　李国华",  # the e-paper's bylines
        "本报记者　孙亚慧",
        "高三（七）班班主任　周敏",  # a class's number in brackets in a teacher's role (豆丁 mobile)
    ],
)
def test_a_byline_naming_someone_by_role_and_name_above_the_address_goes(byline):
    doc = only(page(*paras(byline, *ADDRESSED)))
    assert doc.text == "\n\n".join(ADDRESSED) and removed(doc)["speech_heading"]


def test_short_lines_before_the_address_stay_without_a_date_line_or_byline_to_make_them_a_heading():
    doc = only(page(*paras("大会主旨发言", *ADDRESSED)))
    assert doc.text.split("\n\n")[:2] == ["大会主旨发言", "同志们："] and "speech_heading" not in removed(doc)


def test_the_heading_s_title_names_a_document_the_page_titles_by_its_file_name():
    file_name = "2024年全市招商引资大会讲话稿（最新）"
    body = page(*paras("在全市招商引资大会上的讲话", "（2024年2月19日）", *ADDRESSED))
    doc = only(body.replace(TITLE.encode(), file_name.encode(), 2))  # the <title> and the <h1>
    assert doc.title == "在全市招商引资大会上的讲话" and doc.text == "\n\n".join(ADDRESSED)


@pytest.mark.parametrize(
    "site_heading, title_tag, post_heading",
    [
        ("<h1>老周的博客</h1>", "在全市招商引资大会上的讲话_老周的博客_新浪博客", "h2"),  # a blog
        ("<h1>发言稿吧</h1>", "在全市招商引资大会上的讲话【发言稿吧】_百度贴吧", "h3"),  # a forum
    ],
)
def test_the_heading_the_title_tag_starts_with_names_the_page_not_the_site_s_h1(
    site_heading, title_tag, post_heading
):
    body = (
        f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>{site_heading}"
        f"<div class='post'><{post_heading}>{TITLE}</{post_heading}>{''.join(paras(P1, P2, P3))}</div></body></html>"
    )
    assert only(body.encode()).title == TITLE


@pytest.mark.parametrize(
    "note",
    [
        "（写于孩子成人礼前一晚，第二天在学校礼堂念的，念完台下好多家长都在抹眼泪。）",  # a note
        "（本文根据现场录音整理，经发言人审阅，略有删节。）",  # a blog's editing note
        "PS：会后有同事问PPT，里面都是内部数据，就不放了。",  # a postscript
    ],
)
def test_the_poster_s_note_after_the_speech_goes_and_its_last_words_stay(note):
    doc = only(page(*paras(*ADDRESSED, "谢谢大家！", note)))
    assert doc.text == "\n\n".join([*ADDRESSED, "谢谢大家！"])
    assert removed(doc)["poster_note"] == [note]


def test_a_bracketed_credit_with_no_sentence_is_no_poster_s_note():
    doc = only(page(*paras(*ADDRESSED, "（总台记者 王芳 张赛）")))
    assert "poster_note" not in removed(doc)


@pytest.mark.parametrize("label", ["往期推荐", "往期回顾", "延伸阅读", "猜你喜欢"])
def test_a_related_list_s_label_left_after_the_speech_goes(label):
    # a WeChat article (or its mirror) ends with 往期推荐 above links the extractor already took off
    doc = only(page(*paras(*ADDRESSED, "谢谢大家！", label)))
    assert doc.text == "\n\n".join([*ADDRESSED, "谢谢大家！"]) and removed(doc)["widget"] == [label]


@pytest.mark.parametrize(
    "offer",
    ["【下载本文】本文格式为Word文档，下载后可直接编辑使用", "槐荫读书会五周年发言稿（Word）下载"],
)
def test_the_page_s_offer_of_the_speech_as_a_file_after_it_goes(offer):
    doc = only(page(*paras(*ADDRESSED, "谢谢大家！", offer)))
    assert doc.text == "\n\n".join([*ADDRESSED, "谢谢大家！"]) and removed(doc)["download_offer"] == [offer]


def test_a_reprint_source_line_in_other_words_goes():
    doc = only(page(*paras("转载自：人民政协网", *ADDRESSED)))
    assert doc.text == "\n\n".join(ADDRESSED) and removed(doc)["reprint_notice"] == ["转载自：人民政协网"]


def test_a_paragraph_opening_with_wordpress_s_read_more_anchor_stays():
    # `<span id="more-N"></span>` marks where a post's excerpt ends; the paragraph it opens is text
    more = "<p><span id='more-1187'></span>今年是全面完成十四五规划目标任务的关键一年，要重点把握好以下几点。</p>"
    doc = only(page(f"<p>{P1}</p>", more, *paras(P2, P3)))
    assert "今年是全面完成十四五规划目标任务的关键一年" in doc.text


def test_a_paragraph_goes_on_after_an_empty_quote_box_behind_a_company_s_name():
    # a finance site's script-filled quote box after each listed company's name, inside the sentence
    stock = (
        "<p>首先，我代表<a class='singleStock' href='http://stockpage.example/300912/'>青禾精密</a>"
        "<span class='stockQuote' data-code='300912'></span>董事会和经营管理团队，向各位股东表示热烈欢迎！</p>"
    )
    doc = only(page(f"<p>{P1}</p>", stock, *paras(P2, P3)))
    assert "首先，我代表青禾精密董事会和经营管理团队，向各位股东表示热烈欢迎！" in doc.text


def test_a_document_library_s_file_name_title_loses_its_extension():
    body = page(*paras(*ADDRESSED)).replace(TITLE.encode(), (TITLE + ".docx").encode(), 2)
    assert only(body).title == TITLE


def test_a_wechat_account_line_and_credits_with_bars_go():
    # a 135编辑器 footer and a mirror's account card inside the copied text
    from pipelines.page import process_page

    speech = [
        "各位居民朋友：",
        "今天我们欢聚一堂，共同启动第五届邻里节，我代表街道党工委、办事处，向前来参加活动的居民朋友们表示热烈的欢迎！",
        "远亲不如近邻。邻里关系是社会关系中最基础、最日常的一种，一声问候、一次帮扶，看似平常，却能让一个小区变得温暖起来。",
        "最后，预祝本届邻里节圆满成功！谢谢大家！",
    ]
    body = (
        "<p>幸福南苑社区微信号：xfnysq 2025-05-17 20:31</p>"
        + "".join(f"<p>{line}</p>" for line in speech)
        + "<p>幸福南苑社区·微信号：xfnysq</p><p>文字 | 社区党委　编辑 | 许诺　审核 | 王芳</p>"
    )
    page = f"<html><head><meta charset='utf-8'><title>在邻里节启动仪式上的讲话</title></head><body><div id='js_content'>{body}</div></body></html>"
    (doc,) = process_page(page.encode(), "http://www.example.cn/a/20250517/1.html")
    assert doc.text == "\n\n".join(speech)
    assert {"account_line", "editor_credit"} <= {r["rule"] for r in doc.removed}


def test_a_labelled_link_line_inside_the_text_goes_but_a_linked_phrase_in_a_paragraph_stays():
    ad = "<p class='tj'>【推荐】<a href='/fanwen/47766.html'>在安全生产工作会议上的讲话稿</a></p>"
    linked = f"<p>{P2[:20]}<a href='/zhengce/1.html'>有关政策</a>{P2[20:]}</p>"
    doc = only(page(f"<p>{P1}</p>", ad, linked, f"<p>{P3}</p>"))
    assert "【推荐】" not in doc.text and "有关政策" in doc.text
    assert removed(doc)["link_only"] == ["【推荐】在安全生产工作会议上的讲话稿"]


@pytest.mark.parametrize("byline", ["【文/观察者网 陈思远】", "文丨佚名", "文｜李明"])
def test_a_byline_with_a_slash_or_bar_over_the_text_goes(byline):
    doc = only(page(f"<p>{byline}</p>", *paras(P1, P2, P3)))
    assert doc.text == SPEECH
    assert removed(doc)["byline"] == [byline.replace(" ", "")]  # recorded with CJK spacing folded


@pytest.mark.parametrize(
    "statement",
    [
        "未经正式授权严禁转载本文，侵权必究。",  # 界面新闻, after every article
        "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。",  # 中国新闻网
    ],
)
def test_a_no_reprinting_statement_after_the_text_goes(statement):
    doc = only(page(*paras(P1, P2, P3, statement)))
    assert doc.text == SPEECH
    assert removed(doc)["reprint_notice"] == [statement]


def test_a_news_lead_over_a_speech_that_greets_its_audience_goes():
    # the speech opens "各位…朋友，大家上午好！", the news site's lead and its "以下为…全文" before it
    greeting = "各位企业家朋友，大家上午好！"
    doc = only(
        page(
            *paras(
                "7月19日，2024创业者大会在杭州举行。一家企业服务公司的创始人在大会上发表了主题演讲。",
                "以下为演讲全文，经本网整理：",
                greeting,
                P2,
                P3,
            )
        )
    )
    assert doc.text == f"{greeting}\n\n{P2}\n\n{P3}"


def test_a_labelled_box_after_the_closing_thanks_goes():
    # 南方网's editor appends a fact box under the speech: its label, then one line
    doc = only(
        page(
            *paras(P1, P2, P3, "【延伸阅读】", "南沙已建成港澳青年创新创业基地12个，累计孵化项目超过700个。")
        )
    )
    assert doc.text == SPEECH
    assert removed(doc)["after_closing_thanks"] == [
        "【延伸阅读】",
        "南沙已建成港澳青年创新创业基地12个，累计孵化项目超过700个。",
    ]


def test_a_speech_s_heading_with_its_place_and_an_address_over_several_lines_go():
    # 外交部: the speech's title, the speaker, "（date，place）", then the audiences one a line
    doc = only(
        page(
            *paras(
                "在2024年新年招待会上的致辞",
                "中华人民共和国外交部长\u3000李景华",
                "（2024年1月25日，北京）",
                "尊敬的各位使节和夫人，",
                "各位国际组织代表，",
                "女士们，先生们，朋友们：",
                P2,
                P3,
            )
        )
    )
    assert doc.text == "\n\n".join(
        ["尊敬的各位使节和夫人，", "各位国际组织代表，", "女士们，先生们，朋友们：", P2, P3]
    )
    assert doc.published_at == "2024-01-25"  # the page gives no date of its own: the heading's


def test_the_page_s_title_with_the_speaker_before_the_speech_s_own_title_is_kept():
    body = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>李明在全市招商引资大会上的讲话</title></head>"
        "<body><div class='article'><h1>李明在全市招商引资大会上的讲话</h1>"
        + "".join(paras(TITLE, "（2024年2月19日）", P1, P2, P3))
        + "</div></body></html>"
    ).encode()
    assert only(body).title == "李明在全市招商引资大会上的讲话"


def test_the_page_s_title_with_the_speaker_and_a_subtitle_around_the_speech_s_own_title_is_kept():
    # 清华新闻网: the headline gives the speaker and the speech's subtitle, the text's heading only its title
    headline = f"市长李明{TITLE}：求真、担当与韧性"
    body = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{headline}</title></head>"
        f"<body><div class='article'><h1>{headline}</h1>"
        + "".join(paras("本报讯　2月19日上午，全市招商引资大会召开，市长李明出席并讲话。以下为讲话全文。"))
        + f"<p style='text-align: center;'><strong>{TITLE}</strong></p>"
        + "".join(
            paras("市长\u3000李明", "（2024年2月19日）", "同志们：", P1.removeprefix("同志们："), P2, P3)
        )
        + "</div></body></html>"
    ).encode()
    assert only(body).title == headline


@pytest.mark.parametrize("file_name", [f"2023年镇长{TITLE}.doc", f"2024年{TITLE}（最新）.docx"])
def test_a_file_name_leading_with_its_year_is_no_speaker_before_the_speech_s_own_title(file_name):
    # 蚂蚁文库, 360文库: the uploader's file name heads the page, the Word file's heading the text
    body = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{file_name}-文库</title></head>"
        f"<body><div class='article'><h1>{file_name}</h1>"
        + "".join(
            paras(
                TITLE,
                "镇长\u3000刘建国",
                "（2023年3月14日）",
                "同志们：",
                P1.removeprefix("同志们："),
                P2,
                P3,
            )
        )
        + "</div></body></html>"
    ).encode()
    assert only(body).title == TITLE


def test_a_picture_s_caption_under_the_speech_s_heading_is_no_title():
    # a university news site: heading block, photo, its caption reading like a headline, the address
    body = page(
        "<p style='text-align:center'><strong>在2024级新生开学典礼上的讲话</strong></p>",
        *paras("校长\u3000刘振华", "（2024年9月10日）"),
        "<p style='text-align:center'><img src='/u/1.jpg' width='640' height='427'></p>",
        "<p style='text-align:center'>校长刘振华在开学典礼上讲话（融媒体中心\u3000李文博\u3000摄）</p>",
        *paras("同志们：", P1.removeprefix("同志们："), P2, P3),
    )
    doc = only(body)
    assert doc.title == "在2024级新生开学典礼上的讲话"
    assert doc.text == SPEECH.replace("同志们：", "同志们：\n\n", 1)
    assert {
        "rule": "photo_caption",
        "text": "校长刘振华在开学典礼上讲话（融媒体中心李文博摄）",
    } in doc.removed


def test_a_dash_led_signature_under_the_title_is_the_speech_s_heading():
    doc = only(page(*paras("——管委会主任\u3000沈建平", "（2024年3月12日）", "各位企业家朋友：", P2, P3)))
    assert doc.text == f"各位企业家朋友：\n\n{P2}\n\n{P3}"
    assert "——管委会主任沈建平" in removed(doc)["speech_heading"]


def test_a_business_paper_s_time_line_summary_box_and_byline_over_a_speech_go():
    # 每日经济新闻: the time with the paper's name, a 摘要 box quoting the speech and breaking
    # off "……", then "每经记者 … 每经编辑 …" over the text
    doc = only(
        page(
            *paras(
                "2024-05-21 21:05:12 每日经济新闻",
                "去年以来，全市上下坚持把招商引资作为经济工作的生命线，新签约项目一百二十个……",
                "每经记者 宋钰莹\u3000每经编辑 何小桃",
                "同志们：",
                P2,
                P3,
            )
        )
    )
    assert doc.text == f"同志们：\n\n{P2}\n\n{P3}"


def test_a_talk_s_write_up_starts_at_its_text_label_after_the_note_and_the_speaker_s_bio():
    # InfoQ: "本文整理自…的演讲", 嘉宾介绍 and the bio, then "演讲正文"
    doc = only(
        page(
            *paras(
                "本文整理自李明在全市招商引资大会上的演讲。",
                "嘉宾介绍",
                "李明，市长，长期从事经济管理工作。",
                "演讲正文",
                P1,
                P2,
                P3,
            )
        )
    )
    assert doc.text == SPEECH
    assert "演讲正文" in removed(doc)["front_matter"]


@pytest.mark.parametrize(
    "disclaimer",
    [
        "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",  # 雪球, 股吧
        "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。",  # 每日经济新闻
    ],
)
def test_a_finance_site_s_disclaimer_after_the_text_goes(disclaimer):
    doc = only(page(*paras(P1, P2, P3, disclaimer)))
    assert doc.text == SPEECH


def test_a_speech_paragraph_that_mentions_scanning_a_code_stays_a_qr_box_s_words_go():
    said = "二是办“板凳课堂”。现在什么都要用手机，扫码、挂号、网上交费，很多老人不会，着急。"
    doc = only(page(*paras(P1, said, P3, "扫一扫，用手机看新闻！")))
    assert doc.text == f"{P1}\n\n{said}\n\n{P3}"


def test_a_signature_and_its_day_under_the_closing_thanks_go_a_site_s_two_line_box_is_the_evidence_s():
    doc = only(page(*paras(P1, P2, P3, "青枫社区党委书记、居委会主任许丽华", "2024年5月18日")))
    assert doc.text == SPEECH
    box = only(page(*paras(P1, P2, P3, "文库所收录内容由会员自发上传", "如有侵权请拨打客服热线")))
    assert "文库所收录内容由会员自发上传" in box.text  # left for the site's evidence (test_site_furniture)


def test_a_separator_then_the_posters_line_after_the_thanks_go():
    doc = only(page(*paras(P1, P2, P3, "——", "研修班资料汇总：t.me/huajiao_yanxiu")))
    assert doc.text == SPEECH
    assert removed(doc)["after_closing_thanks"] == ["研修班资料汇总：t.me/huajiao_yanxiu"]


@pytest.mark.parametrize(
    "notice",
    [
        "（帖子太长发不下，后半部分明天接着发在楼下。）",  # Xiuno BBS
        "（太长了论坛说超字数，剩下的明天发在后面楼层）",  # NGA
        "未完，见楼下",
        "接一楼，后半部分：",
        "接上，下半部分：",
        "接着发后半部分：",  # 动网
        "（续一楼）",  # LeadBBS
        "（续）",  # 西祠
        "（接楼主，讲话后半部分）",  # 中华网论坛: the poster's later floor goes on from his first
        "（下转A2版）",  # a printed paper's jump lines (澳門日報, a 方正 city paper)
        "（上接第1版）",
    ],
)
def test_a_forum_poster_s_note_that_the_text_goes_on_in_another_floor_goes(notice):
    # A board's length limit splits a long speech over the poster's floors; the floors' notes
    # that it goes on are the poster's, not the speech's, wherever they stand once stitched.
    doc = only(page(*paras(P1, P2, notice, P3)))
    assert doc.text == SPEECH
    assert {"rule": "pager_notice", "text": notice} in doc.removed


def test_a_speech_line_that_starts_with_jie_shang_stays():
    line = "接上级通知，我们今天召开全市招商引资推进会，各县区、各部门主要负责同志参加会议。"
    doc = only(page(*paras(P1, line, P2, P3)))
    assert line in doc.text


@pytest.mark.parametrize(
    "notice", ["（未完待续）", "（未完，请看下一页）", "（帖子太长发不下，后半部分明天接着发在楼下。）"]
)
def test_a_text_ending_on_a_notice_that_it_goes_on_elsewhere_says_a_part_is_missing(notice):
    # What was archived is not the whole: the rest is on a page, part or floor this page only
    # names. The document says so (a gap where it stops, a flag) until the rest is stitched on.
    doc = only(page(*paras(P1, P2, P3, notice)))
    assert doc.text == SPEECH
    assert doc.gaps == [{"offset": len(doc.text), "omitted_chars": None, "kind": "part_missing"}]
    assert "part_missing" in doc.flags and not doc.complete


def test_a_notice_that_a_part_goes_on_inside_the_text_leaves_no_gap():
    doc = only(page(*paras(P1, P2, "（未完待续）", P3)))
    assert doc.text == SPEECH and doc.gaps == [] and "part_missing" not in doc.flags


def test_a_block_running_paragraphs_together_is_split_at_their_indents():
    # a page that lost its line breaks keeps the paragraphs' two full-width spaces
    doc = only(page(f"<div>{P1}\u3000\u3000{P2}　\u3000\u3000{P3}</div>"))
    assert doc.text == SPEECH


def test_a_journal_database_s_record_and_text_snapshot_give_the_snapshot_truncated():
    # 知网空间 prints the record's fields as "【name】value" lines and, for guests, a snapshot of
    # the text run together by its indents, cut off mid-sentence
    cut = P3[:30]
    doc = only(
        page(
            "<div>【机构】江南省人民政府；</div><div>【出版日期】2024-03-10</div><div>【DOI】</div>",
            f"<div>【正文快照】：同志们：\u3000\u3000{P2}\u3000\u3000{cut}</div>",
        )
    )
    assert doc.text == f"同志们：\n\n{P2}\n\n{cut}"
    assert doc.truncated and [g["kind"] for g in doc.gaps] == ["truncation"]
    assert doc.gaps[0]["offset"] == len(doc.text)
    assert {r["rule"] for r in doc.removed} >= {"field_line", "preview_label"}


def test_a_news_lead_announcing_the_speech_in_full_goes_and_so_does_the_report_after_its_thanks():
    # a press release: the event, then "…致辞全文如下：", the speech, then what followed it;
    # in Traditional script as Taiwan's government prints it (謝謝大家 ends the speech as 谢谢大家)
    lead = "總統今（18）日上午出席頒獎典禮，恭喜得獎學生，也感謝指導老師及家長的支持。總統致詞全文如下："
    after = "典禮結束後，總統並頒發大會獎，並與得獎學生合影留念。包括教育部部長等人也出席。"
    body = "".join(
        f"<p>{t}</p>"
        for t in (
            lead,
            "今天非常高興來到這裡，參加頒獎典禮，恭喜所有得獎的同學。",
            "希望同學們保持對科學的熱情，勇於提問、不怕失敗。",
            "謝謝大家。",
            after,
        )
    )
    doc = only(page(body))
    assert doc.text.startswith("今天非常高兴来到这里") and doc.text.endswith("谢谢大家。")
    assert {"preamble", "after_closing_thanks"} <= {r["rule"] for r in doc.removed}


def test_a_blog_s_info_bar_of_fields_and_counters_goes():
    doc = only(page(*paras("(分类:默认分类)阅读(356)评论(3)", P1, P2, P3)))
    assert doc.text == SPEECH
    assert {"rule": "meta_line", "text": "(分类:默认分类)阅读(356)评论(3)"} in doc.removed


@pytest.mark.parametrize(
    "line, rule",
    [
        ("满意回答提问者采纳", "answer_badge"),  # 搜狗问问
        ("最佳回答", "answer_badge"),  # 爱问知识人
        ("已采纳", "answer_badge"),  # 思否
        ("本文来自第一范文网", "site_mark"),
        ("（本文来自中国教育文摘 www.eduzhai.net ）", "site_mark"),
        ("本文来自微信公众号", "site_mark"),
    ],
)
def test_a_q_and_a_badge_and_a_site_s_came_from_us_line_go_wherever_they_stand(line, rule):
    doc = only(page(*paras(P1, line, P2, P3)))
    assert doc.text == SPEECH
    assert {"rule": rule, "text": line.replace(" ", "")} in doc.removed  # spaces beside Han folded


@pytest.mark.parametrize(
    "mark",
    [
        "内容来自淘豆网www.taodou-doc.test转载请标明出处.",  # a document library's last line
        "本文来自好范文网，转载请注明出处：http://www.haofanwen.test/a/1.html",
    ],
)
def test_a_site_s_line_asking_to_name_it_when_copying_goes_and_the_speech_stays(mark):
    doc = only(page(*paras(P1, P2, P3, mark)))
    assert doc.text == SPEECH
    assert [mark.rstrip(".")] == [text.rstrip(".") for text in removed(doc).get("injected_source", [])]


@pytest.mark.parametrize(
    "headline, title",
    [
        (f"全文｜{TITLE}", TITLE),  # a news app's label before the bar
        (f"“以更大力度抓项目促投资”｜{TITLE}", TITLE),  # a quotation from the speech
        (f"致辞全文｜市委书记：{TITLE}", TITLE),  # the speaker named before a colon
        (f"讲话全文丨市长周立新：{TITLE}", TITLE),  # a WeChat account's bar, the CJK stroke 丨
        ("全文｜全市招商引资工作综述", "全文｜全市招商引资工作综述"),  # no speech's title after the bar
    ],
)
def test_a_headline_s_label_before_a_full_width_bar_is_no_part_of_the_speech_s_title(headline, title):
    body = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{headline}</title></head>"
        f"<body><div class='article'><h1>{headline}</h1>"
        + "".join(paras(P1, P2, P3))
        + "</div></body></html>"
    ).encode()
    assert only(body).title == title


def test_a_news_app_s_bracketed_credit_lines_under_the_text_go():
    # 南方+ prints "【作者】 …", "【来源】 …", "【编辑】 …" under the last paragraph
    doc = only(page(*paras(P1, P2, P3, "【作者】 南方+记者 冯晓东 通讯员 邓文婷", "【编辑】 陈嘉欣")))
    assert doc.text == SPEECH
    assert removed(doc)["field_line"] == [
        "【作者】南方+记者冯晓东通讯员邓文婷",
        "【编辑】陈嘉欣",
    ]  # (CJK spaces folded)


@pytest.mark.parametrize("mark", ["[转载]", "【转载】", "[转]"])
def test_a_blog_platform_s_repost_mark_is_no_part_of_the_title(mark):
    body = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{mark}{TITLE}_老赵_新浪博客</title></head>"
        f"<body><div class='article'><h2>{mark}{TITLE}</h2>"
        + "".join(paras(P1, P2, P3))
        + "</div></body></html>"
    ).encode()
    assert only(body).title == TITLE


def test_a_cms_post_s_file_block_and_other_language_link_after_the_text_go():
    # a WordPress post (the CMS's own content area): a file block and the Portuguese version's
    # link after the last paragraph are lines of links, as on the generic path
    body = (
        "<!DOCTYPE html><html lang='zh-Hant'><head><meta charset='utf-8'><title>致辭</title></head>"
        "<body class='post-template-default single single-post'><article class='post'>"
        f"<h1 class='entry-title'>{TITLE}</h1><div class='entry-content'>"
        + "".join(paras(P1, P2, P3))
        + "<div class='wp-block-file'><a href='/wp-content/uploads/2024/12/zhici.pdf'>致辭全文（PDF）</a>"
        "（186 KB）<a href='/wp-content/uploads/2024/12/zhici.pdf' class='wp-block-file__button' download>下載</a></div>"
        "<p class='pt-version'><a href='/pt/discursos/zhici/' lang='pt-pt'>Versão portuguesa</a></p>"
        "</div></article></body></html>"
    ).encode()
    doc = only(body)
    assert doc.text == SPEECH
    assert removed(doc)["link_only"] == ["致辭全文（PDF）（186 KB）下載", "Versão portuguesa"]


def test_a_card_that_is_one_link_around_blocks_over_the_text_goes():
    # a course page's card to its column (the 小鹅通 family): one <a> around a title and a price,
    # read as two lines, each the text of that link
    family = Path(__file__).parents[1] / "samples" / "families" / "appyq7k2m9x4516.h5.xiaoe-yunqiao-like.test"
    body = (family / "p" / "course" / "text" / "i_661f3a27e4b0d5c4b3a29180").read_bytes()
    (doc,) = process_page(
        body, "http://appyq7k2m9x4516.h5.xiaoe-yunqiao-like.test/p/course/text/i_661f3a27e4b0d5c4b3a29180"
    )
    assert doc.text.startswith("同志们：")
    assert "乡村振兴干部课堂" not in doc.text and "29.90" not in doc.text
    assert "乡村振兴干部课堂：村级集体经济怎么干" in removed(doc)["link_only"]
