"""A document's title as a reader says it (pipelines/clean.py `document_title`)."""

from __future__ import annotations

import pytest

from pipelines.page import process_page

PROSE = "".join(
    f"<p>{line}</p>"
    for line in (
        "同志们：今天我们召开全县教育工作会议，主要任务是总结去年工作，部署今年任务，动员全县上下奋力冲刺。",
        "过去一年，全县教育系统攻坚克难，办学条件明显改善，教育质量稳步提升，群众满意度持续提高。",
        "同志们，任务艰巨，使命光荣。让我们撸起袖子加油干，为全县教育高质量发展作出新的贡献。谢谢大家！",
    )
)


@pytest.mark.parametrize(
    "printed, title",
    [
        ("在全县教育工作会议上的讲话.docx", "在全县教育工作会议上的讲话"),  # a document library's upload
        ("在全县教育工作会议上的讲话.DOC", "在全县教育工作会议上的讲话"),
        ("在全县教育工作会议上的讲话.pdf", "在全县教育工作会议上的讲话"),
        ("在全县教育工作会议上的讲话", "在全县教育工作会议上的讲话"),
        ("Python.docx库的用法", "Python.docx库的用法"),  # an extension inside the title is the title's
    ],
)
def test_an_uploaded_file_s_extension_is_no_part_of_the_title(printed, title):
    html = f"<html><head><meta charset='utf-8'><title>{printed}</title></head><body><h1>{printed}</h1>{PROSE}</body></html>"
    (doc,) = process_page(html.encode(), "https://www.example.test/p-1.html", None, None)
    assert doc.title == title
