"""Site furniture from the site's own pages (pipelines/site_furniture.py): frozen pages of one host
in, its documents out without the blocks its template prints on every article; the speeches' own
recurring salutation and closing kept. `speech-archive extract` with several pages does the same."""

from __future__ import annotations

import json
from pathlib import Path

from crawlhelp import speech_archive

from crawler import exitcodes
from pipelines.page import process_page
from pipelines.site_furniture import (
    FurniturePolicy,
    block_key,
    furnish_documents,
    mask,
    refurnish,
    restore_site_furniture,
    strip_site_furniture,
)

PAGES = Path(__file__).parent / "fixtures" / "site_furniture"
HOST = "www.qingshan-fanwen.test"  # six articles: an ad inside the text, a copyright box after it
SMALL = "www.xiaozhan.test"  # the same template, two articles: too few to tell a template
AD = "温馨提示：本站共收录讲话稿范文"
BOX = ("文库所收录内容由会员自发上传", "请拨打客服热线")


def site_pages(host: str) -> dict[str, Path]:
    return {f"http://{host}/a/{p.name}": p for p in sorted((PAGES / host / "a").glob("*.html"))}


def documents(host: str) -> dict[str, list]:
    return {url: process_page(path.read_bytes(), url) for url, path in site_pages(host).items()}


def test_the_page_alone_keeps_the_sites_furniture_structure_cannot_tell():
    (doc,) = documents(HOST)[f"http://{HOST}/a/0.html"]
    assert AD in doc.text and all(piece in doc.text for piece in BOX)


def test_blocks_every_article_of_the_host_carries_are_removed_and_recorded_with_their_page_count():
    furnished = furnish_documents(documents(HOST))
    assert len(furnished) == 6
    for (doc,) in furnished.values():
        assert AD not in doc.text and not any(piece in doc.text for piece in BOX)
        pieces = [r for r in doc.removed if r["rule"] == "site_furniture"]
        assert len(pieces) == 3 and all(r["pages"] == 6 for r in pieces)
        assert AD in pieces[0]["text"]  # the ad's number differs on every page: masked, one block
        # the speeches' own salutation and closing are on every page too, and stay
        assert doc.text.startswith("同志们：\n\n") and doc.text.endswith("\n\n谢谢大家！")


def test_a_host_with_fewer_article_pages_than_the_threshold_is_untouched():
    docs = documents(SMALL)
    assert furnish_documents(docs) == docs
    # and the policy is a setting: two pages are enough when it says so
    two = furnish_documents(docs, FurniturePolicy(min_pages=2))
    assert all(AD not in doc.text for (doc,) in two.values())


def test_a_paragraph_of_prose_needs_more_pages_than_a_line_to_be_the_sites():
    """范文 sites reuse stock paragraphs across speeches: on three pages a paragraph is still the speech's."""
    stock = "要坚持以人民为中心的发展思想，把群众满意不满意作为衡量工作成效的根本标准，在解决群众急难愁盼问题上下功夫、见实效。"
    line = "责任编辑：李明"
    pages = {
        f"http://fanwen.test/{i}.html": [
            f"{'甲乙丙丁戊'[i]}同志的讲话开头。\n\n{stock}\n\n第{i}篇讲话独有的内容{'甲乙丙丁戊'[i]}。\n\n{line}"
        ]
        for i in range(5)
    }

    def texts(n):
        from pipelines.document import Document

        docs = {url: [Document(url=url, text=t[0])] for url, t in list(pages.items())[:n]}
        return [d.text for (d,) in furnish_documents(docs).values()]

    assert all(stock in text and line not in text for text in texts(3))
    assert all(stock not in text and line not in text for text in texts(5))


def test_masking_digits_dates_and_urls_makes_one_block_of_a_counter_a_date_and_a_link():
    assert mask("阅读 2,345 次  2024年3月12日") == mask("阅读 17 次 二〇二三年十二月一日")
    assert mask("本文链接：http://x.test/a/1.html") == mask("本文链接：https://x.test/b/22.html")
    assert mask("同志们：") != mask("朋友们：")


def test_every_kind_of_link_is_masked_whatever_its_case_or_width():
    # mask skips the link pattern on blocks without "://", "www." or "@": these all have one
    assert mask("详见 WWW.Example.com/a 页") == mask("详见 www.other.cn 页") == "详见<url>页"
    assert mask("来源：ＨＴＴＰＳ：／／ｘ．ｃｎ／１") == mask("来源：http://y.test") == "来源:<url>"
    assert mask("投稿邮箱：ab.c@mail.example.cn") == mask("投稿邮箱：x@y.cn") == "投稿邮箱:<url>"
    assert mask("会议于上午召开") == "会议于上午召开"


