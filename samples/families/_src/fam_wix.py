"""A city software industry association's site built with Wix (Thunderbolt SSR as a crawler gets it):
extensionless pages (`/`, `/blog`, `/blog/page/2`, `/post/<slug>`), the `wix-viewer-model` /
`wix-essential-viewer-model` JSON scripts and the `css_masterPage` style in the head, BlogPosting
JSON-LD, the `SITE_CONTAINER > site-root > masterPage` mesh of nested `div`s with `comp-…` ids,
`data-mesh-id` / `data-testid="inline-content"` / `mesh-container-content` wrappers, rich-text
components (`wixui-rich-text`, `font_0` / `font_2` / `font_8` paragraphs), the `wixui-dropdown-menu`
header menu, `SKIP_TO_CONTENT_BTN`, `SITE_FOOTER` (`© … 使用 Wix.com 创建`); the Wix Blog widget
inside a `TPAMultiSection`: post page with `data-hook` hooks (`post-title`, `user-name`, `time-ago`,
`time-to-read`), the Ricos viewer's `public-DraftStyleDefault-block-depth0` paragraphs with
`viewer-…` ids, share buttons, view / comment counts, 最新文章 and the comments widget; the blog
list with `post-list-item` cards, 阅读全文 excerpts and the `blog-pagination` pager."""

import json

from common import FAMILIES, SPEECHES, Family

HOST = "www.qzsia-org.test"
ORG = "沁州市软件行业协会"
BASE = f"http://{HOST}"  # Wix prints the site's own absolute base URL (externalBaseUrl) in every link

POSTS = [
    # speech, slug, date shown, ISO time, views, reading minutes, category
    (SPEECHES["g37c-w2"], "2024xinchunlianyihui-zhici", "2024年2月1日", "2024-02-01T12:36:41.118Z", 186, 4),
    (SPEECHES["g37c-w1"], "disanjie-huiyuandahui-gongzuobaogao", "2023年11月18日", "2023-11-18T09:12:05.372Z", 243, 5),
]
OTHER = [
    ("huiyuan-fuwu-zhongxin-qiyong", "协会会员服务中心正式启用", "2024年3月6日", "服务中心设在高新区创业大厦六楼，会员企业可免费预约路演厅、洽谈室……"),
    ("2024-rengongzhineng-peixunban", "人工智能应用培训班（第一期）报名通知", "2024年2月20日", "为帮助会员企业培养人工智能应用人才，协会联合沁州学院开设……"),
    ("disijie-shuzijingji-luntan", "第四届数字经济发展论坛成功举办", "2023年10月28日", "10月27日，由协会主办的第四届数字经济发展论坛在沁州国际会展中心举行……"),
]
PAGE1 = [OTHER[0], OTHER[1], POSTS[0]]
PAGE2 = [POSTS[1], OTHER[2]]


class FolderPagesFamily(Family):
    """A page name that is also a folder (`/blog` beside `/blog/page/2`) stored as the folder's
    index.html and answered by the replica's `folder_pages`."""

    def file_for_url(self, url: str) -> str:
        key = super().file_for_url(url)
        return key + "/index.html" if key + "/index.html" in self.files else key

    def write(self) -> dict:
        out = super().write()
        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def rich(comp, inner, cls="KcpHeO tz5f0K"):
    return (
        f'<div id="{comp}" class="{cls} {comp} wixui-rich-text" data-testid="richTextElement">{inner}</div>'
    )


