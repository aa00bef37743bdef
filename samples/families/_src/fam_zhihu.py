"""知乎 (www.zhihu.com) question and answer pages as a guest / crawler gets them (React SSR, 2024).

`/question/N/answer/M` is one answer's page: the `QuestionHeader` (topics, `QuestionHeader-title`, the
question's own detail text in `QuestionRichText`, 关注者 / 被浏览, 关注问题 / 写回答, N 条评论, 分享,
邀请回答, 好问题), "查看全部 N 个回答", the `AnswerCard` with one `div.AnswerItem` (author info, N 人赞同了该回答,
`RichContent-inner` > `span.RichText.ztext` holding the answerer's short note, a bold title line, the speech
and a closing line), `ContentItem-time` (编辑于 with a 发布于 tooltip, or 发布于) ・IP 属地, the
`ContentItem-actions` bar (赞同 N / N 条评论 / 分享 / 收藏 / 喜欢), then 更多回答 with other answers as
collapsed previews (`RichContent RichContent--unescapable is-collapsed`, excerpt + 阅读全文); the side
column has the author card (关于作者, 回答 / 文章 / 关注者, 关注他 / 发私信), 相关问题, and the footer
with licence lines. The state again in `js-initialData` (`\\u003C`-escaped JSON).

`/question/N` is the question page: the same header and the answers list, the first answer printed in full
inside a collapsed box (`RichContent-inner--collapsed`, 展开阅读全文), as the real page does; it is a
listing (not a document). Home is the topic page `/topic/20062341/top-answers` (讲话稿 · 精华). The page
names are extensionless and `/question/N` is also the folder of its answers: `_site.json` sets
`extensionless_html` and `folder_pages` (the replica answers `/question/N` with the folder's index.html,
no redirect, as the real site does)."""

import json

from common import SPEECHES, Family

HOST = "www.zhihu-wenda.test"
TOPIC = ("20062341", "讲话稿")

FOOTER = """<footer class="Footer"><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="https://liukanshan.zhihu.com/">刘看山</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="/question/19581624">知乎指南</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="/term/zhihu-terms">知乎协议</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="/term/privacy">知乎隐私保护指引</a><br/><a class="Footer-item" target="_blank" href="/app">应用</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="https://app.mokahr.com/apply/zhihu">工作</a><span class="Footer-dot"></span><button type="button" class="Button OrgCreateButton">申请开通机构号</button><br/><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="https://zhuanlan.zhihu.com/p/51068775">侵权举报</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="https://www.12377.cn">网上有害信息举报专区</a><br/><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="https://tsm.miit.gov.cn/dxxzsp/">京 ICP 证 110745 号</a><br/><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="https://beian.miit.gov.cn/">京 ICP 备 13052560 号 - 1</a><br/><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802020088"><img src="https://pic3.zhimg.com/80/v2-d0289dc0a46fc5b15b3363ffa78cf6c7.png" alt="公安备案"/>京公网安备 11010802020088 号</a><br/><span class="Footer-item">互联网药品信息服务资格证书<br/>（京）- 非经营性 - 2017 - 0067</span><span class="Footer-item">违法和不良信息举报：010-82716601</span><br/><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="/term/child-jubao">儿童色情信息举报专区</a><br/><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="/certificates">证照中心</a><br/><a class="Footer-item" target="_blank" rel="noopener noreferrer" href="/contact">联系我们</a><span> © 2024 知乎</span></footer>"""

