"""A sensor company's 讲话稿 archive published from Notion as a public site (`<workspace>.notion.site`),
as the page comes once rendered (`notion-app` → `notion-frame` → `notion-topbar` with the page's
breadcrumb, Duplicate / Get Notion free for logged-out readers, `notion-scroller`). URLs are
`/<title words>-<32 hex>` (the Chinese title percent-encoded in hrefs); `/` is the site's home page.
The home page holds an inline database (`notion-collection_view-block`, table view rows linking the
speeches) and a child page `2025年` in list view. A speech page is a database row: the page icon
and cover, the title `h1`, the page properties table (讲话人 / 日期 / 场合 / 标签 / 整理人), then
`notion-page-content`: a callout block (💡 本稿为定稿…), the speech as `notion-text-block`s, a
`notion-header-block` heading above it (讲话全文), an image block with caption, a divider and a
bulleted 相关 list after the text."""

from urllib.parse import quote, unquote, urlsplit

from common import SPEECHES, Family

HOST = "keyuan-chuangan.notion-site.test"
WS = "科源传感 · 讲话稿库"


class NotionFamily(Family):
    def file_for_url(self, url: str) -> str:
        parts = urlsplit(url if "://" in url else self.url(url))
        key = unquote(parts.path).lstrip("/")
        return key + "index.html" if (not key or key.endswith("/")) else key


def slug(title: str, hexid: str) -> str:
    words = "-".join(w for w in title.replace("·", " ").split() if w)
    return f"/{words}-{hexid}"


def href(title: str, hexid: str) -> str:
    return quote(slug(title, hexid), safe="/-")


def uuid(h: str) -> str:
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


LEAF = 'class="notranslate" spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false"'


def text_block(bid: str, text: str) -> str:
    return (f'<div data-block-id="{bid}" class="notion-selectable notion-text-block" style="width: 100%; max-width: 100%; margin-top: 2px; margin-bottom: 1px;">'
            f'<div style="color: inherit; fill: inherit;"><div style="display: flex;"><div {LEAF} style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px;">{text}</div></div></div></div>')


def header_block(bid: str, text: str, kind: str = "header", tag: str = "h2") -> str:
    size = "1.5em" if kind == "header" else "1.25em"
    return (f'<div data-block-id="{bid}" class="notion-selectable notion-{kind}-block" style="width: 100%; max-width: 100%; margin-top: 1.4em; margin-bottom: 1px;">'
            f'<div style="display: flex; width: 100%; color: inherit; fill: inherit;"><{tag} {LEAF} style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI Variable Display&quot;, &quot;Segoe UI&quot;, Helvetica, &quot;Apple Color Emoji&quot;, Arial, sans-serif; font-weight: 600; font-size: {size}; line-height: 1.3; margin: 0px;">{text}</{tag}></div></div>')


def callout(bid: str, emoji: str, text: str, bg: str = "rgb(251, 243, 219)") -> str:
    return (f'<div data-block-id="{bid}" class="notion-selectable notion-callout-block" style="width: 100%; max-width: 100%; margin-top: 4px; margin-bottom: 4px;">'
            f'<div style="display: flex;"><div role="note" style="display: flex; width: 100%; border-radius: 4px; border: 1px solid transparent; background: {bg}; padding: 16px 16px 16px 12px;">'
            f'<div><div class="notion-record-icon notranslate" role="img" aria-label="{emoji}" style="user-select: none; transition: background 20ms ease-in; display: flex; align-items: center; justify-content: center; height: 24px; width: 24px; border-radius: 0.25em; flex-shrink: 0;">'
            f'<div style="display: flex; align-items: center; justify-content: center; height: 24px; width: 24px;"><div style="height: 16.8px; width: 16.8px; font-size: 16.8px; line-height: 1; margin-inline-start: 0px; color: black;"><img class="notion-emoji" alt="{emoji}" aria-label="{emoji}" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAIBRAA7" style="width: 1em; height: 1em;"></div></div></div></div>'
            f'<div style="display: flex; flex-direction: column; min-width: 0px; margin-left: 8px; width: 100%;"><div {LEAF} style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding-left: 2px; padding-right: 2px;">{text}</div></div></div></div></div>')


