// The administration screens' script, moved out of the page so the staff CSP (no inline script)
// holds. The administration screens are rebuilt as Razor components next; this file goes with them.
const $ = id => document.getElementById(id);
async function api(method, url, body) {
  const response = await fetch(url, { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin' });
  if (response.status === 401 && !url.startsWith('/api/auth/login')) { location.href = '/login'; throw new Error('未登录'); }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const details = data && data.errors ? Object.values(data.errors).flat().map(e => typeof e === 'string' ? e : e.message).join(' ') : '';
    const error = new Error((data && (data.detail || data.title)) + (details ? ' ' + details : ''));
    error.problem = data;
    throw error;
  }
  return data;
}
function showError(e) { const el = $('error'); el.textContent = e.message; el.hidden = false; }
function esc(s) { const d = document.createElement('div'); d.textContent = s ?? ''; return d.innerHTML; }
const actions = { 'started': '启动流程', 'task-opened': '生成任务', 'completed': '办理', 'claimed': '认领', 'deadline': '超时自动处理',
  'consent-requested': '发出征询', 'consent-answered': '权利人答复', 'consent-no-reply': '逾期未答复', 'consent-closed': '征询结束',
  'consent-skipped': '无需征询', 'decided': '判断', 'published': '发布', 'notified': '通知', 'ended': '办结', 'migrated': '迁移流程版本' };
const line = h => `<li>${esc(shanghai(h.at))} ${esc(h.actor)} · ${esc(h.node)} · ${esc(actions[h.action] || h.action)}${h.outcome ? '（' + esc(h.outcome) + '）' : ''}${h.comment ? '：' + esc(h.comment) : ''}</li>`;
const shanghai = iso => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

async function adminPage() {
  const definitions = await api('GET', '/api/process-definitions');
  for (const d of definitions) {
    const row = document.createElement('tr');
    row.innerHTML = `<td>${esc(d.name)}（${esc(d.key)}）</td><td>第 ${d.number} 版</td><td>${d.status === 'Draft' ? '草稿' : '已发布'}</td><td>${d.publishedAt ? esc(shanghai(d.publishedAt)) : '—'}</td>`
      + `<td><a href="/app/admin/definitions/${d.key}/${d.number}">${d.status === 'Draft' ? '编辑草稿' : '查看'}</a></td>`;
    $('definitions').appendChild(row);
  }
  const year = new Date().getFullYear() + 1;
  $('year').value = year;
  async function loadYear() {
    const y = await api('GET', `/api/calendar/${$('year').value}`);
    $('calendar-warning').hidden = !y.warning; $('calendar-warning').textContent = y.warning || '';
    $('holidays').value = y.scheduled ? y.holidays.join('\n') : ''; $('makeups').value = y.scheduled ? y.makeUpWorkdays.join('\n') : '';
  }
  $('load-year').addEventListener('click', () => loadYear().catch(showError));
  $('calendar').addEventListener('submit', async ev => {
    ev.preventDefault(); $('error').hidden = true;
    const lines = id => $(id).value.split(/\s+/).filter(x => x);
    try { await api('PUT', `/api/calendar/${$('year').value}`, { holidays: lines('holidays'), makeUpWorkdays: lines('makeups') }); await loadYear(); } catch (e) { showError(e); }
  });
  await loadYear();
  const alerts = await api('GET', '/api/alerts');
  $('no-alerts').hidden = alerts.length > 0;
  $('alerts').innerHTML = alerts.map(a => `<li>${esc(a.reason)} <span class="meta">${esc(a.responsibleBody)} · 自 ${esc(shanghai(a.raisedAt))}</span></li>`).join('');
  async function loadUsers() {
    const users = await api('GET', '/api/users');
    const names = { drafter: '拟稿人', reviewer: '保密审查员', leader: '领导', admin: '管理员' };
    $('users').innerHTML = users.map(u => `<tr data-user="${esc(u.id)}"><td>${esc(u.userName)}</td><td>${esc(u.displayName)}</td><td>${esc(u.responsibleBody)}</td>`
      + `<td>${Object.entries(names).map(([r, n]) => `<label><input type="checkbox" value="${r}"${u.roles.includes(r) ? ' checked' : ''}> ${n}</label>`).join(' ')}</td>`
      + `<td><button type="button">保存角色</button></td></tr>`).join('');
    for (const row of $('users').rows) row.querySelector('button').addEventListener('click', async () => {
      $('error').hidden = true;
      try { await api('PUT', `/api/users/${row.dataset.user}/roles`, { roles: [...row.querySelectorAll('input:checked')].map(c => c.value) }); await loadUsers(); } catch (e) { showError(e); }
    });
  }
  $('new-user').addEventListener('submit', async ev => {
    ev.preventDefault(); $('error').hidden = true;
    try { await api('POST', '/api/users', { userName: $('u-name').value, displayName: $('u-display').value, responsibleBody: $('u-body').value, password: $('u-password').value, roles: [$('u-role').value] }); await loadUsers(); }
    catch (e) { showError(e); }
  });
  await loadUsers();
}

async function definitionPage() {
  const [, , , , key, number] = location.pathname.split('/');
  const loaded = await api('GET', `/api/process-definitions/${key}/versions/${number}`);
  let doc = loaded.document;
  const draft = loaded.version.status === 'Draft';
  $('heading').textContent = `${loaded.version.name} 第 ${number} 版`;
  $('status').textContent = draft ? '草稿：可以修改、校验、发布' : '已发布：不可修改';
  const roles = { drafter: '拟稿人', reviewer: '保密审查员', leader: '领导', admin: '管理员' };
  const kinds = { start: '开始', end: '结束', userTask: '人工任务', consent: '权利人意见征询', decision: '判断', publish: '发布', notify: '通知' };
  function button(label, action) { const b = document.createElement('button'); b.type = 'button'; b.textContent = label; b.addEventListener('click', () => action().catch(showError)); return b; }
  let fields = 0;
  function render(errors = []) {
    $('steps').innerHTML = '';
    doc.nodes.forEach((node, index) => {
      const box = document.createElement('fieldset');
      box.className = 'step'; box.dataset.node = node.id;
      box.innerHTML = `<legend>${index + 1}. ${esc(node.name || node.id)}（${esc(kinds[node.kind] || node.kind)}，${esc(node.id)}）</legend>`;
      const mine = errors.filter(e => e.nodeId === node.id);
      if (mine.length) box.innerHTML += `<ul class="error" role="alert">${mine.map(e => `<li>${esc(e.message)}</li>`).join('')}</ul>`;
      const field = (label, value, set, options) => {
        const id = `f-${node.id}-${++fields}`;
        const input = options ? document.createElement('select') : document.createElement('input');
        if (options) { input.add(new Option('（未设置）', '')); for (const [v, t] of Object.entries(options)) input.add(new Option(t, v)); }
        input.id = id; input.value = value ?? ''; input.disabled = !draft;
        input.addEventListener('change', () => { set(input.value); redraw(); });
        const l = document.createElement('label'); l.htmlFor = id; l.textContent = label;
        box.append(l, input);
      };
      field('名称', node.name, v => node.name = v);
      if (node.kind === 'userTask') {
        field('候选角色', node.role, v => node.role = v || undefined, roles);
        field('办理时限（工作日数，或 PT4H 这样的时长）', node.due?.workingDays ?? node.due?.duration,
          v => node.due = !v ? undefined : /^\d+$/.test(v) ? { workingDays: Number(v) } : { duration: v });
        const ids = Object.fromEntries(doc.nodes.map(n => [n.id, `${n.name || n.id}（${n.id}）`]));
        (node.outcomes || []).forEach((o, oi) => {
          field(`结果 ${oi + 1} 名称`, o.label, v => o.label = v);
          field(`结果 ${oi + 1} 去向`, o.next, v => o.next = v, ids);
          field(`结果 ${oi + 1} 须填意见`, o.requiresComment ? 'yes' : 'no', v => o.requiresComment = v === 'yes', { yes: '是', no: '否' });
        });
        field('到期自动采用的结果', node.deadlineOutcome, v => node.deadlineOutcome = v || undefined,
          Object.fromEntries((node.outcomes || []).map(o => [o.id, o.label])));
      } else if (node.kind === 'consent') {
        field('答复时限（工作日）', node.due?.workingDays, v => node.due = v ? { workingDays: Number(v) } : undefined);
      } else if (node.kind === 'decision') {
        const ids = Object.fromEntries(doc.nodes.map(n => [n.id, `${n.name || n.id}（${n.id}）`]));
        (node.branches || []).forEach((b, bi) => {
          // Conditions are declarative JSON: { "fact": "hasRightsHolders", "equals": true }, all/any/not.
          const id = `f-${node.id}-${++fields}`;
          const area = document.createElement('textarea'); area.id = id; area.rows = 2; area.disabled = !draft;
          area.value = JSON.stringify(b.when);
          area.addEventListener('change', () => { try { b.when = JSON.parse(area.value); area.setCustomValidity(''); } catch { area.setCustomValidity('不是有效的 JSON'); area.reportValidity(); } });
          const l = document.createElement('label'); l.htmlFor = id; l.textContent = `分支 ${bi + 1} 条件`;
          box.append(l, area);
          field(`分支 ${bi + 1} 去向`, b.next, v => b.next = v, ids);
        });
        field('否则去向', node.otherwise, v => node.otherwise = v, ids);
      } else if (node.next) {
        const p = document.createElement('p'); p.textContent = `下一步：${node.next}`; box.append(p);
      }
      if (draft) {
        const tools = document.createElement('div'); tools.className = 'buttons';
        if (node.kind === 'userTask' || node.kind === 'start') tools.append(button('在此后插入审核步骤', async () => insertAfter(node)));
        if (node.kind === 'userTask' && node.purpose !== 'drafting') tools.append(button('删除此步骤', async () => remove(node)));
        if (index > 1) tools.append(button('上移', async () => { doc.nodes.splice(index, 1); doc.nodes.splice(index - 1, 0, node); render(errors); }));
        if (index > 0 && index < doc.nodes.length - 1) tools.append(button('下移', async () => { doc.nodes.splice(index, 1); doc.nodes.splice(index + 1, 0, node); render(errors); }));
        box.append(tools);
      }
      $('steps').append(box);
    });
  }
  function insertAfter(node) {
    const first = node.kind === 'start' ? { get next() { return node.next; }, set next(v) { node.next = v; } } : node.outcomes[0];
    let id = 'step-' + (doc.nodes.length + 1);
    while (doc.nodes.some(n => n.id === id)) id += 'x';
    const added = { id, kind: 'userTask', name: '新审核步骤', purpose: 'none', due: { workingDays: 3 },
      outcomes: [{ id: 'approve', label: '通过', next: first.next }, { id: 'return', label: '退回修改', next: 'draft', requiresComment: true }] };
    first.next = id;
    doc.nodes.splice(doc.nodes.indexOf(node) + 1, 0, added);
    render();
  }
  function remove(node) {
    const target = node.outcomes[0]?.next;
    for (const n of doc.nodes) {
      if (n.next === node.id) n.next = target;
      for (const o of n.outcomes || []) if (o.next === node.id) o.next = target;
      for (const b of n.branches || []) if (b.next === node.id) b.next = target;
      if (n.otherwise === node.id) n.otherwise = target;
      if (n.onAgreed === node.id) n.onAgreed = target;
      if (n.onRefused === node.id) n.onRefused = target;
    }
    doc.nodes.splice(doc.nodes.indexOf(node), 1);
    render();
  }
  let drawings = 0;
  async function refreshDiagram() {
    const text = (await api('GET', `/api/process-definitions/${key}/versions/${number}/diagram`)).diagram;
    $('diagram').textContent = text;
    if (window.mermaid) {
      window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const { svg } = await window.mermaid.render(`drawing-${++drawings}`, text);
      $('diagram-drawing').innerHTML = svg;
    }
  }
  // The drawing follows the draft: each change is saved (a draft only) and drawn again.
  let redrawTimer = null;
  function redraw() {
    if (!draft) return;
    clearTimeout(redrawTimer);
    redrawTimer = setTimeout(() => save().catch(showError), 500);
  }
  async function save() { await api('PUT', `/api/process-definitions/${key}/versions/${number}`, doc); await refreshDiagram(); }
  async function validate() {
    $('error').hidden = true; $('valid').hidden = true;
    // A draft that breaks the schema or a rule of law is not even stored: show why beside each step.
    try { await save(); } catch (e) {
      if (!Array.isArray(e.problem?.errors)) throw e;
      render(e.problem.errors);
      showError(new Error(`校验未通过：${e.problem.errors.length} 处问题，见各步骤。`));
      return;
    }
    const result = await api('POST', `/api/process-definitions/${key}/versions/${number}/validate`);
    render(result.errors);
    if (result.valid) $('valid').hidden = false; else showError(new Error(`校验未通过：${result.errors.length} 处问题，见各步骤。`));
  }
  if (draft) {
    $('actions').append(button('保存草稿', save), button('校验', validate), button('发布此版本', async () => {
      await validate();
      if (!$('valid').hidden) { await api('POST', `/api/process-definitions/${key}/versions/${number}/publish`); location.reload(); }
    }));
  } else {
    $('actions').append(button('以此版本新建草稿', async () => {
      const created = await api('POST', `/api/process-definitions/${key}/versions`, doc);
      location.href = `/app/admin/definitions/${key}/${created.number}`;
    }));
  }
  render();
  await refreshDiagram();
  if (!draft) {
    $('migration').hidden = false;
    $('load-target').addEventListener('click', async () => {
      try {
        const target = (await api('GET', `/api/process-definitions/${key}/versions/${$('target').value}`)).document;
        $('mapping').innerHTML = doc.nodes.map((n, i) => `<label for="map-${i}">${esc(n.name || n.id)}（${esc(n.id)}）→</label><select id="map-${i}" data-from="${esc(n.id)}">`
          + `<option value="">（不映射）</option>` + target.nodes.map(t => `<option value="${esc(t.id)}"${t.id === n.id ? ' selected' : ''}>${esc(t.name || t.id)}（${esc(t.id)}）</option>`).join('') + '</select>').join('');
      } catch (e) { showError(e); }
    });
    $('migrate').addEventListener('submit', async ev => {
      ev.preventDefault(); $('error').hidden = true;
      const mapping = {}; for (const s of $('mapping').querySelectorAll('select')) if (s.value) mapping[s.dataset.from] = s.value;
      try {
        const report = await api('POST', `/api/process-definitions/${key}/migrations`, { fromVersion: Number(number), toVersion: Number($('target').value), mapping });
        $('migrated').hidden = false; $('migrated').textContent = `已迁移 ${report.moved} 个实例。`;
      } catch (e) { showError(e); }
    });
  }
  const versions = (await api('GET', '/api/process-definitions')).filter(d => d.key === key && d.number !== Number(number));
  for (const v of versions) $('compare-with').add(new Option(`第 ${v.number} 版（${v.status === 'Draft' ? '草稿' : '已发布'}）`, v.number));
  if (versions.length) $('compare-with').value = String(Math.max(...versions.filter(v => v.number < Number(number)).map(v => v.number), versions[0].number));
  async function compare() {
    if (!$('compare-with').value) { $('compare').innerHTML = '<li>没有其他版本</li>'; return; }
    const other = (await api('GET', `/api/process-definitions/${key}/versions/${$('compare-with').value}`)).document;
    const ids = new Set(doc.nodes.map(n => n.id)), old = new Set(other.nodes.map(n => n.id));
    const lines = [...doc.nodes.filter(n => !old.has(n.id)).map(n => `新增：${n.name}（${n.id}）`),
      ...other.nodes.filter(n => !ids.has(n.id)).map(n => `删除：${n.name}（${n.id}）`),
      ...doc.nodes.filter(n => old.has(n.id) && JSON.stringify(n) !== JSON.stringify(other.nodes.find(p => p.id === n.id))).map(n => `修改：${n.name}（${n.id}）`)];
    $('compare').innerHTML = lines.length ? lines.map(l => `<li>${esc(l)}</li>`).join('') : '<li>两个版本相同</li>';
  }
  $('compare-with').addEventListener('change', () => compare().catch(showError));
  await compare();
}

document.addEventListener('DOMContentLoaded', () => {
  const page = $('definitions') ? adminPage : $('steps') ? definitionPage : null;
  if (page) page().catch(showError);
});