def head(title, path, desc, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>

  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7c3a91_5e1f0b2d8a4c4e6f9b3d2a1c0e8f7a6b%7Emv2.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/7c3a91_5e1f0b2d8a4c4e6f9b3d2a1c0e8f7a6b%7Emv2.png" type="image/png"/>
  <link rel="shortcut icon" href="https://static.wixstatic.com/media/7c3a91_5e1f0b2d8a4c4e6f9b3d2a1c0e8f7a6b%7Emv2.png/v1/fill/w_32%2Ch_32%2Clg_1%2Cusm_0.66_1.00_0.01/7c3a91_5e1f0b2d8a4c4e6f9b3d2a1c0e8f7a6b%7Emv2.png" type="image/png"/>
  <link rel="apple-touch-icon" href="https://static.wixstatic.com/media/7c3a91_5e1f0b2d8a4c4e6f9b3d2a1c0e8f7a6b%7Emv2.png/v1/fill/w_180%2Ch_180%2Clg_1%2Cusm_0.66_1.00_0.01/7c3a91_5e1f0b2d8a4c4e6f9b3d2a1c0e8f7a6b%7Emv2.png" type="image/png"/>

  <!-- Safari Pinned Tab Icon -->
  <!-- <link rel="mask-icon" href="https://static.wixstatic.com/media/7c3a91_5e1f0b2d8a4c4e6f9b3d2a1c0e8f7a6b%7Emv2.png/v1/fill/w_32%2Ch_32%2Clg_1%2Cusm_0.66_1.00_0.01/7c3a91_5e1f0b2d8a4c4e6f9b3d2a1c0e8f7a6b%7Emv2.png"> -->

  <!-- Original trials -->
  

  <!-- Segmenter Polyfill -->
  <script>
    if (!window.Intl || !window.Intl.Segmenter) {{
      (function() {{
        var script = document.createElement('script');
        script.src = 'https://static.parastorage.com/unpkg/@formatjs/intl-segmenter@11.5.7/polyfill.iife.js';
        document.head.appendChild(script);
      }})();
    }}
  </script>

  <!-- Legacy Polyfills -->
  <script nomodule="" src="https://static.parastorage.com/unpkg/core-js-bundle@3.2.1/minified.js"></script>
  <script nomodule="" src="https://static.parastorage.com/unpkg/focus-within-polyfill@5.0.9/dist/focus-within-polyfill.js"></script>

  <!-- Performance API Polyfills -->
  <script>
  (function () {{
    var noop = function noop() {{}};
    if ("performance" in window === false) {{
      window.performance = {{}};
    }}
    window.performance.mark = performance.mark || noop;
    window.performance.measure = performance.measure || noop;
    if ("now" in window.performance === false) {{
      var nowOffset = Date.now();
      if (performance.timing && performance.timing.navigationStart) {{
        nowOffset = performance.timing.navigationStart;
      }}
      window.performance.now = function now() {{
        return Date.now() - nowOffset;
      }};
    }}
  }})();
  </script>

  <!-- Globals Definitions -->
  <script>
    (function () {{
      var now = Date.now()
      window.initialTimestamps = {{
        initialTimestamp: now,
        initialRequestTimestamp: Math.round(performance.timeOrigin ? performance.timeOrigin : now - performance.now())
      }}

      window.thunderboltTag = "libs-releases-GA-local"
      window.thunderboltVersion = "1.14128.0"
    }})();
  </script>

  <!-- Essential Viewer Model -->
  <script type="application/json" id="wix-essential-viewer-model">{{"fleetConfig":{{"fleetName":"thunderbolt-seo-renderer","type":"GA","code":0}},"mode":{{"qa":false,"enableTestApi":false,"debug":false,"ssrIndicator":false,"ssrOnly":false,"siteAssetsFallback":"enable","versionIndicator":false}},"componentsLibrariesTopology":[{{"artifactId":"editor-elements","namespace":"wixui","url":"https:\\/\\/static.parastorage.com\\/services\\/editor-elements\\/1.12633.0"}},{{"artifactId":"editor-elements","namespace":"dsgnsys","url":"https:\\/\\/static.parastorage.com\\/services\\/editor-elements\\/1.12633.0"}}],"siteFeaturesConfigs":{{"sessionManager":{{"isRunningInDifferentSiteContext":false}}}},"language":{{"userLanguage":"zh"}},"siteAssets":{{"clientTopology":{{"mediaRootUrl":"https:\\/\\/static.wixstatic.com","staticMediaUrl":"https:\\/\\/static.wixstatic.com\\/media","moduleRepoUrl":"https:\\/\\/static.parastorage.com\\/unpkg","fileRepoUrl":"https:\\/\\/static.parastorage.com\\/services","siteAssetsUrl":"https:\\/\\/siteassets.parastorage.com","pageJsonServerUrls":["https:\\/\\/pages.parastorage.com","https:\\/\\/staticorigin.wixstatic.com","https:\\/\\/{HOST}","https:\\/\\/fallback.wix.com\\/wix-html-editor-pages-webapp\\/page"],"pathOfTBModulesInFileRepoForFallback":"wix-thunderbolt\\/dist\\/"}}}},"siteFeatures":["accessibility","appMonitoring","assetsLoader","businessLogger","captcha","clickHandlerRegistrar","commonConfig","componentsLoader","componentsRegistry","consentPolicy","cyclicTabbing","domSelectors","environmentWixCodeSdk","environment","locationWixCodeSdk","mpaNavigation","navigationManager","navigationPhases","ooi","pages","panorama","renderer","reporter","routerFetch","router","scrollRestoration","seoWixCodeSdk","seo","sessionManager","siteMembersWixCodeSdk","siteMembers","siteScrollBlocker","siteWixCodeSdk","speculationRules","ssrCache","stores","structureApi","thunderboltInitializer","tpaCommons","translations","usedPlatformApis","warmupData","windowMessageRegistrar","windowWixCodeSdk","wixCustomElementComponent","wixEmbedsApi","componentsReact","platform"],"site":{{"externalBaseUrl":"https:\\/\\/{HOST}","isSEO":true}},"media":{{"staticMediaUrl":"https:\\/\\/static.wixstatic.com\\/media","mediaRootUrl":"https:\\/\\/static.wixstatic.com\\/","staticVideoUrl":"https:\\/\\/video.wixstatic.com\\/"}},"requestUrl":"https:\\/\\/{HOST}{path}","rollout":{{"siteAssetsVersionsRollout":false,"isDACRollout":0,"isTBRollout":false}},"commonConfig":{{"brand":"wix","host":"VIEWER","bsi":"","consentPolicy":{{}},"consentPolicyHeader":{{}},"siteRevision":"412","renderingFlow":"NONE","language":"zh","locale":"zh-cn"}},"interactionSampleRatio":0.01,"dynamicModelUrl":"https:\\/\\/{HOST}\\/_api\\/v2\\/dynamicmodel","accessTokensUrl":"https:\\/\\/{HOST}\\/_api\\/v1\\/access-tokens","isExcludedFromSecurityExperiments":false,"experiments":{{"specs.thunderbolt.hardenFetchAndXHR":true,"specs.thunderbolt.securityExperiments":true}}}}</script>
  <script data-url="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4d1a0c5e.bundle.min.js">window.componentsRegistry = {{}};</script>

  <!-- sync inlined scripts -->
  <title>{title}</title>
  <meta name="description" content="{desc}"/>
  <link rel="canonical" href="{BASE}{path}"/>
  <meta property="og:title" content="{title}"/>
  <meta property="og:description" content="{desc}"/>
  <meta property="og:url" content="{BASE}{path}"/>
  <meta property="og:site_name" content="{ORG}"/>
  {extra}
  <meta name="twitter:card" content="summary_large_image"/>
  <meta name="twitter:title" content="{title}"/>
  <meta name="twitter:description" content="{desc}"/>

  <style id="css_masterPage">
#masterPage:not(.landingPage) #PAGES_CONTAINER{{margin-top:0px;margin-bottom:0px;}}#comp-lq2k8d1f{{left:0;margin-left:0;width:100%;min-width:0;}}#SITE_HEADER{{--bg:var(--color_11);--shd:none;--brwt:0px;--brd:var(--color_15);--rd:0px;}}#comp-lq2k8d1f{{--min-height:0px;}}.font_0{{font:normal normal bold 36px/1.2em "microsoft yahei",sans-serif;color:#2E3A59;}}.font_2{{font:normal normal bold 26px/1.4em "microsoft yahei",sans-serif;color:#2E3A59;}}.font_8{{font:normal normal normal 16px/1.8em "microsoft yahei",sans-serif;color:#4A4A4A;}}#SITE_FOOTER{{--bg:var(--color_36);--brwt:0px;}}
  </style>
</head>
<body class="">
<script type="text/javascript">
  var bodyCacheable = true;
  var exclusionReason = {{"shouldRender":true,"forced":false}};
</script>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP" class="tiqKU3 BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_c1dmp" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_c1dmp BmZ5pC"><div id="bgLayers_pageBackground_c1dmp" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_pageBackground_c1dmp" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div></div></div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" role="button" tabindex="0" aria-label="跳至主要内容" data-testid="skipToContentButton">跳至主要内容</div><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-lq2k8d1h" class="MazNVa comp-lq2k8d1h wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq2k8d1h" class="HlRz5e BI8PVQ" data-image-info="{{&quot;containerId&quot;:&quot;comp-lq2k8d1h&quot;,&quot;displayMode&quot;:&quot;fill&quot;}}" data-bg-effect-name="" data-has-ssr-src=""><img src="https://static.wixstatic.com/media/7c3a91_0a2b4c6d8e0f4a1b9c3d5e7f9a1b3c5d~mv2.png/v1/fill/w_96,h_96,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/logo.png" alt="{ORG}" style="width:64px;height:64px;object-fit:cover" width="64" height="64"/></wow-image></div></div>{rich("comp-lq2k8d1j", f'<h2 class="font_2 wixui-rich-text__text" style="font-size:24px;"><span class="wixui-rich-text__text"><a href="{BASE}" target="_self" class="wixui-rich-text__text">{ORG}</a></span></h2>')}<div id="comp-lq2k8d1m" class="comp-lq2k8d1m wixui-dropdown-menu hidden-during-prewarmup"><nav class="StylableHorizontalMenu3372578893__root StylableHorizontalMenu3372578893---menuMode-wrap" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu" role="list"><li class="zo1eB0 wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="{BASE}" target="_self" class="Eqo5Ty"><div class="yRj2ms"><span class="hXGCso">首页</span></div></a></li><li class="zo1eB0 wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="{BASE}/about" target="_self" class="Eqo5Ty"><div class="yRj2ms"><span class="hXGCso">协会简介</span></div></a></li><li class="zo1eB0 wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="{BASE}/blog" target="_self" class="Eqo5Ty"><div class="yRj2ms"><span class="hXGCso">协会动态</span></div></a></li><li class="zo1eB0 wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="{BASE}/members" target="_self" class="Eqo5Ty"><div class="yRj2ms"><span class="hXGCso">会员风采</span></div></a></li><li class="zo1eB0 wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="{BASE}/join" target="_self" class="Eqo5Ty"><div class="yRj2ms"><span class="hXGCso">入会申请</span></div></a></li><li class="zo1eB0 wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="{BASE}/contact" target="_self" class="Eqo5Ty"><div class="yRj2ms"><span class="hXGCso">联系我们</span></div></a></li></ul></nav></div><div id="comp-lq2k8d1p" class="comp-lq2k8d1p"><div class="Q5OGKy" data-testid="login-button"><button class="tYFkCL" aria-label="登录" type="button"><span class="Lbm9EM">登录</span></button></div></div></div></div></div></div></header><main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">"""


FOOT = f"""</div></div></main><footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">{rich("comp-lq2k8d2a", '<p class="font_8 wixui-rich-text__text" style="font-size:14px;"><span style="font-size:14px;" class="wixui-rich-text__text">地址：沁州市高新区创业大厦六楼　电话：0777-2861234　邮箱：qzsia@qzsia.org</span></p><p class="font_8 wixui-rich-text__text" style="font-size:14px;"><span style="font-size:14px;" class="wixui-rich-text__text">桂ICP备2021003127号-1</span></p>')}{rich("comp-lq2k8d2c", f'<p class="font_8 wixui-rich-text__text" style="text-align:center; font-size:13px;"><span style="font-size:13px;" class="wixui-rich-text__text">© 2024 {ORG}。使用 <a href="https://wix.com" target="_blank" class="wixui-rich-text__text"><span style="text-decoration:underline;" class="wixui-rich-text__text">Wix.com</span></a> 创建</span></p>')}</div></div></div></div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>
<script type="application/json" id="wix-viewer-model">{{"siteFeaturesConfigs":{{"platform":{{"bootstrapData":{{"location":{{"externalBaseUrl":"https:\\/\\/{HOST}"}}}}}}}},"site":{{"metaSiteId":"5b0d3c61-8e2f-4a19-9c37-2f6e8a1d4b70","siteId":"a3e1c7d9-42f8-4b6e-8d15-9c0f2b7a6e31","externalBaseUrl":"https:\\/\\/{HOST}","isPremium":true,"language":"zh","locale":"zh-cn"}},"requestUrl":"https:\\/\\/{HOST}"}}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/webpack-runtime.5b1a7c22.bundle.min.js" defer></script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt-commons.7f4e29a1.bundle.min.js" defer></script>
</body>
</html>
"""


def page_wrap(page_id, inner):
    return (
        f'<div id="{page_id}" class="dBAkHi theme-vars {page_id}"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>'
        f'<div class="HT5ybB"><div id="Container{page_id}" class="Container{page_id} SPY_vo">'
        f'<div data-mesh-id="Container{page_id}inlineContent" data-testid="inline-content" class="">'
        f'<div data-mesh-id="Container{page_id}inlineContent-gridContainer" data-testid="mesh-container-content">'
        f"{inner}</div></div></div></div></div>"
    )


def section(comp, inner):
    return (
        f'<section id="{comp}" tabindex="-1" class="Oqnisf {comp} wixui-section" data-block-level-container="ClassicSection">'
        f'<div id="bgLayers_{comp}" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div>'
        f'<div id="bgMedia_{comp}" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div>'
        f'<div data-testid="columns" class="V5AUxf"><div id="comp-{comp[5:]}x" class="comp-{comp[5:]}x YzqVVZ wixui-column-strip__column">'
        f'<div id="bgLayers_comp-{comp[5:]}x" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>'
        f'<div data-mesh-id="comp-{comp[5:]}xinlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-{comp[5:]}xinlineContent-gridContainer" data-testid="mesh-container-content">'
        f"{inner}</div></div></div></div></section>"
    )


def card(slug, title, date, excerpt, mins):
    return f"""<article class="blog-post-homepage-description-font blog-post-homepage-description-color post-list-item gallery-border-color post-list-item__border" data-hook="post-list-item"><div class="post-list-item__content" data-hook="post-list-item__content"><div class="post-list-item__header" data-hook="post-list-item__header"><div class="post-metadata" data-hook="post-metadata"><div data-hook="author-name" class="author-name"><span class="author-name-text" data-hook="user-name">协会秘书处</span></div><ul class="post-metadata__list"><li><span title="{date}" class="post-metadata__date time-ago" data-hook="time-ago">{date}</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read">阅读时长：{mins} 分钟</span></li></ul></div></div><div class="post-list-item__title-container"><a href="{BASE}/post/{slug}" class="post-list-item__link" data-hook="post-list-item__title"><h2 class="post-title blog-post-homepage-title-font blog-hover-container-element-color" data-hook="post-title"><p class="post-title__text">{title}</p></h2></a></div><div class="post-list-item__description" data-hook="post-description"><div class="post-description__text">{excerpt}</div></div><a href="{BASE}/post/{slug}" class="post-list-item__read-more" data-hook="post-list-item__read-more">阅读全文</a></div><div class="post-list-item__footer" data-hook="post-list-item__footer"><div class="post-stats" data-hook="post-stats"><span data-hook="view-count" class="view-count">0 次查看</span><span data-hook="comment-count" class="comment-count">0 条评论</span></div><button class="like-button" data-hook="like-button" aria-label="喜欢帖子" type="button"><span class="like-button__count">0</span></button></div></article>"""


def entry(item):
    if isinstance(item[0], str):
        slug, title, date, excerpt = item
        return card(slug, title, date, excerpt, 1)
    speech, slug, date, _iso, _v, mins = item
    return card(slug, speech.title, date, " ".join(speech.paras)[:100] + "...", mins)


def blog_page(n):
    path = "/blog" if n == 1 else f"/blog/page/{n}"
    items = "".join(entry(x) for x in (PAGE1 if n == 1 else PAGE2))
    pager = (
        f'<nav class="blog-pagination" data-hook="blog-pagination" aria-label="分页"><span class="page page--current" aria-current="page">1</span>'
        f'<a class="page" href="{BASE}/blog/page/2" data-hook="page-link">2</a>'
        f'<a class="arrow" href="{BASE}/blog/page/2" aria-label="下一页" data-hook="pagination__next">›</a></nav>'
        if n == 1
        else f'<nav class="blog-pagination" data-hook="blog-pagination" aria-label="分页"><a class="arrow" href="{BASE}/blog" aria-label="上一页" data-hook="pagination__previous">‹</a>'
        f'<a class="page" href="{BASE}/blog" data-hook="page-link">1</a><span class="page page--current" aria-current="page">2</span></nav>'
    )
    blog = (
        f'<div id="TPAMultiSection_lq2k9a0b" class="TPAMultiSection_lq2k9a0b"><div class="nTOEE9"><div data-testid="tpa-ooi-section"><div class="blog-desktop-header-container"><nav class="category-menu" data-hook="category-menu"><ul><li><a href="{BASE}/blog" data-hook="category-all" class="active">所有帖子</a></li><li><a href="{BASE}/blog/categories/xiehuidongtai">协会动态</a></li><li><a href="{BASE}/blog/categories/lingdaojianghua">讲话致辞</a></li></ul><button data-hook="search-button" aria-label="搜索" type="button"></button><button data-hook="login-button" type="button">登录 / 注册</button></nav></div>'
        f'<div class="post-list" data-hook="post-list"><div data-hook="post-list__items">{items}</div>{pager}</div></div></div></div>'
    )
    return head(f"协会动态 | {ORG}", path, f"{ORG}协会动态") + page_wrap("pknls", blog) + FOOT


def post_page(i):
    speech, slug, date, iso, views, mins = POSTS[i]
    path = f"/post/{slug}"
    desc = " ".join(speech.paras)[:160]
    import json

    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "mainEntityOfPage": {"@type": "WebPage", "@id": f"{BASE}{path}"},
            "headline": speech.title,
            "description": desc,
            "datePublished": iso,
            "dateModified": iso,
            "author": {"@type": "Person", "name": "协会秘书处", "url": f"{BASE}/profile/qzsia/profile"},
            "publisher": {"@type": "Organization", "name": ORG},
            "image": {"@type": "ImageObject", "url": "https://static.wixstatic.com/media/7c3a91_0a2b4c6d8e0f4a1b9c3d5e7f9a1b3c5d~mv2.png"},
            "url": f"{BASE}{path}",
        },
        ensure_ascii=False,
    )
    extra = (
        f'<meta property="og:type" content="article"/>\n  <meta property="article:published_time" content="{iso}"/>\n'
        f'  <meta property="article:modified_time" content="{iso}"/>\n  <meta property="article:author" content="协会秘书处"/>\n'
        f'  <script type="application/ld+json">{ld}</script>'
    )
    ids = ["3f1k9", "8a2cd", "b7e04", "c91mf", "d2kq7", "e5tn0", "f8wz3", "g0p6s", "h4r2v", "j7x5b", "k2m8c", "l9q1d", "m3v7e", "n6y0f"]
    paras = "".join(
        f'<div type="paragraph" class="_4DMbk"><p class="MmBkg _1j-51 iWv3d _1FoOD _3M0Fe public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr" dir="auto" id="viewer-{ids[k]}"><span class="_2PHJq public-DraftStyleDefault-ltr">{p}</span></p></div>'
        for k, p in enumerate(speech.paras)
    )
    other = POSTS[1 - i]
    recent = "".join(
        f'<div class="recent-post" data-hook="recent-post-list-item"><a href="{BASE}/post/{s}" data-hook="post-title"><p class="post-title__text">{t}</p></a><div data-hook="post-footer"><span data-hook="view-count">{v} 次查看</span><span data-hook="comment-count">0 条评论</span></div></div>'
        for s, t, v in [(other[1], other[0].title, other[4]), (OTHER[0][0], OTHER[0][1], 97), (OTHER[1][0], OTHER[1][1], 152)]
    )
    blog = f"""<div id="TPAMultiSection_lq2k9a0c" class="TPAMultiSection_lq2k9a0c"><div class="nTOEE9"><div data-testid="tpa-ooi-section"><div class="blog-desktop-header-container"><nav class="category-menu" data-hook="category-menu"><ul><li><a href="{BASE}/blog" data-hook="category-all">所有帖子</a></li><li><a href="{BASE}/blog/categories/xiehuidongtai">协会动态</a></li><li><a href="{BASE}/blog/categories/lingdaojianghua">讲话致辞</a></li></ul><button data-hook="login-button" type="button">登录 / 注册</button></nav></div><div class="post-page" data-hook="post-page"><article class="blog-post-page-font blog-text-color post-page__article" data-hook="post"><div class="post-header" data-hook="post-header"><div class="post-metadata" data-hook="post-metadata"><div class="avatar" data-hook="avatar"><img data-hook="avatar-image" src="https://static.wixstatic.com/media/7c3a91_0a2b4c6d8e0f4a1b9c3d5e7f9a1b3c5d~mv2.png/v1/fill/w_32,h_32,al_c,q_85/avatar.png" alt="协会秘书处" width="32" height="32"/></div><div data-hook="author-name" class="author-name"><span class="author-name-text" data-hook="user-name">协会秘书处</span></div><ul class="post-metadata__list"><li><span title="{date}" class="post-metadata__date time-ago" data-hook="time-ago">{date}</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read">阅读时长：{mins} 分钟</span></li></ul></div><button class="more-button" data-hook="more-button" aria-label="更多操作" type="button"></button></div><div class="post-title-container"><h1 class="post-title blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text blog-post-title-font">{speech.title}</span></h1></div><div class="post-content" data-hook="post-description"><div class="post-content__body"><div data-id="content-viewer" class="_4DMbk"><div class="kvdbP"><div class="rich-content-viewer" dir="ltr" data-id="rich-content-viewer" data-hook="ricos-viewer">{paras}</div></div></div></div></div><div class="post-categories" data-hook="post-categories-list"><a href="{BASE}/blog/categories/lingdaojianghua" class="post-categories__link">讲话致辞</a></div><div class="post-main-actions" data-hook="post-main-actions"><div class="share-buttons" data-hook="share-buttons"><button data-hook="share-button__facebook" aria-label="通过 Facebook 分享"></button><button data-hook="share-button__twitter" aria-label="通过 X (Twitter) 分享"></button><button data-hook="share-button__linked-in" aria-label="通过 LinkedIn 分享"></button><button data-hook="share-button__link" aria-label="复制链接"></button></div></div><div class="post-footer" data-hook="post-footer"><div class="post-stats" data-hook="post-stats"><span data-hook="view-count" class="view-count">{views} 次查看</span><span data-hook="comment-count" class="comment-count">0 条评论</span></div><button class="like-button" data-hook="like-button" aria-label="喜欢帖子" type="button"><span class="like-button__count">{views // 30}</span><span aria-hidden="true">♡</span></button></div></article><section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">最新文章</h2><a href="{BASE}/blog" data-hook="see-all-posts">查看全部</a></div><div class="recent-posts__list">{recent}</div></section><section class="comments" data-hook="comments"><div data-hook="comments-header"><h2>评论</h2></div><div data-hook="comment-box-placeholder"><span>写评论...</span></div><div data-hook="empty-state">发表第一条评论，分享你的看法！</div></section></div></div></div></div>"""
    return head(f"{speech.title}", path, desc, extra) + page_wrap("mpj3l", blog) + FOOT