def bullet(bid: str, inner: str) -> str:
    return (f'<div data-block-id="{bid}" class="notion-selectable notion-bulleted_list-block" style="width: 100%; max-width: 100%; margin-top: 1px; margin-bottom: 1px;">'
            f'<div style="display: flex; align-items: flex-start; width: 100%; padding-left: 2px; color: inherit; fill: inherit;"><div class="pseudoBefore" style="font-size: 1.5em; line-height: 1; margin-bottom: 0px; width: 24px; display: flex; align-items: center; justify-content: center; flex-grow: 0; flex-shrink: 0; min-height: calc(1.5em + 6px);">•</div>'
            f'<div style="flex: 1 1 0px; min-width: 1px; display: flex; flex-direction: column;"><div style="display: flex;"><div {LEAF} style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px;">{inner}</div></div></div></div></div>')


def image(bid: str, src: str, cap: str) -> str:
    return (f'<div data-block-id="{bid}" class="notion-selectable notion-image-block" style="width: 100%; max-width: 100%; align-self: center; margin-top: 4px; margin-bottom: 4px;">'
            f'<div style="display: flex;"><div class="notion-cursor-default" style="position: relative; overflow: hidden; flex-grow: 1;"><div style="position: relative;"><div style="height: 100%; width: 100%;">'
            f'<img alt="" src="/image/attachment%3A{src}?table=block&amp;id={uuid(bid.replace("-", ""))}&amp;spaceId=4b1f0a9e-2d7c-4e61-9a3b-5c8d2e7f1a60&amp;width=1420&amp;userId=&amp;cache=v2" referrerpolicy="same-origin" style="display: block; object-fit: cover; border-radius: 2px; width: 100%; height: 100%; object-position: center 50%;"></div></div></div></div></div>'
            f'<div class="notion-image-block-caption" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 6px 2px; font-size: 14px; line-height: 1.4; color: rgba(55, 53, 47, 0.65);"><div {LEAF}>{cap}</div></div></div>')


def divider(bid: str) -> str:
    return (f'<div data-block-id="{bid}" class="notion-selectable notion-divider-block" style="width: 100%; max-width: 100%; margin-top: 1px; margin-bottom: 1px;">'
            '<div class="notion-cursor-default" style="display: flex; align-items: center; justify-content: center; pointer-events: auto; width: 100%; height: 13px; flex: 0 0 auto; color: rgba(55, 53, 47, 0.16);"><div role="separator" style="width: 100%; height: 1px; visibility: visible; border-bottom: 1px solid rgba(55, 55, 55, 0.16);"></div></div></div>')


def bid(seed: str, n: int) -> str:
    h = f"{seed}{n:04x}"
    h = (h + "0" * 32)[:32]
    return uuid(h)


def prop_row(name: str, icon: str, value: str) -> str:
    return (f'<div role="row" style="display: flex; width: 100%; margin-bottom: 4px;"><div role="rowheader" style="display: flex; align-items: center; height: 34px; width: 160px; flex: 0 0 auto; color: rgba(55, 53, 47, 0.65);">'
            f'<div class="notion-property-name" style="display: flex; align-items: center; line-height: 24px; min-width: 0px; font-size: 14px;"><svg role="graphics-symbol" viewBox="0 0 16 16" class="{icon}" style="width: 16px; height: 16px; display: block; fill: rgba(55, 53, 47, 0.45); flex-shrink: 0; margin-right: 6px;"></svg>'
            f'<div style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">{name}</div></div></div>'
            f'<div role="cell" style="display: flex; margin-left: 4px; height: 100%; flex: 1 1 auto; min-width: 0px;"><div class="notion-focusable" role="button" tabindex="0" style="user-select: none; transition: background 20ms ease-in; cursor: default; display: flex; align-items: center; border-radius: 4px; width: 100%; min-height: 34px; font-size: 14px; padding: 6px 8px 7px;">'
            f'<div style="line-height: 1.5; white-space: pre-wrap; word-break: break-word;">{value}</div></div></div></div>')


def tag(text: str, color: str) -> str:
    return f'<div style="display: flex; align-items: center; flex-shrink: 0; min-width: 0px; max-width: 100%; height: 20px; border-radius: 3px; padding-left: 6px; padding-right: 6px; font-size: 14px; line-height: 120%; color: rgb(50, 48, 44); background: {color}; margin: 0px 6px 6px 0px;"><div style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">{text}</div></div>'