# question id, title, detail, topics, followers, views, answer count, question comments, created
# answer: id, author token, author name, bio, author counts (answers, articles, followers),
#   votes, comments, published, edited (or None), ip, note (before the title line), closing line,
#   speech key
QUESTIONS = [
    {
        "qid": "645123987",
        "title": "有哪些让你印象深刻的开学典礼校长致辞？",
        "detail": "每年九月各个大学的校长致辞都会刷屏，有的金句频出，有的朴实走心。想收集一些真正打动过你的致辞，最好能附上全文，方便学习。",
        "topics": [("19552330", "大学"), ("19553155", "开学典礼"), (TOPIC[0], TOPIC[1]), ("19565385", "演讲")],
        "followers": "3,108",
        "views": "2,864,391",
        "count": 186,
        "qcomments": 7,
        "created": "2023-08-30T02:41:17.000Z",
        "answer": {
            "aid": "3620145587",
            "token": "lin-xiao-wen-86",
            "name": "林小问",
            "bio": "高校行政 / 偶尔写写材料",
            "counts": ("214", "18", "9,527"),
            "votes": 2136,
            "comments": 148,
            "published": "2024-09-10 21:33",
            "edited": "2024-09-12 08:15",
            "ip": "浙江",
            "note": "谢邀。分享一篇我们学校今年开学典礼上校长的致辞，原稿是我们办公室整理的，校长现场有少量脱稿发挥，以下按讲稿整理，个人最喜欢第三点：",
            "close": "以上。开学季，祝每一位新同学都能找到自己的方向。",
            "speech": "zhihu-1",
        },
        "others": [
            ("shan-ye-xiao-zhu", "山野小筑", "教育学博士在读", 812, 36, "说一个冷门的。我本科学校的老校长，开学典礼上只讲了六分钟，没有一句金句，就讲他当年第一次离家读书时在火车站丢了行李……"),
            ("ding-dang-2017", "叮当", "", 95, 12, "印象最深的是那句“大学不是为了让你们变得一样，而是让你们变得不一样”。当时坐在台下的我……"),
        ],
    },
    {
        "qid": "452318760",
        "title": "村“两委”换届后第一次开会，包村干部或者镇领导讲话该怎么讲？",
        "detail": "刚到乡镇工作半年，下周要陪领导去村里参加新班子见面会，领导让我先起草个讲话。以前没写过这类材料，求有经验的前辈指点，有范文更好。",
        "topics": [("19580471", "乡镇工作"), ("19612837", "公文写作"), (TOPIC[0], TOPIC[1])],
        "followers": "642",
        "views": "318,204",
        "count": 57,
        "qcomments": 2,
        "created": "2021-04-12T11:08:52.000Z",
        "answer": {
            "aid": "1823456712",
            "token": "xiang-zhen-lao-wang",
            "name": "乡镇老王",
            "bio": "在乡镇干了十二年，什么材料都写过",
            "counts": ("367", "41", "2.3 万"),
            "votes": 875,
            "comments": 63,
            "published": "2021-04-20 19:02",
            "edited": None,
            "ip": None,  # IP 属地 was printed only from 2022 on
            "note": "这类讲话不用写得太长，把祝贺、感谢、要求三块讲清楚就行，要求部分一定要接地气，讲村里的具体事。贴一篇我去年给镇长写的，已经把村名人名隐去了，供参考：",
            "close": "材料是死的，村情是活的，拿去用的时候记得把实事换成你们村自己的。",
            "speech": "zhihu-2",
        },
        "others": [
            ("mo-mo-xie-cai-liao", "默默写材料", "体制内打工人", 231, 15, "结构上可以按“三个一”来搭：一个祝贺、一个回顾、一个希望。具体来说，开头先代表党委政府祝贺新班子……"),
            ("a-hua-zai-xiang-xia", "阿华在乡下", "大学生村官", 48, 6, "我当时就是被镇长临时点名讲话的，完全没准备。后来总结出来，最重要的是别念稿，讲几件村里人都关心的事……"),
        ],
    },
]

RELATED_EXTRA = [
    ("31457820", "开学典礼上的致辞一般怎么写？", 42),
    ("378120456", "在乡镇工作写材料是一种什么样的体验？", 1203),
    ("506712389", "有哪些值得学习的讲话稿范文？", 318),
]


def answer_url(q):
    return f"/question/{q['qid']}/answer/{q['answer']['aid']}"


def stable_pid(text):
    value = 0
    for ch in text:
        value = (value * 131 + ord(ch)) % (1 << 40)
    return f"{value:010x}"[:8]


def rich_paras(q):
    a = q["answer"]
    sp = SPEECHES[a["speech"]]
    paras = [a["note"], f"<b>{sp.title}</b>", *sp.paras, a["close"]]
    first = ' data-first-child=""'
    return "".join(f'<p{first if n == 0 else ""} data-pid="{stable_pid(p)}">{p}</p>' for n, p in enumerate(paras))