def home():
    hero = section(
        "comp-lq2k8e01",
        rich("comp-lq2k8e03", f'<h1 class="font_0 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">{ORG}</span></h1>')
        + rich("comp-lq2k8e05", '<p class="font_8 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">服务会员 · 联系政府 · 促进交流</span></p>')
        + f'<div class="comp-lq2k8e07 wixui-button" id="comp-lq2k8e07" aria-disabled="false"><a data-testid="linkElement" href="{BASE}/join" target="_self" class="uUxqWY wixui-button" aria-disabled="false"><span class="l7_2fn wixui-button__label">申请入会</span></a></div>',
    )
    about = section(
        "comp-lq2k8e11",
        rich("comp-lq2k8e13", '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">关于我们</span></h2>')
        + rich(
            "comp-lq2k8e15",
            '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">沁州市软件行业协会成立于2012年，是由本市从事软件开发、集成电路设计、信息技术服务的企业和相关单位自愿组成的非营利性社会组织，现有会员单位一百四十余家。</span></p>'
            '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></span></p>'
            '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">协会秘书处办公时间：周一至周五 9:00–17:30</span></p>',
        ),
    )
    feed_items = "".join(
        f'<div class="post-list-item" data-hook="post-list-item"><a href="{BASE}/post/{x[1] if not isinstance(x[0], str) else x[0]}" data-hook="post-list-item__title"><p class="post-title__text">{x[0].title if not isinstance(x[0], str) else x[1]}</p></a><span data-hook="time-ago">{x[2]}</span></div>'
        for x in PAGE1
    )
    feed = section(
        "comp-lq2k8e21",
        rich("comp-lq2k8e23", '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">协会动态</span></h2>')
        + f'<div id="comp-lq2k8e25" class="comp-lq2k8e25"><div data-testid="tpa-ooi-section"><div data-hook="post-list">{feed_items}</div></div></div>'
        + rich("comp-lq2k8e27", f'<p class="font_8 wixui-rich-text__text"><a href="{BASE}/blog" target="_self" class="wixui-rich-text__text">查看全部 &gt;</a></p>'),
    )
    return head(f"首页 | {ORG}", "", f"{ORG}官方网站") + page_wrap("c1dmp", hero + about + feed) + FOOT