def shell(title: str, crumbs: list[tuple[str, str]], icon: str, inner: str, canonical: str) -> str:
    crumb_html = '<span style="margin-left: 2px; margin-right: 2px; color: rgba(55, 53, 47, 0.45);">/</span>'.join(
        f'<a class="notion-focusable" href="{h}" role="button" tabindex="0" style="display: inline-flex; align-items: center; flex-shrink: 1; white-space: nowrap; height: 24px; border-radius: 4px; font-size: 14px; line-height: 1.2; min-width: 0px; padding-left: 6px; padding-right: 6px; color: rgb(55, 53, 47); text-decoration: none;"><div class="notion-record-icon notranslate" style="margin-right: 6px;"><span>{ic}</span></div><div class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 240px;">{t}</div></a>'
        for t, h, ic in crumbs
    )
    return f"""<!DOCTYPE html><html lang="en" class="notion-html"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"><title>{title}</title><meta name="description" content="A new tool that blends your everyday work apps into one. It's the all-in-one workspace for you and your team"><meta property="og:site_name" content="Notion"><meta property="og:type" content="website"><meta property="og:url" content="{canonical}"><meta property="og:title" content="{title} | Notion"><meta property="og:description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities."><meta property="og:image" content="https://www.notion.so/images/meta/default.png"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@NotionHQ"><meta name="apple-itunes-app" content="app-id=1232780281"><link rel="canonical" href="{canonical}"><link rel="shortcut icon" href="/images/favicon.ico"><link rel="apple-touch-icon" href="/images/logo-ios.png"><link rel="stylesheet" href="/_assets/app-2c1b0f1e8d.css"><script>window.__webStartTime = Date.now();</script><script src="/_assets/runtime-b2e9a4f71c.js" defer></script><script src="/_assets/vendor-6d3a91c0e2.js" defer></script><script src="/_assets/app-a05f7e3b19.js" defer></script></head><body class="notion-body"><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor; line-height: 1.5; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI Variable Display&quot;, &quot;Segoe UI&quot;, Helvetica, &quot;Apple Color Emoji&quot;, Arial, sans-serif, &quot;Segoe UI Emoji&quot;, &quot;Segoe UI Symbol&quot;; -webkit-font-smoothing: auto;"><div style="height: 100%;"><div class="notion-cursor-listener" style="width: 100vw; height: 100%; position: relative; display: flex; flex: 1 1 0%; background: white; cursor: text;"><main class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column; background: white; z-index: 1; height: 100vh; max-height: 100%; position: relative; width: 100vw;">
<div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 44px; opacity: 1; transition: opacity 700ms, color 700ms; position: relative; z-index: 99; background: white;"><div style="width: 100%; height: 44px; display: flex; justify-content: space-between; align-items: center; overflow: hidden; padding-left: 12px; padding-right: 10px;"><div class="notion-topbar-breadcrumb" style="display: flex; align-items: center; line-height: 1.2; font-size: 14px; height: 100%; flex-grow: 0; margin-right: 8px; min-width: 0px;">{crumb_html}</div><div style="flex-grow: 1; flex-shrink: 1;"></div><div class="notion-topbar-action-buttons" style="display: flex; align-items: center; flex-shrink: 0;"><div class="notion-topbar-search-button notion-focusable" role="button" tabindex="0" aria-label="Search" style="user-select: none; display: flex; align-items: center; justify-content: center; height: 28px; width: 33px; padding: 0px; border-radius: 4px;"><svg role="graphics-symbol" viewBox="0 0 20 20" class="magnifyingGlass" style="width: 18px; height: 18px; display: block; fill: rgba(55, 53, 47, 0.85);"><path d="M4 8.5C4 6.015 6.015 4 8.5 4S13 6.015 13 8.5 10.985 13 8.5 13 4 10.985 4 8.5m4.5-6a6 6 0 1 0 3.676 10.743l3.29 3.29a.75.75 0 1 0 1.061-1.06l-3.29-3.29A6 6 0 0 0 8.5 2.5"></path></svg></div><div class="notion-topbar-duplicate-button notion-focusable" role="button" tabindex="0" style="user-select: none; display: inline-flex; align-items: center; white-space: nowrap; height: 28px; border-radius: 4px; font-size: 14px; line-height: 1.2; padding-left: 8px; padding-right: 8px; color: rgb(55, 53, 47); margin-right: 2px;">Duplicate</div><a href="https://www.notion.so/signup?from=public_page_topbar" class="notion-focusable" role="button" tabindex="0" style="user-select: none; display: inline-flex; align-items: center; justify-content: center; white-space: nowrap; height: 28px; border-radius: 6px; font-size: 14px; line-height: 1.2; padding-left: 10px; padding-right: 10px; color: white; background: rgb(35, 131, 226); font-weight: 500; text-decoration: none;">Get Notion free</a></div></div></div>
<div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; flex-grow: 1; position: relative; align-items: center; margin-right: 0px; margin-bottom: 0px; overflow: hidden auto;"><div class="whenContentEditable" data-content-editable-root="true" style="caret-color: rgb(55, 53, 47); width: 100%; display: flex; flex-direction: column; position: relative; align-items: center; flex-grow: 1; --whenContentEditable--WebkitUserModify: read-only;"><div class="layout" style="padding-bottom: 30vh;">
{inner}
</div></div></div>
</main></div></div></div></div>
<div id="notion-overlay-container" class="notion-overlay-container"></div>
<script>window.CONFIG = {{"env":"production","isAdminMode":false,"publicDomainName":"notion.site","domainBaseUrl":"https://www.notion.so","isPublicSite":true,"spaceDomain":"keyuan-chuangan"}};</script>
</body></html>
"""


