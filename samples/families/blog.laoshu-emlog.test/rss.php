<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title><![CDATA[老树的博客]]></title> 
<description><![CDATA[一个村小老师的自留地]]></description>
<link>http://blog.laoshu-emlog.test/</link>
<language>zh-cn</language>
<generator>www.emlog.net</generator>
<item>
	<title>春天去后山挖了一次笋</title>
	<link>http://blog.laoshu-emlog.test/post-91.html</link>
	<description><![CDATA[清明前后，后山的笋冒出来了。周六一早带着锄头上山，挖了小半筐。<p><a href="http://blog.laoshu-emlog.test/post-91.html">阅读全文&gt;&gt;</a></p>]]></description>
	<pubDate>2024-04-02 19:40</pubDate>
	<author>老树</author>
	<guid>http://blog.laoshu-emlog.test/post-91.html</guid>
</item>
<item>
	<title>在老年大学2024年春季开学典礼上的致辞</title>
	<link>http://blog.laoshu-emlog.test/post-86.html</link>
	<description><![CDATA[我妈上学期报了老年大学的国画班，这学期又加了个智能手机班。开学典礼上校长的致辞她拍照发到家庭群里，我照着打了一遍，存在这里。<p><a href="http://blog.laoshu-emlog.test/post-86.html">阅读全文&gt;&gt;</a></p>]]></description>
	<pubDate>2024-03-06 21:14</pubDate>
	<author>老树</author>
	<guid>http://blog.laoshu-emlog.test/post-86.html</guid>
</item>
<item>
	<title>寒假读书笔记：《乡土中国》</title>
	<link>http://blog.laoshu-emlog.test/post-84.html</link>
	<description><![CDATA[费孝通先生这本小书，薄薄一册，每年都要翻一遍，每次都有新收获。<p><a href="http://blog.laoshu-emlog.test/post-84.html">阅读全文&gt;&gt;</a></p>]]></description>
	<pubDate>2024-02-18 22:05</pubDate>
	<author>老树</author>
	<guid>http://blog.laoshu-emlog.test/post-84.html</guid>
</item>
<item>
	<title>期末考试监考随想</title>
	<link>http://blog.laoshu-emlog.test/post-79.html</link>
	<description><![CDATA[今天监考六年级语文，作文题目是《我的家乡》，看了几个孩子的开头，心里很不是滋味。<p><a href="http://blog.laoshu-emlog.test/post-79.html">阅读全文&gt;&gt;</a></p>]]></description>
	<pubDate>2024-01-15 21:30</pubDate>
	<author>老树</author>
	<guid>http://blog.laoshu-emlog.test/post-79.html</guid>
</item>
<item>
	<title>村小的秋天</title>
	<link>http://blog.laoshu-emlog.test/post-75.html</link>
	<description><![CDATA[操场边的柿子树又红了，孩子们下课就围着树转，等着柿子掉下来。<p><a href="http://blog.laoshu-emlog.test/post-75.html">阅读全文&gt;&gt;</a></p>]]></description>
	<pubDate>2023-10-21 18:22</pubDate>
	<author>老树</author>
	<guid>http://blog.laoshu-emlog.test/post-75.html</guid>
</item>
<item>
	<title>在全县乡村教师座谈会上的讲话</title>
	<link>http://blog.laoshu-emlog.test/post-71.html</link>
	<description><![CDATA[教师节。我在村小教了十九年书，这篇讲话是县里座谈会上的，我们校长去参加了，回来传给我们学习。说的几件事要是都能落实，就好了。<p><a href="http://blog.laoshu-emlog.test/post-71.html">阅读全文&gt;&gt;</a></p>]]></description>
	<pubDate>2023-09-10 20:03</pubDate>
	<author>老树</author>
	<guid>http://blog.laoshu-emlog.test/post-71.html</guid>
</item>
<item>
	<title>暑假家访记</title>
	<link>http://blog.laoshu-emlog.test/post-68.html</link>
	<description><![CDATA[暑假走了十二户学生家，有四户孩子跟着爷爷奶奶过，爸妈都在外地打工。<p><a href="http://blog.laoshu-emlog.test/post-68.html">阅读全文&gt;&gt;</a></p>]]></description>
	<pubDate>2023-08-05 21:47</pubDate>
	<author>老树</author>
	<guid>http://blog.laoshu-emlog.test/post-68.html</guid>
</item>
</channel>
</rss>