/** The review page's stylesheet (inline; only fonts installed on the reader's machine). */
export const REVIEW_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.6 "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2330; background: #f6f7f9;
  display: grid; grid-template-rows: auto auto 1fr; grid-template-columns: 200px 1fr 1fr; grid-template-areas: "head head head" "bar bar bar" "docs text table"; }
header { grid-area: head; padding: 6px 12px; background: #263248; color: #fff; display: flex; gap: 16px; align-items: baseline; }
header h1 { font-size: 16px; margin: 0; }
#counts { font-size: 13px; opacity: .9; }
#export { margin-left: auto; }
.bar { grid-area: bar; padding: 6px 12px; display: flex; gap: 8px; flex-wrap: wrap; align-items: center; border-bottom: 1px solid #d5d9e0; background: #fff; }
.bar label { font-size: 13px; color: #555; }
.bar select { max-width: 220px; }
#status { font-size: 12px; color: #555; flex-basis: 100%; min-height: 1.4em; }
#docs { grid-area: docs; margin: 0; padding: 0; list-style: none; overflow: auto; border-right: 1px solid #d5d9e0; background: #fff; }
#docs li { padding: 4px 8px; cursor: pointer; border-bottom: 1px solid #eef0f3; display: flex; flex-direction: column; }
#docs li.current { background: #e3ecfb; }
.doc-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.doc-count { font-size: 12px; color: #667; }
#textpane { grid-area: text; overflow: auto; padding: 8px 16px; background: #fff; }
#doc-title { font-size: 12px; color: #667; margin: 0 0 6px; }
#text { white-space: pre-wrap; word-break: break-all; }
mark { cursor: pointer; border-radius: 2px; padding: 0 1px; color: inherit; }
mark.k-actual { background: #c9e7c2; }
mark.k-target { background: #ffe29a; }
mark.k-change { background: #cde0ff; }
mark.masked { background: #e4d2f3; outline: 1px dashed #8a5cb8; }
mark.dim { background: #eceef1; }
mark.v-ok { box-shadow: inset 0 -2px #2f8a3b; }
mark.v-wrong { box-shadow: inset 0 -2px #c0392b; text-decoration: line-through; }
mark.v-edited { box-shadow: inset 0 -2px #d68910; }
mark.sel { outline: 2px solid #263248; }
mark.flash { animation: flash 1.2s ease-out; }
@keyframes flash { 0% { background: #ff7f50; } 100% { } }
#tablepane { grid-area: table; overflow: auto; border-left: 1px solid #d5d9e0; }
table { border-collapse: collapse; width: 100%; font-size: 13px; background: #fff; }
th { position: sticky; top: 0; background: #eef1f5; text-align: left; font-weight: 600; padding: 3px 6px; }
td { padding: 2px 6px; border-top: 1px solid #eef0f3; vertical-align: top; }
tr { cursor: pointer; }
tr.sel td { background: #e3ecfb; }
td.kind { font-size: 12px; }
td.raw, td.value, td.unit, td.kind, td.num { white-space: nowrap; }
tr.k-actual td.kind { color: #2f7a30; }
tr.k-target td.kind { color: #a86c00; }
tr.k-change td.kind { color: #2458b3; }
tr.masked td.raw { color: #8a5cb8; }
td.section { color: #667; font-size: 12px; }
td.verdict { text-align: center; }
td input { width: 100%; min-width: 3em; font: inherit; }
td.target input { width: 48%; }
.keys { font-size: 12px; color: #667; }
`;