def test_a_salutation_that_introduces_the_sites_notice_goes_with_it_a_speakers_stays():
    text = "同志们：\n\n今年的工作任务很重，我们要早谋划、早部署、早落实。\n\n谢谢大家！\n\n温馨提示：\n\n本文仅供学习参考。"
    furniture = {block_key(b): 9 for b in ("同志们：", "谢谢大家！", "温馨提示：", "本文仅供学习参考。")}
    result = strip_site_furniture(text, furniture)
    assert result.text == "同志们：\n\n今年的工作任务很重，我们要早谋划、早部署、早落实。\n\n谢谢大家！"
    assert [r["text"] for r in result.furniture] == ["温馨提示：", "本文仅供学习参考。"]


def test_what_was_taken_out_can_be_put_back_and_gaps_follow_the_text():
    text = "第一段讲话。\n\n本站广告位招租。\n\n第二段讲话，后面被网站截断了"
    gaps = [{"offset": text.index("第二段"), "kind": "paywall", "omitted_chars": 20}]
    gaps.append({"offset": len(text), "kind": "truncation", "omitted_chars": 0})
    result = strip_site_furniture(
        text, {block_key("本站广告位招租。"): 7}, [{"rule": "x", "text": "y"}], gaps
    )
    assert result.text == "第一段讲话。\n\n第二段讲话，后面被网站截断了"
    assert [g["offset"] for g in result.gaps] == [result.text.index("第二段"), len(result.text)]
    back = restore_site_furniture(result.text, result.removed, result.gaps)
    assert back.text == text and back.gaps == gaps and back.removed == [{"rule": "x", "text": "y"}]
    # applying the same furniture again changes nothing, the page count recorded first stays
    again = refurnish(result.text, result.removed, result.gaps, {block_key("本站广告位招租。"): 12})
    assert (again.text, again.removed, again.gaps) == (result.text, result.removed, result.gaps)
    # a block no longer furniture comes back
    assert refurnish(result.text, result.removed, result.gaps, {}).text == text


def test_extract_with_several_pages_of_one_site_uses_them_as_evidence(tmp_path):
    pages = site_pages(HOST)
    args = ["extract", *map(str, pages.values())]
    for url in pages:
        args += ["--url", url]
    result = speech_archive(*args)
    assert result.returncode == exitcodes.OK, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["url"] for d in docs] == list(pages)
    assert all(AD not in d["text"] and d["text"].endswith("谢谢大家！") for d in docs)
    assert all(sum(r["rule"] == "site_furniture" for r in d["removed"]) == 3 for d in docs)
    # one page: structure only, as before
    url, path = next(iter(pages.items()))
    single = speech_archive("extract", str(path), "--url", url)
    assert AD in json.loads(single.stdout)["text"]
    # FILEs and --urls that do not pair up: one line, exit 2
    bad = speech_archive("extract", *map(str, list(pages.values())[:2]), "--url", url)
    assert bad.returncode == exitcodes.USAGE and bad.stderr.count("\n") == 1 and not bad.stdout


def test_a_stored_document_of_a_host_without_furniture_comes_out_as_refurnish_makes_it():
    from archive.writing import refurnished

    text = "第一段讲话。\n\n本站广告位招租。\n\n第二段讲话，后面被网站截断了"
    gaps = [{"offset": len(text), "kind": "truncation", "omitted_chars": 0}]
    plain = {"text": text, "removed": [{"rule": "x", "text": "y"}], "gaps": gaps}
    for furniture in ({}, {block_key("本站广告位招租。"): 7}):
        made = refurnished(plain, furniture)
        assert made == refurnish(text, plain["removed"], gaps, furniture)
    assert refurnished(plain, {}).text == text  # nothing to take out, nothing hashed
    # furniture taken out before, none now: put back, as refurnish does
    stripped = strip_site_furniture(text, {block_key("本站广告位招租。"): 7}, [], gaps)
    stored = {"text": stripped.text, "removed": stripped.removed, "gaps": stripped.gaps}
    assert refurnished(stored, {}).text == text
    assert refurnished({"text": None}, {}) == refurnish("", [], [], {})