def head(title, description, canonical, keywords):
    return f"""<!doctype html>
<html lang="zh" data-hairline="true" class="itcauecng" data-theme="light"><head><meta charSet="utf-8"/><title data-rh="true">{title}</title><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/><meta name="renderer" content="webkit"/><meta name="force-rendering" content="webkit"/><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/><meta name="google-site-verification" content="FTeR0c8arOPKh8c5DYh_9uu98_zJbaWw53J-Sch9MTg"/><meta name="baidu-site-verification" content="codeva-ePXbfGiNHp"/><meta data-rh="true" name="keywords" content="{keywords}"/><meta data-rh="true" name="description" property="og:description" content="{description}"/><meta data-rh="true" property="og:title" content="{title}"/><meta data-rh="true" property="og:url" content="https://{HOST}{canonical}"/><meta data-rh="true" property="og:site_name" content="知乎"/><meta data-rh="true" property="og:type" content="website"/><link data-rh="true" rel="canonical" href="https://{HOST}{canonical}"/><link rel="shortcut icon" type="image/x-icon" href="https://static.zhihu.com/heifetz/favicon.ico"/><link rel="search" type="application/opensearchdescription+xml" href="https://static.zhihu.com/static/search.xml" title="知乎"/><link rel="dns-prefetch" href="//static.zhimg.com"/><link rel="dns-prefetch" href="//pica.zhimg.com"/><link href="https://static.zhihu.com/heifetz/main.app.a3e1c2b9e4f07d1c6b52.css" crossorigin="" rel="stylesheet"/><link href="https://static.zhihu.com/heifetz/main.question-routes.6f20e7fd8a1cb9e41d3c.css" crossorigin="" rel="stylesheet"/><script nonce="">!function(){{"use strict";!function(e,n){{var r=[];function t(e){{return function(){{r.push([e,arguments])}}}}n.Raven={{captureException:t("captureException"),captureMessage:t("captureMessage"),captureBreadcrumb:t("captureBreadcrumb")}}}}(window,window)}}();</script></head><body><div id="root"><div><div class="LoadingBar"></div><div><header role="banner" class="Sticky AppHeader css-1ygdrs7" data-za-module="TopNavBar"><div class="AppHeader-inner css-11p8nt5"><a href="/" aria-label="知乎"><svg viewBox="0 0 64 30" fill="#1772F6" width="64" height="30" class="css-1hlrcxk"><path d="M29.05 4.582H16.733V25.94h3.018l.403 2.572 4.081-2.572h4.815V4.582z"></path></svg></a><ul role="navigation" class="Tabs AppHeader-Tabs css-yvkr5q"><li role="tab" class="Tabs-item AppHeader-Tab Tabs-item--noMeta css-5vekpd"><a class="Tabs-link AppHeader-TabsLink css-1f1ei5m" href="/" data-za-not-track-link="true">首页</a></li><li role="tab" class="Tabs-item AppHeader-Tab Tabs-item--noMeta css-5vekpd"><a class="Tabs-link AppHeader-TabsLink css-1f1ei5m" href="/education/learning" data-za-not-track-link="true">知学堂</a></li><li role="tab" class="Tabs-item AppHeader-Tab Tabs-item--noMeta css-5vekpd"><a class="Tabs-link AppHeader-TabsLink css-1f1ei5m" href="/xen/vip-web" data-za-not-track-link="true">会员</a></li><li role="tab" class="Tabs-item AppHeader-Tab Tabs-item--noMeta css-5vekpd"><a class="Tabs-link AppHeader-TabsLink css-1f1ei5m" href="/explore" data-za-not-track-link="true">发现</a></li><li role="tab" class="Tabs-item AppHeader-Tab Tabs-item--noMeta css-5vekpd"><a class="Tabs-link AppHeader-TabsLink css-1f1ei5m" href="/question/waiting" data-za-not-track-link="true">等你来答</a></li></ul><div class="SearchBar" role="search" data-za-module="PresetWordItem"><div class="SearchBar-toolWrapper"><form class="SearchBar-tool"><div><div class="Popover"><label class="SearchBar-input css-10vj9jq Input-wrapper Input-wrapper--grey"><input type="text" maxLength="100" value="" autoComplete="off" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-haspopup="true" class="Input" placeholder=""/></label></div></div></form></div><button type="button" class="Button SearchBar-askButton css-1ph2ab6 Button--primary Button--blue">提问</button></div><div class="AppHeader-userInfo"><div class="AppHeader-profile"><div><button type="button" class="Button AppHeader-login Button--blue">登录/注册</button></div></div></div></div></header></div><main role="main" class="App-main">"""


def tail(initial):
    raw = json.dumps(initial, ensure_ascii=False, separators=(",", ":"))
    raw = raw.replace("<", "\\u003C").replace(">", "\\u003E")
    return f"""</main></div></div><script id="js-clientConfig" type="text/json">{{"fetchRoot":{{"www":"https:\\u002F\\u002F{HOST}","api":"https:\\u002F\\u002Fapi.zhihu.com","zhuanlan":"https:\\u002F\\u002Fzhuanlan.zhihu.com"}},"host":"zhihu.com","protocol":"https:","wwwHost":"{HOST}","zhuanlanHost":"zhuanlan.zhihu.com"}}</script><script id="js-initialData" type="text/json">{raw}</script><script crossorigin="" src="https://static.zhihu.com/heifetz/runtime.app.8d3a6e0b2c1f.js"></script><script crossorigin="" src="https://static.zhihu.com/heifetz/vendors~main.app.21b4c7e09f8e.js"></script><script crossorigin="" src="https://static.zhihu.com/heifetz/main.app.8a0c27b4e6d1.js"></script><script crossorigin="" src="https://static.zhihu.com/heifetz/main.question-routes.3d7e9b01c6a4.js"></script><script src="https://hm.baidu.com/hm.js?98beee57fd2ef70ccdd5ca52b9740c49" async=""></script><script src="https://zz.bdstatic.com/linksubmit/push.js" async=""></script></body></html>
"""


def topics_html(q):
    return "".join(
        f'<div class="Tag QuestionTopic css-1s3a4zw" data-za-detail-view-path-module="TopicItem" data-za-extra-module="{{&quot;card&quot;:{{&quot;content&quot;:{{&quot;type&quot;:&quot;Topic&quot;,&quot;token&quot;:&quot;{tid}&quot;}}}}}}"><span class="Tag-content"><a class="TopicLink" href="/topic/{tid}" target="_blank"><div class="Popover"><div id="Popover{n}-toggle" aria-haspopup="true" aria-expanded="false" aria-owns="Popover{n}-content">{name}</div></div></a></span></div>'
        for n, (tid, name) in enumerate(q["topics"], start=1)
    )


