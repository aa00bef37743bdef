"""Synthetic sites for the replica web, written to disk and deterministic from a seed.

- `generate_bench_site`: a large UTF-8 site of speech articles for benchmarks (listing pages
  with 下一页, newest first as real sites list, article pages, ~10 % near or truncated copies of
  other articles), plus a `<host>.truth.json` next to it saying which article copies which;
  `BenchSite` is the same site in memory, to grow and edit it between crawls.
- `generate_generic_site`: a small GBK portal declared as gb2312 that no profile knows, with
  articles continuing over two pages and portal noise in and around the content, plus an
  `expected.json` next to it holding the clean documents the generic spider must archive.

Both write `dest/<host>/` (serve it with `ReplicaWeb(dest)`) and return that folder.
Text comes from a vocabulary of speech phrases combined at random: articles differ from each
other as real speeches do while sharing the register's stock phrases.
"""

from __future__ import annotations

import html
import json
import math
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

LIST_PAGE_SIZE = 50
COPY_SHARE = 0.10  # share of bench articles that copy an earlier one

# --- vocabulary of the speech register ------------------------------------------------------
ADVERBS = (
    "进一步", "切实", "全面", "扎实", "持续", "坚决", "大力", "积极", "认真", "深入", "着力", "统筹",
    "加快", "稳步", "不断", "严格", "牢牢", "主动", "务实", "精准", "有序", "全力", "高标准", "系统",
)  # fmt: skip
VERBS = (
    "推进", "落实", "加强", "完善", "深化", "提升", "强化", "优化", "抓好", "健全", "推动", "构建",
    "巩固", "拓展", "规范", "创新", "压实", "夯实", "改进", "做实", "织密", "筑牢", "补齐", "激活",
)  # fmt: skip
TOPICS = (
    "安全生产责任", "营商环境", "基层治理体系", "乡村振兴战略", "生态环境保护", "民生保障工作",
    "重大项目建设", "干部作风建设", "招商引资工作", "社会信用体系", "教育事业发展", "医疗卫生服务",
    "防汛抗旱准备", "消防安全隐患排查", "食品药品监管", "就业创业服务", "城市精细化管理",
    "农村人居环境整治", "数字政府建设", "科技创新能力", "产业结构调整", "政务服务效能", "风险防控机制",
    "矛盾纠纷化解", "党风廉政建设", "人才引进培养", "文化旅游融合", "交通基础设施", "住房保障体系",
    "养老服务体系", "耕地保护制度", "河湖长制", "森林防火工作", "统计监测体系", "国有企业改革",
    "财政资金监管", "安全应急能力", "社区服务网络", "市场主体培育", "对外开放水平",
)  # fmt: skip
RESULTS = (
    "确保各项任务落到实处", "推动工作取得新成效", "切实维护人民群众生命财产安全",
    "为全年目标任务完成打下坚实基础", "不断增强群众的获得感、幸福感、安全感", "以实际行动检验工作成效",
    "努力交出一份合格答卷", "形成上下联动、齐抓共管的工作格局", "让发展成果更多更公平惠及全体人民",
    "坚决守住不发生系统性风险的底线", "推动高质量发展迈出新步伐", "确保责任到人、措施到位",
    "把问题解决在萌芽状态", "为经济社会发展营造良好环境", "切实把思想和行动统一到决策部署上来",
)  # fmt: skip
UNITS = ("部门", "单位", "乡镇", "街道", "行业主管部门", "企业", "村(社区)", "成员单位")
REGIONS = ("市", "县", "区", "镇", "系统")
PRINCIPLES = (
    "以人民为中心", "稳中求进工作总基调", "问题导向和目标导向", "系统观念", "底线思维",
    "一张蓝图绘到底", "实事求是", "依法行政", "守正创新", "统筹发展和安全",
)  # fmt: skip
METRICS = ("重点项目", "民生实事", "隐患问题", "审批事项", "帮扶对象", "改造项目", "培训人次", "新增岗位")
CHANGES = ("同比增长", "同比下降", "较上年提高", "较上年减少")
MEETINGS = ("工作会议", "推进会", "动员部署会", "专题会议", "领导小组全体会议", "座谈会", "工作会")
SPEECH_KINDS = ("讲话", "讲话", "讲话", "讲话提纲", "表态发言", "总结讲话")
GREETINGS = ("同志们:", "各位领导、同志们:", "同志们、朋友们:", "各位代表、同志们:")
PEOPLE = ("张市长", "李局长", "王书记", "赵县长", "刘主任", "陈部长")
ORDINALS = ("一", "二", "三", "四", "五", "六")


