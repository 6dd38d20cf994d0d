/** Styles of the page: system CJK fonts only (nothing is downloaded), readable at office-screen sizes. */
export const APP_CSS = `
:root {
  --ink: #1f2328; --muted: #5f6b76; --line: #d8dee4; --bg: #f5f7f9; --card: #fff;
  --accent: #b3261e; --accent-dark: #8c1d18; --ok: #1a7f37; --error: #c62828; --error-bg: #fdecea;
  --warning: #8a5a00; --warning-bg: #fff4d6;
}
* { box-sizing: border-box; }
/* Elements with display rules of their own would otherwise ignore the hidden attribute. */
[hidden] { display: none !important; }
html { font-size: 15px; }
body {
  margin: 0; color: var(--ink); background: var(--bg); line-height: 1.6;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", system-ui, sans-serif;
}
.top { background: var(--accent); color: #fff; padding: 0 24px; display: flex; align-items: flex-end; gap: 32px; flex-wrap: wrap; }
.top h1 { font-size: 1.35rem; margin: 14px 0; font-weight: 600; letter-spacing: 0.05em; }
.tabs { display: flex; gap: 4px; }
.tab { border: 0; background: transparent; color: #fbe9e7; padding: 10px 18px; font: inherit; cursor: pointer; border-radius: 6px 6px 0 0; }
.tab.active { background: var(--bg); color: var(--ink); font-weight: 600; }
main { max-width: 1180px; margin: 0 auto; padding: 20px 24px 40px; }
footer { text-align: center; padding: 16px; font-size: 0.85rem; }
.muted { color: var(--muted); }
.steps { display: flex; list-style: none; padding: 0; margin: 0 0 18px; counter-reset: step; gap: 8px; flex-wrap: wrap; }
.steps li { counter-increment: step; flex: 1 1 0; min-width: 140px; padding: 8px 12px; border-radius: 6px; background: #e9edf1; color: var(--muted); }
.steps li::before { content: counter(step); display: inline-block; width: 1.6em; height: 1.6em; line-height: 1.6em; text-align: center; border-radius: 50%; background: #c9d1d9; color: #fff; margin-right: 8px; font-weight: 600; }
.steps li.done { background: #e6f4ea; color: var(--ok); }
.steps li.done::before { background: var(--ok); }
.steps li.current { background: #fff; color: var(--ink); box-shadow: inset 0 0 0 2px var(--accent); font-weight: 600; }
.steps li.current::before { background: var(--accent); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-bottom: 16px; }
.card h2 { font-size: 1.15rem; margin: 0 0 10px; display: flex; align-items: center; gap: 8px; }
.num { display: inline-block; width: 1.6em; height: 1.6em; line-height: 1.6em; text-align: center; border-radius: 50%; background: var(--accent); color: #fff; font-size: 0.9rem; }
.row { display: flex; align-items: center; gap: 12px; margin: 8px 0; flex-wrap: wrap; }
.row > label, .row > .label { min-width: 7em; color: var(--muted); }
.row > label.picker { min-width: 0; color: var(--accent); }
select, input[type=text], input[type=date] { font: inherit; padding: 6px 8px; border: 1px solid var(--line); border-radius: 6px; background: #fff; min-width: 14em; }
#campaign { min-width: 28em; max-width: 100%; }
.button { display: inline-block; font: inherit; padding: 8px 18px; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; text-decoration: none; cursor: pointer; }
.button:hover { background: var(--accent-dark); }
.button.secondary { background: #fff; color: var(--accent); }
.button.secondary:hover { background: #fbe9e7; }
.button[disabled] { opacity: 0.5; cursor: not-allowed; }
.link-button { border: 0; background: none; color: var(--accent); cursor: pointer; font: inherit; padding: 0 4px; }
.drop { display: block; border: 2px dashed #c9d1d9; border-radius: 8px; padding: 22px; text-align: center; cursor: pointer; color: var(--muted); background: #fafbfc; }
.drop.over { border-color: var(--accent); background: #fff5f4; }
.drop:focus-within { outline: 2px solid var(--accent); outline-offset: 2px; }
/* The browser's own file button speaks the browser's language; the whole zone is the button. */
.drop input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.drop { position: relative; }
/* The browser's own file button speaks the browser's language ("Choose File"); ours speaks Chinese. */
.picker { position: relative; display: inline-block; cursor: pointer; }
.picker input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.picker:focus-within { outline: 2px solid var(--accent); outline-offset: 2px; }
.files { list-style: none; padding: 0; margin: 10px 0 0; }
.files li { padding: 4px 0; display: flex; gap: 10px; align-items: center; }
.files li::before { content: "📄"; }
.message { border-radius: 6px; padding: 10px 14px; margin-top: 12px; }
.message.error { background: var(--error-bg); color: var(--error); border: 1px solid #f5c2c0; }
.message.info { background: #e8f1fb; color: #0b4f8a; border: 1px solid #b6d4f2; }
.message ul { margin: 4px 0 0; padding-left: 1.4em; }
.counts { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; }
.count { padding: 8px 14px; border-radius: 6px; background: #f0f3f6; min-width: 7em; }
.count b { display: block; font-size: 1.4rem; }
.count.error { background: var(--error-bg); color: var(--error); }
.count.warning { background: var(--warning-bg); color: var(--warning); }
.count.ok { background: #e6f4ea; color: var(--ok); }
.actions { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
label.inline { display: inline-flex; align-items: center; gap: 6px; margin-right: 14px; }
.table-wrap { overflow-x: auto; max-height: 560px; overflow-y: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.93rem; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
th { background: #f0f3f6; position: sticky; top: 0; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
td.value { max-width: 16em; overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 0.85rem; white-space: nowrap; }
.badge.error { background: var(--error); color: #fff; }
.badge.warning { background: #f0b429; color: #3d2a00; }
tr.error td:first-child { box-shadow: inset 3px 0 0 var(--error); }
tr.warning td:first-child { box-shadow: inset 3px 0 0 #f0b429; }
.formats { border: 0; padding: 0; margin: 8px 0; }
.formats legend { color: var(--muted); margin-bottom: 4px; }
details { margin: 12px 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
details summary { cursor: pointer; }
.progress { height: 14px; background: #e9edf1; border-radius: 7px; overflow: hidden; max-width: 640px; }
.progress .bar { height: 100%; width: 0; background: var(--accent); transition: width 0.3s; }
.progress.waiting .bar { width: 100%; background: repeating-linear-gradient(45deg, #c9d1d9 0 10px, #e9edf1 10px 20px); }
.search { display: flex; gap: 12px; flex-wrap: wrap; align-items: flex-end; margin: 10px 0; }
.search label { display: flex; flex-direction: column; gap: 4px; color: var(--muted); }
.search input { min-width: 10em; }
`;
