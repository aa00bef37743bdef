"""The steps one by one: decoding order, the vocabulary, spacing, profiles, the Scrapy pipelines."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from pipelines import vocabulary
from pipelines.clean import clean, collapse_cjk_spaces
from pipelines.dedup import fingerprint, normalise_for_dedup
from pipelines.encoding import decode_body, looks_like_mojibake
from pipelines.extract import extract
from pipelines.items import PageCapture, PageItem
from pipelines.normalize import detect_script, normalize
from pipelines.page import documents_with_keys, process_page, process_pages
from pipelines.profile import CrawlRules
from pipelines.site_furniture import page_keys
from pipelines.split import split
from pipelines.steps import DropWithoutSpeechPipeline, PurePathInPoolPipeline
from pipelines.stitch import stitch
from pipelines.vocabulary import han_count
from pipelines.workers import usable_cpus, workers_setting
from spiders.shipped import shipped_profiles

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "samples" / "gold"
SPEECH = (
    "同志们：今天我们召开全县教育工作会议，主要任务是总结去年工作，部署今年任务，进一步坚定信心、砥砺奋进。"
    * 3
)
SHIPPED = shipped_profiles()


def test_decoding_order_bom_header_meta():
    html = "<meta charset='big5'>讲话".encode("gb18030")
    assert (
        decode_body(b"\xef\xbb\xbf" + "讲话".encode(), {"Content-Type": "text/html; charset=gbk"}).source
        == "bom"
    )
    decoded = decode_body(html, {"content-type": "text/html; charset=gb2312"})
    assert (decoded.encoding, decoded.source, decoded.text.endswith("讲话")) == ("gb18030", "header", True)
    decoded = decode_body("<meta charset='gb2312'>讲话".encode("gb18030"))
    assert (decoded.encoding, decoded.source) == ("gb18030", "meta")
    assert decode_body(b"plain ascii").source == "detected"
    assert decode_body(b"").encoding == "utf-8"


def test_mojibake_is_recognised():
    assert looks_like_mojibake("做好自查和申报??h域教育")
    assert looks_like_mojibake("è®²è¯\u009d稿")
    assert not looks_like_mojibake("同志们，谢谢大家！Hello world, 2025.")


@pytest.mark.parametrize(
    "line",
    [
        "下面是小编为大家整理的在防汛抗旱推进会上的表态发言,供大家参考。",
        "以下是为您推荐的《在全市人才工作会议上的发言》,希望能对您的工作、学习、生活有帮助,欢迎阅读参考!",
        "以下是為您推薦的《在全市人才工作會議上的發言》,希望能對您的工作、學習、生活有幫助,歡迎閱讀參考!",
        "下面是小编为你精心整理的讲话稿范文，希望对你有帮助！",
        "这是小编为大家带来的讲话稿，欢迎收藏。",
    ],
)
def test_intro_vocabulary_has_many_wordings_in_both_scripts(line):
    assert vocabulary.INTRO.search(line)


def test_vocabulary_does_not_take_speech_lines():
    for line in [
        "来源于群众、服务于群众，是我们工作的出发点。",
        "下面，我讲三点意见。",
        "以下是我县的主要做法：",
        SPEECH,
    ]:
        assert not any(
            p.search(line) for _, p in vocabulary.HEAD_LINES + vocabulary.LINES + vocabulary.TAIL_LINES
        ), line


def test_paywall_and_truncation_notices():
    m = vocabulary.PAYWALL_NOTICE.search("……(新文秘网http://www.wm114.cn省略700字,正式会员可完整阅读)……")
    assert m and m["omitted"] == "700" and m.group(0).endswith("……")
    m = vocabulary.TRUNCATION_NOTICE.search(
        "……(未完,全文共2026字,当前仅显示872字,请阅读下面提示信息。\n收藏《讲话(草稿)》)"
    )
    assert m and m["declared"] == "2026" and m.group(0).endswith("》)")


def test_cjk_spacing_is_collapsed_but_latin_words_keep_theirs():
    assert (
        collapse_cjk_spaces("达 90 %,超 1 . 2 万人次,“ 1 + 9 ”政策 ( 2018 - 2020 年)")
        == "达90%,超1.2万人次,“1+9”政策(2018-2020年)"
    )
    assert collapse_cjk_spaces("推进 STEAM 教育") == "推进STEAM教育"
    assert collapse_cjk_spaces("Hello, world and Windows 10") == "Hello, world and Windows 10"


def test_script_detection():
    assert detect_script("同志們、朋友們:一是創新育人模式。") == "Hant"
    assert detect_script("同志们、朋友们:一是创新育人模式,著力培养。") == "Hans"


def test_han_characters_are_counted_in_every_block_and_nothing_else():
    # CJK Extension A, the URO and the compatibility ideographs; not kana, punctuation, Latin
    # or the Extension B plane.
    assert han_count("㐀講话﨑，かな ABC 12\U00020000。") == 4
    assert han_count("") == 0


def test_the_pool_task_is_the_pure_steps_in_order_each_on_the_last_ones_output():
    item = item_of("3404.html", "3404_2.html")
    cleaned = [clean(extract(p.body, p.url, p.headers, item.profile)) for p in item.pages]
    article = stitch(cleaned)
    assert article.pages == [p.url for p in item.pages]  # both pages, in reading order
    documents = normalize(split(article))
    assert len(documents) == 1 and documents[0].pages == article.pages
    task_documents, keys = documents_with_keys([(p.body, p.url, p.headers) for p in item.pages], item.profile)
    assert task_documents == documents
    assert [key.norm for key in keys] == [normalise_for_dedup(documents[0].text)]


def test_the_pool_step_hands_on_documents_their_dedup_keys_and_the_page_s_block_keys():
    item = asyncio.run(PurePathInPoolPipeline(0).process_item(item_of("3404.html", "3404_2.html")))
    assert item.documents[0].pages == [p.url for p in item.pages]
    assert [key.norm for key in item.dedup_keys] == [normalise_for_dedup(doc.text) for doc in item.documents]
    assert item.block_keys and item.block_keys == page_keys(doc.text for doc in item.documents)


def test_traditional_page_is_converted_and_original_kept():
    html = f"<html><body><h1>講話</h1><p>{SPEECH}</p><p>同志們，讓我們堅定信心、真抓實幹！</p></body></html>"
    (doc,) = process_page(html.encode(), "http://example.tw/1.html")
    assert doc.script == "Hant" and doc.text.endswith("同志们，让我们坚定信心、真抓实干！")
    assert doc.text_original.endswith("同志們，讓我們堅定信心、真抓實幹！")
    assert doc.title == "讲话"


def test_profiles_load_and_match_hosts():
    profiles = SHIPPED.profiles
    assert {"wm114", "huigou6", "fanwen_hant", "jianghua_ai"} <= set(profiles)
    assert SHIPPED.for_url("http://www.wm114.cn/wen/1.html").name == "wm114"
    assert SHIPPED.for_url("https://www.huigou6.com/a/1.html").name == "huigou6"
    assert SHIPPED.for_url("http://fanwen-hant.test/fayangao/1300.html").name == "fanwen_hant"
    assert SHIPPED.for_url("http://jianghua-ai.test:8080/jianghua/1080.html").name == "jianghua_ai"
    assert SHIPPED.for_url("http://example.com/") is None
    for profile in profiles.values():
        assert isinstance(profile.crawl, CrawlRules) and profile.version and profile.extract.content
        hash(profile)
    assert SHIPPED.for_content((GOLD / "huigou6-3404.html").read_text(encoding="utf-8")).name == "huigou6"


def test_huigou6_page_knows_where_it_continues():
    from pipelines.extract import extract

    page = extract(
        (GOLD / "huigou6-3404.html").read_bytes(),
        "http://www.huigou6.com/zhuantifanwen/gongwenfanwen/3404.html",
        profile=SHIPPED["huigou6"],
    )
    assert page.next_page == "http://www.huigou6.com/zhuantifanwen/gongwenfanwen/3404_2.html"


class Stats:
    def __init__(self):
        self.values = {}

    def inc_value(self, key, count=1):
        self.values[key] = self.values.get(key, 0) + count


class Crawler:
    def __init__(self):
        self.stats = Stats()


def item_of(*names: str, site: str = "huigou6") -> PageItem:
    base = "http://www.huigou6.com/zhuantifanwen/gongwenfanwen/"
    pages = [
        PageCapture(
            url=base + n,
            status=200,
            headers={"Content-Type": "text/html; charset=utf-8"},
            body=(ROOT / "samples/sites/www.huigou6.com/zhuantifanwen/gongwenfanwen" / n).read_bytes(),
            fetched_at="2026-11-25T00:00:00Z",
        )
        for n in names
    ]
    return PageItem(site=site, url=pages[0].url, pages=pages, profile=SHIPPED.get(site))


def run_pipelines(item: PageItem, workers: int, crawler=None) -> PageItem:
    step = PurePathInPoolPipeline(workers)
    try:
        item = asyncio.run(step.process_item(item))
    finally:
        step.close_pool()
    return DropWithoutSpeechPipeline(crawler).process_item(item)


@pytest.mark.parametrize("workers", [0, 2])
def test_pipelines_give_exactly_what_process_pages_gives(workers):
    item = run_pipelines(item_of("3404.html", "3404_2.html"), workers)
    expected = process_pages([(p.body, p.url, p.headers) for p in item.pages], item.profile)
    assert item.documents == expected
    assert len(item.documents) == 1 and len(item.documents[0].pages) == 2
    (key,) = item.dedup_keys  # hashed in the worker exactly as the dedup index would hash it
    assert key.fingerprint.sha == fingerprint(normalise_for_dedup(expected[0].text)).sha
    assert list(key.fingerprint.keys) == fingerprint(normalise_for_dedup(expected[0].text)).band_keys()


def test_extract_workers_setting_reads_auto_as_one_per_core():
    assert workers_setting("auto") == workers_setting(None) == usable_cpus() >= 1
    assert workers_setting("0") == 0 and workers_setting(3) == 3
    with pytest.raises(ValueError, match="EXTRACT_WORKERS must be"):
        workers_setting("many")


def test_unchanged_and_gone_items_pass_untouched():
    for flag in ("unchanged", "gone"):
        item = item_of("3404.html")
        setattr(item, flag, True)
        item = run_pipelines(item, 0)
        assert item.documents == [] and item.dedup_keys == []


def test_item_without_speech_is_dropped_and_counted():
    from scrapy.exceptions import DropItem

    crawler = Crawler()
    with pytest.raises(DropItem, match="no speech on"):
        run_pipelines(item_of("index.html"), 0, crawler)
    assert crawler.stats.values == {"speech_archive/dropped/no_speech": 1}


def test_the_spiders_of_one_process_share_one_pool_until_the_last_is_done():
    first, second = PurePathInPoolPipeline(2), PurePathInPoolPipeline(2)

    async def take_both():
        return await first.pool(), await second.pool()

    pool, same = asyncio.run(take_both())
    assert same is pool
    first.close_pool()
    assert pool.submit(len, "still up").result() == 8  # the second spider still uses it
    second.close_pool()
    with pytest.raises(RuntimeError, match="shutdown"):
        pool.submit(len, "gone")