@dataclass
class SpeechWriter:
    """Sentences, paragraphs and titles of plausible Chinese speeches from one random source."""

    rng: random.Random
    rare_names: tuple[str, ...] = field(default=())  # people praised in the text (GBK-only chars)

    def pick(self, words):
        return self.rng.choice(words)

    def sentence(self) -> str:
        r = self.rng
        form = r.randrange(6)
        if form == 0:
            return f"要{self.pick(ADVERBS)}{self.pick(VERBS)}{self.pick(TOPICS)},{self.pick(VERBS)}{self.pick(TOPICS)},{self.pick(RESULTS)}。"
        if form == 1:
            return (
                f"{r.randint(2016, 2025)}年以来,全{self.pick(REGIONS)}{self.pick(ADVERBS)}{self.pick(VERBS)}"
                f"{self.pick(TOPICS)},完成{self.pick(METRICS)}{r.randint(3, 980)}个,"
                f"{self.pick(CHANGES)}{r.randint(1, 60)}.{r.randint(0, 9)}%。"
            )
        if form == 2:
            return f"我们要坚持{self.pick(PRINCIPLES)},把{self.pick(TOPICS)}作为重中之重,{self.pick(ADVERBS)}{self.pick(VERBS)}{self.pick(TOPICS)}。"
        if form == 3:
            return f"各{self.pick(UNITS)}要{self.pick(ADVERBS)}{self.pick(VERBS)}{self.pick(TOPICS)},切实{self.pick(VERBS)}{self.pick(TOPICS)},{self.pick(RESULTS)}。"
        if form == 4:
            return f"在{self.pick(TOPICS)}方面,{self.pick(ADVERBS)}{self.pick(VERBS)}“{self.pick(TOPICS)}”,{self.pick(RESULTS)}。"
        return f"对{self.pick(TOPICS)}中发现的问题,要{self.pick(ADVERBS)}{self.pick(VERBS)}、{self.pick(ADVERBS)}{self.pick(VERBS)},{self.pick(RESULTS)}。"

    def paragraph(self, heading: str | None = None) -> str:
        body = "".join(self.sentence() for _ in range(self.rng.randint(3, 6)))
        return f"{heading}{body}" if heading else body

    def opening(self, topic: str) -> list[str]:
        first, second = self.rng.sample(PEOPLE, 2)
        openings = (
            f"今天,我们召开这次会议,主要任务是总结前一阶段{topic}情况,安排部署下一阶段工作。"
            f"刚才,{first}通报了有关情况,{second}作了很好的发言,我完全同意。下面,我再讲几点意见。",
            f"这次会议是经研究决定召开的一次重要会议。刚才,{first}对{topic}作了具体部署,"
            f"大家要认真抓好落实。下面,我就做好{topic}讲三点意见。",
            f"刚才,{first}传达了上级有关会议精神,{second}就{topic}作了安排,讲得很全面、很具体,"
            "我都同意。借此机会,我再强调几点。",
            f"今年以来,在各方面的共同努力下,全{self.pick(REGIONS)}{topic}取得了明显成效,但也存在一些不容忽视的问题。"
            "下面,我讲几点意见。",
        )
        return [self.pick(GREETINGS), self.pick(openings)]

    def praise(self) -> str:
        names = "、".join(self.rng.sample(self.rare_names, 2))
        return f"在这里,我代表全{self.pick(REGIONS)}向{names}等受到表彰的同志表示热烈祝贺!"

    def closing(self) -> str:
        return f"同志们,做好{self.pick(TOPICS)}工作责任重大、使命光荣。让我们{self.pick(ADVERBS)}担当作为,{self.pick(RESULTS)}!"

    def speech(self, n_paragraphs: int) -> tuple[str, list[str]]:
        """(title, paragraphs): greeting, opening, numbered body paragraphs, closing."""
        topic = self.pick(TOPICS)
        title = f"在{self.rng.randint(2018, 2025)}年全{self.pick(REGIONS)}{topic}{self.pick(MEETINGS)}上的{self.pick(SPEECH_KINDS)}"
        paragraphs = self.opening(topic)
        body_count = max(1, n_paragraphs - 3)
        for index in range(body_count):
            heading = (
                f"{ORDINALS[index]}、要{self.pick(ADVERBS)}{self.pick(VERBS)}{self.pick(TOPICS)}。"
                if index < len(ORDINALS)
                else None
            )
            paragraphs.append(self.paragraph(heading))
        if self.rare_names:
            paragraphs.insert(2, self.praise())
        paragraphs.append(self.closing())
        return title, paragraphs

    def published_at(self) -> str:
        day = date(2018, 1, 1) + timedelta(days=self.rng.randrange(8 * 365))
        return f"{day.isoformat()} {self.rng.randint(8, 18):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def edit_lightly(self, paragraphs: list[str]) -> list[str]:
        """A near copy: one or two sentences rewritten, everything else as it was."""
        edited = list(paragraphs)
        for index in self.rng.sample(range(2, len(edited)), k=min(2, len(edited) - 2)):
            sentences = re.findall(r"[^。!]+[。!]", edited[index]) or [edited[index]]
            sentences[self.rng.randrange(len(sentences))] = self.sentence()
            edited[index] = "".join(sentences)
        return edited


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _write_json(path: Path, value) -> None:
    _write(path, (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode())


def _paragraphs_html(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


# --- the benchmark site ---------------------------------------------------------------------
BENCH_SITE_NAME = "基准讲话网"


def _bench_list_path(page: int) -> str:
    return "/list/index.html" if page == 1 else f"/list/index_{page}.html"


def _bench_article_html(title: str, published_at: str, paragraphs: list[str]) -> str:
    t = html.escape(title, quote=False)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{t}_讲话稿_{BENCH_SITE_NAME}</title></head>\n<body>\n"
        f'<div class="nav"><a href="/">首页</a> &gt; <a href="/list/index.html">讲话稿</a> &gt; 正文</div>\n'
        f'<div class="article">\n<h1 class="title">{t}</h1>\n<div class="info">发布时间:{published_at}</div>\n'
        f'<div class="content" id="content">\n{_paragraphs_html(paragraphs)}\n</div>\n</div>\n'
        f'<div class="footer">Copyright © {BENCH_SITE_NAME} 版权所有</div>\n</body></html>\n'
    )


def _bench_list_html(page: int, pages: int, links: list[tuple[int, str]]) -> str:
    items = "\n".join(
        f'<li><a href="/a/{n}.html">{html.escape(title, quote=False)}</a></li>' for n, title in links
    )
    pager = [f"<span>第{page}页/共{pages}页</span>"]
    if page > 1:
        pager.append(
            f'<a href="{_bench_list_path(1)}">首页</a> <a href="{_bench_list_path(page - 1)}">上一页</a>'
        )
    if page < pages:
        pager.append(
            f'<a href="{_bench_list_path(page + 1)}">下一页</a> <a href="{_bench_list_path(pages)}">尾页</a>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>讲话稿_第{page}页_{BENCH_SITE_NAME}</title></head>\n<body>\n"
        f'<div class="nav"><a href="/">首页</a> &gt; 讲话稿</div>\n<ul class="list">\n{items}\n</ul>\n'
        f'<div class="pages">{" ".join(pager)}</div>\n</body></html>\n'
    )


class BenchSite:
    """The benchmark site in memory, growing as a real one does: `add_articles(n)` publishes n
    more (their pages), `edit_article(n)` rewrites one, `index_pages()` is what lists them.

    Articles are `/a/1.html` … `/a/N.html`, listed newest first, 50 per page, from
    `/list/index.html` (`index_2.html`, … linked by 下一页 and 尾页); the home page links the ten
    newest. About 10 % of articles are near copies (a sentence or two rewritten) or truncated
    copies (a prefix of the paragraphs) of an earlier original. With `sitemap`, `/sitemap.xml`
    lists every article with its `lastmod` (the `now` of when it was published or last edited).
    """

    def __init__(self, seed: int = 0, host: str = "bench.test", sitemap: bool = False):
        self.rng = random.Random(seed)
        self.writer = SpeechWriter(self.rng)
        self.seed = seed
        self.host = host
        self.sitemap = sitemap
        self.count = 0
        self.originals: list[int] = []
        self.copies: list[dict] = []
        self.titles: dict[int, str] = {}
        self.speeches: dict[int, list[str]] = {}
        self.lastmod: dict[int, datetime] = {}
        self.now = datetime(2025, 11, 10, tzinfo=UTC)

    def add_articles(self, n: int) -> dict[str, bytes]:
        """Publish `n` more articles; their pages by path."""
        rng, writer = self.rng, self.writer
        pages = {}
        for number in range(self.count + 1, self.count + n + 1):
            if self.originals and rng.random() < COPY_SHARE:
                source = rng.choice(self.originals)
                paragraphs = self.speeches[source]
                if rng.random() < 0.5:
                    kind, text = "near", writer.edit_lightly(paragraphs)
                else:
                    keep = max(3, math.ceil(len(paragraphs) * rng.uniform(0.4, 0.7)))
                    kind, text = "truncated", paragraphs[:keep]
                title = self.titles[source]
                self.copies.append({"path": f"/a/{number}.html", "of": f"/a/{source}.html", "kind": kind})
            else:
                title, text = writer.speech(rng.randint(8, 20))
                self.originals.append(number)
                self.speeches[number] = text
            self.titles[number] = title
            self.lastmod[number] = self.now
            pages[f"/a/{number}.html"] = _bench_article_html(title, writer.published_at(), text).encode()
        self.count += n
        return pages

    def edit_article(self, number: int) -> dict[str, bytes]:
        """Rewrite article `number` (same title, a new text): its page by path."""
        title, text = self.titles[number], self.writer.speech(self.rng.randint(8, 20))[1]
        self.lastmod[number] = self.now
        return {f"/a/{number}.html": _bench_article_html(title, self.writer.published_at(), text).encode()}

    @property
    def list_pages(self) -> int:
        return max(1, math.ceil(self.count / LIST_PAGE_SIZE))

    def index_pages(self) -> dict[str, bytes]:
        """The home page, every listing page and the sitemap as they are now, by path."""
        newest_first = list(range(self.count, 0, -1))
        pages = {}
        for page in range(1, self.list_pages + 1):
            chunk = newest_first[(page - 1) * LIST_PAGE_SIZE : page * LIST_PAGE_SIZE]
            page_html = _bench_list_html(page, self.list_pages, [(n, self.titles[n]) for n in chunk])
            pages[_bench_list_path(page)] = page_html.encode()
        latest = "\n".join(
            f'<li><a href="/a/{n}.html">{html.escape(self.titles[n], quote=False)}</a></li>'
            for n in newest_first[:10]
        )
        pages["/index.html"] = (
            '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{BENCH_SITE_NAME}</title></head>\n<body>\n"
            f'<div class="nav"><a href="/">首页</a> <a href="/list/index.html">讲话稿</a></div>\n'
            f'<ul class="latest">\n{latest}\n</ul>\n<div class="footer"><a href="/admin/">管理</a></div>\n</body></html>\n'
        ).encode()
        if self.sitemap:
            urls = "".join(
                f"<url><loc>http://{self.host}/a/{n}.html</loc>"
                f"<lastmod>{self.lastmod[n].strftime('%Y-%m-%dT%H:%M:%SZ')}</lastmod></url>\n"
                for n in newest_first
            )
            pages["/sitemap.xml"] = (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
            ).encode()
        return pages

    def truth(self) -> dict:
        return {
            "host": self.host,
            "seed": self.seed,
            "articles": self.count,
            "list_pages": self.list_pages,
            "distinct_documents": len(self.originals),
            "copies": self.copies,
        }

    def write(self, dest: Path, pages: dict[str, bytes]) -> None:
        for path, data in pages.items():
            _write(Path(dest) / self.host / path.lstrip("/"), data)


def generate_bench_site(
    dest: Path, n_articles: int = 5000, seed: int = 0, host: str = "bench.test", sitemap: bool = False
) -> Path:
    """Write a large speech site (`BenchSite`, `n_articles` articles) to `dest/host/`; return that folder.

    `/admin/` exists, is linked from the home page and disallowed by robots.txt.
    `dest/<host>.truth.json` lists the copies and the number of distinct speeches.
    """
    return write_bench_site(dest, BenchSite(seed, host, sitemap), n_articles)


def write_bench_site(dest: Path, bench: BenchSite, n_articles: int) -> Path:
    """Publish `n_articles` on `bench` and write the whole site to `dest/<host>/` (served by
    `ReplicaWeb(dest)`; later changes go to the server with `put`)."""
    site = Path(dest) / bench.host
    bench.write(dest, bench.add_articles(n_articles))
    bench.write(dest, bench.index_pages())
    _write(site / "admin" / "index.html", b"<!DOCTYPE html><html><body>admin</body></html>\n")
    robots = "User-agent: *\nDisallow: /admin/\n"
    if bench.sitemap:
        robots += f"Sitemap: http://{bench.host}/sitemap.xml\n"
    _write(site / "robots.txt", robots.encode())
    _write_json(site / "_site.json", {"content_type": "text/html; charset=utf-8"})
    _write_json(Path(dest) / f"{bench.host}.truth.json", bench.truth())
    return site


# --- the generic (profile-less) GBK portal --------------------------------------------------
PORTAL_NAME = "示范市人民政府门户网站"
# Characters in GBK but not in GB2312: the page says gb2312, a strict decoder would lose them.
GBK_ONLY_NAMES = ("张喆", "刘堃", "王祎", "李珺", "陈玥", "赵昇", "周镕", "孙淏")
PORTAL_NOISE = (
    "来源:",
    "责任编辑",
    "分享到",
    "打印本页",
    "关闭窗口",
    "相关文章",
    "版权所有",
    "当前位置",
    "上一页",
    "下一页",
)
GENERIC_ARTICLES = 6
GENERIC_TWO_PAGE = 2  # how many articles continue on `<id>_2.html`
GENERIC_LIST_FIRST_PAGE = 4  # articles on /news/index.html, the rest on index_2.html


def _portal_page(title: str, main: str) -> bytes:
    text = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
        f"<title>{html.escape(title, quote=False)}</title></head>\n<body>\n"
        '<div id="top"><div class="logo">示范市人民政府</div>\n'
        '<div id="nav"><a href="/">首页</a> | <a href="/news/index.html">新闻中心</a> | '
        '<a href="/news/index.html">领导讲话</a> | <a href="/">政务公开</a> | <a href="/">互动交流</a></div></div>\n'
        f"{main}\n"
        f'<div id="footer"><p>主办:示范市人民政府办公室 版权所有:{PORTAL_NAME}</p>'
        "<p>地址:示范市人民路1号 邮编:100000 备案号:示ICP备12345678号</p></div>\n</body></html>\n"
    )
    return text.encode("gbk")


