"""稻壳儿 (www.docer.com)-like Word 讲话稿 preview pages, as the Nuxt-rendered site prints them for a
guest: extensionless `/preview/N` pages (`extensionless_html`) in the `#__nuxt` / `#__layout` shell
with `data-v-…` scoped attributes; the top bar (稻壳儿 logo, 首页 / Word / Excel / PPT / 简历 / 文档 /
讲话稿 nav, search, 登录 / 开通稻壳会员), the 面包屑 (稻壳儿 > Word > 讲话稿 > title), `h1.preview__title`
with the 文档 info row (格式 docx / 页数 / 大小 / 上传时间 / 浏览 / 下载), the preview column of page
images (`img.preview__img` with `alt="…-第N页"`), then the `文档内容` text block the server prints for
the preview (the Word file's own centred title line first); for the 4-page document only 2 pages are
previewed and the text block stops with the member wall `剩余2页未读，开通稻壳会员免费下载查看全文`
(→ truncated), the 3-page one is shown whole (`—— 预览已结束 ——`); the right column 立即下载 / 稻壳会员
免费下载 / 单独购买 ¥ box, WPS 打开 prompt, 标签, 相关推荐 (the other document), 热门讲话稿, the
footer (金山办公, ICP) and `window.__NUXT__` state. The category page `/word/jianghuagao/` (page 2 at
`/word/jianghuagao/2/`) lists both documents; published_at is the printed 上传时间."""

from common import SPEECHES, Family

HOST = "www.docer-daoke.test"

# speech, id, pages, shown pages, 上传时间, size, views, downloads, uploader, tags
DOCS = [
    (SPEECHES["f45d-1"], "27184562", 4, 2, "2024-05-27", "24.6KB", "3,126", "412", "安全生产文库", ["安全生产月", "领导讲话", "启动会"]),
    (SPEECHES["f45d-5"], "26950318", 3, 3, "2024-04-12", "21.3KB", "1,874", "236", "校园文稿铺", ["读书月", "书香校园", "校长讲话"]),
]
OTHER = [
    ("27190077", "在2024年安全生产工作会议上的表态发言"),
    ("27003415", "校长在开学典礼上的讲话稿（精选）"),
    ("26871942", "在年中工作推进会上的讲话"),
    ("26512880", "青年干部座谈会发言稿范文"),
]

HEAD = """<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
<head>
<title>{title}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="keywords" name="keywords" content="{kw}"><meta data-n-head="ssr" data-hid="description" name="description" content="{desc}"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="//www.docer.com/favicon.ico"><link rel="preload" href="//qn.cache.wpscdn.cn/docer/_nuxt/runtime.3f1c2a8.js" as="script"><link rel="preload" href="//qn.cache.wpscdn.cn/docer/_nuxt/app.b7d41e0.js" as="script"><link rel="stylesheet" href="//qn.cache.wpscdn.cn/docer/_nuxt/css/app.9a0d5c1.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="layout-default" data-v-5e2a1b7c>
<div class="header" data-v-2c8f1d04 data-v-5e2a1b7c><div class="header__inner" data-v-2c8f1d04><a href="/" class="header__logo" data-v-2c8f1d04><img src="//qn.cache.wpscdn.cn/docer/images/logo_docer.png" alt="稻壳儿" data-v-2c8f1d04></a>
<ul class="header__nav" data-v-2c8f1d04><li data-v-2c8f1d04><a href="/" data-v-2c8f1d04>首页</a></li><li data-v-2c8f1d04><a href="/word/" data-v-2c8f1d04>Word</a></li><li data-v-2c8f1d04><a href="/excel/" data-v-2c8f1d04>Excel</a></li><li data-v-2c8f1d04><a href="/ppt/" data-v-2c8f1d04>PPT</a></li><li data-v-2c8f1d04><a href="/resume/" data-v-2c8f1d04>简历</a></li><li data-v-2c8f1d04><a href="/wendang/" data-v-2c8f1d04>文档</a></li><li class="active" data-v-2c8f1d04><a href="/word/jianghuagao/" data-v-2c8f1d04>讲话稿</a></li></ul>
<div class="header__search" data-v-2c8f1d04><input type="text" placeholder="搜索海量模板" class="search__input" data-v-2c8f1d04><button class="search__btn" data-v-2c8f1d04>搜索</button></div>
<div class="header__user" data-v-2c8f1d04><a href="javascript:;" class="header__vip" data-v-2c8f1d04>开通稻壳会员</a><a href="javascript:;" class="header__login" data-v-2c8f1d04>登录</a></div></div></div>
"""

