"""The boilerplate Chinese template and portal sites put *inside* the content area, as patterns.

Patterns are written once in Simplified script; `folded()` widens every Han character to its
Traditional variants (OpenCC s2t/s2tw/s2hk), so the same rule catches a zh-Hant mirror's
`以下是為您推薦的…歡迎閱讀參考` without converting the page first. Profiles add only site specifics.

Scopes: `HEAD_LINES` only near the start of the content, `TAIL_LINES` peeled off the end, `LINES`
anywhere (each line is matched whole and kept short, so a real paragraph is never taken).
"""

from __future__ import annotations

import functools
import re

# --- character classes (the one definition every step uses) ---------------------------------
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # CJK Ext. A, Unified, Compatibility
HAN_CLASS = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in HAN_RANGES)
HAN = re.compile(f"[{HAN_CLASS}]")
NOT_HAN = re.compile(f"[^{HAN_CLASS}]+")
# Han plus CJK punctuation, kana, full-width forms: what a space next to is typesetting debris.
CJK = r"\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2010-\u206f\u00b7"


def han_count(text: str) -> int:
    """How many Han characters (HAN) `text` holds: what is left once the rest is cut out, four
    times faster than listing every match (this runs on every speech and many lines)."""
    return len(NOT_HAN.sub("", text))


@functools.lru_cache(maxsize=1)
def _variant_converters():
    import opencc

    return [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]


def _variants(char: str) -> str:
    out = [char]
    for conv in _variant_converters():
        v = conv.convert(char)
        if len(v) == 1 and v not in out:
            out.append(v)
    return "".join(out)


def folded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile `pattern` so each Han character also matches its Traditional forms."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif HAN.match(ch):
            v = _variants(ch)
            out.append(v if in_class or len(v) == 1 else f"[{v}]")
        else:
            out.append(ch)
    return re.compile("".join(out), flags)


# The badges Q&A software prints over the answer it shows as the best (百度知道's "满意回答" and
# "提问者采纳", 搜狗问问's "最佳回答", 思否's "已采纳"): a noise line of their own (answer_badge below) and
# what marks an answer's header (pipelines/answer_dates.py).
ANSWER_BADGE_WORDS = (
    "满意回答",
    "最佳回答",
    "最佳答案",
    "推荐答案",
    "优质回答",
    "提问者采纳",
    "已采纳",
    "采纳答案",
)