def question_header(q):
    name_json = json.dumps([{"name": n, "id": t} for t, n in q["topics"]], ensure_ascii=False).replace('"', "&quot;")
    return f"""<div class="QuestionPage" itemscope="" itemType="http://schema.org/Question"><meta itemProp="name" content="{q['title']}"/><meta itemProp="url" content="https://{HOST}/question/{q['qid']}"/><meta itemProp="keywords" content="{','.join(n for _, n in q['topics'])}"/><meta itemProp="answerCount" content="{q['count']}"/><meta itemProp="commentCount" content="{q['qcomments']}"/><meta itemProp="dateCreated" content="{q['created']}"/><meta itemProp="dateModified" content="{q['created']}"/><meta itemProp="zhihu:visitsCount"/><meta itemProp="zhihu:followerCount" content="{q['followers'].replace(',', '')}"/><div data-zop-question="{{&quot;title&quot;:&quot;{q['title']}&quot;,&quot;topics&quot;:{name_json},&quot;id&quot;:{q['qid']},&quot;isEditable&quot;:false}}"><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-tags"><div class="QuestionHeader-topics">{topics_html(q)}</div></div><h1 class="QuestionHeader-title">{q['title']}</h1><div><div class="css-eew49z"><div class="QuestionRichText QuestionRichText--expandable QuestionRichText--collapsed"><div><span class="RichText ztext css-117anjg" options="[object Object]" itemProp="text">{q['detail']}</span><button type="button" class="Button QuestionRichText-more Button--plain">显示全部<span style="display:inline-flex;align-items:center">\u200b<svg width="24" height="24" viewBox="0 0 24 24" class="Zi Zi--ArrowDown" fill="currentColor"></svg></span></button></div></div></div></div></div><div class="QuestionHeader-side"><div class="QuestionHeader-follow-status"><div class="QuestionFollowStatus"><div class="NumberBoard QuestionFollowStatus-counts NumberBoard--divider"><button type="button" class="Button NumberBoard-item Button--plain"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue" title="{q['followers'].replace(',', '')}">{q['followers']}</strong></div></button><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue" title="{q['views'].replace(',', '')}">{q['views']}</strong></div></div></div></div></div></div></div><div class="QuestionHeader-footer"><div class="QuestionHeader-footer-inner"><div class="QuestionHeader-main QuestionHeader-footer-main"><div class="QuestionButtonGroup"><button type="button" class="Button FollowButton css-1v8t69o Button--primary Button--blue">关注问题</button><button type="button" class="Button css-1v8t69o Button--blue Button--spread"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Edit QuestionButton-icon" fill="currentColor"></svg></span>写回答</button></div><div class="QuestionHeaderActions"><div class="QuestionHeader-Comment"><button type="button" class="Button Button--plain Button--withIcon Button--withLabel"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Comment Button-zi" fill="currentColor"></svg></span>{q['qcomments']} 条评论</button></div><div class="Popover ShareMenu"><div class="ShareMenu-toggler" id="Popover9-toggle" aria-haspopup="true" aria-expanded="false" aria-owns="Popover9-content"><button type="button" class="Button Button--plain Button--withIcon Button--withLabel"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Share Button-zi" fill="currentColor"></svg></span>分享</button></div></div><button type="button" class="Button Button--plain Button--withIcon Button--withLabel"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Invite Button-zi" fill="currentColor"></svg></span>邀请回答</button><button type="button" class="Button GoodQuestionAction-commonBtn Button--plain Button--withIcon Button--withLabel"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Like" fill="currentColor"></svg></span>好问题 {q['qcomments'] * 3 + 4}</button><div class="Popover"><button type="button" id="Popover10-toggle" aria-haspopup="true" aria-expanded="false" aria-owns="Popover10-content" class="Button Button--plain Button--withIcon Button--iconOnly"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Dots Button-zi" fill="currentColor"></svg></span></button></div></div><div class="QuestionHeader-actions"></div></div></div></div></div></div>"""


def author_meta(token, name, bio, votes, full_name=True):
    badge = f'<div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText css-14ur8a8">{bio}</div></div></div>' if bio else ""
    return f"""<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo AnswerItem-authorInfo--related" itemProp="author" itemscope="" itemType="http://schema.org/Person"><div class="AuthorInfo"><meta itemProp="name" content="{name}"/><meta itemProp="image" content="https://picx.zhimg.com/v2-{stable_pid(token)}_l.jpg"/><meta itemProp="url" content="https://{HOST}/people/{token}"/><meta itemProp="zhihu:followerCount"/><span class="UserLink AuthorInfo-avatarWrapper"><div class="css-1gomreu"><a href="//{HOST}/people/{token}" target="_blank" class="UserLink-link" data-za-detail-view-element="5"><img class="Avatar AuthorInfo-avatar css-1hx3fyn" src="https://picx.zhimg.com/v2-{stable_pid(token)}_l.jpg" srcSet="https://picx.zhimg.com/v2-{stable_pid(token)}_xl.jpg 2x" alt="{name}" loading="lazy"/></a></div></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><div class="css-1gomreu"><a href="//{HOST}/people/{token}" target="_blank" class="UserLink-link" data-za-detail-view-element="5">{name}</a></div></span></div>{badge}</div></div></div><div class="LabelContainer-wrapper"></div><div class="css-h5al4j"><span><span class="Voters"><button type="button" class="Button Button--plain">{votes:,} 人赞同了该回答</button></span></span></div></div>"""