def build() -> Family:
    fam = FolderPagesFamily(
        HOST,
        "association site built with Wix (Thunderbolt SSR, Wix Blog post pages)",
        extensionless_html=True,
    )
    fam.put("/", home())
    fam.put("/blog/index.html", blog_page(1))
    fam.put("/blog/page/2", blog_page(2))
    fam.not_documents += ["/", "/blog", "/blog/page/2"]
    for i, (speech, slug, *_r) in enumerate(POSTS):
        fam.put(f"/post/{slug}", post_page(i))
        fam.doc([f"/post/{slug}"], speech)
    fam.put("/robots.txt", f"# By Wix\n\nUser-agent: *\nAllow: /\n\n# Optimization for Google Ads Bot\nUser-agent: AdsBot-Google-Mobile\nUser-agent: AdsBot-Google\nDisallow: /_api/*\nDisallow: /_partials*\nDisallow: /pro-gallery-webapp/v1/galleries/*\n\nUser-agent: PetalBot\nUser-agent: dotbot\nUser-agent: AhrefsBot\nCrawl-delay: 10\n\nSitemap: {BASE}/sitemap.xml\n", "ascii")
    lastmod = {0: "2024-02-01", 1: "2023-11-18"}
    fam.put("/sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{BASE}/sitemap.xsl"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{BASE}/blog-posts-sitemap.xml</loc><lastmod>2024-03-06</lastmod></sitemap><sitemap><loc>{BASE}/pages-sitemap.xml</loc><lastmod>2024-03-06</lastmod></sitemap></sitemapindex>
""")
    posts = "".join(
        f"<url><loc>{BASE}/post/{slug}</loc><lastmod>{lastmod.get(k, '2024-03-06')}</lastmod></url>"
        for k, slug in enumerate([p[1] for p in POSTS] + [o[0] for o in OTHER])
    )
    fam.put("/blog-posts-sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{BASE}/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{posts}</urlset>
""")
    fam.put("/pages-sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{BASE}/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><url><loc>{BASE}</loc><lastmod>2024-03-06</lastmod></url><url><loc>{BASE}/blog</loc><lastmod>2024-03-06</lastmod></url></urlset>
""")
    fam.noise += ["跳至主要内容", "阅读时长：", "次查看", "条评论", "最新文章", "查看全部", "写评论...", "Wix.com", "桂ICP备2021003127号-1", "top of page", "登录 / 注册", "讲话致辞"]
    fam.note = (
        "extensionless Wix URLs; absolute links on the site base URL (as Wix prints them); the older speech "
        "is listed only on `/blog/page/2`"
    )
    return fam
