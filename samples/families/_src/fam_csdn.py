"""A CSDN blog (blog.csdn.net/<user>/article/details/N), 2023 `blogv2` template: `h1.title-article`,
`article-bar-top` (原创 mark, `于 … 发布` / `已于 … 修改`, 阅读量, 收藏, 点赞数), 文章标签, the
`article-copyright` box (CC 4.0 BY-SA 版权声明 + 本文链接), `#article_content` > `#content_views`
(markdown_views): one post opens with the blogger's own note and ends with a code block (`登录后复制`
button in `data-title`), its `#article_content` height-limited under the `hide-article-box`
(关注博主即可阅读全文: the text is all in the page, truncated: false); the other is a 付费专栏 article
cut by the server before `订阅专栏 解锁全文` (truncated). Toolbar (点赞 / 收藏 / 评论 / 分享), comment box,
`recommend-box`, the aside user card (码龄, 原创 / 粉丝 / 获赞, 关注 / 私信, 最新文章). Home is the
user's page `/<user>` (a folder here: the replica redirects to `/<user>/`) with 40 `article-item-box`
items; page 2 (`/<user>/article/list/2`) is reached only through the `pageBox` script pager's
`baseUrl` / `listTotal` variables. CSDN writes absolute https links; here the blog's are root-relative."""

import html

from common import SPEECHES, Family

HOST = "blog.csdn-like.test"
USER = "qq_41729374"
NICK = "林间有风_"
BLOG = f"/{USER}"

CS1, CS2 = SPEECHES["CS1"], SPEECHES["CS2"]
NOTE_CS1 = "前几天城市站正式成立，作为首任站长上台讲了几句。会后不少朋友私信要讲稿，这里整理一下发出来，口语的地方略作修改。"
TAIL_CS1 = "附：当天现场签到用的小脚本，读报名表、按手机号核对，有需要的自取："
CODE_CS1 = """import csv

def check_in(phone, path="signup.csv"):
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["phone"] == phone:
                return row["name"]
    return None"""
CS2_SHOWN = 5  # paragraphs printed before the 付费专栏 cut