def actions(votes, comments, collapsed=False):
    more = '<button type="button" class="Button ContentItem-action ContentItem-rightButton Button--plain"><span class="RichContent-collapsedText">收起</span><span style="display:inline-flex;align-items:center">\u200b<svg width="24" height="24" viewBox="0 0 24 24" class="Zi Zi--ArrowDown ContentItem-arrowIcon is-active" fill="currentColor"></svg></span></button>' if not collapsed else ""
    return f"""<div><div class="ContentItem-actions{' RichContent-actions' if not collapsed else ''}"><span><button aria-label="赞同 {votes} " aria-live="polite" type="button" class="Button VoteButton VoteButton--up FEfUrdfMIKpQDJDqkjte"><span style="display:inline-flex;align-items:center">\u200b<svg width="10" height="10" viewBox="0 0 24 24" class="Zi Zi--TriangleUp VoteButton-TriangleUp" fill="currentColor"></svg></span>赞同 {votes}</button><button aria-label="反对" aria-live="polite" type="button" class="Button VoteButton VoteButton--down FEfUrdfMIKpQDJDqkjte"><span style="display:inline-flex;align-items:center">\u200b<svg width="10" height="10" viewBox="0 0 24 24" class="Zi Zi--TriangleDown" fill="currentColor"></svg></span></button></span><button type="button" class="Button ContentItem-action FEfUrdfMIKpQDJDqkjte Button--plain Button--withIcon Button--withLabel"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Comment Button-zi" fill="currentColor"></svg></span>{comments} 条评论</button><div class="Popover ShareMenu ContentItem-action"><div class="ShareMenu-toggler" aria-haspopup="true" aria-expanded="false"><button type="button" class="Button FEfUrdfMIKpQDJDqkjte Button--plain Button--withIcon Button--withLabel"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Share Button-zi" fill="currentColor"></svg></span>分享</button></div></div><button type="button" class="Button ContentItem-action FEfUrdfMIKpQDJDqkjte Button--plain Button--withIcon Button--withLabel"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Star Button-zi" fill="currentColor"></svg></span>收藏</button><button type="button" class="Button ContentItem-action FEfUrdfMIKpQDJDqkjte Button--plain Button--withIcon Button--withLabel"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Heart Button-zi" fill="currentColor"></svg></span>喜欢</button><div class="Popover ContentItem-action"><button type="button" aria-haspopup="true" aria-expanded="false" class="Button OptionsButton FEfUrdfMIKpQDJDqkjte Button--plain Button--withIcon Button--iconOnly"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Dots Button-zi" fill="currentColor"></svg></span></button></div>{more}</div></div>"""


def time_line(q):
    a = q["answer"]
    ip = f"・IP 属地{a['ip']}" if a["ip"] else ""
    shown = f"编辑于 {a['edited']}" if a["edited"] else f"发布于 {a['published']}"
    return f"""<div><div class="ContentItem-time"><a target="_blank" href="{answer_url(q)}"><span data-tooltip="发布于 {a['published']}" aria-label="发布于 {a['published']}">{shown}</span></a>{ip}</div></div>"""


def item_metas(q):
    a = q["answer"]
    created = a["published"].replace(" ", "T") + ":00.000Z"
    modified = (a["edited"] or a["published"]).replace(" ", "T") + ":00.000Z"
    return f"""<meta itemProp="image"/><meta itemProp="upvoteCount" content="{a['votes']}"/><meta itemProp="url" content="https://{HOST}{answer_url(q)}"/><meta itemProp="dateCreated" content="{created}"/><meta itemProp="dateModified" content="{modified}"/><meta itemProp="commentCount" content="{a['comments']}"/>"""


def zop(q, aid, name):
    return f'{{&quot;authorName&quot;:&quot;{name}&quot;,&quot;itemId&quot;:{aid},&quot;title&quot;:&quot;{q["title"]}&quot;,&quot;type&quot;:&quot;answer&quot;}}'


def main_answer(q, collapsed):
    a = q["answer"]
    if collapsed:
        inner = f'<div class="RichContent RichContent--unescapable is-collapsed"><div class="RichContent-inner RichContent-inner--collapsed" style="max-height:400px"><span class="RichText ztext CopyrightRichText-richText css-117anjg" options="[object Object]" itemProp="text">{rich_paras(q)}</span></div>{time_line(q)}<button type="button" class="Button ContentItem-more ContentItem-expandButton FEfUrdfMIKpQDJDqkjte Button--plain">展开阅读全文<span style="display:inline-flex;align-items:center">\u200b<svg width="24" height="24" viewBox="0 0 24 24" class="Zi Zi--ArrowDown ContentItem-arrowIcon" fill="currentColor"></svg></span></button>{actions(a["votes"], a["comments"], True)}</div>'
    else:
        inner = f'<div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner"><div class="css-376mun"><span class="RichText ztext CopyrightRichText-richText css-117anjg" options="[object Object]" itemProp="text">{rich_paras(q)}</span></div></div></span>{time_line(q)}{actions(a["votes"], a["comments"])}</div>'
    return f"""<div class="ContentItem AnswerItem" data-za-index="0" data-zop="{zop(q, a['aid'], a['name'])}" name="{a['aid']}" itemProp="{'acceptedAnswer' if not collapsed else 'suggestedAnswer'}" itemType="http://schema.org/Answer" itemscope="">{author_meta(a['token'], a['name'], a['bio'], a['votes'])}{item_metas(q)}{inner}</div>"""


