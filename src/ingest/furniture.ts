/**
 * Site furniture as data: what to drop from a scraped page, and where to look
 * for the article. Rules here, the algorithm in html-page.ts.
 */

/** Elements that never hold article text. */
export const FURNITURE_TAGS: readonly string[] = [
  'script', 'style', 'noscript', 'iframe', 'nav', 'header', 'footer', 'form', 'button', 'input',
  'select', 'textarea', 'aside', 'object', 'embed', 'svg', 'canvas', 'template',
];

/** Tags that can wrap a whole page (ASP.NET puts everything in a <form>), removed only if they do not hold the article. */
export const WRAPPER_FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'form', 'aside']);

/**
 * Furniture containers (menus, share bars, ads, related lists, footers), matched in
 * one walk: a class token, a class prefix (`ad-…` is `[class^=ad-]`), a class
 * substring, or an id prefix. Written as data rather than CSS so one pass does it.
 */
export const FURNITURE_CLASSES: ReadonlySet<string> = new Set([
  'ad', 'bdsharebuttonbox', 'crumb', 'breadcrumb', 'position', 'location', 'nav', 'menu', 'topbar', 'top',
  'login-bar', 'footer', 'foot', 'header', 'recommend', 'xgtj', 'related', 'relate', 'tips', 'newest', 'comment',
  'readmore', 'doc-meta', 'doc-tips', 'copyright', 'copyright-tip', 'print', 'fontsize', 'search', 'page-img',
  'btn-down', 'download',
]);
export const FURNITURE_CLASS_PREFIXES: readonly string[] = ['ad-', 'ad_'];
export const FURNITURE_CLASS_SUBSTRINGS: readonly string[] = ['share', 'advert'];
export const FURNITURE_ID_PREFIXES: readonly string[] = ['ad_', 'ad-'];

/**
 * Phrases that start a furniture block: an element whose text begins with one of
 * these (after whitespace is removed) and is short is dropped whole.
 */
export const FURNITURE_PREFIXES: readonly string[] = [
  '您当前的位置', '您現在的位置', '您现在的位置', '当前位置', '當前位置', '字号', '字號', '分享到', '打印本页',
  '【打印本页】', '【关闭窗口】', '相关推荐', '相關推薦', '相关资源', '相關資源', '相关文档', '相關文檔', '相关阅读',
  '最新文档', '最新文檔', '温馨提示', '溫馨提示', '评论', '評論', '网友评论', '主办单位', '主辦單位', '承办单位',
  '网站标识码', '網站標識碼', '版权所有', '版權所有', '版权说明', '版權說明', '还剩', '還剩', '下载文档', '下載文檔',
  '页数:', '页数：', '頁數:', '上一篇', '下一篇', '【限时特惠】', '文档简介', '文檔簡介', '关键词:', '关 键 词',
  '免责声明', '本文(', '本文（',
];

/** Phrases that mark a short element as furniture wherever they stand in it. */
export const FURNITURE_CONTAINS: readonly string[] = [
  'ICP备', 'ICP證', 'ICP证', '公网安备', '公網安備', '浏览次数', '瀏覽次數', '阅读次数', '点击数',
  '大 中 小', '放大 正常 缩小', '【限时特惠】', '继续阅读', '繼續閱讀', '下载次数', '上传时间', '开通VIP',
  '开通会员', '请输入评论', '請輸入評論', '提交评论', '提交評論',
];

/** Labels that tag their parent element as an ad or a promotion when they are its child's whole text. */
export const AD_LABELS: ReadonlySet<string> = new Set(['广告', '廣告', '推广', '推廣', 'AD', 'Ad', '赞助', '贊助']);

/** An element is "short" (may be dropped for a furniture phrase) up to this many characters of text. */
export const FURNITURE_MAX_CHARS = 1500;
/** A FURNITURE_CONTAINS phrase drops only elements up to this many characters. */
export const FURNITURE_CONTAINS_MAX_CHARS = 200;

/** Known article containers, best first. */
export const ARTICLE_SELECTORS: readonly string[] = [
  '#zoom', '.TRS_Editor', '.trs_editor_view', '#UCAP-CONTENT', '.pages_content', '.article-content',
  '.article_content', '#article', 'article', '.article', '.content', '#content', '.preview', '.doc-preview',
  '.doc-intro', '.detail-content', '.main-content',
];

/**
 * What reads as article prose when the article is spread over table cells: a chunk of text
 * (between block tags, link text left out) with this many Han characters, this share of
 * Han among its characters, and sentence punctuation.
 */
export const ARTICLE_CHUNK_HAN = 20;
export const ARTICLE_HAN_SHARE = 0.5;
export const ARTICLE_PUNCTUATION = /[，。；！？]/u;

/** A list of links (menu, headlines with figures, related articles): at least this many links holding this share of its text. */
export const LINK_LIST_MIN_LINKS = 3;
export const LINK_LIST_SHARE = 0.7;

/** A candidate container must hold at least this many Han characters. */
export const MIN_ARTICLE_HAN = 50;

/** Document-sharing site page chunks. */
export const DOCSITE_PAGE_SELECTOR = '.page';
export const DOCSITE_TEXT_SELECTOR = '.txt';

/** Meta tags that carry the title and the publication date, best first. */
export const TITLE_META_NAMES: readonly string[] = ['ArticleTitle', 'articletitle', 'og:title', 'title'];
export const DATE_META_NAMES: readonly string[] = ['PubDate', 'pubdate', 'publishdate', 'article:published_time', 'firstpublishedtime'];

/** Block-level HTML tags: each starts a new block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'blockquote', 'pre', 'center',
  'main', 'address', 'figure', 'figcaption', 'caption', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
  'body', 'html', 'hr', 'fieldset', 'details', 'summary',
]);

/** Tags whose content is never text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([...FURNITURE_TAGS, 'head', 'title', 'meta', 'link', 'img', 'picture', 'video', 'audio', 'map']);