# (id, title, date, read, summary) newest first; the two speeches slot in by date
OTHERS = [
    (135981204, "SpringBoot 3 集成 Redis 缓存穿透的三种解决方案", "2024-01-06 22:14:51", 412),
    (135903377, "Vue3 + Vite 项目打包体积优化实践", "2024-01-02 20:31:09", 388),
    (135842116, "2023年度总结：从写业务到带团队", "2023-12-31 23:05:44", 1207),
    (135790265, "MySQL 索引失效的十个常见场景", "2023-12-28 21:47:30", 2960),
    (135712948, "Linux 下排查 CPU 飙高的完整步骤", "2023-12-24 19:12:03", 865),
    (135655031, "Docker Compose 部署 Nginx + 若依前后端分离项目", "2023-12-20 22:38:17", 1534),
    (135590472, "Python 爬虫入门：requests + BeautifulSoup 抓取公开数据", "2023-12-17 16:05:26", 744),
    (135521809, "Git 撤销提交的几种方式对比", "2023-12-14 21:20:58", 512),
    (135468734, "蓝桥杯 Python 组备赛资料整理", "2023-12-12 20:44:19", 2311),
    (135390016, "动态规划专题：背包问题九讲笔记（一）", "2023-12-07 22:56:40", 1688),
    (135344729, "动态规划专题：背包问题九讲笔记（二）", "2023-12-05 21:31:12", 903),
    (135287352, "Java 线程池参数如何设置才合理", "2023-12-02 20:17:45", 1320),
    (135230981, "Redis 持久化 RDB 与 AOF 的区别", "2023-11-29 22:02:33", 677),
    (135176420, "Nginx 反向代理 WebSocket 配置记录", "2023-11-27 19:48:06", 459),
    (135120548, "Kafka 消费者重复消费问题排查", "2023-11-24 21:33:27", 581),
    (135059310, "前端跨域问题的五种解决方案", "2023-11-21 20:09:52", 1196),
    (134988603, "ElasticSearch 分页查询深度分页问题", "2023-11-16 21:15:38", 640),
    (134935817, "MyBatis-Plus 逻辑删除与自动填充", "2023-11-13 20:26:04", 498),
    (134872094, "Spring Cloud Gateway 统一鉴权方案", "2023-11-10 22:51:19", 873),
    (134810362, "JVM 垃圾回收器 G1 调优笔记", "2023-11-07 21:07:42", 1102),
    (134759428, "图论专题：最短路 Dijkstra 模板与例题", "2023-11-04 19:58:33", 1417),
    (134698215, "图论专题：并查集的路径压缩与按秩合并", "2023-11-01 20:34:57", 726),
    (134641780, "Python 多进程与多线程的选择", "2023-10-29 21:49:10", 533),
    (134580931, "RabbitMQ 死信队列实现延迟消息", "2023-10-26 22:18:24", 689),
    (134524066, "数据库连接池 HikariCP 参数说明", "2023-10-24 20:40:36", 402),
    (134473519, "用 GitHub Actions 自动部署静态博客", "2023-10-21 16:22:48", 355),
    (134418847, "Nacos 配置中心动态刷新不生效的原因", "2023-10-18 21:56:02", 817),
    (134362190, "Vue3 组合式 API 与选项式 API 对比", "2023-10-15 20:03:15", 462),
    (134301725, "线段树入门：区间求和与懒标记", "2023-10-12 22:29:39", 1289),
    (134248316, "Maven 依赖冲突排查与解决", "2023-10-09 21:12:50", 371),
    (134195584, "字符串专题：KMP 算法图解", "2023-10-06 19:37:21", 1876),
    (134136027, "Java Stream 常用操作汇总", "2023-10-03 20:45:13", 944),
    (134080693, "Linux 定时任务 crontab 使用详解", "2023-09-30 21:08:29", 318),
    (134024158, "MySQL 主从复制搭建步骤", "2023-09-27 22:34:47", 725),
    (133971402, "前缀和与差分：从一维到二维", "2023-09-24 20:19:05", 1038),
    (133915866, "SpringBoot 统一异常处理与返回格式", "2023-09-21 21:51:36", 601),
    (133860271, "二分查找的边界问题总结", "2023-09-18 19:44:18", 1522),
    (133806739, "Docker 镜像瘦身的几个技巧", "2023-09-15 21:27:54", 430),
    (133749014, "新学期实验室招新宣讲稿", "2023-09-10 20:06:41", 287),
    (133690588, "Redis 分布式锁的正确姿势", "2023-09-06 22:13:07", 1163),
    (133627915, "SQL 窗口函数入门：排名与分组统计", "2023-09-02 21:35:26", 807),
    (130198742, "开源社区城市站筹备小记", "2023-04-09 22:40:11", 236),
    (129873216, "第一次给开源项目提 PR 的全过程", "2023-03-26 20:18:44", 1745),
]
POSTS = {
    # speech: (id, published, modified, read, collect, like, comments, tags, column)
    "CS2": (135412387, "2023-12-09 21:48:26", None, 936, 17, 24, 6, ["算法竞赛", "ACM", "经验分享"], "算法竞赛杂谈"),
    "CS1": (130287654, "2023-04-15 21:37:05", "2023-04-16 09:12:40", 1315, 12, 8, 3, ["开源", "技术社区", "演讲稿"], None),
}


def listing():
    rows = [(i, t, d, r, None) for i, t, d, r in OTHERS]
    for key, speech in (("CS1", CS1), ("CS2", CS2)):
        pid, pub, _m, read, *_ = POSTS[key]
        rows.append((pid, speech.title, pub, read, key))
    return sorted(rows, key=lambda r: r[2], reverse=True)


