/**
 * Every regular expression ingestion uses, named and documented in one place so
 * a ReDoS checker can enumerate them. None has a nested quantifier.
 */

/** One character that counts as CJK for whitespace rules: Han, kana, CJK and full-width punctuation, Chinese quotes and dashes. */
export const CJK_CHAR = /[\p{Script=Han}\u3001-\u303F\u3040-\u30FF\uFF01-\uFF60\uFFE0-\uFFEE\u2014\u2018\u2019\u201C\u201D\u2026\u00B7]/u;

/** A run of whitespace, including U+3000, NBSP, BOM and zero-width spaces. */
export const WHITESPACE_RUN = /[\s\u200B-\u200D]+/gu;

/** Any ASCII digit. */
export const HAS_DIGIT = /\d/;

/** An ASCII letter or digit (for "two Latin words" decisions). */
export const ASCII_ALNUM = /[A-Za-z0-9]/;

/** Level-1 heading start: `一、` … `十二、` (also with `，` or `.` after the numeral). */
export const HEADING_L1 = /^[一二三四五六七八九十百]{1,3}[、．.]/u;

/** Level-2 heading start: `（一）` or `(一)`. */
export const HEADING_L2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/u;

/** Level-3 heading start: `1.` `1、` `1．` not followed by a digit (so `1.4%` is not one). */
export const HEADING_L3 = /^\d{1,2}[.．、](?!\d)/u;

/** Level-4 heading start: `（1）` or `(1)`. */
export const HEADING_L4 = /^[（(]\d{1,2}[）)]/u;

/** Sentence-final punctuation that may end a paragraph. */
export const PARAGRAPH_END = /[。；：！？;:!?]["”’」』)）]?$/u;

/** A full stop anywhere (titles and headings do not have one inside). */
export const FULL_STOP = /。/gu;

/** `charset=…` inside one `<meta …>` tag (`<meta charset>` or `content="…; charset=…"`). */
export const META_CHARSET = /charset\s{0,5}=\s{0,5}["']?([A-Za-z0-9_.:-]{1,40})/i;

/** The start of an HTML document after BOM and whitespace. */
export const HTML_START = /^(?:<!doctype\s|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]|<div[\s>]|<p[\s>]|<title[\s>]|<!--)/i;

/** An ISO-like date: 2025-03-12, 2025/3/12, 2025.03.12, 2025年3月12日. */
export const DATE_IN_TEXT = /(?<y>(?:19|20)\d{2})\s{0,2}[-/.年]\s{0,2}(?<m>\d{1,2})\s{0,2}[-/.月]\s{0,2}(?<d>\d{1,2})/u;

/** A date label in an info bar, followed by the date. */
export const DATE_LABEL = /(?:发布时间|發佈時間|發布時間|发布日期|發布日期|发文日期|成文日期|(?<!上传|上傳|更新)日期)\s{0,3}[:：]\s{0,3}(?<y>(?:19|20)\d{2})\s{0,2}[-/.年]\s{0,2}(?<m>\d{1,2})\s{0,2}[-/.月]\s{0,2}(?<d>\d{1,2})/u;

/** A site suffix on a `<title>`: ` - 人人文庫`, `_中阳县人民政府`, `| site`. */
export const TITLE_SITE_SUFFIX = /(?:\s[-–—|]\s|[_|])[^-_|–—]{1,30}$/u;

/** A document file extension left on a title by document-sharing sites. */
export const TITLE_FILE_EXT = /\.(?:docx?|pdf|txt|pptx?|xlsx?|wps)$/i;

/** A PDF page number line: `- 1 -`, `-1-`, `— 2 —`, `3`, `3/5`, `Page 3 of 5`. */
export const PAGE_NUMBER_LINE = /^(?:[-–—]\s{0,3}\d{1,4}\s{0,3}[-–—]|\d{1,4}|\d{1,4}\s{0,2}\/\s{0,2}\d{1,4}|Page\s\d{1,4}(?:\sof\s\d{1,4})?)$/i;

/** A Chinese page footer: `第 3 页 共 5 页`, `第3页共5页`, `第3页`. */
export const PAGE_OF_LINE = /^第\s{0,3}\d{1,4}\s{0,3}[页頁](?:\s{0,3}[,，/]?\s{0,3}共\s{0,3}\d{1,4}\s{0,3}[页頁])?$/u;

/** The start of a footnote body at a page foot. */
export const FOOTNOTE_START = /^(?:\d{1,2}\s{0,2}|[①-⑳]\s{0,2}|\*\s{0,2})?(?:数据来源|資料來源|资料来源|数据說明|注\s{0,2}[:：]|说明\s{0,2}[:：]|來源|来源\s{0,2}[:：])/u;

/** A footnote mark standing alone or a superscript mark: `1`, `12`, `①`, `*`. */
export const FOOTNOTE_MARK = /^(?:\d{1,2}|[①-⑳]|\*)$/u;

/** A run of digits, masked when comparing repeated header/footer lines across pages. */
export const DIGIT_RUN = /\d+/g;

/** A path segment that climbs out of the archive root. */
export const PATH_PARENT_SEGMENT = /(?:^|\/)\.\.(?:\/|$)/;

/** An absolute or drive-letter path, or a UNC path. */
export const PATH_ABSOLUTE = /^(?:\/|[A-Za-z]:|\\\\)/;

/** Names of archives that must not be unpacked inside an archive. */
export const NESTED_ARCHIVE_NAME = /\.(?:zip|7z|rar|tar|tgz|gz|bz2|xz|jar)$/i;

/** A `%N` placeholder in a Word numbering `lvlText`. */
export const LVL_TEXT_PLACEHOLDER = /%([1-9])/g;

/** A file name's extension (1–5 letters or digits). */
export const FILE_EXTENSION = /\.([A-Za-z0-9]{1,5})$/;

/** An HTML heading tag name, capturing its level. */
export const HEADING_TAG = /^h([1-6])$/;

/** A line break in plain text (CRLF, LF, CR, and the Unicode line/paragraph separators). */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** A backslash (Windows path separator inside zip names). */
export const BACKSLASH = /\\/g;

/** An XML tag: (closing slash, name, attributes). The name cannot give characters back to the attributes. */
export const XML_TAG = /<(\/?)([^\s<>/!?]+)((?:[\s/][^<>]*)?)>/g;

/** The `w:val` attribute of a WordprocessingML tag. */
export const XML_ATTR_VAL = /\bw:val="([^"]*)"/;