def preview(q, n, other):
    token, name, bio, votes, comments, excerpt = other
    aid = int(q["answer"]["aid"]) + 7919 * (n + 1)
    return f"""<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-za-index="{n}" data-zop="{zop(q, aid, name)}" name="{aid}" itemProp="suggestedAnswer" itemType="http://schema.org/Answer" itemscope="">{author_meta(token, name, bio, votes)}<meta itemProp="upvoteCount" content="{votes}"/><meta itemProp="commentCount" content="{comments}"/><div class="RichContent RichContent--unescapable is-collapsed"><div class="RichContent-inner RichContent-inner--collapsed"><span class="RichText ztext CopyrightRichText-richText css-117anjg" options="[object Object]" itemProp="text">{excerpt}</span><button type="button" class="Button ContentItem-more ContentItem-rightButton FEfUrdfMIKpQDJDqkjte Button--plain">阅读全文<span style="display:inline-flex;align-items:center">\u200b<svg width="24" height="24" viewBox="0 0 24 24" class="Zi Zi--ArrowDown ContentItem-arrowIcon" fill="currentColor"></svg></span></button></div>{actions(votes, comments, True)}</div></div></div>"""


def side(q, with_author):
    a = q["answer"]
    author = ""
    if with_author:
        author = f"""<div class="Card AnswerAuthor"><div class="Card-header AnswerAuthor-title"><div class="Card-headerText">关于作者</div></div><div class="Card-section"><div class="AnswerAuthor-user"><div class="AnswerAuthor-user-avatar"><span class="UserLink"><a href="//{HOST}/people/{a['token']}" target="_blank" class="UserLink-link"><img class="Avatar Avatar--large UserLink-avatar css-1e0uxxw" width="60" height="60" src="https://picx.zhimg.com/v2-{stable_pid(a['token'])}_xl.jpg" alt="{a['name']}"/></a></span></div><div class="AnswerAuthor-user-content"><div class="AnswerAuthor-user-name"><span class="UserLink"><a href="//{HOST}/people/{a['token']}" target="_blank" class="UserLink-link">{a['name']}</a></span></div><div class="AnswerAuthor-user-headline"><div class="ztext">{a['bio']}</div></div></div></div></div><div class="Card-section AnswerAuthor-counts"><div class="NumberBoard"><a class="Button NumberBoard-item Button--plain" href="//{HOST}/people/{a['token']}/answers" type="button"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">回答</div><strong class="NumberBoard-itemValue">{a['counts'][0]}</strong></div></a><a class="Button NumberBoard-item Button--plain" href="//{HOST}/people/{a['token']}/posts" type="button"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">文章</div><strong class="NumberBoard-itemValue">{a['counts'][1]}</strong></div></a><a class="Button NumberBoard-item Button--plain" href="//{HOST}/people/{a['token']}/followers" type="button"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue">{a['counts'][2]}</strong></div></a></div></div><div class="Card-section"><div class="MemberButtonGroup AnswerAuthor-buttons"><button type="button" class="Button FollowButton Button--primary Button--blue"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Plus FollowButton-icon" fill="currentColor"></svg></span>关注他</button><button type="button" class="Button Button--grey Button--withIcon Button--withLabel"><span style="display:inline-flex;align-items:center">\u200b<svg width="1.2em" height="1.2em" viewBox="0 0 24 24" class="Zi Zi--Comments Button-zi" fill="currentColor"></svg></span>发私信</button></div></div></div>"""
    related = [(o["qid"], o["title"], o["count"]) for o in QUESTIONS if o is not q] + RELATED_EXTRA
    items = "".join(
        f'<div class="SimilarQuestions-item" itemProp="zhihu:similarQuestion" itemType="http://schema.org/Question" itemscope=""><meta itemProp="name" content="{t}"/><meta itemProp="url" content="https://{HOST}/question/{i}"/><meta itemProp="answerCount" content="{c}"/><meta itemProp="zhihu:followerCount"/><a target="_blank" type="button" class="Button Button--plain" href="/question/{i}">{t}</a><span class="SimilarQuestions-answerCount">{c} 个回答</span></div>'
        for i, t, c in related
    )
    return f"""<div class="Question-sideColumn Question-sideColumn--sticky css-1qyytj7" data-za-detail-view-path-module="RightSideBar">{author}<div class="Card css-1gz6qoi"><div class="Card-header SimilarQuestions-title"><div class="Card-headerText">相关问题</div></div><div class="Card-section SimilarQuestions-list">{items}</div></div><div class="Card css-1gz6qoi"><div class="Pc-card Card"><a href="/xen/vip-web" target="_blank"><img src="https://pic2.zhimg.com/v2-9a6b1c0b8a3c7a4e2d5f6e1b3c0a9d8e.png" alt="广告"/></a></div></div>{FOOTER}</div>"""