def folded_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word in every script its characters are written in ("续见" and "續見"), for the string
    tests that run before a folded pattern (an XPath `contains`)."""
    out: list[str] = []
    for word in words:
        forms = [""]
        for ch in word:
            forms = [form + v for form in forms for v in (_variants(ch) if HAN.match(ch) else ch)]
        out.extend(form for form in forms if form not in out)
    return tuple(out)


LP, RP = r"[(（]", r"[)）]"
COLON = r"\s*[:：]"
ELLIPSIS = r"(?:…|\.{3}|。{3})+"

# "……(新文秘网http://www.wm114.cn省略700字,正式会员可完整阅读)……": a members-only elision.
PAYWALL_NOTICE = folded(
    rf"(?:{ELLIPSIS})?[ \t]*{LP}[^()（）\n]{{0,80}}?省略\s*(?P<omitted>\d+)\s*(?:个)?字[^()（）\n]{{0,80}}{RP}[ \t]*(?:{ELLIPSIS})?"
)
# "……(未完,全文共2026字,当前仅显示872字,请阅读下面提示信息。收藏《…》)" (may span a <br>).
TRUNCATION_NOTICE = folded(
    rf"(?:{ELLIPSIS})?\s*{LP}\s*未完[^()（）]{{0,10}}?全文共\s*(?P<declared>\d+)\s*字"
    rf"(?:[^()（）《]|《[^》\n]{{0,120}}》){{0,200}}{RP}"
)
# "目录/提纲:……<br>first words<br>……": the site's outline teaser, not the speech.
OUTLINE = folded(
    rf"(?m)^\x01?[ \t]*(?:目录\s*/\s*提纲|提纲\s*/\s*目录|目录|提纲){COLON}\s*{ELLIPSIS}[\s\S]{{0,400}}?\n[ \t]*{ELLIPSIS}[ \t]*$"
)
# "(全文结束)", "(完)", "(全文完)", "（全文完。码字不易，觉得有用请点个赞同～）" (the mark with
# the poster's remark in the same brackets): the end of text, followed only by generator or site tails.
END_MARKER = folded(
    rf"{LP}\s*(?:全文(?:结束|完)|完|全文终|本文结束|正文结束|(?:发言|讲话|致辞|演讲)(?:完毕|完|结束))\s*(?:[。，,.！!]\s*[^()（）\n]{{0,40}})?{RP}"
    rf"|[-—]{{2,}}\s*(?:全文完|完)\s*[-—]{{2,}}"
    # …or a dash, then the mark and the poster's remark to the end of the line: "——讲稿全文完。引用请注明出处，谢谢。"
    rf"|[-—]{{1,2}}\s*(?:讲稿|讲话稿?|致辞稿?|发言稿?|演讲稿?|正文)?全文(?:完|结束)(?:[。，,.！!]\s*[^\n]{{0,40}})?$"
)

# A line that is only a closing mark: "完", "END", "-END-", "— THE END —", "（完）", "【全文完】".
# After it the speech is over; what follows on the page (issuing office, date line, credits) is
# not the speech.
CLOSING_MARK_LINE = folded(
    rf"^(?:[-—–=_~·•\s]*(?:THE\s+)?END[-—–=_~·•\s]*|[-—–\s]*(?:{LP}|[【\[])?\s*(?:全文)?(?:完|终)\s*(?:{RP}|[】\]])?[-—–\s]*)$",
    re.IGNORECASE,
)
# A newspaper or news-agency preamble announcing the speech that follows: "本报讯（记者…）…现将讲话
# 全文刊发如下。", "…网讯 3月22日…以下为讲话全文：", "以下是行政长官…今日（三月十二日）在…的致辞：".
# Only the announcing line goes; a report's own "现将有关情况报告如下：" is not a speech announced.
SPEECH_PREAMBLE = folded(
    r"^[^\n]{0,200}?(?:以下是|以下为|现将|现把|兹将)[^\n]{0,80}?(?:讲话|致辞|发言|演讲|演说|讲稿|贺词|致词)"
    r"(?:全文|原文|摘要|摘登)?(?:[^\n。，,]{0,10}?(?:刊发|刊登|发布|播发|摘登|刊载))?(?:如下)?"
    # …and who it is for: "现将讲话全文分上、下两期刊发，供学习参考。"
    r"(?:[，,]\s*供[^\n。，,]{0,12}(?:参考|学习|参阅))?\s*[:：。]?$"
    # …or a news lead ending on it: "…出席颁奖典礼并致辞。致辞全文如下：", "…总统致词全文如下："
    r"|^[^\n]{0,300}?(?:讲话|致辞|致词|发言|演讲|演说|讲稿|贺词)(?:全文|原文)如下\s*[:：]$"
)
# The paper-edition line under a reprinted article: "《 人民日报 》（ 2024年05月16日 第 05 版）",
# "（原载《光明日报》2024年5月16日 11版）", "《经济日报》2024-05-16 第3版".
PAPER_EDITION = folded(
    r"^[(（]?\s*(?:原载|刊于|载于|来源[:：])?\s*《[^》\n]{1,20}》\s*[(（]?\s*"
    r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*(?:第\s*)?[0-9０-９]{1,3}\s*版\s*[)）]?\s*[)）]?$"
)
# A photo caption under its credit: "…图为开幕式现场。新华社记者李明摄", "（记者 王芳 摄）".
PHOTO_CREDIT = folded(
    r"^[^\n]{0,240}?(?:新华社|中新社|本报|本网)?(?:记者|通讯员|特约摄影|摄影记者|摄影)\s*"
    r"[\u4e00-\u9fff]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff]{2,4})*\s*摄\s*[)）]?$"
    # or a credit line alone under a picture: "图片来源：市人社局", "（图源：视觉中国）", "区住建委供图"
    r"|^[(（]?\s*(?:图片来源|图片|图源|配图|摄影|图)\s*[:：丨|]\s*[^。！？!?\n]{1,30}[)）]?$"
    r"|^[(（]?\s*[^。！？!?，,\s\n]{2,16}供图\s*[)）]?$"
    # …or a file photo's: "新华社资料图", "（资料图片）", "…在培训班上授课。宣讲家网 资料图"
    r"|^[^\n]{0,240}?[^。！？!?，,\s\n]{0,12}\s*资料(?:图片?|照片)\s*[)）]?$"
    # a picture's or a video's description ending in its credit in brackets: "…在江城开幕。（主办方供图）",
    # "表彰大会现场（办公室小王摄）", "…乡村医生（县卫健局宣传科 供图）", "…在体育馆举行。（图片来源：…）"
    r"|^[^\n]{0,240}?[(（][^()（）。！？!?\n]{1,24}?(?:摄|拍摄|摄影|供图)\s*[)）]$"
    # …or its credit labelled in brackets: "开幕式现场（摄影：何晓晴）", "…接过校旗（摄影：宣传办 王晓）"
    r"|^[^\n]{0,240}?[(（]\s*(?:图片来源|图源|摄影|图片)\s*[:：][^()（）。！？!?\n]{1,24}[)）]$"
    # a video's title over its player: "视频：江城科技活动周启动 百余项科普活动走进社区校园"
    r"|^视频\s*[:：]\s*[^。！？!?\n]{1,60}$"
    # a description, then its credit after the full stop: "5月15日，研讨会现场。主办方供图",
    # "科普馆里的台风体验舱。图片来源：城市气象科普馆" (果壳), "演讲现场。图片来源：主办方供图" (36氪)
    r"|^[^\n]{0,200}?[。，,]\s*[^。！？!?，,\s\n]{2,16}供图$"
    r"|^[^\n]{0,200}?[。，,]\s*(?:图片来源|图源|摄影)\s*[:：]\s*[^。！？!?\n]{1,30}$"
    # …or right after a short description, with no stop between: "结业式现场摄影：校办 孙伟"
    r"|^[^\n。！？!?，,]{2,30}?(?:图片来源|图源|摄影)\s*[:：]\s*[^。！？!?，,\n]{1,20}$"
    # a caption marked as one ("▲启动仪式现场，…", 腾讯's and most news apps' mark under a picture)
    r"|^[▲△]\s*[^\n]{1,160}$"
    # a description ending in its picture agency's credit: "…新能源汽车底盘。图/视觉中国", "…图｜新华社"
    r"|^[^\n]{0,200}?(?:图|图片|摄影)\s*[/／|｜]\s*[^。！？!?\s\n]{2,12}$"
)
# A "label: value" field with no sentence in it ("本文作者：老陈", "文字：…整理", "审核：陈斌"), or
# a label whose field the site left empty ("责任编辑："): after the text ends it is the page's
# metadata, never a speech's last words (those are sentences).
# …or "【name】value" (南方+'s "【作者】 南方+记者 冯晓东", "【编辑】 陈嘉欣" under its text), as
# clean.FIELD_LINE reads a record over the text (知网空间)
FIELD_LINE = re.compile(
    rf"^[{HAN_CLASS}]{{2,6}}\s*[:：]\s*[^。！？!?，,；;：:\n]{{0,30}}$"
    rf"|^【[{HAN_CLASS}]{{2,6}}】\s*[:：]?\s*[^\s。！？!?，,；;：:][^。！？!?，,；;：:\n]{{0,29}}$"  # (a value: "【相关推荐】" alone is a box's label)
)
# Template intros in their many wordings: "下面是小编为大家整理的…,供大家参考。",
# "以下是为您推荐的《…》,希望能对您的工作、学习、生活有帮助,欢迎阅读参考!", …
INTRO = folded(
    r"^(?:下面|以下|这)(?:是|为|里是|篇)?[^\n]{0,24}?(?:小编|本站|我们|为您|为你|为大家|给大家)[^\n]{0,120}?"
    r"(?:整理|推荐|收集|精选|分享|带来|准备|搜集|编辑)[^\n]{0,160}?"
    r"(?:参考|借鉴|阅读|帮助|收藏|喜欢|欣赏|学习)[^\n]{0,20}$"
)
# The label of a lead box standing before the text, written by the site, its editor or the
# poster, not the speaker: a 范文 site's 【导语】, a portal's 编者按：, a column's 写在前面：.
LEAD_LABELS = "导读|导语|摘要|内容提要|简介|编者按|编者的话|写在前面"
# A speech's address to its audience, on a line of its own: "同志们：", "尊敬的各位领导、各位来宾：",
# or with its greeting, "各位创业者朋友，大家上午好！".
SALUTATION = folded(
    r"^[^。！？!?\n]{0,40}?(?:同志们|各位|朋友们|老师们|同学们|领导|来宾|家长|女士们|先生们|亲爱的|代表们|战友们)"
    r"[^。！？!?\n]{0,40}(?:[:：]|[，,]\s*大家(?:早上|上午|中午|下午|晚上)?好[！!。]?)$"
)
# The first line of an address run over several lines, each audience on its own and the last one
# ending with the colon: "尊敬的各位使节和夫人，" / "各位国际组织代表，" / "女士们，先生们，朋友们：".
SALUTATION_OPENING = folded(r"^(?:尊敬的|各位|亲爱的)[^。！？!?:：\n]{1,40}[，,]$")
# A speech's own heading above its address, as a Word document or a paper prints it: a date line
# ("（2024年4月17日）", "二〇二四年四月十七日") and the speaker ("副省长　周建华", "县委副书记、县长
# 赵明远"), with the speech's title above them. A date line, or a byline naming someone by role
# and name (ROLE_AND_NAME_LINE), is what tells a heading from the speech's first words.
HEADING_DATE_LINE = folded(
    rf"^{LP}?\s*(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    rf"|[〇零一二三四五六七八九]{{4}}年[一二三四五六七八九十]{{1,3}}月[一二三四五六七八九十]{{1,3}}日)\s*{RP}?$"
    # with the place or the occasion in its brackets: "（2024年1月25日，北京）", "（2024年5月4日，根据录音整理）"
    rf"|^{LP}\s*\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*[，,、]\s*[^()（）\n]{{1,30}}{RP}$"
    # a dash-led dateline with the speaker, under the title: "——2025年1月18日 协会主席 李慕白"
    rf"|^[—–-]{{1,2}}\s*\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?:\s*[{HAN_CLASS}、·\s]{{2,20}})?$"
)
HEADING_SPEAKER_LINE = re.compile(rf"^[{HAN_CLASS}、·•\s]{{2,30}}$")
# A byline naming the speaker or the reporter by role and name ("水利部部长　李国华", "本报记者
# 孙亚慧", "县委副书记、县长　赵明远"): a heading on its own, with no date line.
ROLE_AND_NAME_LINE = folded(  # dash-led as a signature line under the title: "——管委会主任　沈建平"
    # (a class's number in brackets is part of a teacher's role: "高三（七）班班主任　周敏")
    rf"^(?:[—–-]{{1,2}}\s*)?(?:[{HAN_CLASS}、·•\s]|[（(][一二三四五六七八九十\d]{{1,3}}[）)]){{0,20}}?"
    rf"(?:长|书记|主任|委员|记者|代表|主席|经理|教授|院士|干部|通讯员)"
    rf"\s*[{HAN_CLASS}]{{2,4}}$"
)
# The same byline name first, the role in brackets: "周立言（省翻译协会荣誉理事）", "王敏（市教育局局长）".
NAME_AND_ROLE_LINE = folded(
    rf"^[{HAN_CLASS}]{{2,4}}\s*[（(][{HAN_CLASS}、·\s]{{0,24}}?"
    rf"(?:长|书记|主任|委员|理事|代表|主席|经理|教授|院士|干部)[）)]$"
)
SPEECH_TITLE_LINE = folded(
    r"^(?![—–-])[^。！？!?；;：:\n]{2,60}(?:讲话|致辞|致词|发言|讲稿|演讲|演说|贺词|报告|发言稿|讲话稿|讲话提纲)(?:[（(][^）)\n]{1,12}[）)])?$"
)
# A site's mark on a text it compiled or copied, with its web address: "（好范文网 www.xx.com 整理）"
# inside a paragraph, "39健康网(www.39.net)专稿，未经书面授权请勿转载。" or "“民主与科学”网站
# (http://www.dvscn.net)搜集整理于2002-09-25" as a line of its own. What the site did (整理, 专稿,
# 首发…) right after its name and address: a speech quoting a website says what it published.
_SITE_NAME = r"[^\s,，。;；:：()（）【】\[\]]{1,20}?(?:网站|网|站)[”\"」]?[ \t]*"
_SITE_ADDRESS = r"[(（]?[ \t]*(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,10}/?[ \t]*[)）]?[ \t]*"
_SITE_DID = r"(?:搜集整理|收集整理|整理|专稿|原创|首发)"
SITE_MARK_INLINE = folded(
    rf"[(（【\[][ \t]*{_SITE_NAME}{_SITE_ADDRESS}{_SITE_DID}[^)）】\]\n]{{0,20}}[)）】\]]"
)
SITE_MARK_LINE = folded(rf"^{_SITE_NAME}{_SITE_ADDRESS}{_SITE_DID}[^\n]{{0,30}}$")
# A part's notice that the text goes on in the next part, or goes on from the previous one: the
# words sites, blogs, books and mail use for it (spiders/parts.py follows the part they name).
CONTINUED_IN_NEXT_PART = (
    r"未完[，,、\s]*(?:待续|[接见]?下一?[篇页期封文章]|下转)|续见下[篇页期]|下篇见|本[文页篇]为上篇"
    # a printed paper's jump line: "（下转A2版）", "下转第2版", "（转第三版）"
    r"|下?转\s*第?\s*[A-Za-z]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版"
)
# Said of the whole inside a part ("全文较长，分上、下两篇刊出，本页为上篇。"): spiders/parts.py reads it anywhere
# in a short paragraph.
IN_PARTS = (
    r"分(?:[上下、]{2,3}两?|两|[二三])(?:篇|部分?)|本[文页篇期集]为[^，。\n]{0,4}(?:上篇|上半部分?)"
    r"|本[页期集]为[^，。\n]{0,6}第[一1]部分"
)
# the same, said in a later part ("本页为下篇", "本篇为讲话下篇，上篇见上一页。"; an audio site's transcript:
# "本期为讲话下半部分")
LATER_PART = (
    r"本[文页篇期集]为[^，。\n]{0,4}(?:下篇|下半部分?)|本[页期集]为[^，。\n]{0,6}第[二三四2-4]部分|上接"
)
CONTINUED_FROM_PREVIOUS_PART = (
    r"接上一?[篇页期封文章]|上接[^\n]{0,2}[篇页期封]|续前[篇页]"
    r"|上接\s*第?\s*[A-Za-z]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版"  # "（上接A1版）", "上接第一版"
)
PART_NOTICE = rf"{CONTINUED_IN_NEXT_PART}|{CONTINUED_FROM_PREVIOUS_PART}"
# A forum floor's notice that the poster's text goes on in a later floor, in brackets or short, and a
# later floor's mark that it goes on from an earlier one ("接上" then a stop, never "接上级…").
_LATER_FLOOR = r"(?:楼下|下一?楼|后面的?楼层?|下面的?楼层?|[2-9二三四五]楼)"
FLOOR_CONTINUES = (
    rf"^[(（【\[][^\n]{{0,30}}?(?:发|贴|补|放|写)(?:在|到)?{_LATER_FLOOR}[^\n]{{0,12}}$"
    # …after the reason, in brackets: "（字数超了，下接2楼）" (FluxBB)
    rf"|^(?:[(（【\[]\s*[^\n，,、()（）]{{1,10}}[，,、]\s*|[(（【\[]?\s*)(?:未完[，,、\s]*)?(?:见|接|续见|下接|转)\s*{_LATER_FLOOR}[^\n]{{0,8}}$"
    # the floor below named first: "（楼下接着发，一楼发不下）", "（未完，下楼继续）" (百度贴吧)
    rf"|^[(（【\[]\s*(?:未完[，,、\s]*)?{_LATER_FLOOR}\s*(?:接着|继续|再)[^\n]{{0,16}}$"
)
_FLOOR_CONTINUED_MARK = (
    r"(?:[(（【\[]?\s*(?:接|续|上接)\s*(?:楼上|上楼|楼主|[一二三1-9]楼|上文|上帖|前帖|上)(?=$|[\s，,：:。.（()）】\]])"
    r"|[(（【\[]\s*续\s*[)）】\]])"  # "（续）" (西祠's 楼主 on the topic's page 2)
)
# …or the floor's opening that the second half follows: "接着发后半部分：", "下半部分："
_SECOND_HALF = r"[(（【\[]?\s*(?:接着|继续|续)?(?:发|贴)?\s*(?:后|下)半(?:部分|段|截)\s*[:：]"
FLOOR_CONTINUED = rf"^(?:{_FLOOR_CONTINUED_MARK}[^\n]{{0,12}}|{_SECOND_HALF}[)）】\]]?)$"
FLOOR_CONTINUED_START = folded(
    rf"^(?:{_FLOOR_CONTINUED_MARK}|{_SECOND_HALF})"
)  # a floor's text that opens with it
# A notice that the text goes on in a later page, part or floor ("（未完待续）", "（未完，请看下一页）",
# "本文为上篇", "（帖子太长发不下，后半部分明天接着发在楼下。）"): when it ends what was archived, the rest was
# not stitched on (clean.mark_part_missing).
GOES_ON_LATER = folded(
    rf"^[(（【\[]?[^\n]{{0,8}}?(?:{CONTINUED_IN_NEXT_PART})|{FLOOR_CONTINUES}"
    r"|^[(（]?[^\n]{0,6}?未完[^\n]{0,12}?下一?页"
    r"|本[文页篇期集]为[^，。\n]{0,4}(?:上篇|上半部分?)|本[页期集]为[^，。\n]{0,6}第[一1]部分"
)
HEAD_LINES: list[tuple[str, re.Pattern[str]]] = [
    ("intro", INTRO),
    (
        "summary",
        folded(rf"^(?:(?:{LEAD_LABELS}){COLON}|[【\[]\s*(?:{LEAD_LABELS})\s*[】\]])[^\n]{{0,300}}$"),
    ),
    ("preamble", SPEECH_PREAMBLE),
    # The title the text had where it was first published, noted by the page that reprints it:
    # "（原标题：…）" (网易), "原标题：…" (搜狐), "本文原题《…》，转载时有删改。" (360doc).
    ("original_title", folded(r"^[(（【\[]?\s*(?:本文|此文)?原(?:标)?题\s*(?:[:：为]|《)[^\n]{1,160}$")),
    ("breadcrumb", folded(r"^(?:您的|你的)?(?:当前)?位置[:：][^\n]{0,200}$|^首页\s*[>›»][^\n]{0,200}$")),
    ("meta_line", folded(rf"^[-–·\s]*(?:发布|更新|发表|上传)?(?:时间|日期){COLON}[^\n]{{0,80}}$")),
    # a blog's info bar: the post's time, then fields after a bar ("2011-01-20 15:30:41|分类：讲话发言|字号 大中小")
    ("meta_line", re.compile(r"^\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*[|｜][^\n]{0,80}$")),
    # …or its fields and counters alone, two or more: "(分类:默认分类)阅读(356)评论(3)", "浏览(1024) | 评论(8)"
    (
        "meta_line",
        folded(
            r"^(?:\s*[(（]?\s*(?:分类|类别|标签|阅读|浏览|评论|点击|收藏|转载|分享|喜欢|人气)\s*"
            r"(?:[:：]\s*[^\s()（）:：|｜]{1,12}|[(（]\s*\d{0,9}\s*[)）])\s*[)）]?\s*[|｜/·]?){2,}\s*$"
        ),
    ),
    # …or the time and the paper's name alone: "2024-05-21 21:05:12 每日经济新闻"
    (
        "meta_line",
        re.compile(
            rf"^\d{{4}}-\d{{1,2}}-\d{{1,2}}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*[{HAN_CLASS}]{{0,12}}$"
        ),
    ),
    # The writer's byline over the text, written with a slash or a bar: "【文/观察者网 陈思远】",
    # "文丨佚名　　来源丨网络整理", "文｜李明"
    ("byline", folded(r"^[【\[(（]?\s*(?:文|撰文|作者|文字)\s*[/／丨|｜]\s*[^\n。！？]{1,40}?[】\])）]?$")),
    # A message's header printed above its text: a text BBS's (FireBird, 水木, 未名: "发信人: x (y), 信区: z",
    # "标  题: …", "发信站: …"), a forwarded mail's ("发件人：", "Subject:"), a CGI message board's
    # (WWWBoard: "发表人： 老木 于 October 14, 2003 at 08:02:17 发表:", then on a follow-up "回应： <the
    # message it answers> 发表人 … 发表:").
    (
        "message_header",
        folded(
            r"^(?:发信人|发件人|寄信人|收件人|抄\s*送|标\s*题|发信站|信\s*区|发表人|From|To|Cc|Subject|Sent)\s*[:：][^\n]{1,200}$"
            r"|^回应\s*[:：][^\n]{1,160}发表人[^\n]{1,80}$"
        ),
    ),
]
LINES: list[tuple[str, re.Pattern[str]]] = [
    (
        # a post's edit stamp as the forum prints it under the post: "最后编辑: 老周护林 (2020-10-28
        # 21:31:52)" (FluxBB), "最后编辑: 2024年09月14日, 08:02:31 作者 …" (SMF), "(此帖最后修改于: 2025-05-29,
        # 12:10 由 …)" (MyBB), "最后由 桂园老周 编辑于 2023年 10月 22日 08:10，总共编辑 1 次。" (phpBB)
        "forum_edit_note",
        folded(
            r"^[(（]?\s*(?:此帖)?最后(?:编辑|修改)(?:于|时间)?\s*[:：][^\n]{0,40}?\d{4}\s*[-年./]\s*\d{1,2}[^\n。！？!?]{0,28}。?$"
            r"|^最后由\s*\S{1,30}?\s*编辑于\s*\d{4}\s*[-年./][^\n。！？!?]{0,28}。?$"
        ),
    ),
    (
        "reprint_notice",
        folded(
            rf"^[(（【\[]?\s*(?:本文链接|原文链接|原文地址|本文地址|转载请注明|转载请保留|版权所有|免责声明|版权声明)[^\n]{{0,160}}$"
            # (a list item's dash before it: "- 資料來源：行政院" in an info list)
            rf"|^(?:[-–·•]\s*)?[(（【\[]?\s*(?:文章来源|本文来源|信息来源|资料来源|稿件来源|来源|出处|声明|转载自|转自|摘自|选自){COLON}[^\n]{{0,160}}$"
            # a finance site's disclaimer under every post: "风险提示：本文所提到的观点仅代表个人的意见…"
            # (雪球, 股吧), "特别提醒：如果我们使用了您的图片…" (每日经济新闻)
            rf"|^[(（【\[]?\s*(?:风险提示|特别提醒|免责申明){COLON}[^\n]{{0,200}}$"
        ),
    ),
    (
        "reprint_notice",
        folded(
            r"^[^\n]{0,80}(?:转载请注明|转载请标明|转载请保留|未经许可不得转载|版权归原作者|如有侵权请联系|侵权请联系删除)[^\n]{0,80}$"
        ),
    ),
    (
        "editor_credit",
        folded(
            rf"^[(（【\[]?\s*(?:责任编辑|责编|编辑|审核|校对|审校|作者|撰稿|文字|供稿){COLON}\s*[^\n]{{1,30}}?[)）】\]]?$"
            # the unit or person first, then what it did: "（行政部　供稿）", "（总经办　供稿　摄影：…）",
            # wholly in brackets, no sentence in it (a photo's "（记者 王芳 摄）" is its caption's credit)
            r"|^[(（]\s*[^()（）。！？!?\n]{0,20}?(?:供稿|撰稿|撰文|来稿|整理)[^()（）。！？!?\n]{0,30}[)）]$"
            # the credits with slashes, as university and company news print them: "（文/科技处
            # 编辑/陈静　审核/张卫国）", "（图/王磊 文/李想）"
            r"|^[(（]\s*(?:(?:文|图|文字|摄影|编辑|责编|审核|审校|校对|来源|供稿)\s*[/／]\s*[^\s()（）/／]{1,12}\s*){2,}[)）]$"
            # ...and with bars, as a 135编辑器 footer prints them: "文字 | 社区党委　编辑 | 许诺　审核 | 王芳"
            r"|^(?:(?:文|图|文字|图片|摄影|编辑|责编|审核|审校|校对|来源|供稿)\s*[|｜]\s*[^\s|｜]{1,12}\s*){2,}$"
            # ...and a paper's own reporter and editor over its story, named by the paper: "每经记者 宋钰莹
            # 每经编辑 何小桃", "本报记者 张三 实习生 李四"
            rf"|^(?:[{HAN_CLASS}]{{0,6}}(?:记者|编辑|实习生|通讯员)\s*[:：]?\s*[{HAN_CLASS}]{{2,4}}\s*){{2,}}$"
        ),
    ),
    # A 公众号's name with its WeChat ID, as a mirror's account card or the article's own footer
    # prints it ("幸福南苑社区·微信号：xfnysq", "…微信号：xfnysq 2025-05-17 20:31"): not a speech's line.
    ("account_line", folded(r"^[^\n。！？]{0,24}微信号\s*[:：]\s*[A-Za-z][\w-]{3,30}[^\n。！？]{0,24}$")),
    (
        "widget",
        folded(
            r"^(?:分享到|分享至|一键分享|复制链接|打印本页|关闭窗口|返回顶部|返回列表|下载本文|下载全文|文档下载|"
            r"点击下载|点击收藏|加入收藏|收藏本文|推荐访问|推荐阅读|相关推荐|相关文章|相关阅读|"
            r"猜你喜欢|热门文章|往期推荐|往期回顾|往期精选|精彩推荐|延伸阅读|上一篇|下一篇|上一页|下一页)[\s:：]*[^\n]{0,160}$"
            r"|^[【\[]?\s*(?:字号|字体|本文标签|标签|关键词|浏览次数|阅读次数|点击次数|打印|收藏)\s*[:：】\]][^\n]{0,160}$"
            r"|^(?:打印|收藏|分享|举报|纠错|下载|返回)(?:\s*[|｜/]\s*(?:打印|收藏|分享|举报|纠错|下载|返回|关闭))+\s*$"
        ),
    ),
    ("widget", folded(r"^[【\[]?\s*(?:大|中|小)\s*[】\]]?\s*[【\[]?\s*(?:大|中|小)\s*[】\]]?[^\n]{0,20}$")),
    # A WeChat account's follow prompt over its articles, copied by every mirror: "点击上方蓝字关注我们",
    # "点击蓝字 关注我们", "点击上方蓝字 “XX发布” 关注我们", "↑ 点击上方蓝色字体关注", "点击上方蓝字关注「笔杆子
    # 公文」，每天学一点写作干货" (what the account offers after its name): a line, no sentence.
    (
        "follow_prompt",
        folded(
            r"^[^\n。！？!?]{0,6}(?:点击|点|戳)[^\n。！？!?]{0,4}(?:上方|蓝字|蓝色)[^\n。！？!?]{0,30}关注[^\n。！？!?]{0,20}$"
            # …and its closing ask for the buttons under the article: "分享、点赞、点个在看，你最好看"
            r"|^[^\n。！？!?]{0,12}(?:点个|点亮|点击|点)\s*[“\"「]?在看[^\n。！？!?]{0,20}$"
        ),
    ),
    (
        "preview_wall",
        folded(
            # a membership offered for the text, not a speech's "把协会建设成为会员信赖的…"
            r"^[^\n]{0,40}(?:预览阅读已结束|预览已结束|试读已结束|全文阅读已结束|阅读已结束|免费预览已结束|剩余\d*页未读"
            r"|(?:开通|成为)(?:VIP)?会员(?=[，,、\s]|后|即|可|免费|查看|阅读|下载|$))[^\n]{0,120}$"
            # a QR box's words ("扫一扫在手机打开当前页", "微信扫码关注"): short, no sentence; a speech's
            # "…扫码、挂号、网上交费，很多老人不会。" is the speech's
            r"|^[^\n。！？!?]{0,20}(?:扫码|扫一扫|二维码)[^\n。！？!?]{0,30}[。！!]?$"
        ),
    ),
    ("site_mark", SITE_MARK_LINE),
    # …or the site's "this came from us" line alone: "本文来自第一范文网", "（本文来自中国教育文摘
    # www.eduzhai.net ）", "本文来自微信公众号", "本文来自网友投稿或网络整理"
    (
        "site_mark",
        folded(
            r"^[(（【\[]?\s*本文来自\s*[^\s，,。；;()（）【】]{2,24}?\s*"
            r"(?:(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?)?\s*[)）】\]]?\s*[。.]?$"
        ),
    ),
    # A Q&A site's badge over the answer it printed as the best: "满意回答", "提问者采纳", "最佳回答"
    (
        "answer_badge",
        folded(rf"^(?:[【\[]?\s*(?:{'|'.join(ANSWER_BADGE_WORDS)})\s*[】\]]?[\s|｜·]*){{1,3}}$"),
    ),
    # "未经正式授权严禁转载本文，侵权必究。" (界面), "未经授权禁止转载、摘编…" (中国新闻网), "谢绝转载": after
    # a site's own mark (its name and address, site_mark), a reprint ban on its own
    ("reprint_notice", folded(r"^[^\n]{0,80}(?:严禁|禁止|不得|请勿|谢绝)转载[^\n]{0,80}$")),
    # A pager printed inside the text's box, nothing but its tokens: "共2页 1 2 下一页" (an ESS portal's
    # after its ContentEnd mark), "[1] [2] [下一页]", "首页 上一页 1 2 3 下一页 尾页".
    (
        "pager_line",
        re.compile(
            r"^(?=[^\n]*(?:上一?页|下一?页|共\s*\d{1,3}\s*页))(?:共\s*\d{1,3}\s*页[:：,，]?\s*)?"
            r"(?:[\[【]?\s*(?:\d{1,3}|首页|上一?页|下一?页|尾页|末页)\s*[\]】]?\s*)+$"
        ),
    ),
    # A printed page's number as documents set it ("— 2 —", GB/T 9704's form for official papers;
    # "－3－", "- 4 -"): a Word export's or a pasted PDF's page break, not a line of the text. Or its
    # page of how many, as Word's footer and a document viewer under each preview page print it
    # ("第 1 页 共 5 页", "第2页 / 共3页", "第2页").
    (
        "page_number",
        re.compile(
            r"^(?:[—－\-–~]{1,2}\s*\d{1,4}\s*[—－\-–~]{1,2}"
            r"|第\s*\d{1,4}\s*页(?:\s*[/／,，、]?\s*共\s*\d{1,4}\s*页)?)$"
        ),
    ),
    # A paged text's "turn over" line: "本章未完，点击下一页继续阅读", "（未完，请看下一页）", "本文未完
    # 请点击下一页": the rest is on the next page, which the crawl stitches on.
    (
        "pager_notice",
        folded(
            r"^[(（]?[^\n]{0,6}?未完[，,。\s]*(?:待续[，,。\s]*)?(?:请|敬请)?(?:点击|点此|点)?(?:看|见|阅读|进入|翻到|接)?\s*"
            r"下一?页[^\n]{0,12}$"
        ),
    ),
    # A text published in parts (a blog's 上/下 posts, a book's page and its "（续）", a mail sent as
    # [1/2] and [2/2]): "（未完，接下篇）", "（续见下页）", "（接上页）", "接上篇：…（上）", "本文为上篇，下篇见：…".
    ("pager_notice", folded(rf"^[(（【\[]?\s*(?:{PART_NOTICE})[^\n]{{0,60}}$")),
    # …and a part's own words on which part it is, on a line of its own ("本篇为讲话下篇，上篇见上一页。")
    ("pager_notice", folded(r"^[(（【\[]?\s*本[文页篇期集]为[^，。\n]{0,4}[上下](?:篇|半部分?)[^\n]{0,30}$")),
    # A forum poster's text over several floors, the board's length limit reached: the note that the
    # rest follows in a later floor ("（帖子太长发不下，后半部分明天接着发在楼下。）", "（太长了论坛说超字数，
    # 剩下的明天发在后面楼层）", "未完，见楼下") and the later floor's mark that it goes on ("接一楼，后半部分：",
    # "接上，下半部分：", "续楼上"), each a line of its own.
    ("pager_notice", folded(FLOOR_CONTINUES)),
    ("pager_notice", folded(FLOOR_CONTINUED)),
]
# An appendix's label on a line of its own, or with the appendix's title ("附：", "附件", "附件1：…一览表",
# "附表"): what follows is the document's attachment (a table, a list of phone numbers), not the speech.
APPENDIX_LABEL = re.compile(r"^附(?:件|表|录)?\s*\d{0,2}\s*(?:[：:]\s*[^。！？!?\n]{0,40})?$")
# Anti-copy lines a site injects *inside* the text, often mid-paragraph: "本文来自XX范文网,转载请
# 注明出处:http://…", "原文地址:http://…", "(来源:XX网 www.xx.com)". Cut where they stand, the
# sentence around them joins up again.
INJECTED_SOURCE = folded(
    r"[(（【\[]?[ \t]*(?:本文|此文|文章|内容)?(?:来自|来源于|来源[ \t]*[:：]|转自|摘自|出自)[ \t]*"
    r"[^\s,，。;；:：()（）【】\[\]]{1,30}?(?:网|站|平台|文库|论坛|社区|\.com|\.cn|\.net)[^,，。;；\n]{0,40}?[,，;；]?[ \t]*"
    r"(?:转载请(?:注明|标明|保留)(?:出处|来源|原文链接|链接)?[:：]?[ \t]*(?:https?://[\x21-\x7e]+)?|https?://[\x21-\x7e]+)"
    r"[ \t]*[)）】\]]?[。.]?"
    r"|[(（【\[]?[ \t]*(?:原文地址|原文链接|本文地址|本文链接)[ \t]*[:：][ \t]*https?://[\x21-\x7e]+[ \t]*[)）】\]]?"
)
# Discuz!'s "本帖最后由 admin 于 2024-5-12 10:00 编辑": the forum's note on the post, not the post.
# (PHPWind prints its note after the post's text, outside it: pipelines/text_container.py.)
FORUM_EDIT_NOTE = folded(r"本帖最后由\s*\S{1,30}?\s*于\s*\d{4}-\d{1,2}-\d{1,2}[\d:\s]{0,10}?\s*编辑")
# A document viewer's preview that stops: "还剩5页未读,继续阅读", "剩余12页未读,点此继续阅读",
# "预览已结束，剩余2页可下载查看" (人人文库, 淘豆网: the rest is in the download).
# 豆丁's "亲，该文档总共5页，到这已经超出免费预览范围，如果喜欢就下载吧！" says the same in other words.
PREVIEW_REMAINING = folded(
    # "剩余约2页未显示" (a Word shop's preview), "剩余1页需下载查看" (蚂蚁文库)
    r"(?:还剩|剩余|余下)\s*约?\s*(?P<pages>\d{1,4})\s*页(?:未读|未显示|没有显示|[,，]?\s*(?:可|请|需|需要)?下载(?:后)?(?:查看|阅读))"
    r"|(?:总共|共)\s*\d{1,4}\s*页[^\n]{0,12}?超出(?:了)?(?:免费)?(?:预览|试读|阅读)范围"
)

# The label of a text shown as a snapshot of a longer one: "【正文快照】：", "全文快照：", "【内容预览】".
SNAPSHOT_LABEL = folded(
    r"^[【\[]?\s*(?:正文|全文|内容|文章)(?:快照|预览|节选)\s*[】\]]?\s*[:：]\s*|^[【\[]\s*(?:正文|全文|内容|文章)(?:快照|预览|节选)\s*[】\]]\s*"
)
# Walls that stop the text where the site wants a login, its app, a membership or a click: the
# rest of the text is not on the page. Wordings from portals, forums, blog platforms, document
# libraries and news apps; a hidden length ("此处已隐藏1200字", "还有856字未显示") is the gap's size.
TRUNCATION_WALL = folded(
    r"此处(?:已|内容已|已被)?隐藏(?:了)?\s*(?P<hidden>\d{1,6})\s*(?:个)?字"
    r"|(?:还有|还剩|剩余|剩下|余下)\s*(?P<rest>\d{1,6})\s*(?:个)?字(?:未显示|未读|没有显示|内容)"
    r"|(?:请|需要|需|您需要)?(?:先)?登录(?:[^\s，,。：:]{0,3}?(?:后|之后|以后))?(?:才(?:可以|能))?(?:继续)?(?:查看|阅读|浏览|看)(?:全文|完整(?:内容|全文|文章|讲稿|文稿|版)?|剩余(?:内容|部分|全文)|更多(?:内容)?(?!评论|回复|动态|消息|精彩|好书|资源)|全部内容|隐藏内容)"
    r"|(?:游客|访客)[,，]?\s*如果您要查看本帖隐藏内容请(?:回复|登录)"
    # a blog's reply-to-see box: "此处内容需要回复后才能查看", "此处内容已隐藏，评论后刷新可见", and its
    # pay-to-see one: "此处内容已隐藏，付费后可见" (WordPress's erphpdown)
    r"|此处(?:内容)?(?:已被?隐藏|需要|需)[^\n]{0,8}?(?:回复|评论|留言|付费|支付|购买)[^\n]{0,8}?(?:查看|可见|阅读)"
    # the rest said hidden without its length: "游客只能浏览前一部分，剩余内容已隐藏" (a 范文 site's member wall)
    r"|(?:(?:游客|访客|非会员)[^\n。]{0,16}?[，,]\s*)?剩余(?:内容|部分|全文)(?:已被?|均已)隐藏"
    # (not "…看更多": "下载新京报APP阅读更多", "下载南方+客户端看更多" invite to the app's other news after a
    # whole text)
    r"|(?:打开|下载|前往|进入|使用)\s*[^\s，,。]{0,8}?\s*(?:APP|App|app|客户端)\s*(?:(?:内)?(?:继续)?(?:阅读|查看|看)(?:全文|完整|剩余)|[，,]\s*(?:继续)?(?:阅读|查看)(?:全文|完整|剩余))"
    r"|(?:开通|成为|升级|购买|加入)\s*(?:VIP|vip|Vip|会员|超级会员)[^\n]{0,16}?(?:查看|阅读|解锁|免费看|下载(?=全文|完整|剩余|全部))(?:全文|完整|剩余|全部|更多)?"
    r"|(?:VIP|vip|会员|粉丝)(?:专享|专属|可见)(?:内容|全文|文章)?"  # "作者设置了粉丝可见": a member is a fan
    # "付费阅读全文", "订阅专栏后可阅读全文", "订阅专栏 解锁全文", "购买本书后即可查看全文": what is
    # bought (up to 6 characters) then "后"/"可" or a space before the reading verb
    r"|(?:付费|购买|订阅)(?:[^\s，,。：:]{1,6}?(?:\s+|[，,]\s*|(?=后|之后|即可|可以|可|才能|方可)))?\s*(?:后|之后)?"
    r"(?:即可|可以|可|才能|方可)?(?:查看|阅读|解锁)(?:全文|完整内容|剩余内容|全部内容)"
    # a share left ("剩余51%内容，登录后继续阅读"); with only an expand button after it ("剩余65%内容，
    # 点击展开全文": a 范文 site's MIP fold over the whole text) it is a fold (EXPAND_BUTTON), no wall
    r"|剩余\s*\d{1,3}\s*%\s*(?:未读|内容)(?![，,、\s]*(?:点击|轻触|点此)?\s*(?:展开|查看)(?:阅读)?全文)"
    # a Chinese writer on an English platform: Medium's "Create an account to read the full story.",
    # Substack's "Subscribe to keep reading", "Sign in to continue reading"
    r"|(?i:(?:create an account|sign in|sign up|log in|subscribe|upgrade)\s+to\s+(?:read|keep reading|continue reading)"
    r"(?:\s+the\s+(?:full|whole|rest of the)\s+(?:story|article|post))?)"
)
# A line offering the file for download to members says nothing of the text on the page ("下载Word
# 文档（会员专享，开通会员后可免费下载）"); one offering the rest of the text does ("开通会员下载全文").
DOWNLOAD_OFFER = folded(r"下载")
READING_WORDS = folded(r"阅读|查看|全文|剩余|完整|隐藏|解锁")


def only_a_download_offer(line: str) -> bool:
    return bool(DOWNLOAD_OFFER.search(line)) and not READING_WORDS.search(line)


# "展开阅读全文", "点击查看全文" with no login, app or membership asked: most often a fold the page
# draws over text it holds in full (the text's end is on the page): a widget, not a wall. Not a
# reading count ("阅读全文(736)").
EXPAND_BUTTON = folded(r"(?:展开|点击|继续|查看)?(?:阅读|查看)全文(?!\s*[(（]\d)|展开全文|余下全文")

# A generator's own words after the speech ("以上内容是我根据您的要求续写的文章,希望符合您的期望…").
GENERATED_TAIL = folded(
    r"^[^\n]{0,20}(?:以上|上述|上面)(?:内容|是|为|便是|就是)[^\n]{0,40}?(?:根据您|按照您|为您|根据你|按您)[^\n]{0,200}$"
    r"|^[^\n]{0,60}(?:希望(?:符合|能满足|满足|对您有|能帮到)您?|如(?:果)?(?:您)?(?:有|需要)任何(?:修改|补充|调整)|"
    r"您可以根据(?:实际|具体|自身)?情况(?:进行)?(?:调整|修改)|请随时告知)[^\n]{0,120}$"
)
# The poster's own note after the speech: a sentence wholly in brackets ("（写于孩子成人礼前一晚，
# 第二天在学校礼堂念的…）", "（本文根据现场录音整理，经发言人审阅，略有删节。）") or a postscript
# ("PS：会后有同事问PPT…") or a labelled note (`NOTE_LABEL`). A bracketed credit with no sentence in
# it ("（编辑：…）") is the editor_credit rule's; a speech's own last words are never wholly bracketed.
BRACKETED_NOTE = re.compile(r"^[(（][^()（）\n]{2,200}[，,。；;][^()（）\n]{0,200}[)）][。.]?$")
# A post's time as forums print it: 2024-5-12 10:20, 2024/05/12 10:20:33, 2024年5月12日 10:20,
# phpBB's Chinese language pack "2023年 10月 24日 19:22", vBulletin's and MyBB's "2025-05-05, 21:18".
POST_TIME = re.compile(
    r"(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?[,，]?\s*(?:凌晨|早上|上午|中午|下午|晚上)?\s*\d{1,2}:\d{2}"
)
# The speaker's last words as a paragraph's or a line's end ("…谢谢大家！", "谢谢！").
CLOSING_THANKS = folded(r"谢谢(?:大家|各位|你们|您们|诸位)?[！!。.]?$")  # "謝謝大家。" too
# A note labelled as such (an 按语: "【按】现场念的时候删掉了几句…", "编者按：…", "作者按：…"), the label
# the head's 编者按 (LEAD_LABELS) has, after the speech: never the speech's own words ("按照…").
NOTE_LABEL = (
    r"(?:[【\[]\s*(?:编者|作者|笔者|博主|译者)?按语?\s*[】\]]|(?:编者|作者|笔者|博主|译者)?按语?\s*[:：]"
    # …signed by the poster's name or handle: "老黄按：换届期间…" (a forum post's note under a rule line)
    r"|(?:老|小)[\u4e00-\u9fff]按\s*[:：]"
    # "注：本文根据…讲话稿编入" after the text; "写在最后：致辞的时候不要怕哽咽…" (the afterword's
    # label NOTE_HEADING reads as a heading, written before its note)
    r"|(?:后记|附记|编后记?|注|写在(?:最)?后面?(?:的话)?)\s*[:：])"
)
# A section headed as the poster's afterword ("## 后记" under a blog post's speech).
# …or as his notes on how he got the text and what he adds ("## 整理说明", "## 附：我的止损清单": a blog's
# sections after the speech it transcribed)
NOTE_HEADING = re.compile(
    r"^(?:后记|附记|编后记?|写在(?:最)?后面?(?:的话)?|后话|整理说明|附\s*[:：]\s*\S{1,20})$"
)
POSTER_NOTE_AFTER = re.compile(
    rf"{BRACKETED_NOTE.pattern}|^(?:PS|P\.S\.|ps|Ps)\s*[:：][^\n]{{1,200}}$|^{NOTE_LABEL}[^\n]{{1,300}}$"
    # …or signed as one at its end: "…后来他成了我们最受欢迎的志愿者之一。——2023年10月21日晚补记"
    r"|^[^\n]{1,300}[。！？!?]\s*——\s*[^\n—]{0,20}(?:补记|后记|附记)$"
)
# The page's offer of the speech as a file after it: "【下载本文】本文格式为Word文档，下载后可直接编辑
# 使用" (a 范文 site), "槐荫读书会五周年发言稿（Word）下载" (a blog's file block).
DOWNLOAD_OFFER = re.compile(
    r"^(?=[^\n]*下载)[^\n]{0,80}(?:Word|WORD|word|Doc|DOC|docx?|DOCX|PDF|pdf|WPS|wps)[^\n]{0,60}$"
)


def line_rules(name: str) -> list[tuple[str, re.Pattern[str]]]:
    """The LINES rules of that name, by name: an index would point elsewhere once a rule is added."""
    return [(rule, pattern) for rule, pattern in LINES if rule == name]


TAIL_LINES: list[tuple[str, re.Pattern[str]]] = [
    ("generated_tail", GENERATED_TAIL),
    ("end_marker", re.compile(rf"^(?:{END_MARKER.pattern})$")),
    *line_rules("preview_wall"),
    *line_rules("widget")[:1],
    *line_rules("reprint_notice")[:2],
    *line_rules("editor_credit"),
    # an answerer's last line asking to be chosen: "…如有帮助请采纳，谢谢！", "希望对你有帮助，望采纳！"
    # (百度知道's old and new pages), "求采纳" — never a speech's
    ("answer_sign_off", folded(r"^[^\n]{0,80}?(?:望|请|求|麻烦)(?:您|你)?(?:给个)?采纳[^\n]{0,12}$")),
    ("paper_edition", PAPER_EDITION),
    ("field_line", FIELD_LINE),
    ("poster_note", POSTER_NOTE_AFTER),
    ("download_offer", DOWNLOAD_OFFER),
]
# A line that is nothing but ellipses, dashes or stray punctuation.
# (with the full-width rules a press release draws: "＊＊＊", "※※※", "～～～")
PUNCTUATION_ONLY = re.compile(r"^[\s…\.。·•\-—_=*~|,，、;；:：!！?？'\"“”‘’()（）\[\]【】<>《》＊※～－＝]*$")

# "发布时间：2023-03-06", "时间:2020-02-03 09:33:37", "- 更新時間:2020-08-08 08:48:56", "2021年2月9日".
DATE = folded(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[,，]?[ T\s]+(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"  # vBulletin: "2024-02-27, 09:15"
)
# Not a member's profile field beside a forum post ("注册时间: 2010-11-20", "最后登录: …", PHPWind's
# and Discuz!'s author column): the member's dates, not the post's.
MEMBER_FIELDS = ("注册", "登录", "登陆", "加入", "在线", "入学", "出生")
MEMBER_DATE_LABEL = folded(rf"(?:{'|'.join(MEMBER_FIELDS)})(?:时间|日期)?\s*[:：]\s*$")  # DVBBS: "注册："
# Nor the server's clock (当前时间, 现在时间), nor a file's (修订时间, 修改时间, 最后更新于), nor the
# site's founding day in a blog's statistics box (建站时间: 2008-4-12, PJBlog's sidebar; 开博时间：
# 2007-06-21, 和讯博客's profile box).
NOT_THE_PAGE_S_TIME = (*MEMBER_FIELDS, "当前", "现在", "修订", "修改", "最后", "最近", "建站", "开博")
# A page's last edit, as docs generators, wikis and online editors print it beside their pages
# ("最后更新于: <time>" VitePress, "最后于 <time>" Docusaurus, "最后更改: 2025/06/28" DokuWiki,
# "该文件修订时间：" GitBook, "最后更新：" 有道云笔记, "Last updated"): when the file last changed,
# never when its text was given or published.
EDIT_TIME_LABEL = folded(
    r"(?:最后|最近)\s*(?:更新|更改|修改|编辑|修订)?\s*(?:时间|日期)?\s*(?:于|[:：])"
    r"|(?:最后|最近)\s*(?:更新|更改|修改|编辑|修订)\s*(?:时间|日期)"  # a property's name in its cell (Notion)
    r"|(?:修订|修改)(?:时间|日期)\s*[:：]|last\s+(?:updated|modified|edited)",
    re.I,
)
DATE_LABEL = folded(
    "".join(f"(?<!{word})" for word in NOT_THE_PAGE_S_TIME)
    # …and 动网 DVBBS's "Post By：2010-4-17 21:58:36" under each post
    + r"(?:(?:发布|更新|发表|上传|录入)?(?:时间|日期)\s*[:：]|(?:发布|发表|更新|上传)于\s*|Post\s*By\s*[:：]\s*)"
)

# "title第1篇", "第2篇": one page, several speeches; or "title 篇一", "【篇2】" (a 精选N篇 page's heads).
MULTI_SPEECH_HEADING = folded(
    r"^(?P<title>.{0,80}?)\s*(?:第\s*(?P<part>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*篇"
    r"|[【\[]?\s*篇\s*(?P<part2>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[】\]]?)\s*[:：]?$"
)
CN_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def part_number(token: str) -> int:
    token = token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if token.isdigit():
        return int(token)
    if token == "十":
        return 10
    if token.startswith("十"):
        return 10 + CN_NUMERALS.get(token[1:], 0)
    if token.endswith("十"):
        return CN_NUMERALS.get(token[0], 0) * 10
    if "十" in token:
        tens, ones = token.split("十", 1)
        return CN_NUMERALS.get(tens, 0) * 10 + CN_NUMERALS.get(ones, 0)
    return CN_NUMERALS.get(token, 0)