FOOT = """<div class="footer" data-v-71d9a3e2 data-v-5e2a1b7c><div class="footer__inner" data-v-71d9a3e2>
<div class="footer__links" data-v-71d9a3e2><a href="/about/" data-v-71d9a3e2>关于稻壳儿</a><a href="/help/" data-v-71d9a3e2>帮助中心</a><a href="/creator/" data-v-71d9a3e2>设计师入驻</a><a href="/copyright/" data-v-71d9a3e2>版权声明</a><a href="/agreement/" data-v-71d9a3e2>用户协议</a><a href="/report/" data-v-71d9a3e2>侵权举报</a></div>
<p class="footer__copy" data-v-71d9a3e2>稻壳儿所有模板均由设计师原创上传，受著作权法保护，未经授权不得商用。</p>
<p class="footer__icp" data-v-71d9a3e2>Copyright © 2024 docer.com 珠海金山办公软件有限公司 <a href="https://beian.miit.gov.cn/" target="_blank" data-v-71d9a3e2>粤ICP备13062539号-7</a> 粤公网安备 44040202000152号</p>
</div></div>
<div class="sidebar-fixed" data-v-3f0b7e21 data-v-5e2a1b7c><a href="javascript:;" class="sidebar-fixed__item" data-v-3f0b7e21>客服</a><a href="javascript:;" class="sidebar-fixed__item" data-v-3f0b7e21>反馈</a><a href="javascript:;" class="sidebar-fixed__top" data-v-3f0b7e21>顶部</a></div>
</div></div></div><script>window.__NUXT__={state};</script><script src="//qn.cache.wpscdn.cn/docer/_nuxt/runtime.3f1c2a8.js" defer></script><script src="//qn.cache.wpscdn.cn/docer/_nuxt/app.b7d41e0.js" defer></script>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5b2c8ee0f87c4bda7c3c33e6a0c1a2d9";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</body>
</html>
"""


def foot(state):
    return FOOT.replace("{state}", state).replace("{{", "{").replace("}}", "}")


def card(id_, title, extra=""):
    return (
        f'<li class="tpl-item" data-v-4a7e0c11><a href="/preview/{id_}" target="_blank" class="tpl-item__link" data-v-4a7e0c11>'
        f'<img src="//img.docer.com/preview/{id_}/cover.png" alt="{title}" class="tpl-item__img" data-v-4a7e0c11>'
        f'<p class="tpl-item__title" data-v-4a7e0c11>{title}</p></a>{extra}</li>'
    )