def initial_state(q, full):
    a = q["answer"]
    answers = {
        a["aid"]: {
            "id": int(a["aid"]),
            "type": "answer",
            "url": f"https://{HOST}/api/v4/answers/{a['aid']}",
            "author": {"urlToken": a["token"], "name": a["name"], "headline": a["bio"]},
            "createdTime": a["published"],
            "voteupCount": a["votes"],
            "commentCount": a["comments"],
            "content": rich_paras(q) if full else "",
            "excerpt": SPEECHES[a["speech"]].paras[1][:80],
            "ipInfo": f"IP 属地{a['ip']}" if a["ip"] else "",
        }
    }
    return {
        "initialState": {
            "common": {"ask": {}},
            "entities": {
                "questions": {q["qid"]: {"id": int(q["qid"]), "title": q["title"], "answerCount": q["count"], "detail": q["detail"]}},
                "answers": answers,
            },
            "question": {"answers": {q["qid"]: {"ids": [{"target": int(a["aid"])}], "isEnd": False}}},
        },
        "subAppName": "main",
    }


def answer_page(q):
    a = q["answer"]
    sp = SPEECHES[a["speech"]]
    others = "".join(preview(q, n + 1, o) for n, o in enumerate(q["others"]))
    body = f"""{question_header(q)}<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn" data-zop-questionanswerlist="true"><div class="Card ViewAll"><a class="QuestionMainAction ViewAll-QuestionMainAction" data-za-detail-view-element="5" href="/question/{q['qid']}">查看全部 {q['count']} 个回答</a></div><div class="Card AnswerCard css-0"><div class="QuestionAnswer-content" tabindex="0">{main_answer(q, False)}</div></div><div class="Card MoreAnswers"><div class="List"><div class="List-header"><h4 class="List-headerText">更多回答</h4></div><div>{others}</div></div></div><div class="Card ViewAll"><a class="QuestionMainAction ViewAll-QuestionMainAction" data-za-detail-view-element="5" href="/question/{q['qid']}">查看全部 {q['count']} 个回答</a></div></div></div>{side(q, True)}</div></div></div>"""
    title = f"{q['title']} - 知乎"
    desc = f"{a['note'][:60]}…"
    return head(title, desc, answer_url(q), ",".join(n for _, n in q["topics"])) + body + tail(initial_state(q, True))


def question_page(q):
    others = "".join(preview(q, n + 1, o) for n, o in enumerate(q["others"]))
    body = f"""{question_header(q)}<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn" data-zop-questionanswerlist="true"><div class="Card"><div class="QuestionAnswers-answers" data-zop-feedlistmap="0,0,1,0"><div class="Card AnswersNavWrapper"><div class="ListShortcut"><div class="List"><div class="List-header"><h4 class="List-headerText"><span>{q['count']} 个回答</span></h4><div class="List-headerOptions"><div class="Popover"><button type="button" class="Button Select-button Select-plainButton Button--plain">默认排序<span style="display:inline-flex;align-items:center">\u200b<svg width="24" height="24" viewBox="0 0 24 24" class="Zi Zi--Select Select-arrow" fill="currentColor"></svg></span></button></div></div></div><div><div class="List-item" tabindex="0">{main_answer(q, True)}</div>{others}</div></div></div></div></div></div><div class="Card"><button type="button" class="Button QuestionAnswers-answerButton Button--blue Button--spread">写回答</button></div></div></div>{side(q, False)}</div></div></div>"""
    title = f"{q['title']} - 知乎"
    return head(title, q["detail"][:80], f"/question/{q['qid']}", ",".join(n for _, n in q["topics"])) + body + tail(initial_state(q, True))


def topic_page():
    items = ""
    for q in QUESTIONS:
        a = q["answer"]
        excerpt = f"{a['name']}：{a['note'][:44]}…"
        items += f"""<div class="List-item TopicFeedItem" tabindex="0"><div class="ContentItem AnswerItem" data-za-index="0" data-zop="{zop(q, a['aid'], a['name'])}" name="{a['aid']}" itemProp="acceptedAnswer" itemType="http://schema.org/Answer" itemscope=""><h2 class="ContentItem-title"><div itemProp="zhihu:question" itemType="http://schema.org/Question" itemscope=""><meta itemProp="url" content="https://{HOST}/question/{q['qid']}"/><meta itemProp="name" content="{q['title']}"/><a target="_blank" data-za-detail-view-element="2" href="{answer_url(q)}">{q['title']}</a></div></h2><div class="ContentItem-meta"></div><meta itemProp="upvoteCount" content="{a['votes']}"/><meta itemProp="url" content="https://{HOST}{answer_url(q)}"/><div class="RichContent is-collapsed"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-117anjg" options="[object Object]" itemProp="text">{excerpt}</span><button type="button" class="Button ContentItem-more FEfUrdfMIKpQDJDqkjte Button--plain">阅读全文<span style="display:inline-flex;align-items:center">\u200b<svg width="24" height="24" viewBox="0 0 24 24" class="Zi Zi--ArrowDown ContentItem-arrowIcon" fill="currentColor"></svg></span></button></div>{actions(a['votes'], a['comments'], True)}</div></div></div>"""
    body = f"""<div class="TopicPage"><div class="Card TopicCard"><div class="TopicCard-content"><div class="TopicCard-image"><img class="Avatar Avatar--large" width="100" height="100" src="https://pic1.zhimg.com/v2-5f2b1b0e9a6d_xl.jpg" alt="{TOPIC[1]}"/></div><div class="TopicCard-titleWrapper"><h1 class="TopicCard-title">{TOPIC[1]}</h1></div><div class="TopicCard-description"><span class="RichText ztext css-117anjg">讲话稿是在各种会议、仪式或活动上发表讲话所依据的文稿，包括开幕词、致辞、总结讲话、表态发言等。</span></div></div><div class="TopicCard-footer"><div class="NumberBoard"><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue" title="48213">48,213</strong></div></div><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">问题</div><strong class="NumberBoard-itemValue" title="3621">3,621</strong></div></div><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">精华内容</div><strong class="NumberBoard-itemValue" title="1000">1,000</strong></div></div></div><button type="button" class="Button FollowButton Button--primary Button--blue">关注话题</button></div></div><div class="Card TopicMain"><ul role="tablist" class="Tabs TopicMain-tabs"><li role="tab" class="Tabs-item"><a class="Tabs-link" href="/topic/{TOPIC[0]}/hot">讨论</a></li><li role="tab" class="Tabs-item"><a class="Tabs-link is-active" href="/topic/{TOPIC[0]}/top-answers">精华</a></li><li role="tab" class="Tabs-item"><a class="Tabs-link" href="/topic/{TOPIC[0]}/unanswered">等待回答</a></li></ul><div class="List TopicFeedList">{items}</div></div></div>"""
    return head(f"{TOPIC[1]} - 精华 - 知乎", "讲话稿话题下的精华内容", f"/topic/{TOPIC[0]}/top-answers", TOPIC[1]) + body + tail({"initialState": {"topic": {"id": TOPIC[0]}}, "subAppName": "main"})