def title_area(icon: str, title: str) -> str:
    return (f'<div class="layout-content"><div class="notion-page-controls" style="display: flex; justify-content: flex-start; flex-wrap: wrap; margin-top: 8px; margin-bottom: 4px; margin-left: -1px; color: rgba(55, 53, 47, 0.5); font-size: 14px; pointer-events: auto;"></div>'
            f'<div class="notion-record-icon notranslate" role="img" aria-label="{icon}" style="display: flex; align-items: center; justify-content: center; height: 78px; width: 78px; border-radius: 0.25em; flex-shrink: 0; position: relative; z-index: 1; margin-left: 3px; margin-bottom: 0px; margin-top: 96px; pointer-events: auto;"><img class="notion-emoji" alt="{icon}" aria-label="{icon}" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAIBRAA7" style="width: 78px; height: 78px;"></div>'
            f'<div style="padding-right: calc(0px + env(safe-area-inset-right)); padding-left: calc(0px + env(safe-area-inset-left));"><div class="notion-page-block" style="color: rgb(55, 53, 47); font-weight: 700; line-height: 1.2; font-size: 40px; cursor: text; display: flex; align-items: center; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI Variable Display&quot;, &quot;Segoe UI&quot;, Helvetica, &quot;Apple Color Emoji&quot;, Arial, sans-serif;">'
            f'<h1 class="notranslate" spellcheck="true" placeholder="New page" data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px; font-size: 1em; font-weight: inherit; margin: 0px;">{title}</h1></div></div></div>')


def collection(rows: list[tuple[str, str, str, str]], view: str = "table") -> str:
    if view == "table":
        body = "".join(
            f'<div class="notion-collection-item" style="display: flex; width: 100%; border-bottom: 1px solid rgb(233, 233, 231);"><div class="notion-table-view-cell" data-col-index="0" style="display: flex; width: 360px; min-height: 32px; padding: 5px 8px;"><a href="{h}" rel="noopener noreferrer" style="display: block; color: inherit; text-decoration: none;"><span class="notion-record-icon notranslate">📄</span><span style="line-height: 1.5; white-space: pre-wrap; word-break: break-word; font-weight: 500; border-bottom: 1px solid rgba(55, 53, 47, 0.25);">{t}</span></a></div>'
            f'<div class="notion-table-view-cell" data-col-index="1" style="display: flex; width: 140px; padding: 5px 8px; font-size: 14px;">{who}</div><div class="notion-table-view-cell" data-col-index="2" style="display: flex; width: 140px; padding: 5px 8px; font-size: 14px;">{d}</div></div>'
            for t, h, who, d in rows
        )
        head = ('<div class="notion-table-view-header-row" style="display: flex; color: rgba(55, 53, 47, 0.65); font-size: 14px; border-bottom: 1px solid rgb(233, 233, 231);">'
                '<div class="notion-table-view-header-cell" style="width: 360px; padding: 0 8px;">标题</div><div class="notion-table-view-header-cell" style="width: 140px; padding: 0 8px;">讲话人</div><div class="notion-table-view-header-cell" style="width: 140px; padding: 0 8px;">日期</div></div>')
        return f'<div class="notion-table-view" style="padding-left: 96px; padding-right: 96px;">{head}<div class="notion-table-view-body">{body}</div></div>'
    body = "".join(
        f'<a href="{h}" rel="noopener noreferrer" class="notion-collection-item" style="display: flex; align-items: center; color: inherit; text-decoration: none; height: 34px; border-radius: 4px; padding: 0 4px;"><span class="notion-record-icon notranslate" style="margin-right: 6px;">📄</span><span style="flex: 1 1 auto; font-weight: 500; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">{t}</span><span style="font-size: 14px; color: rgba(55, 53, 47, 0.5); margin-left: 12px;">{d}</span></a>'
        for t, h, who, d in rows
    )
    return f'<div class="notion-list-view" style="padding-left: 96px; padding-right: 96px;">{body}</div>'