/** Every `name="value"` attribute. */
export const XML_ATTRS = /(?<![\w:.-])([A-Za-z_][\w:.-]*)="([^"]*)"/g;

/** An XML entity or character reference. */
export const XML_ENTITY = /&(#?[A-Za-z0-9]{1,10});/g;

/** A `w:numFmt` value in numbering.xml. */
export const NUM_FMT_VALUES = /<w:numFmt w:val="([A-Za-z0-9]{1,40})"/g;

/** A tag name after `<` or `</` (for the nesting bound), read at a position. */
export const HTML_TAG_NAME = /[A-Za-z][A-Za-z0-9:-]{0,40}/y;

/** A UTF-16 surrogate without its partner (a high one not followed by a low one, or a low one not after a high one). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** xmldom's position suffix on its messages (`@#[line:undefined,col:undefined]`), a parser internal. */
export const PARSER_LOCATOR = /@[^\s#@]{0,300}#\[line:[^\]]{0,40}\]/g;

/** xmldom's level tag on its messages (`[xmldom error]`). */
export const PARSER_LEVEL_TAG = /\[xmldom [a-zA-Z]{1,12}\]/g;

/** Any run of whitespace, line breaks included (error messages stay on one line). */
export const ANY_WHITESPACE_RUN = /\s+/g;

/** A RangeError of the engine that means the input was too big or too deep to hold, not that the code is wrong. */
export const RESOURCE_EXHAUSTED = /Invalid (?:string|array|typed array) length|Array buffer allocation failed|Maximum call stack size exceeded|Cannot create a string longer than/u;

/** A selector that is one bare tag name (`h1`, `meta`): matched by a walk, without css-select. */
export const BARE_TAG_SELECTOR = /^[a-z][a-z0-9]{0,20}$/;
