/**
 * The page's script, served as /app.js (no inline script, so the CSP can forbid it).
 * Plain ES2020 for any current browser; every value from the server or the user's
 * data is put in the page with textContent, never as HTML.
 */
export const APP_JS = String.raw`'use strict';
(function () {
  var state = { session: null, maxUploadBytes: 0, campaigns: [], check: null, uploads: [], polling: null };

  function $(id) { return document.getElementById(id); }
  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) Object.keys(props).forEach(function (key) {
      if (key === 'text') node.textContent = props[key];
      else if (key === 'className') node.className = props[key];
      else node.setAttribute(key, props[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function show(node, visible) { node.hidden = !visible; }

  function showMessage(id, kind, message, hints) {
    var box = $(id);
    clear(box);
    if (!message) { show(box, false); return; }
    box.className = 'message ' + kind;
    box.appendChild(el('div', { text: message }));
    if (hints && hints.length) box.appendChild(el('ul', null, hints.map(function (hint) { return el('li', { text: hint }); })));
    show(box, true);
  }

  /** fetch + JSON; failures become { message, hints } in Chinese. */
  function api(method, url, body, headers) {
    var init = { method: method, headers: headers || {} };
    if (body !== undefined) {
      if (body instanceof Blob) { init.body = body; }
      else { init.body = JSON.stringify(body); init.headers['Content-Type'] = 'application/json'; }
    }
    return fetch(url, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = (data && data.error) || { message: '请求失败（' + response.status + '）。', hints: [] };
          throw error;
        }
        return data;
      });
    }, function () {
      throw { message: '无法连接到服务，请确认 studio-docs serve 仍在运行。', hints: [] };
    });
  }

  function campaignId() { return $('campaign').value; }

  function formatSize(bytes) {
    if (bytes >= 1048576) return (bytes / 1048576).toFixed(1) + ' MB';
    return Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function markSteps(current) {
    var items = document.querySelectorAll('#steps li');
    Array.prototype.forEach.call(items, function (item) {
      var step = Number(item.getAttribute('data-step'));
      item.className = step < current ? 'done' : step === current ? 'current' : '';
    });
  }

  function currentStep() {
    if (!campaignId()) return 1;
    if (!state.uploads.some(function (upload) { return upload.role === 'applications'; })) return 2;
    if (!state.check || state.check.summary.valid === 0) return 3;
    return 4;
  }

  // ── step 1 ──
  function loadCampaigns() {
    return api('GET', '/api/campaigns').then(function (data) {
      state.campaigns = data.campaigns;
      var select = $('campaign');
      clear(select);
      select.appendChild(el('option', { value: '', text: '请选择……' }));
      data.campaigns.forEach(function (campaign) {
        select.appendChild(el('option', { value: campaign.id, text: campaign.year + ' · ' + campaign.description }));
      });
      if (data.campaigns.length === 1) select.value = data.campaigns[0].id;
      onCampaignChange();
    }, function (error) { showMessage('campaign-message', 'error', error.message, error.hints); });
  }

  function onCampaignChange() {
    var id = campaignId();
    var campaign = state.campaigns.filter(function (c) { return c.id === id; })[0];
    $('campaign-note').textContent = campaign ? '通知文号：' + campaign.noticeNumber + '（活动编号 ' + campaign.id + '）' : '';
    var link = $('template-link');
    if (campaign) { link.href = '/api/campaigns/' + encodeURIComponent(id) + '/template'; link.classList.remove('disabled'); show(link, true); }
    else show(link, false);
    show($('review-box'), Boolean(campaign && campaign.review));
    if (campaign && state.uploads.length) runCheck();
    markSteps(currentStep());
  }

  // ── step 2 ──
  function renderUploads() {
    var list = $('upload-list');
    var scores = $('scores-list');
    clear(list); clear(scores);
    state.uploads.forEach(function (upload) {
      var remove = el('button', { type: 'button', className: 'link-button', text: '删除' });
      remove.addEventListener('click', function () { removeUpload(upload.id); });
      var item = el('li', null, [el('span', { text: upload.name }), el('span', { className: 'muted', text: (upload.format === 'xlsx' ? 'Excel 工作簿' : 'CSV') + '，' + formatSize(upload.size) }), remove]);
      (upload.role === 'scores' ? scores : list).appendChild(item);
    });
  }

  function uploadFiles(files, role, messageId) {
    if (!state.session) return Promise.resolve();
    showMessage(messageId, '', '');
    var tooBig = files.filter(function (file) { return file.size > state.maxUploadBytes; });
    if (tooBig.length) {
      showMessage(messageId, 'error', tooBig.map(function (file) { return file.name; }).join('、') + ' 太大：超过 ' + formatSize(state.maxUploadBytes) + ' 的上限。', ['请检查是否选错了文件。']);
      return Promise.resolve();
    }
    var failures = [];
    var chain = Promise.resolve();
    files.forEach(function (file) {
      chain = chain.then(function () {
        return api('POST', '/api/sessions/' + state.session + '/files?role=' + role, file, {
          'Content-Type': 'application/octet-stream',
          'X-File-Name': encodeURIComponent(file.name)
        }).then(function (data) { state.uploads = data.uploads; renderUploads(); }, function (error) { failures.push(error); });
      });
    });
    return chain.then(function () {
      if (failures.length) {
        showMessage(messageId, 'error', failures.map(function (f) { return f.message; }).join('\n'), failures[0].hints);
      }
      if (role === 'applications') return runCheck();
    });
  }

  function removeUpload(id) {
    api('DELETE', '/api/sessions/' + state.session + '/files/' + id).then(function (data) {
      state.uploads = data.uploads;
      renderUploads();
      runCheck();
    }, function (error) { showMessage('upload-message', 'error', error.message, error.hints); });
  }

  // ── step 3 ──
  function runCheck() {
    state.check = null;
    var hasApplications = state.uploads.some(function (upload) { return upload.role === 'applications'; });
    if (!campaignId() || !hasApplications) { renderCheck(); return Promise.resolve(); }
    $('check-verdict').textContent = '正在核对……';
    show($('step-check'), true);
    return api('POST', '/api/sessions/' + state.session + '/check', { campaignId: campaignId() }).then(function (view) {
      state.check = view;
      renderCheck();
    }, function (error) {
      renderCheck();
      showMessage('upload-message', 'error', error.message, error.hints);
    });
  }

  function renderCheck() {
    var check = state.check;
    show($('step-check'), Boolean(check));
    show($('step-generate'), Boolean(check && check.summary.valid > 0));
    markSteps(currentStep());
    if (!check) return;
    var s = check.summary;
    $('check-inputs').textContent = check.inputs.map(function (input) {
      return input.name + '（' + input.format + '：' + (input.sheets.map(function (sheet) { return sheet.level + '「' + sheet.name + '」' + sheet.rows + '行'; }).join('，') || '未识别到数据') + '）';
    }).join('；');
    var counts = $('check-counts');
    clear(counts);
    [['工作室', s.studios, ''], ['可生成文书', s.valid, 'ok'], ['有错误的工作室', s.blocked, s.blocked ? 'error' : ''], ['错误', s.errors, s.errors ? 'error' : ''], ['提醒', s.warnings, s.warnings ? 'warning' : ''], ['成员', s.members, '']].forEach(function (item) {
      counts.appendChild(el('div', { className: 'count ' + item[2] }, [el('b', { text: String(item[1]) }), el('span', { text: item[0] })]));
    });
    $('check-verdict').textContent = s.valid === 0
      ? '所有工作室都有错误，暂不能生成文书。请下载标注错误的工作簿，改正后重新上传。'
      : s.blocked > 0
        ? s.valid + ' 个工作室可以生成文书；' + s.blocked + ' 个有错误的工作室不生成，改正后重新上传即可补齐。'
        : '全部 ' + s.valid + ' 个工作室都可以生成文书。';
    var workbook = $('error-workbook-link');
    if (check.errorWorkbookUrl) workbook.href = check.errorWorkbookUrl;
    show(workbook, Boolean(check.errorWorkbookUrl));
    renderProblems();
  }

  function renderProblems() {
    var check = state.check;
    var body = document.querySelector('#problems tbody');
    clear(body);
    if (!check) return;
    var filter = $('problem-filter').value;
    var rows = check.problems.filter(function (p) { return filter === 'all' || p.severity === filter; });
    rows.forEach(function (p) {
      body.appendChild(el('tr', { className: p.severity }, [
        el('td', { text: p.file }),
        el('td', { text: p.sheet, className: 'nowrap' }),
        el('td', { text: p.row === null ? '' : String(p.row), className: 'nowrap' }),
        el('td', { text: p.column + (p.header ? '（' + p.header + '）' : ''), className: 'nowrap' }),
        el('td', { text: p.value, className: 'value' }),
        el('td', { text: p.message }),
        el('td', null, [el('span', { className: 'badge ' + p.severity, text: p.severityLabel })])
      ]));
    });
    show($('problems').parentNode, rows.length > 0);
    show($('problems-empty'), rows.length === 0);
  }

  // ── step 4 ──
  function generate() {
    var formats = [];
    if ($('format-docx').checked) formats.push('docx');
    if ($('format-pdf').checked) formats.push('pdf');
    if (!formats.length) { showMessage('generate-message', 'error', '请至少选择一种文书格式。'); return; }
    var request = { campaignId: campaignId(), formats: formats };
    if ($('announce-date').value) request.announceDate = $('announce-date').value;
    if ($('publicity-start').value) request.publicityStart = $('publicity-start').value;
    showMessage('generate-message', '', '');
    show($('job-result'), false);
    $('generate-button').disabled = true;
    api('POST', '/api/sessions/' + state.session + '/jobs', request).then(function (job) {
      show($('job-status'), true);
      pollJob(job.id);
    }, function (error) {
      $('generate-button').disabled = false;
      showMessage('generate-message', 'error', error.message, error.hints);
    });
  }

  function pollJob(id) {
    api('GET', '/api/jobs/' + id).then(function (job) {
      renderJob(job);
      if (job.state === 'queued' || job.state === 'running') state.polling = setTimeout(function () { pollJob(id); }, 600);
      else $('generate-button').disabled = false;
    }, function (error) {
      $('generate-button').disabled = false;
      showMessage('generate-message', 'error', error.message, error.hints);
    });
  }

  function renderJob(job) {
    var bar = $('job-bar');
    var progress = bar.parentNode;
    if (job.state === 'queued') {
      $('job-label').textContent = job.ahead > 0 ? '排队中：前面还有 ' + job.ahead + ' 个生成任务……' : '排队中……';
      progress.classList.add('waiting');
    } else if (job.state === 'running') {
      progress.classList.remove('waiting');
      var p = job.progress;
      $('job-label').textContent = p ? p.label + '：' + p.done + ' / ' + p.total : '正在准备……';
      bar.style.width = p && p.total ? Math.round((p.done / p.total) * 100) + '%' : '0%';
    } else if (job.state === 'failed') {
      show($('job-status'), false);
      showMessage('generate-message', 'error', job.error.message, job.error.hints);
    } else {
      show($('job-status'), false);
      renderResult(job.result);
    }
  }

  function renderResult(result) {
    var c = result.counts;
    $('job-summary').textContent = '已生成文书 ' + c.total + ' 份（新写出 ' + c.written + '，新版本 ' + c.newVersion + '，内容未变 ' + c.unchanged + '）'
      + (result.docNumber ? '；命名决定文号：' + result.docNumber : '') + '。所有文书已登记到档案。';
    if (result.notes && result.notes.length) showMessage('generate-message', 'info', result.notes.join('\n'));
    var zip = $('zip-link');
    if (result.zipUrl) zip.href = result.zipUrl;
    show(zip, Boolean(result.zipUrl));
    var body = document.querySelector('#documents tbody');
    clear(body);
    result.documents.forEach(function (d) {
      var link = d.format === 'pdf'
        ? el('a', { href: d.url, target: '_blank', rel: 'noopener', text: '打开' })
        : el('a', { href: d.url, download: d.name, text: '下载' });
      body.appendChild(el('tr', null, [
        el('td', { text: d.label, className: 'nowrap' }),
        el('td', { text: d.studio }),
        el('td', { text: d.entryName, className: 'value' }),
        el('td', { text: d.format.toUpperCase(), className: 'nowrap' }),
        el('td', { text: d.statusLabel, className: 'nowrap' }),
        el('td', null, [link])
      ]));
    });
    show($('job-result'), true);
  }

  // ── 档案 ──
  // Only the newest search may fill the table: an earlier, slower answer (the listing shown when the tab
  // opens) must not overwrite the results of the search the user just made.
  var archiveSearches = 0;
  function searchArchive(event) {
    if (event) event.preventDefault();
    var ticket = ++archiveSearches;
    var form = $('archive-form');
    var query = new URLSearchParams();
    ['studio', 'unit', 'year', 'docNumber'].forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) query.set(name, value);
    });
    showMessage('archive-message', '', '');
    $('archive-count').textContent = '正在查询……';
    api('GET', '/api/archive?' + query.toString()).then(function (data) {
      if (ticket !== archiveSearches) return;
      var body = document.querySelector('#archive-table tbody');
      clear(body);
      $('archive-count').textContent = data.total === 0 ? '没有找到文书。' : '找到 ' + data.total + ' 份文书' + (data.total > data.documents.length ? '，显示最新的 ' + data.documents.length + ' 份（请缩小查询范围）' : '') + '。';
      data.documents.forEach(function (d) {
        var link = d.format === 'pdf'
          ? el('a', { href: d.url, target: '_blank', rel: 'noopener', text: '打开' })
          : el('a', { href: d.url, download: d.name, text: '下载' });
        body.appendChild(el('tr', null, [
          el('td', { text: String(d.year) }), el('td', { text: d.recommender }), el('td', { text: d.studio }),
          el('td', { text: d.leader, className: 'nowrap' }), el('td', { text: d.unit }), el('td', { text: d.form }),
          el('td', { text: d.format.toUpperCase() }), el('td', { text: '第' + d.version + '版', className: 'nowrap' }),
          el('td', { text: d.docNumber, className: 'nowrap' }), el('td', { text: d.createdAt.replace('T', ' ').slice(0, 16), className: 'nowrap' }),
          el('td', null, [link])
        ]));
      });
    }, function (error) {
      if (ticket !== archiveSearches) return;
      $('archive-count').textContent = '';
      showMessage('archive-message', 'error', error.message, error.hints);
    });
  }

  function selectTab(name) {
    ['work', 'archive'].forEach(function (tab) {
      var active = tab === name;
      show($('tab-' + tab), active);
      $('tab-' + tab + '-button').classList.toggle('active', active);
      $('tab-' + tab + '-button').setAttribute('aria-selected', String(active));
    });
    if (name === 'archive') searchArchive();
  }

  function wireDropZone() {
    var zone = $('drop-zone');
    zone.addEventListener('dragover', function (event) { event.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('over');
      uploadFiles(Array.prototype.slice.call(event.dataTransfer.files), 'applications', 'upload-message');
    });
  }

  function start() {
    $('campaign').addEventListener('change', onCampaignChange);
    $('files').addEventListener('change', function (event) {
      var files = Array.prototype.slice.call(event.target.files);
      event.target.value = '';
      uploadFiles(files, 'applications', 'upload-message');
    });
    $('scores-file').addEventListener('change', function (event) {
      var files = Array.prototype.slice.call(event.target.files);
      event.target.value = '';
      uploadFiles(files, 'scores', 'scores-message');
    });
    $('problem-filter').addEventListener('change', renderProblems);
    $('generate-button').addEventListener('click', generate);
    $('archive-form').addEventListener('submit', searchArchive);
    $('tab-work-button').addEventListener('click', function () { selectTab('work'); });
    $('tab-archive-button').addEventListener('click', function () { selectTab('archive'); });
    wireDropZone();
    api('POST', '/api/sessions').then(function (data) {
      state.session = data.id;
      state.maxUploadBytes = data.maxUploadBytes;
      $('upload-limit').textContent = '每个文件不超过 ' + formatSize(data.maxUploadBytes) + '。';
      return loadCampaigns();
    }, function (error) { showMessage('campaign-message', 'error', error.message, error.hints); });
  }

  document.addEventListener('DOMContentLoaded', start);
})();
`;