def preview(i):
    speech, id_, pages, shown, up, size, views, dls, uploader, tags = DOCS[i]
    other = DOCS[1 - i]
    title = speech.title
    imgs = "\n".join(
        f'<div class="preview__page" data-v-6b1f9e3a><img src="//img.docer.com/preview/{id_}/{n}.png?x-oss-process=image/resize,w_820" alt="{title}-第{n}页" class="preview__img" data-v-6b1f9e3a><span class="preview__num" data-v-6b1f9e3a>{n}/{pages}</span></div>'
        for n in range(1, shown + 1)
    )
    if shown < pages:
        kept = len(speech.paras) * shown // pages
        paras = speech.paras[:kept]
        tail = (
            f'<div class="preview__more" data-v-6b1f9e3a><div class="preview__mask" data-v-6b1f9e3a></div>'
            f'<p class="preview__more-tip" data-v-6b1f9e3a>剩余{pages - shown}页未读，开通稻壳会员免费下载查看全文</p>'
            f'<a href="javascript:;" class="preview__more-btn btn-vip" data-v-6b1f9e3a>开通会员 免费下载</a>'
            f'<a href="javascript:;" class="preview__more-btn btn-buy" data-v-6b1f9e3a>单独购买 ¥6.00</a></div>'
        )
    else:
        paras = speech.paras
        tail = '<p class="preview__end" data-v-6b1f9e3a>—— 预览已结束 ——</p>'
    text = "\n".join(f'<p data-v-6b1f9e3a>{p}</p>' for p in paras)
    tag_html = "".join(f'<a href="/s/{t}/" class="tag" data-v-8c2d5f60>{t}</a>' for t in tags)
    rel = card(other[1], other[0].title) + "".join(card(a, b) for a, b in OTHER[:3])
    hot = "".join(f'<li data-v-8c2d5f60><a href="/preview/{a}" target="_blank" data-v-8c2d5f60>{b}</a></li>' for a, b in OTHER)
    state = (
        '{layout:"default",data:[{detail:{id:%s,name:"%s",file_type:"docx",page_count:%d,publish_time:"%s",'
        'price:600,member_free:true,preview_count:%d,designer:{name:"%s"}}}],fetch:{},error:null,'
        'state:{user:{isLogin:false,isVip:false}},serverRendered:true,routePath:"/preview/%s"}'
        % (id_, title, pages, up, shown, uploader, id_)
    )
    return (
        HEAD.format(
            title=f"{title}-Word模板下载_讲话稿_稻壳儿",
            kw=f"{title},{','.join(tags)},讲话稿,Word模板",
            desc=f"稻壳儿为您提供{title}Word模板下载，格式为docx，共{pages}页，更多讲话稿Word模板下载就上稻壳儿。",
        )
        + f"""<div class="preview-page" data-v-9d3e6a2b data-v-5e2a1b7c>
<div class="crumbs" data-v-9d3e6a2b><a href="/" data-v-9d3e6a2b>稻壳儿</a><span data-v-9d3e6a2b>&gt;</span><a href="/word/" data-v-9d3e6a2b>Word</a><span data-v-9d3e6a2b>&gt;</span><a href="/word/jianghuagao/" data-v-9d3e6a2b>讲话稿</a><span data-v-9d3e6a2b>&gt;</span><span class="crumbs__cur" data-v-9d3e6a2b>{title}</span></div>
<div class="preview-main" data-v-9d3e6a2b>
<div class="preview-left" data-v-9d3e6a2b>
<div class="preview__head" data-v-6b1f9e3a><h1 class="preview__title" data-v-6b1f9e3a>{title}</h1>
<div class="preview__info" data-v-6b1f9e3a><span data-v-6b1f9e3a>格式：docx</span><span data-v-6b1f9e3a>页数：{pages}页</span><span data-v-6b1f9e3a>大小：{size}</span><span data-v-6b1f9e3a>上传时间：{up}</span><span data-v-6b1f9e3a>浏览：{views}</span><span data-v-6b1f9e3a>下载：{dls}</span></div>
<div class="preview__wps" data-v-6b1f9e3a><img src="//qn.cache.wpscdn.cn/docer/images/icon_wps.png" alt="" data-v-6b1f9e3a>本模板建议使用 <a href="https://www.wps.cn/" target="_blank" data-v-6b1f9e3a>WPS Office</a> 打开，部分字体需在线下载</div></div>
<div class="preview__box" data-v-6b1f9e3a>
{imgs}
</div>
<div class="preview__content" data-v-6b1f9e3a><h2 class="preview__content-title" data-v-6b1f9e3a>文档内容</h2>
<div class="preview__text" data-v-6b1f9e3a>
<p style="text-align:center" data-v-6b1f9e3a><b data-v-6b1f9e3a>{title}</b></p>
{text}
</div>
{tail}</div>
<div class="preview__tags" data-v-8c2d5f60><span data-v-8c2d5f60>标签：</span>{tag_html}</div>
<div class="preview__statement" data-v-8c2d5f60><p data-v-8c2d5f60>版权说明：本文档由用户“{uploader}”上传，稻壳儿仅提供信息存储空间服务。如您认为内容侵犯了您的权益，请<a href="/report/" data-v-8c2d5f60>点击举报</a>。</p></div>
<div class="recommend" data-v-4a7e0c11><h3 class="recommend__title" data-v-4a7e0c11>相关推荐</h3><ul class="tpl-list" data-v-4a7e0c11>{rel}</ul></div>
</div>
<div class="preview-right" data-v-9d3e6a2b>
<div class="download-box" data-v-8c2d5f60><a href="javascript:;" class="download-box__btn btn-download" data-v-8c2d5f60>立即下载</a><a href="javascript:;" class="download-box__btn btn-vip" data-v-8c2d5f60>稻壳会员免费下载</a>
<p class="download-box__price" data-v-8c2d5f60>单独购买：<em data-v-8c2d5f60>¥6.00</em></p>
<ul class="download-box__rights" data-v-8c2d5f60><li data-v-8c2d5f60>会员免费下载海量模板</li><li data-v-8c2d5f60>可商用授权</li><li data-v-8c2d5f60>多端同步使用</li></ul>
<p class="download-box__tip" data-v-8c2d5f60>下载后请使用WPS Office或Microsoft Word打开编辑</p></div>
<div class="designer" data-v-8c2d5f60><img src="//img.docer.com/avatar/default.png" alt="" data-v-8c2d5f60><p class="designer__name" data-v-8c2d5f60>{uploader}</p><a href="javascript:;" class="designer__follow" data-v-8c2d5f60>+ 关注</a></div>
<div class="hot" data-v-8c2d5f60><h3 data-v-8c2d5f60>热门讲话稿</h3><ol data-v-8c2d5f60>{hot}</ol></div>
<div class="app-qr" data-v-8c2d5f60><img src="//qn.cache.wpscdn.cn/docer/images/qr_app.png" alt="" data-v-8c2d5f60><p data-v-8c2d5f60>扫码下载WPS App<br data-v-8c2d5f60>手机也能编辑模板</p></div>
</div>
</div>
<div class="login-dialog" style="display:none;" data-v-1e6c4b92><p data-v-1e6c4b92>登录稻壳儿，下载更多模板</p><a href="javascript:;" data-v-1e6c4b92>微信扫码登录</a></div>
</div>
"""
        + foot(state)
    )