def head(title, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
    <meta charset="utf-8">
    <link rel="canonical" href="https://{HOST}{extra and extra.split('|')[0]}"/>
    <meta http-equiv="content-type" content="text/html; charset=utf-8">
    <meta name="renderer" content="webkit"/>
    <meta name="force-rendering" content="webkit"/>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta name="report" content='{{"pid": "blog", "spm":"1001.2101"}}'>
    <meta name="referrer" content="always">
    <meta http-equiv="Cache-Control" content="no-siteapp" /><link rel="alternate" media="handheld" href="#" />
    <meta name="shenma-site-verification" content="5a59773ab8077d4a62bf469ab966a63b_1497598848">
    <meta name="applicable-device" content="pc">
    <link  href="https://g.csdnimg.cn/static/logo/favicon32.ico"  rel="shortcut icon" type="image/x-icon" />
    <title>{html.escape(title)}</title>
    {extra and extra.split('|', 1)[1]}
    <link rel="stylesheet" type="text/css" href="https://csdnimg.cn/release/blogv2/dist/pc/css/detail_enter-af0ead44cd.min.css">
    <script src="https://csdnimg.cn/public/common/libs/jquery/jquery-1.9.1.min.js" type="text/javascript"></script>
</head>
<body class="nodata " style="">
    <div id="toolbarBox" style="min-height: 48px;"></div>
    <script>
        var toolbarSearchExt = '{{"landingWord":[],"queryWord":"","tag":[],"title":""}}';
    </script>
    <script src="https://g.csdnimg.cn/common/csdn-toolbar/csdn-toolbar.js" type="text/javascript"></script>
"""


FOOT = """<div class="blog-footer-bottom" style="margin-top:10px;"></div>
<script src="https://g.csdnimg.cn/common/csdn-footer/csdn-footer.js" data-isfootertrack="false" type="text/javascript"></script>
<div id="csdn-footer" class="csdn-footer"><ul><li><a href="https://www.csdn.net/company/index.html#about" target="_blank">关于我们</a></li><li><a href="https://www.csdn.net/company/index.html#recruit" target="_blank">招贤纳士</a></li><li><a href="https://marketing.csdn.net/questions/Q2202181741262323995" target="_blank">商务合作</a></li><li><a href="https://marketing.csdn.net/questions/Q2202181748074189855" target="_blank">寻求报道</a></li><li>400-660-0108</li><li>kefu@csdn.net</li><li>在线客服</li><li>工作时间&nbsp;8:30-22:00</li></ul><ul><li>公安备案号11010502030143</li><li><a href="http://beian.miit.gov.cn/publish/query/indexFirst.action" rel="noreferrer" target="_blank">京ICP备19004658号</a></li><li>京网文〔2020〕1039-165号</li><li>网络110报警服务</li><li>中国互联网举报中心</li><li>家长监护</li><li>版权与免责声明</li><li>版权申诉</li><li>出版物许可证</li><li>营业执照</li><li>©1999-2024北京创新乐知网络技术有限公司</li></ul></div>
</body>
</html>
"""


def aside(newest):
    items = "".join(
        f'<li class="clearfix"><a class="" href="{BLOG}/article/details/{pid}" target="_blank">{html.escape(t)}</a></li>'
        for pid, t, *_ in newest
    )
    return f"""<aside class="blog_container_aside">
<div id="asideProfile" class="aside-box">
    <div class="profile-intro d-flex">
        <div class="avatar-box d-flex justify-content-center flex-column">
            <a href="{BLOG}" data-report-click='{{"mod":"popu_379","spm":"1001.2101.3001.4121","dest":"https://blog.csdn.net/{USER}","ab":"new"}}'>
                <img src="https://profile-avatar.csdnimg.cn/3c1f4b2a9e8d4f6a8b7c6d5e4f3a2b1c_{USER}.jpg!1" class="avatar_pic">
            </a>
        </div>
        <div class="user-info d-flex flex-column profile-intro-name-box">
            <div class="profile-intro-name-boxTop">
                <a href="{BLOG}" class="" id="uid" title="{NICK}" target="_blank"><span class="name " username="{USER}">{NICK}</span></a>
                <span><img class="identity-icon" src="https://csdnimg.cn/identity/blog5.png"></span>
            </div>
            <div class="profile-intro-name-boxFooter">
                <span class="personal-home-page personal-home-years" title="已加入 CSDN 6年">码龄6年</span>
                <span class="personal-home-page"><a class="personal-home-certification" href="https://i.csdn.net/#/uc/profile?utm_source=14998968" target="_blank" title="暂无认证"><img src="https://csdnimg.cn/identity/nocErtification.png" alt="">暂无认证</a></span>
            </div>
        </div>
    </div>
    <div class="data-info d-flex item-tiling">
        <dl class="text-center" title="44"><a href="{BLOG}" data-report-click='{{"mod":"1598321000_001","spm":"1001.2101.3001.4310"}}'><dt><span class="count">44</span></dt><dd class="font">原创</dd></a></dl>
        <dl class="text-center" data-report-click='{{"mod":"1598321000_002","spm":"1001.2101.3001.4311"}}' title="23851"><a href="https://blog.csdn.net/rank/list/weekly" target="_blank"><dt><span class="count">2万+</span></dt><dd class="font">周排名</dd></a></dl>
        <dl class="text-center" title="98213"><a href="https://blog.csdn.net/rank/list/total" target="_blank"><dt><span class="count">9万+</span></dt><dd class="font">总排名</dd></a></dl>
        <dl class="text-center" style="min-width:58px" title="46872"><dt><span class="count">4万+</span></dt><dd>访问</dd></dl>
        <dl class="text-center" title="5级,点击查看等级说明"><dt><a href="https://blog.csdn.net/blogdevteam/article/details/103478461" target="_blank"><img class="level" src="https://csdnimg.cn/identity/blog5.png"></a></dt><dd>等级</dd></dl>
    </div>
    <div class="item-rank"></div>
    <div class="data-info d-flex item-tiling">
        <dl class="text-center" title="1486"><dt><span class="count">1486</span></dt><dd>积分</dd></dl>
        <dl class="text-center" id="fanBox" title="512"><dt><span class="count" id="fan">512</span></dt><dd>粉丝</dd></dl>
        <dl class="text-center" title="687"><dt><span class="count">687</span></dt><dd>获赞</dd></dl>
        <dl class="text-center" title="143"><dt><span class="count">143</span></dt><dd>评论</dd></dl>
        <dl class="text-center" title="1032"><dt><span class="count">1032</span></dt><dd>收藏</dd></dl>
    </div>
    <div class="profile-intro-name-boxOpration">
        <div class="opt-letter-watch-box">
            <a class="bt-button personal-letter" href="https://im.csdn.net/chat/{USER}" target="_blank" rel="noopener">私信</a>
        </div>
        <div class="opt-letter-watch-box"><a class="personal-watch bt-button" id="btnAttent">关注</a></div>
    </div>
</div>
<div id="asideSearchArticle" class="aside-box"><div class="aside-content search-comter"><div class="aside-search aside-search-blog"><input type="text" class="input-serch-blog" name="" autocomplete="off" value="" id="search-blog-words" placeholder="搜博主文章"><a class="btn-search-blog" data-report-click='{{"spm":"1001.2101.3001.9182"}}'><img src="//csdnimg.cn/cdn_source/img/csdn-userimg/search-blog.png"></a></div></div></div>
<div id="asideNewArticle" class="aside-box">
    <h3 class="aside-title">最新文章</h3>
    <div class="aside-content"><ul class="inf_list clearfix">{items}</ul></div>
</div>
<div id="asideArchive" class="aside-box flexible-box"><h3 class="aside-title">2024年<em>2篇</em></h3><h3 class="aside-title">2023年<em>42篇</em></h3></div>
</aside>
"""


def code_block(code):
    esc = html.escape(code)
    numbers = "".join(f'<li style="color: rgb(153, 153, 153);">{n}</li>' for n in range(1, len(code.split("\n")) + 1))
    return (
        f'<pre data-index="0" class="set-code-show prettyprint"><code class="prism language-python has-numbering" onclick="mdcp.copyCode(event)" style="position: unset;">{esc}\n'
        f'</code><ul class="pre-numbering" style="">{numbers}</ul>'
        '<div class="hljs-button signin active" data-title="登录后复制" onclick="hljs.signin(event)"></div></pre>\n'
    )


def recommend(items):
    out = ""
    for n, (url, title, desc, day) in enumerate(items):
        out += f"""<div class="recommend-item-box type_blog clearfix" data-url="https://{HOST}{url}" data-report-view='{{"ab":"new","spm":"1001.2101.3001.6650.{n + 1}","mod":"popu_387","index":"{n + 1}"}}'>
	<div class="content-box">
		<div class="content-blog display-flex">
			<div class="title-box">
				<a class="tit" href="{url}" target="_blank"><div class="left ellipsis-online ellipsis-online-1">{html.escape(title)}</div></a>
			</div>
			<div class="info-box display-flex"><div class="info display-flex"><span class="info-block time">{day}</span></div></div>
		</div>
		<div class="desc-box"><a href="{url}" target="_blank"><div class="desc ellipsis-online ellipsis-online-1">{html.escape(desc)}</div></a></div>
	</div>
</div>
"""
    return f'<div class="recommend-box insert-baidu-box recommend-box-style ">\n{out}</div>\n'


def article(key):
    speech = SPEECHES[key]
    pid, pub, modified, read, collect, like, comments, tags, column = POSTS[key]
    url = f"{BLOG}/article/details/{pid}"
    desc = html.escape((NOTE_CS1 if key == "CS1" else speech.paras[1])[:100])
    extra = (
        f"{url}|"
        f'<meta name="keywords" content="{",".join(tags)}">\n'
        f'    <meta name="csdn-baidu-search"  content=\'{{"autorun":true,"install":true,"keyword":"{speech.title}"}}\'>\n'
        f'    <meta name="description" content="{desc}">\n'
        f'    <script type="application/ld+json">{{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"https://{HOST}{url}","appid":"1638831770136827","pubDate":"{pub.replace(" ", "T")}","title":"{speech.title}","upDate":"{(modified or pub).replace(" ", "T")}"}}</script>'
    )
    time_line = (
        f'<span class="time">已于&nbsp;{modified}&nbsp;修改</span>\n'
        f'<div class="read-count-box"><img class="article-read-img article-heard-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/articleReadEyes2.png" alt=""><span class="read-count">阅读量{read / 1000:.1f}k</span>'
        if modified
        else f'<span class="time">于&nbsp;{pub}&nbsp;发布</span>\n'
        f'<div class="read-count-box"><img class="article-read-img article-heard-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/articleReadEyes2.png" alt=""><span class="read-count">阅读量{read}</span>'
    )
    tag_links = "".join(
        f'<a rel="nofollow" data-report-query="spm=1001.2101.3001.4223" data-report-click=\'{{"mod":"popu_626","spm":"1001.2101.3001.4223","strategy":"{t}","ab":"new","extra":"{{\\"searchword\\":\\"{t}\\"}}"}}\' class="tag-link" href="https://so.csdn.net/so/search/s.do?q={t}&amp;t=all&amp;o=vip&amp;s=&amp;l=&amp;f=&amp;viparticle=&amp;from_tracking_code=tag_word&amp;from_code=app_blog_art" target="_blank" rel="noopener">{t}</a>'
        for t in tags
    )
    column_box = ""
    if column:
        column_box = f"""<div class="column-group">
            <div class="column-group-item column-group0 column-group-item-one">
                <div class="item-l"><a class="item-target" href="{BLOG}/category_12563018.html" target="_blank" title="{column}"><img class="item-target" src="https://img-blog.csdnimg.cn/20201014180756754.png?x-oss-process=image/resize,m_fixed,h_64,w_64" alt=""><span class="title item-target"><span><span class="tit">{column}</span><span class="dec">专栏收录该内容</span></span></span></a></div>
                <div class="item-m"><span>6 篇文章</span><span>¥9.90</span></div>
                <div class="item-r"><a class="item-target article-column-bt articleColumnBt" data-id="12563018">订阅专栏</a></div>
            </div>
        </div>
"""
    if key == "CS1":
        body = (
            f"<p>{NOTE_CS1}</p>\n"
            '<h3><a name="t0"></a><a id="_2"></a>致辞全文</h3>\n'
            + "".join(f"<p>{p}</p>\n" for p in speech.paras)
            + "<hr />\n"
            + f"<p>{TAIL_CS1}</p>\n"
            + code_block(CODE_CS1)
            + "<p>（完）</p>\n"
        )
        content_style = ' style="height: 2000px; overflow: hidden;"'
        after = """<div class="hide-article-box hide-article-pos text-center">
    <a class="btn-readmore no-login" data-report-view='{"spm":"1001.2101.3001.6455"}' data-report-click='{"spm":"1001.2101.3001.6455"}'>关注博主即可阅读全文<img class="hide-article-box-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/arrowDownAttend.png" alt=""></a>
</div>
"""
    else:
        body = "".join(f"<p>{p}</p>\n" for p in speech.paras[:CS2_SHOWN])
        content_style = ""
        after = f"""<div class="column-mask">
    <div class="column-mask-box">
        <p class="column-mask-title">本文为付费专栏《{column}》的内容，订阅专栏后可阅读全文</p>
        <p class="column-mask-dec">专栏共 6 篇文章，已有 38 人订阅</p>
        <a class="bt-subscribe-article" href="{BLOG}/category_12563018.html" target="_blank">订阅专栏 解锁全文</a>
    </div>
</div>
"""
    newest = listing()[:5]
    rec = [
        (f"/weixin_43682157/article/details/131205478", "在ICPC区域赛颁奖典礼上的教练发言稿", "各位老师、同学们：大家好！很高兴在这里和大家分享……", "06-18"),
        (f"/m0_62183440/article/details/128937512", "程序员节技术沙龙开场致辞", "今天是1024程序员节，欢迎大家来到我们的技术沙龙……", "10-24"),
        (f"{BLOG}/article/details/135468734", "蓝桥杯 Python 组备赛资料整理", "整理了历年真题和常用模板，持续更新……", "12-12"),
    ]
    return (
        head(f"{speech.title}-CSDN博客", extra)
        + f"""<script type="text/javascript">
    var isCorporate = false;
    var username =  "{USER}";
    var skinImg = "white";
    var blog_address = "https://{HOST}/{USER}";
    var currentUserName = "";
    var isOwner = false;
    var loginUrl = "http://passport.csdn.net/account/login?from=https://{HOST}{url}";
    var blogUrl = "https://{HOST}/";
    var avatar = "https://profile-avatar.csdnimg.cn/3c1f4b2a9e8d4f6a8b7c6d5e4f3a2b1c_{USER}.jpg!1";
    var articleTitle = "{speech.title}";
    var articleDesc = "{desc}";
    var articleTitles = "{speech.title}_{NICK}的博客-CSDN博客";
    var nickName = "{NICK}";
    var articleDetailUrl = "https://{HOST}{url}";
    var vipUrlV = "https://mall.csdn.net/vip?vipSource=learningVip";
    var articleId = {pid};
    var articleType = 1;
    var isCurrentUserVip = false;
    var showSearchText = "";
    var articleReadMore = {"true" if key == "CS1" else "false"};
</script>
<div class="main_father clearfix d-flex justify-content-center mainfather-concision" style="height:100%;">
<div class="container clearfix container-concision" id="mainBox">
<main>
<div class="blog-content-box">
    <div class="article-header-box">
        <div class="article-header">
            <div class="article-title-box">
                <h1 class="title-article" id="articleContentId">{speech.title}</h1>
            </div>
            <div class="article-info-box">
                <div class="article-bar-top">
                    <img class="article-type-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/original.png" alt="">
                    <div class="bar-content">
                    <a class="follow-nickName " href="{BLOG}" target="_blank" rel="noopener" title="{NICK}">{NICK}</a>
                    <img class="article-time-img article-heard-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/newUpTime2.png" alt="">
                    {time_line}
                    <a id="blog_detail_zk_collection" class="un-collection" data-report-click='{{"mod":"popu_823","spm":"1001.2101.3001.4232","ab":"new"}}'>
                        <img class="article-collect-img article-heard-img un-collect-status isdefault" style="display:inline-block" src="https://csdnimg.cn/release/blogv2/dist/pc/img/tobarCollect2.png" alt="">
                        <span class="name">收藏</span>
                        <span class="get-collection">{collect}</span>
                    </a>
                    <div class="read-count-box is-like"><img class="article-read-img article-heard-img" style="display:none" id="is-like-imgactive-new" src="https://csdnimg.cn/release/blogv2/dist/pc/img/newHeart2023Active.png" alt=""><span class="read-count" id="blog-digg-num">点赞数 {like}</span></div>
                    </div>
                    </div>
                </div>
                {'<div class="up-time"><span>于&nbsp;' + pub + '&nbsp;首次发布</span></div>' if modified else ''}
                <div class="blog-tags-box">
                    <div class="tags-box artic-tag-box">
                        <span class="label">文章标签：</span>
                        {tag_links}
                    </div>
                </div>
                <div class="slide-content-box">
                    <div class="article-copyright">
                        <div class="creativecommons">
                            版权声明：本文为博主原创文章，遵循<a href="http://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener"> CC 4.0 BY-SA </a>版权协议，转载请附上原文出处链接和本声明。
                        </div>
                        <div class="article-source-link">
                            本文链接：<a href="https://{HOST}{url}" target="_blank">https://{HOST}{url}</a>
                        </div>
                    </div>
                </div>
                <div class="operating">
                    <a class="href-article-edit slide-toggle">版权</a>
                </div>
            </div>
        </div>
    </div>
    {column_box}<div id="blogHuaweiyunAdvert"></div>
    <article class="baidu_pl">
        <div id="article_content" class="article_content clearfix"{content_style}>
        <link rel="stylesheet" href="https://csdnimg.cn/release/blogv2/dist/mdeditor/css/editerView/kdoc_html_views-1a98987dfd.css">
        <link rel="stylesheet" href="https://csdnimg.cn/release/blogv2/dist/mdeditor/css/editerView/ck_htmledit_views-25cebea3f9.css">
                <div id="content_views" class="markdown_views prism-atom-one-dark">
                    <svg xmlns="http://www.w3.org/2000/svg" style="display: none;">
                        <path stroke-linecap="round" d="M5,0 0,2.5 5,5z" id="raphael-marker-block" style="-webkit-tap-highlight-color: rgba(0, 0, 0, 0);"></path>
                    </svg>
                    {body}
                </div>
                <link href="https://csdnimg.cn/release/blogv2/dist/mdeditor/css/editerView/markdown_views-f23dff6052.css" rel="stylesheet">
                <link href="https://csdnimg.cn/release/blogv2/dist/mdeditor/css/style-c216769e99.css" rel="stylesheet">
        </div>
        <div id="treeSkill"></div>
    </article>
{after}</div>
<div id="blogVoteBox" style="display:none"></div>
<div id="recommendNps" class="recommend-nps-box common-nps-box" style="display: block;">
  <h3 class="aside-title">“相关推荐”对你有帮助么？</h3>
  <div class="aside-content"><ul class="newnps-list"><li class="newnps-item" data-type="非常没帮助"><div class="newnps-img-box"><img class="newnps-img active" src="https://csdnimg.cn/release/blogv2/dist/pc/img/npsFeel1.png" alt=""></div><div class="newnps-text">非常没帮助</div></li><li class="newnps-item" data-type="一般"><div class="newnps-text">一般</div></li><li class="newnps-item" data-type="非常有帮助"><div class="newnps-text">非常有帮助</div></li></ul></div>
</div>
<div id="pcCommentBox" class="comment-box comment-box-new2 " style="display:block">
    <div class="has-comment" style="display:block">
        <div class="one-line-box"><div class="has-comment-tit go-side-comment"><span class="count">{comments}</span>&nbsp;条评论</div></div>
        <div class="comment-login">您还未登录，请先<a class="btn-login" href="https://passport.csdn.net/login?code=applets">登录</a>后发表或查看评论</div>
    </div>
</div>
{recommend(rec)}<div class="blog-footer-bottom" style="margin-top:10px;"></div>
</main>
{aside(newest)}
</div>
<div class="recommend-right align-items-stretch clearfix" id="rightAside" data-type="recommend"></div>
</div>
<div class="more-toolbox-new more-toolbar" id="toolBarBox">
    <div class="left-toolbox">
        <div class="toolbox-left">
            <div class="profile-box"><a class="profile-href" target="_blank" href="{BLOG}"><img class="profile-img" src="https://profile-avatar.csdnimg.cn/3c1f4b2a9e8d4f6a8b7c6d5e4f3a2b1c_{USER}.jpg!1"><span class="profile-name">{NICK}</span></a></div>
            <div class="profile-attend"><a class="tool-attend tool-bt-button tool-bt-attend" href="javascript:;">关注</a><a class="tool-item-follow active-animation" style="display:none;">关注</a></div>
        </div>
        <div class="toolbox-middle">
            <ul class="toolbox-list">
                <li class="tool-item tool-item-size tool-active is-like" id="is-like"><a class="tool-item-href"><img style="display:none;" id="is-like-imgactive-animation-like" class="animation-dom active-animation" src="https://csdnimg.cn/release/blogv2/dist/pc/img/tobarThumbUpactive.png" alt=""><img class="isdefault" id="is-like-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/tobarThumbUp.png" alt=""><span id="spanCount" class="count ">{like}</span></a><div class="tool-hover-tip"><span class="text space">点赞</span></div></li>
                <li class="tool-item tool-item-size tool-active is-unlike" id="is-unlike"><a class="tool-item-href"><img class="isdefault" id="is-unlike-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/tobarThumbDown.png" alt=""><span id="unlikeCount" class="count "></span></a><div class="tool-hover-tip"><span class="text space">踩</span></div></li>
                <li class="tool-item tool-item-size tool-active is-collection "><a class="tool-item-href" href="javascript:;" data-report-click='{{"mod":"popu_824","spm":"1001.2101.3001.4130","ab":"new"}}'><img class="isdefault" id="is-collection-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/tobarCollect.png" alt=""><span class="count get-collection" id="get-collection">{collect}</span></a><div class="tool-hover-tip collect"><div class="collect-operate-box"><span class="collect-text" id="is-collection">收藏</span></div></div></li>
                <li class="tool-item tool-item-size tool-active tool-item-comment"><a class="tool-item-href go-side-comment" data-report-click='{{"spm":"1001.2101.3001.7009"}}'><img class="isdefault" src="https://csdnimg.cn/release/blogv2/dist/pc/img/tobarComment.png" alt=""><span class="count">{comments}</span></a><div class="tool-hover-tip"><span class="text space">评论</span></div></li>
                <li class="tool-item tool-item-size tool-active tool-QRcode" data-type="article" id="tool-share"><a class="tool-item-href" href="javascript:;" data-report-view='{{"spm":"3001.4129","extra":{{"type":"blogdetail"}}}}'><img class="isdefault" src="https://csdnimg.cn/release/blogv2/dist/pc/img/tobarShareBlack.png" alt=""><span class="count">分享</span></a></li>
                <li class="tool-item tool-item-size tool-active tool-item-reward"><a class="tool-item-href" href="javascript:;" data-report-click='{{"mod":"popu_830","spm":"1001.2101.3001.4237","dest":"","ab":"new"}}'><img class="isdefault reward-bt" id="rewardBtNew" src="https://csdnimg.cn/release/blogv2/dist/pc/img/tobarReward.png" alt="打赏"><span class="count">打赏</span></a></li>
            </ul>
        </div>
    </div>
</div>
<script src="https://csdnimg.cn/release/blogv2/dist/pc/js/detail-0f2fa4b1bc.min.js"></script>
"""
        + FOOT
    )


def item(pid, title, pub, read, key):
    summary = html.escape(
        (NOTE_CS1[:60] + "…") if key == "CS1" else (SPEECHES[key].paras[1][:60] + "…") if key else f"{title}，记录一下。"
    )
    return f"""<div class="article-item-box csdn-tracking-statistics" data-articleid="{pid}">
    <h4 class="">
        <a href="{BLOG}/article/details/{pid}" data-report-click='{{"spm":"1001.2014.3001.5190"}}' target="_blank">
            <span class="article-type type-1 float-none">原创</span>
            {html.escape(title)}
        </a>
    </h4>
    <p class="content">{summary}</p>
    <div class="info-box d-flex align-content-center">
        <p>
            <span class="date">{pub}</span>
            <span class="read-num"><img src="https://csdnimg.cn/release/blogv2/dist/pc/img/readCountWhite.png" alt="">{read}</span>
            <span class="read-num"><img src="https://csdnimg.cn/release/blogv2/dist/pc/img/commentCountWhite.png" alt="">{read // 200}</span>
        </p>
    </div>
</div>
"""


def list_page(page):
    rows = listing()
    shown = rows[(page - 1) * 40 : page * 40]
    items = "".join(item(*r) for r in shown)
    return (
        head(f"{NICK}的博客_CSDN博客-算法竞赛,Java,数据库领域博主", f"/{USER}|")
        + f"""<div class="main_father clearfix d-flex justify-content-center" style="height:100%;">
<div class="container clearfix" id="mainBox">
<main>
<div class="article-list">
    <div class="article-list-title"><a class="active" href="{BLOG}">原创</a><a href="{BLOG}?type=lately">最近</a></div>
{items}</div>
<div class="pagination-box" id="pageBox"></div>
</main>
{aside(rows[:5])}
</div>
</div>
<script>
    var currentPage = {page};
    var baseUrl = 'https://{HOST}/{USER}/article/list' ;
    var pageSize = 40 ;
    var listTotal = {len(rows)} ;
    var pageQueryStr = '';
    function getAllUrl(page) {{
        return baseUrl + "/" + page + pageQueryStr;
    }}
</script>
<script src="https://csdnimg.cn/release/blogv2/dist/pc/js/list-8b4c6ae5c4.min.js"></script>
"""
        + FOOT
    )


def build() -> Family:
    fam = Family(HOST, "CSDN blog (blogv2 article template, user page with a script pager)")
    fam.extensionless_html = True
    fam.home = f"/{USER}"
    fam.put(f"/{USER}/", list_page(1))
    fam.put(f"/{USER}/article/list/2", list_page(2))
    fam.not_documents += [f"/{USER}/", f"/{USER}/article/list/2"]
    rows = listing()
    assert [r[4] for r in rows[:40]].count("CS2") == 1 and [r[4] for r in rows[40:]].count("CS1") == 1
    for key in ("CS2", "CS1"):
        pid, pub, *_ = POSTS[key]
        path = f"{BLOG}/article/details/{pid}"
        fam.put(path, article(key))
        speech = SPEECHES[key]
        if key == "CS2":
            fam.doc([path], speech, truncated=True, text="\n".join(speech.paras[:CS2_SHOWN]))
        else:
            fam.doc([path], speech, found_by="script pager")
    fam.put("/robots.txt", "User-agent: *\nDisallow: /*/article/list/\nDisallow: /*?*\n")
    fam.noise += [
        NOTE_CS1,
        "致辞全文",
        TAIL_CS1,
        "def check_in",
        "（完）",
        "登录后复制",
        "关注博主即可阅读全文",
        "订阅专栏 解锁全文",
        "订阅专栏后可阅读全文",
        "专栏收录该内容",
        "版权声明：本文为博主原创文章",
        "CC 4.0 BY-SA",
        "转载请附上原文出处链接和本声明",
        "本文链接：",
        "文章标签：",
        "阅读量",
        "点赞数",
        "首次发布",
        NICK,
        "码龄6年",
        "最新文章",
        "相关推荐”对你有帮助么",
        "后发表或查看评论",
        "在ICPC区域赛颁奖典礼上的教练发言稿",
        "程序员节技术沙龙开场致辞",
        "京ICP备19004658号",
        "北京创新乐知网络技术有限公司",
    ]
    fam.note = (
        f"home is the user page `/{USER}` (a folder: the replica answers it with a redirect to `/{USER}/`); "
        "the older speech is listed only on page 2 (`/…/article/list/2`), reached through the `pageBox` "
        "script variables (`baseUrl`, `pageSize = 40`, `listTotal`); its page prints the whole text under "
        "`hide-article-box` (truncated: false); the 付费专栏 speech is cut before `订阅专栏 解锁全文` (truncated)"
    )
    return fam
