"""Frozen pages of the CMS families that carry most Chinese speech texts (samples/cms, written by
replica/cms.py): a page in, the expected document out; listings, reply pages and
navigation never a document; the anti-copy noise each family serves is gone and recorded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipelines.page import process_page, process_pages
from replica.cms import generate_cms_sites
from replica.server import query_key

CMS = Path(__file__).resolve().parents[1] / "samples" / "cms"
EXPECTED = json.loads((CMS / "expected.json").read_text(encoding="utf-8"))
# The anti-copy noise each family serves inside the text, by the rule that removes it.
NOISE_RULES = {
    "www.dede-fanwen.test": {"hidden_text", "injected_source"},
    "www.phpcms-fanwen.test": {"injected_source"},
    "bbs.discuz.test": {"jammer", "hidden_text", "drop:.//*[contains(@class,'pstatus')]"},
}


def squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def served(host: str, path: str) -> tuple[bytes, str, dict]:
    meta = json.loads((CMS / host / "_site.json").read_text(encoding="utf-8"))
    key = path.lstrip("/")
    if "?" in path:
        key = {query_key(k): v for k, v in meta.get("query_routes", {}).items()}[query_key(path)]
    if not key or key.endswith("/"):
        key += "index.html"
    return (CMS / host / key).read_bytes(), f"http://{host}{path}", {"Content-Type": meta["content_type"]}


CASES = [(host, doc) for host, site in sorted(EXPECTED.items()) for doc in site["documents"]]


@pytest.mark.parametrize("host,want", CASES, ids=[f"{h}{d['path']}" for h, d in CASES])
def test_each_cms_page_gives_its_clean_speech(host, want):
    docs = process_pages([served(host, p) for p in want["pages"]])
    assert len(docs) == 1
    doc = docs[0]
    assert squash(doc.text) == squash(want["text"])
    assert squash(doc.title) == squash(want["title"])
    assert doc.truncated is want["truncated"]
    for noise in EXPECTED[host]["noise"]:
        assert noise not in doc.text, noise
    assert NOISE_RULES.get(host, set()) <= {r["rule"] for r in doc.removed}


@pytest.mark.parametrize("host", sorted(EXPECTED))
def test_listings_and_reply_pages_are_never_documents(host):
    site = EXPECTED[host]
    for path in set(site["not_documents"]) - set(site["continuations"]):
        assert process_page(*served(host, path)) == [], path


def test_a_discuz_thread_is_its_first_post_and_its_second_page_holds_no_speech():
    body, url, headers = served("bbs.discuz.test", "/thread-1001-1-1.html")
    (doc,) = process_page(body, url, headers)
    assert "感谢楼主" not in doc.text and "本帖最后由" not in doc.text
    assert {"jammer", "hidden_text"} <= {r["rule"] for r in doc.removed}
    assert process_page(*served("bbs.discuz.test", "/thread-1001-2-1.html")) == []


def test_a_traditional_script_discuz_thread_s_floor_label_marks_its_first_post_too():
    # Hong Kong's and Taiwan's boards run Discuz! with a Traditional pack: the first floor is 樓主
    body, url, headers = served("bbs.discuz.test", "/thread-1001-1-1.html")
    (simplified,) = process_page(body, url, headers)
    charset = headers["Content-Type"].split("charset=")[-1]
    floor = "楼主".encode(charset)
    assert floor in body
    (traditional,) = process_page(body.replace(floor, "樓主".encode(charset)), url, headers)
    assert traditional.text == simplified.text and "感谢楼主" not in traditional.text


def test_a_document_viewer_preview_is_truncated_with_its_gap_at_the_end():
    want = EXPECTED["www.docview.test"]["documents"][0]
    (doc,) = process_page(*served("www.docview.test", want["path"]))
    assert doc.truncated is True
    assert [g["kind"] for g in doc.gaps] == ["truncation"]
    assert doc.gaps[0]["offset"] == len(doc.text)


def test_a_page_declared_big5_whose_bytes_need_hkscs_decodes_right_and_says_so():
    want = EXPECTED["www.big5-hk.test"]["documents"][0]
    body, url, headers = served("www.big5-hk.test", want["path"])
    with pytest.raises(UnicodeDecodeError):
        body.decode("big5")
    (doc,) = process_page(body, url, headers)
    assert doc.encoding == "big5hkscs" and doc.encoding_source == "header"
    assert "charset_widened" in doc.flags
    assert "深水埗" in doc.text and "鲗鱼涌" in doc.text
    assert doc.script == "Hant" and "深水埗" in doc.text_original


NAV_LAYOUTS = {
    "paragraphs": "<article><h1>讲话稿大全</h1>{}</article>",
    "line_breaks": '<div class="content">{}</div>',
    "table_cell": '<table><tr><td class="content">{}</td></tr></table>',
}


@pytest.mark.parametrize("layout", sorted(NAV_LAYOUTS))
def test_a_navigation_page_of_links_to_speeches_is_no_document(layout, tmp_path, capsys):
    from crawler.cli import main

    titles = [d["title"] for site in EXPECTED.values() for d in site["documents"]] * 9
    links = {
        "paragraphs": "".join(f'<p>{n + 1}. <a href="/a/{n}.html">{t}</a></p>' for n, t in enumerate(titles)),
        "line_breaks": "<br>".join(f'<a href="/a/{n}.html">{t}</a>' for n, t in enumerate(titles)),
        "table_cell": "".join(f'<a href="/a/{n}.html">{t}</a>\u3000' for n, t in enumerate(titles)),
    }[layout]
    page = tmp_path / "nav.html"
    page.write_text(
        f'<html><head><meta charset="utf-8"><title>讲话稿大全</title></head><body>'
        f"{NAV_LAYOUTS[layout].format(links)}</body></html>",
        encoding="utf-8",
    )
    assert process_page(page.read_bytes(), "http://nav.example.cn/") == []
    assert main(["extract", str(page), "--url", "http://nav.example.cn/"]) == 0
    assert capsys.readouterr().out == ""


def test_the_bundled_cms_replicas_are_what_the_generator_writes(tmp_path):
    generate_cms_sites(tmp_path)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    bundled = sorted(p.relative_to(CMS) for p in CMS.rglob("*") if p.is_file())
    assert written == bundled
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (CMS / rel).read_bytes(), rel


def test_a_board_that_counts_floors_in_words_marks_its_first_post_1楼():
    # 小木虫's Discuz!-derived template prints "1楼", "2楼"… where Discuz! prints 楼主 and 1#
    body, url, headers = served("bbs.discuz.test", "/thread-1001-1-1.html")
    (plain,) = process_page(body, url, headers)
    charset = headers["Content-Type"].split("charset=")[-1]
    (counted,) = process_page(body.replace("楼主".encode(charset), "1楼".encode(charset)), url, headers)
    assert counted.text == plain.text


MUCHONG = Path(__file__).parents[1] / "samples" / "families" / "muchong.xmc-like.test"


def test_the_first_poster_going_on_in_a_later_floor_of_his_own_is_one_text():
    # The board's length limit reached, the poster goes on in 2楼 ("（接上楼）"): his floors are the
    # speech, in order; the marks are his notes (the 小木虫 family's thread as its template prints it).
    body = (MUCHONG / "bbs" / "t" / "14620385-1.html").read_bytes()
    url = "http://muchong.xmc-like.test/bbs/viewthread.php?tid=14620385"
    (doc,) = process_page(body, url, {"Content-Type": "text/html; charset=gbk"})
    assert "各位新同学，各位老同学：" in doc.text  # 1楼
    assert doc.text.endswith(
        "好，我就讲这些。下面请老同学们做个自我介绍，新同学也说说自己。谢谢大家！"
    )  # 2楼
    assert "接上楼" not in doc.text
    # another member's floor opening with the same mark is a reply, not the speech going on
    first, later = body.split(b'id="post_73410301"')
    (other,) = process_page(first + b'id="post_73410301"' + later.replace(b"uid=2219053", b"uid=7"), url)
    assert "下面再提几点要求" not in other.text


FAMILIES = Path(__file__).parents[1] / "samples" / "families"


def test_an_opening_post_apart_from_the_floors_goes_on_in_its_poster_s_floor_below():
    # HadSky prints the topic's opening post in a box of its own and the floors in a list under it:
    # the post ends "（未完，接楼下）" and the poster's #1 floor opens "接上：" (the HadSky family)
    body = (FAMILIES / "bbs.chengguan-hadsky-like.test" / "read-101-1.html").read_bytes()
    (doc,) = process_page(body, "http://bbs.chengguan-hadsky-like.test/read-101-1.html")
    assert doc.text.startswith("尊敬的各位领导，同志们：")
    assert "五是强化督导，严格问责。" in doc.text  # his floor below
    assert doc.text.endswith("我的发言完毕，谢谢！")
    assert "接楼下" not in doc.text and "接上：" not in doc.text
    assert "回复" not in doc.text  # the other members' floors stay out


def test_a_poster_known_by_his_space_link_goes_on_in_a_later_floor_of_his_own():
    # bbsmax names a post's author by a link to `/space/N.aspx` in a `div.username` box; his 5楼
    # opening "接上文：" is the speech's second half, the 沙发 and 板凳 between are replies
    body = (FAMILIES / "bbs.shuangmiao-bbsmax-like.test" / "thread-cunwu-3872-1-1.aspx").read_bytes()
    (doc,) = process_page(body, "http://bbs.shuangmiao-bbsmax-like.test/thread-cunwu-3872-1-1.aspx")
    assert "第三件，把账目公开做实。" in doc.text
    assert "第四件，把村里的矛盾化解好。" in doc.text  # his 5楼
    assert doc.text.endswith("谢谢大家！")
    assert "沙发" not in doc.text and "接上文" not in doc.text


BBPRESS = Path(__file__).parents[1] / "samples" / "families" / "www.nanxi-linli.test" / "forums" / "topic"


def test_a_bbpress_topic_is_its_own_post_and_its_poster_s_second_half_on_page_2_goes_on_with_it():
    # bbPress inside a WordPress theme's one entry: the topic's post (`type-topic`), dated by its
    # header, not the thread around it; page 2 holds replies and the poster's own reply that goes on
    # ("接上文，讲话后半部分："), which is the speech's second half (the 南溪邻里 family's topic)
    topic = BBPRESS / "街道办李主任在社区志愿服务工作表彰会上的讲话"
    url = "http://www.nanxi-linli.test/forums/topic/jiedao/"
    (first,) = process_page((topic / "index.html").read_bytes(), url)
    assert first.published_at == "2023-12-05"
    assert first.text.startswith("同志们、志愿者朋友们：")
    assert "坐等后半部分" not in first.text and "该话题包含" not in first.text  # replies, the topic's notice
    assert process_page((topic / "page" / "2" / "index.html").read_bytes(), url + "page/2/") == []
    (whole,) = process_pages(
        [
            ((topic / "index.html").read_bytes(), url, None),
            ((topic / "page" / "2" / "index.html").read_bytes(), url + "page/2/", None),
        ]
    )
    assert whole.text.startswith(first.text)
    assert "随着老龄化程度加深" in whole.text and "接上文" not in whole.text