def _portal_pager(article_id: int, page: int) -> str:
    if page == 1:
        return (
            f'<div class="pager"><span>1</span> <a href="/news/{article_id}_2.html">2</a> '
            f'<a href="/news/{article_id}_2.html">下一页</a></div>'
        )
    return (
        f'<div class="pager"><a href="/news/{article_id}.html">上一页</a> '
        f'<a href="/news/{article_id}.html">1</a> <span>2</span></div>'
    )


def _portal_article(
    doc: dict, page_paragraphs: list[str], page: int, pages: int, related: list[dict]
) -> bytes:
    t = html.escape(doc["title"], quote=False)
    pager = _portal_pager(doc["id"], page) if pages > 1 else ""
    related_items = "".join(
        f'<li><a href="/news/{r["id"]}.html">{html.escape(r["title"], quote=False)}</a></li>' for r in related
    )
    main = (
        f'<div class="location">当前位置:<a href="/">首页</a> &gt; <a href="/news/index.html">领导讲话</a> &gt; 正文</div>\n'
        f'<div class="main"><div class="article">\n<h1 class="art-title">{t}</h1>\n'
        f'<div class="content" id="zoom">\n'
        f'<p class="src">来源:示范市人民政府办公室  发布时间:{doc["published_at"]}  【字体:大 中 小】</p>\n'
        f"{_paragraphs_html(page_paragraphs)}\n{pager}\n"
        f'<p class="editor">责任编辑:{doc["editor"]}</p>\n'
        '<div class="share">分享到:<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>\n'
        '<p class="tools">【<a href="javascript:window.print()">打印本页</a>】'
        '【<a href="javascript:window.close()">关闭窗口</a>】</p>\n'
        "</div></div>\n"
        f'<div class="related"><h3>相关文章</h3><ul>{related_items}</ul></div></div>'
    )
    return _portal_page(f"{doc['title']}_{PORTAL_NAME}", main)


