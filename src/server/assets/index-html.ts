/**
 * The page: markup only. Script and styles are served from /app.js and /app.css
 * (Content-Security-Policy allows nothing else: no inline script, no CDN).
 */
export const INDEX_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>创新工作室申报材料处理 · studio-docs</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<header class="top">
  <h1>创新工作室申报材料处理</h1>
  <nav class="tabs" role="tablist">
    <button type="button" class="tab active" id="tab-work-button" role="tab" aria-selected="true" aria-controls="tab-work">申报与生成</button>
    <button type="button" class="tab" id="tab-archive-button" role="tab" aria-selected="false" aria-controls="tab-archive">档案</button>
  </nav>
</header>
<main>
<section id="tab-work" role="tabpanel">
  <ol class="steps" id="steps">
    <li data-step="1" class="current">选择评选活动</li>
    <li data-step="2">上传申报表</li>
    <li data-step="3">核对问题</li>
    <li data-step="4">生成文书</li>
  </ol>

  <section class="card" id="step-campaign">
    <h2><span class="num">1</span>选择评选活动</h2>
    <div class="row">
      <label for="campaign">评选活动</label>
      <select id="campaign"><option value="">正在读取……</option></select>
    </div>
    <p class="muted" id="campaign-note"></p>
    <p><a class="button secondary" id="template-link" href="#" download>下载空白导入模板（.xlsx）</a>
      <span class="muted">各单位按模板填写“工作室”“成员”两张表后上传。</span></p>
    <div class="message" id="campaign-message" hidden></div>
  </section>

  <section class="card" id="step-upload">
    <h2><span class="num">2</span>上传申报表</h2>
    <p>上传一个 Excel 工作簿（.xlsx，含“工作室”“成员”两张表），或工作室、成员两个 CSV 文件（UTF-8 或 GBK 均可）。
      <span class="muted" id="upload-limit"></span></p>
    <label class="drop" id="drop-zone" for="files">
      <strong>点击选择文件</strong>，或把文件拖到这里
      <input type="file" id="files" multiple accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv">
    </label>
    <ul class="files" id="upload-list"></ul>
    <div class="message" id="upload-message" hidden></div>
  </section>

  <section class="card" id="step-check" hidden>
    <h2><span class="num">3</span>核对问题</h2>
    <div id="check-inputs" class="muted"></div>
    <div class="counts" id="check-counts"></div>
    <p id="check-verdict"></p>
    <p class="actions">
      <a class="button secondary" id="error-workbook-link" href="#" download hidden>下载标注错误的工作簿（校验结果.xlsx）</a>
      <label class="inline">显示
        <select id="problem-filter">
          <option value="all">全部问题</option>
          <option value="error">仅错误</option>
          <option value="warning">仅提醒</option>
        </select>
      </label>
    </p>
    <div class="table-wrap">
      <table class="problems" id="problems">
        <thead><tr><th>文件</th><th>工作表</th><th>行</th><th>列</th><th>值</th><th>问题</th><th>级别</th></tr></thead>
        <tbody></tbody>
      </table>
    </div>
    <p class="muted" id="problems-empty" hidden>没有发现问题。</p>
  </section>

  <section class="card" id="step-generate" hidden>
    <h2><span class="num">4</span>生成文书</h2>
    <p>为每个没有错误的工作室生成申请表，并生成推荐申报汇总表；有错误的工作室不生成，改正后重新上传即可补齐。</p>
    <fieldset class="formats">
      <legend>文书格式</legend>
      <label class="inline"><input type="checkbox" id="format-docx" checked> Word（.docx，可编辑）</label>
      <label class="inline"><input type="checkbox" id="format-pdf" checked> PDF（可打印）</label>
    </fieldset>
    <details id="review-box">
      <summary>评审结果（可选）：上传专家评分表，生成排名、推荐名单、公示和命名决定</summary>
      <div class="review">
        <p class="muted" id="review-note">评分表列出工作室编号或名称、专家和得分。不上传评分表时只生成申请表和汇总表。</p>
        <div class="row">
          <span class="label">专家评分表</span>
          <label class="button secondary picker" for="scores-file">选择评分表…
            <input type="file" id="scores-file" accept=".xlsx,.csv">
          </label>
        </div>
        <ul class="files" id="scores-list"></ul>
        <div class="row">
          <label for="announce-date">命名决定日期</label>
          <input type="date" id="announce-date">
        </div>
        <div class="row">
          <label for="publicity-start">公示开始日期</label>
          <input type="date" id="publicity-start"> <span class="muted">可不填</span>
        </div>
        <div class="message" id="scores-message" hidden></div>
      </div>
    </details>
    <p class="actions"><button type="button" class="button" id="generate-button">生成文书</button></p>
    <div id="job-status" hidden>
      <p id="job-label">排队中</p>
      <div class="progress"><div class="bar" id="job-bar"></div></div>
    </div>
    <div class="message" id="generate-message" hidden></div>
    <div id="job-result" hidden>
      <p id="job-summary"></p>
      <p class="actions"><a class="button" id="zip-link" href="#" download>下载全部文书（ZIP）</a></p>
      <div class="table-wrap">
        <table class="documents" id="documents">
          <thead><tr><th>文书</th><th>工作室</th><th>文件</th><th>格式</th><th>状态</th><th>操作</th></tr></thead>
          <tbody></tbody>
        </table>
      </div>
    </div>
  </section>
</section>

<section id="tab-archive" role="tabpanel" hidden>
  <section class="card">
    <h2>档案查询</h2>
    <p class="muted">通过本页面生成的每份文书都登记在档案中，可按工作室、单位、年度、发文字号查找并重新下载。各项均可只填一部分。</p>
    <form id="archive-form" class="search">
      <label>工作室<input type="text" name="studio" autocomplete="off"></label>
      <label>单位<input type="text" name="unit" autocomplete="off"></label>
      <label>年度<input type="text" name="year" inputmode="numeric" maxlength="4" placeholder="如 2020" autocomplete="off"></label>
      <label>发文字号<input type="text" name="docNumber" autocomplete="off"></label>
      <button type="submit" class="button">查询</button>
    </form>
    <div class="message" id="archive-message" hidden></div>
    <p id="archive-count" class="muted"></p>
    <div class="table-wrap">
      <table class="archive" id="archive-table">
        <thead><tr><th>年度</th><th>推荐单位</th><th>工作室</th><th>领衔人</th><th>单位</th><th>文书</th><th>格式</th><th>版本</th><th>发文字号</th><th>生成时间</th><th>下载</th></tr></thead>
        <tbody></tbody>
      </table>
    </div>
  </section>
</section>
</main>
<footer class="muted">studio-docs · 文件只保存在运行本服务的电脑上</footer>
</body>
</html>
`;
