"""Write every family's host folder and `expected.json` (run from anywhere: `python build.py`)."""

import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import FAMILIES  # noqa: E402

MODULES = [
    "fam_trs_gov",
    "fam_people",
    "fam_qiushi",
    "fam_empire",
    "fam_phpwind",
    "fam_sinablog",
    "fam_doclib",
    "fam_weixin",
    "fam_nextjs",
    "fam_press",
    "fam_mobile",
    "fam_vsb",
    "fam_hkgov",
    "fam_spa_gov",
    "fam_halo_rss",
    "fam_discuz",
    "fam_dede",
    "fam_wordpress",
    "fam_library360",
    "fam_wenku",
    "fam_govcn",
    "fam_toutiao",
    "fam_zhuanlan",
    "fam_cnblogs",
    "fam_discuz7",
    "fam_docin",
    "fam_netease",
    "fam_xinhua",
    "fam_tieba",
    "fam_sohu",
    "fam_jianshu",
    "fam_fanwen_phpcms",
    "fam_zhengxie_tw",
    "fam_tianya",
    "fam_ifeng",
    "fam_thepaper",
    "fam_dangjian",
    "fam_book118",
    "fam_douban",
    "fam_renmin_paper",
    "fam_wechat_mirror",
    "fam_tencent",
    "fam_hanweb_mobile",
    "fam_ai_writer",
    "fam_sina_news",
    "fam_aspnet_gov",
    "fam_csdn",
    "fam_bilibili",
    "fam_baijiahao",
    "fam_word_gov",
    "fam_typecho",
    "fam_biquge",
    "fam_metinfo",
    "fam_gmw",
    "fam_weibo",
    "fam_school_wordhtml",
    "fam_hanweb_rd",
    "fam_zhidao",
    "fam_xhs",
    "fam_amp",
    "fam_pdf2html",
    "fam_zblog",
    "fam_mediawiki",
    "fam_hexo_next",
    "fam_xuexi",
    "fam_county_media",
    "fam_yuque",
    "fam_app_share",
    "fam_poweasy",
    "fam_mip",
    "fam_frameset",
    "fam_flarum",
    "fam_ghost",
    "fam_vuepress",
    "fam_jeecms",
    "fam_phpbb",
    "fam_course",
    "fam_cmstop",
    "fam_guba",
    "fam_blogger",
    "fam_discuz_touch",
    "fam_netease_blog",
    "fam_xxgkml",
    "fam_wayback",
    "fam_douban_group",
    "fam_elementor",
    "fam_zhihu",
    "fam_sspai",
    "fam_iframe_gov",
    "fam_nodebb",
    "fam_hanweb_print",
    "fam_qidian_reader",
    "fam_siteserver",
    "fam_pbootcms",
    "fam_hugo_papermod",
    "fam_joomla4",
    "fam_drupal9",
    "fam_emlog",
    "fam_confluence",
    "fam_jpress",
    "fam_wx135",
    "fam_ucap",
    "fam_empire_gov",
    "fam_chaoxing",
]


def main() -> None:
    expected = {}
    for name in MODULES:
        fam = importlib.import_module(name).build()
        expected[fam.host] = fam.write()
        print(f"{fam.host}: {len(fam.files)} files, {len(fam.documents)} speeches")
    out = FAMILIES / "expected.json"
    out.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