class ZhihuFamily(Family):
    """`/question/N` is a page and the folder of `/question/N/answer/M`: stored as its index.html."""

    def file_for_url(self, url):
        key = super().file_for_url(url)
        if key.startswith("question/") and key.count("/") == 1:
            return key + "/index.html"
        return key

    def write(self):
        out = super().write()
        from common import FAMILIES

        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def build() -> Family:
    fam = ZhihuFamily(
        HOST,
        "知乎 answer pages (www.zhihu.com/question/N/answer/M, React SSR as a crawler gets it): one answer's speech inside a question page's furniture",
        extensionless_html=True,
    )
    fam.home = f"/topic/{TOPIC[0]}/top-answers"
    fam.put(fam.home, topic_page())
    fam.not_documents.append(fam.home)
    for q in QUESTIONS:
        a = q["answer"]
        fam.put(f"/question/{q['qid']}/index.html", question_page(q))
        fam.not_documents.append(f"/question/{q['qid']}")
        fam.put(answer_url(q), answer_page(q))
        sp = SPEECHES[a["speech"]]
        fam.doc([answer_url(q)], sp, published_at=a["published"][:10])
    fam.put(
        "/robots.txt",
        "User-agent: *\nDisallow: /login\nDisallow: /logout\nDisallow: /resetpassword\nDisallow: /terms\nDisallow: /search\nDisallow: /notifications\nDisallow: /settings\nDisallow: /inbox\nDisallow: /admin_inbox\nDisallow: /*?guide*\n",
    )
    fam.noise += [
        "谢邀",
        "原稿是我们办公室整理的",
        "个人最喜欢第三点",
        "以上。开学季",
        "这类讲话不用写得太长",
        "供参考",
        "材料是死的，村情是活的",
        "有哪些让你印象深刻的开学典礼校长致辞",
        "想收集一些真正打动过你的致辞",
        "刚到乡镇工作半年",
        "显示全部",
        "关注问题",
        "写回答",
        "邀请回答",
        "好问题 25",
        "查看全部",
        "人赞同了该回答",
        "发布于",
        "编辑于",
        "IP 属地",
        "赞同 2136",
        "条评论",
        "收藏",
        "更多回答",
        "阅读全文",
        "说一个冷门的",
        "结构上可以按",
        "关于作者",
        "发私信",
        "高校行政",
        "在乡镇干了十二年",
        "相关问题",
        "开学典礼上的致辞一般怎么写",
        "京 ICP 备 13052560 号",
        "违法和不良信息举报",
        "林小问",
        "乡镇老王",
    ]
    fam.note = (
        "Home is the topic page `/topic/20062341/top-answers` (extensionless, `extensionless_html`). Each document is "
        "one answer page `/question/N/answer/M`; its text is that answer's speech only: not the question title or "
        "detail text, the answerer's note before it and closing line after it, the bold title line (the expected "
        "title is the speech's), the other answers' previews (更多回答) or the side column. `published_at` is the "
        "answer's 发布于 date (the first answer shows 编辑于 with 发布于 in a tooltip and in `dateCreated`). "
        "`/question/N` is the question page (a listing of answers, not a document) although, as on the real site, it "
        "prints the first answer in full inside a collapsed box (展开阅读全文); `/question/N` is also the folder of its "
        "answers, so `_site.json` sets `folder_pages` (the replica answers it with the folder's index.html, no "
        "redirect). Links to `/people/…`, `/topic/…` other than the home and the 相关问题 not among these two "
        "questions are not served (404)."
    )
    return fam