def listing(page):
    if page == 1:
        items = card(DOCS[0][1], DOCS[0][0].title) + card(*OTHER[0]) + card(*OTHER[2])
        pager = '<span class="pager__prev disabled" data-v-7d0e3c55>上一页</span><a class="pager__item active" data-v-7d0e3c55>1</a><a href="/word/jianghuagao/2/" class="pager__item" data-v-7d0e3c55>2</a><a href="/word/jianghuagao/2/" class="pager__next" data-v-7d0e3c55>下一页</a>'
    else:
        items = card(DOCS[1][1], DOCS[1][0].title) + card(*OTHER[1]) + card(*OTHER[3])
        pager = '<a href="/word/jianghuagao/" class="pager__prev" data-v-7d0e3c55>上一页</a><a href="/word/jianghuagao/" class="pager__item" data-v-7d0e3c55>1</a><a class="pager__item active" data-v-7d0e3c55>2</a><span class="pager__next disabled" data-v-7d0e3c55>下一页</span>'
    return (
        HEAD.format(title="讲话稿Word模板_免费下载讲话稿模板_稻壳儿", kw="讲话稿,发言稿,致辞,Word模板", desc="稻壳儿讲话稿频道，提供领导讲话稿、发言稿、致辞等Word模板下载。")
        + f"""<div class="category-page" data-v-0f4b2d9e data-v-5e2a1b7c>
<div class="crumbs" data-v-0f4b2d9e><a href="/" data-v-0f4b2d9e>稻壳儿</a><span data-v-0f4b2d9e>&gt;</span><a href="/word/" data-v-0f4b2d9e>Word</a><span data-v-0f4b2d9e>&gt;</span><span class="crumbs__cur" data-v-0f4b2d9e>讲话稿</span></div>
<div class="filter" data-v-0f4b2d9e><span data-v-0f4b2d9e>排序：</span><a class="active" data-v-0f4b2d9e>综合</a><a data-v-0f4b2d9e>最新</a><a data-v-0f4b2d9e>最热</a><span data-v-0f4b2d9e>价格：</span><a data-v-0f4b2d9e>全部</a><a data-v-0f4b2d9e>会员免费</a></div>
<ul class="tpl-list" data-v-4a7e0c11>{items}</ul>
<div class="pager" data-v-7d0e3c55>{pager}</div>
</div>
"""
        + foot('{layout:"default",data:[{}],fetch:{},error:null,serverRendered:true,routePath:"/word/jianghuagao/"}')
    )


