/**
 * The look of the workbench's own HTML pages (the index), in Fluent UI 8's default-theme tokens,
 * so they match the web parts beside them instead of the browser's serif default: Fluent's font
 * stack (fonts.medium, 14 px), neutralPrimary #323130 text on neutralLighterAlt #faf9f8,
 * themePrimary #0078d4 links (themeDarker #004578 on hover), bodyDivider #edebe9 rules.
 * The Excel add-in's pages carry the same tokens (excel-addin/scripts/site.js).
 */
export const FLUENT_PAGE_CSS = [
  'body{margin:0;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;font-size:14px;line-height:20px;color:#323130;background:#faf9f8}',
  'main{max-width:1240px;margin:16px auto;padding:16px 24px;background:#fff;box-shadow:0 1.6px 3.6px rgba(0,0,0,.13);box-sizing:border-box}',
  'h1{font-size:28px;line-height:36px;font-weight:600;margin:0 0 12px}h2{font-size:20px;line-height:28px;font-weight:600;margin:24px 0 8px}',
  'a{color:#0078d4}a:hover{color:#004578}code{font-family:Consolas,"Courier New",monospace;font-size:13px;overflow-wrap:anywhere}',
  'li{margin:4px 0}table{border-collapse:collapse}td,th{border-bottom:1px solid #edebe9;padding:6px 12px;text-align:left}th{font-weight:600}',
  '.wide{overflow-x:auto}',
].join('\n');