def _portal_listing(docs: list[dict], page: int) -> bytes:
    items = "\n".join(
        f'<li><a href="/news/{d["id"]}.html">{html.escape(d["title"], quote=False)}</a>'
        f'<span class="date">{d["published_at"][:10]}</span></li>'
        for d in docs
    )
    pager = (
        '<div class="pager"><span>1</span> <a href="/news/index_2.html">2</a> <a href="/news/index_2.html">下一页</a></div>'
        if page == 1
        else '<div class="pager"><a href="/news/index.html">上一页</a> <a href="/news/index.html">1</a> <span>2</span></div>'
    )
    main = (
        '<div class="location">当前位置:<a href="/">首页</a> &gt; 领导讲话</div>\n'
        f'<div class="main"><ul class="news-list">\n{items}\n</ul>\n{pager}</div>'
    )
    return _portal_page(f"领导讲话_{PORTAL_NAME}", main)


def generate_generic_site(dest: Path, seed: int = 0, host: str = "gbk-portal.test") -> Path:
    """Write a small GBK portal to `dest/host/` and its clean documents to `dest/expected.json`.

    Pages declare gb2312 in a meta tag; the bytes are GBK and the text holds characters outside
    GB2312. `/news/index.html` and `/news/index_2.html` list 6 articles `/news/<id>.html`; the
    first two continue on `/news/<id>_2.html`. `expected.json` has, per article, its url, path,
    pages, title, the stitched clean text (paragraphs joined by blank lines) and published_at,
    and the `noise` strings no document may contain.
    """
    rng = random.Random(seed)
    writer = SpeechWriter(rng, rare_names=GBK_ONLY_NAMES)
    site = Path(dest) / host
    docs = []
    for index in range(GENERIC_ARTICLES):
        title, paragraphs = writer.speech(rng.randint(6, 10))
        article_id = 1001 + index
        pages = 2 if index < GENERIC_TWO_PAGE else 1
        docs.append(
            {
                "id": article_id,
                "title": title,
                "paragraphs": paragraphs,
                "published_at": writer.published_at(),
                "editor": rng.choice(GBK_ONLY_NAMES),
                "pages": [f"/news/{article_id}.html"]
                + ([f"/news/{article_id}_2.html"] if pages == 2 else []),
            }
        )
    for doc in docs:
        related = [d for d in docs if d is not doc][:4]
        paragraphs = doc["paragraphs"]
        if len(doc["pages"]) == 2:
            split = len(paragraphs) // 2
            parts = [paragraphs[:split], paragraphs[split:]]
        else:
            parts = [paragraphs]
        for page, (path, part) in enumerate(zip(doc["pages"], parts, strict=True), start=1):
            _write(site / path.lstrip("/"), _portal_article(doc, part, page, len(parts), related))
    _write(site / "news" / "index.html", _portal_listing(docs[:GENERIC_LIST_FIRST_PAGE], 1))
    _write(site / "news" / "index_2.html", _portal_listing(docs[GENERIC_LIST_FIRST_PAGE:], 2))
    home_links = "".join(
        f'<li><a href="/news/{d["id"]}.html">{html.escape(d["title"], quote=False)}</a></li>'
        for d in docs[:3]
    )
    home_main = (
        '<div class="main"><div class="box"><h3>领导讲话</h3>'
        f'<ul>{home_links}</ul><a class="more" href="/news/index.html">更多&gt;&gt;</a></div></div>'
    )
    _write(site / "index.html", _portal_page(PORTAL_NAME, home_main))
    _write_json(
        site / "_site.json",
        {"content_type": "text/html", "note": "declares gb2312 in meta only; bytes are GBK"},
    )
    _write_json(
        Path(dest) / "expected.json",
        {
            "host": host,
            "encoding": "gbk",
            "documents": [
                {
                    "url": f"http://{host}{d['pages'][0]}",
                    "path": d["pages"][0],
                    "pages": d["pages"],
                    "title": d["title"],
                    "text": "\n\n".join(d["paragraphs"]),
                    "published_at": d["published_at"],
                }
                for d in docs
            ],
            "noise": list(PORTAL_NOISE),
        },
    )
    return site