def build() -> Family:
    fam = Family(HOST, "稻壳儿 (docer.com) Word 讲话稿 preview page, Nuxt SSR, member wall", extensionless_html=True)
    fam.put("/word/jianghuagao/", listing(1))
    fam.put("/word/jianghuagao/2/", listing(2))
    fam.put(
        "/",
        HEAD.format(title="稻壳儿-办公模板下载_Word模板_PPT模板_Excel模板", kw="稻壳儿,Word模板,PPT模板,Excel模板,简历模板", desc="稻壳儿是金山办公旗下的办公资源平台。")
        + f"""<div class="index-page" data-v-e3a91f02 data-v-5e2a1b7c>
<div class="banner" data-v-e3a91f02><img src="//img.docer.com/banner/2024/vip618.jpg" alt="稻壳会员 618 年中钜惠" data-v-e3a91f02></div>
<div class="floor" data-v-e3a91f02><div class="floor__head" data-v-e3a91f02><h2 data-v-e3a91f02>讲话稿</h2><a href="/word/jianghuagao/" class="floor__more" data-v-e3a91f02>查看更多 &gt;</a></div>
<ul class="tpl-list" data-v-4a7e0c11>{card(DOCS[0][1], DOCS[0][0].title)}{card(*OTHER[0])}{card(*OTHER[1])}</ul></div>
</div>
"""
        + foot('{layout:"default",data:[{}],fetch:{},error:null,serverRendered:true,routePath:"/"}'),
    )
    fam.not_documents += ["/", "/word/jianghuagao/", "/word/jianghuagao/2/"]
    for speech, id_, pages, shown, up, *_r in DOCS:
        path = f"/preview/{id_}"
        fam.put(path, preview(DOCS.index(next(d for d in DOCS if d[1] == id_))))
        if shown < pages:
            kept = len(speech.paras) * shown // pages
            fam.doc([path], speech, truncated=True, text="\n".join(speech.paras[:kept]), published_at=up)
        else:
            fam.doc([path], speech, published_at=up)
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\nDisallow: /user/\n")
    fam.noise += [
        "-Word模板下载_讲话稿_稻壳儿",
        "剩余2页未读，开通稻壳会员免费下载查看全文",
        "开通会员 免费下载",
        "—— 预览已结束 ——",
        "文档内容",
        "格式：docx",
        "上传时间：",
        "稻壳会员免费下载",
        "单独购买",
        "相关推荐",
        "热门讲话稿",
        "版权说明：",
        "扫码下载WPS App",
        "粤ICP备13062539号-7",
        "WPS Office",
        "登录稻壳儿，下载更多模板",
    ]
    fam.note = "the text block repeats the Word file's title line first; the 4-page document is previewed for 2 pages and cut by the member wall (truncated)"
    return fam