def collection_block(cid: str, name: str, rows, view: str) -> str:
    return (f'<div data-block-id="{cid}" class="notion-selectable notion-collection_view-block" style="width: 100%; max-width: 100%; margin-top: 8px;">'
            f'<div style="display: flex; align-items: center; height: 42px; padding-left: 96px; padding-right: 96px;"><div class="notion-collection-view-tab-button" style="font-size: 14px; font-weight: 500;">{"表格视图" if view == "table" else "列表"}</div></div>'
            f'<div style="padding-left: 96px; padding-right: 96px;"><div class="notranslate" style="font-size: 1.25em; font-weight: 600; line-height: 1.2; padding: 3px 2px;">{name}</div></div>'
            f'{collection(rows, view)}<div class="notion-collection-view-footer" style="padding-left: 96px; font-size: 14px; color: rgba(55, 53, 47, 0.5);">计数 {len(rows)}</div></div>')


def build() -> Family:
    fam = NotionFamily(HOST, "Notion public site (notion.site)", extensionless_html=True)
    s1, s2 = SPEECHES["R23NT1"], SPEECHES["R23NT2"]
    H_ROOT, H_YEAR = "1d4f7a2c9b3e4f81a6c05d2e8b7f3a19", "1d4f7a2c9b3e80c2b17e4a9d6c3f5e02"
    H1, H2 = "1e9c3b7a5d2f8046b3a1c7e9d4f60b28", "17a2d5e8c4b1806f9e3d2a7c5b4f1e63"
    root_t, year_t = "讲话稿库", "2025年"
    u_root, u_year = href(root_t, H_ROOT), href(year_t, H_YEAR)
    u1, u2 = href(s1.title, H1), href(s2.title, H2)
    others = [("在2024年安全生产月启动会上的讲话", href("在2024年安全生产月启动会上的讲话", "1a07c3e5b9d24f6e8c1a3b5d7e9f0a2c"), "生产副总 何建国", "2024年6月3日")]
    rows = [(s1.title, u1, "总经理 林志远", "2025年7月7日"), (s2.title, u2, "董事长 唐振华", "2025年1月18日")]
    root_inner = (title_area("🎙️", root_t) +
                  '<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%; z-index: 4; padding-bottom: 30vh; padding-left: calc(96px + env(safe-area-inset-left)); padding-right: calc(96px + env(safe-area-inset-right));">'
                  + callout(bid("aa01", 1), "📌", "本库收录公司领导在各类会议、活动上的讲话稿定稿，由总经理办公室维护。如需引用请联系行政部。", "rgb(241, 241, 239)")
                  + text_block(bid("aa01", 2), f'按年份浏览：<a href="{u_year}" class="notion-link-token notion-focusable-token notion-enable-hover" rel="noopener noreferrer" style="color: inherit; text-decoration: underline;">📁 2025年</a>')
                  + "</div>" + collection_block(bid("aa01", 3), "全部讲话稿", rows + others, "table"))
    year_inner = (title_area("📁", year_t) +
                  '<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%; z-index: 4; padding-left: calc(96px + env(safe-area-inset-left)); padding-right: calc(96px + env(safe-area-inset-right));">'
                  + text_block(bid("bb02", 1), "2025年的讲话稿（按日期倒序）。") + "</div>" + collection_block(bid("bb02", 2), "2025年讲话稿", rows, "list"))
    root_page = shell(root_t, [(root_t, u_root, "🎙️")], "🎙️", root_inner, f"https://keyuan-chuangan.notion.site{u_root}")
    fam.put("/", root_page)
    fam.put(slug(root_t, H_ROOT), root_page)
    fam.put(slug(year_t, H_YEAR), shell(year_t, [(root_t, u_root, "🎙️"), (year_t, u_year, "📁")], "📁", year_inner, f"https://keyuan-chuangan.notion.site{u_year}"))

    def speech_page(sp, h, seed, who, occasion, tags, editor, note, img, cap, related):
        blocks = [callout(bid(seed, 1), "💡", note)]
        blocks.append(image(bid(seed, 2), img, cap))
        blocks.append(header_block(bid(seed, 3), "讲话全文"))
        blocks += [text_block(bid(seed, 10 + i), p) for i, p in enumerate(sp.paras)]
        blocks.append(divider(bid(seed, 90)))
        blocks.append(header_block(bid(seed, 91), "相关", "sub_header", "h3"))
        blocks += [bullet(bid(seed, 92 + i), f'<a href="{u}" class="notion-link-token notion-focusable-token notion-enable-hover" rel="noopener noreferrer" style="color: inherit; text-decoration: underline;">{t}</a>') for i, (t, u) in enumerate(related)]
        y, m, d = sp.date.split("-")
        props = ('<div role="table" aria-label="页面属性" class="notion-page-details" style="width: 100%; max-width: 100%; margin-top: 12px; margin-bottom: 8px; padding-left: 96px; padding-right: 96px;">'
                 + prop_row("讲话人", "typesPerson", who)
                 + prop_row("日期", "typesDate", f"{int(y)}年{int(m)}月{int(d)}日")
                 + prop_row("场合", "typesText", occasion)
                 + prop_row("标签", "typesMultipleSelect", '<div style="display: flex; flex-wrap: wrap;">' + "".join(tag(t, c) for t, c in tags) + "</div>")
                 + prop_row("整理人", "typesPerson", editor)
                 + prop_row("最后编辑时间", "typesLastEditedTime", f"{int(y)}年{int(m)}月{int(d) + 2}日 17:42")
                 + '</div><div style="padding-left: 96px; padding-right: 96px;"><div role="separator" style="width: 100%; height: 1px; border-bottom: 1px solid rgba(55, 55, 55, 0.09);"></div></div>'
                 + '<div class="notion-page-view-discussion" style="padding-left: 96px; padding-right: 96px; font-size: 14px; color: rgba(55, 53, 47, 0.5); margin: 8px 0;">添加评论…</div>')
        inner = (title_area("📄", sp.title) + props +
                 '<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%; z-index: 4; padding-bottom: 30vh; padding-left: calc(96px + env(safe-area-inset-left)); padding-right: calc(96px + env(safe-area-inset-right));">'
                 + "".join(blocks) + "</div>")
        url = href(sp.title, h)
        fam.put(slug(sp.title, h), shell(sp.title, [(root_t, u_root, "🎙️"), (sp.title, url, "📄")], "📄", inner, f"https://keyuan-chuangan.notion.site{url}"))
        return slug(sp.title, h)

    p1 = speech_page(s1, H1, "c1c1", "总经理 林志远", "2025年新员工入职培训开班仪式",
                     [("入职培训", "rgb(211, 229, 239)"), ("人力资源", "rgb(232, 222, 238)")], "总经办 许静",
                     "本稿为讲话定稿，现场讲话时有少量脱稿内容，以本稿为准。对外引用须经总经理办公室同意。",
                     "a3f1e2c4-0b7d-4e9a-9c51-7d2e8b6f0a14%2F%E5%BC%80%E7%8F%AD%E4%BB%AA%E5%BC%8F.jpg",
                     "开班仪式现场，林志远总经理为新员工代表佩戴工牌", [(s2.title, u2), others[0][:2]])
    p2 = speech_page(s2, H2, "c2c2", "董事长 唐振华", "2024年度总结表彰暨新春年会",
                     [("年会", "rgb(253, 236, 200)"), ("表彰", "rgb(219, 237, 219)")], "总经办 许静",
                     "年会致辞定稿。表彰名单见附件《关于表彰2024年度先进集体和先进个人的决定》。",
                     "5c8e1d2a-3f4b-4a6c-8e7d-9b0a1c2d3e4f%2F%E5%B9%B4%E4%BC%9A.jpg",
                     "年会现场，唐振华董事长致新春辞", [(s1.title, u1), others[0][:2]])
    fam.put("/robots.txt", "User-agent: *\nAllow: /\n")
    fam.not_documents += ["/", u_root, u_year]
    fam.doc([u1], s1)
    fam.doc([u2], s2)
    fam.noise += [
        "Get Notion free", "Duplicate", "讲话人", "整理人", "最后编辑时间", "本稿为讲话定稿", "年会致辞定稿",
        "开班仪式现场，林志远总经理为新员工代表佩戴工牌", "年会现场，唐振华董事长致新春辞", "讲话全文", "添加评论…",
        "在2024年安全生产月启动会上的讲话", "本库收录公司领导在各类会议、活动上的讲话稿定稿", "计数 3",
    ]
    return fam
