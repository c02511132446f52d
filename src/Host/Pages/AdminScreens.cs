namespace Disclosure.Host.Pages;

/// <summary>The administrators' screens: definitions, the draft editor, calendar, alerts and users.</summary>
internal static class AdminScreens
{
    public const string Home = """
        <div class="bar"><h1>系统管理</h1><a href="/app">待办任务</a> <a href="/hangfire">后台任务（Hangfire）</a></div>
        <p class="error" role="alert" id="error" hidden></p>
        <h2>流程定义</h2>
        <table class="tasks"><thead><tr><th>流程</th><th>版本</th><th>状态</th><th>发布</th><th></th></tr></thead><tbody id="definitions"></tbody></table>
        <h2>节假日安排</h2>
        <p id="calendar-warning" class="note" hidden></p>
        <form id="calendar" class="stack">
        <label for="year">年份</label><input id="year" type="number" min="2000" max="2100">
        <label for="holidays">法定节假日（每行一个日期，如 2027-01-01）</label><textarea id="holidays" rows="4"></textarea>
        <label for="makeups">调休上班的周末（每行一个日期）</label><textarea id="makeups" rows="2"></textarea>
        <p><button type="button" id="load-year">读取</button> <button type="submit">保存该年安排</button></p>
        </form>
        <h2>预警</h2><ul class="results" id="alerts"></ul><p class="empty" id="no-alerts" hidden>当前没有预警。</p>
        <h2>用户</h2>
        <table class="tasks"><thead><tr><th>用户名</th><th>姓名</th><th>部门</th><th>角色</th><th></th></tr></thead><tbody id="users"></tbody></table>
        <form id="new-user" class="stack">
        <label for="u-name">用户名</label><input id="u-name" required>
        <label for="u-display">姓名</label><input id="u-display" required>
        <label for="u-body">部门</label><input id="u-body">
        <label for="u-password">初始密码</label><input id="u-password" type="password" required>
        <label for="u-role">角色</label><select id="u-role"><option value="drafter">拟稿人</option><option value="reviewer">保密审查员</option><option value="leader">领导</option><option value="admin">管理员</option></select>
        <p><button type="submit">新建用户</button></p>
        </form>
        """;

    public const string DefinitionEditor = """
        <p><a href="/app/admin">← 系统管理</a></p>
        <h1 id="heading">流程定义</h1>
        <p class="meta" id="status"></p>
        <p class="error" role="alert" id="error" hidden></p>
        <p class="note" id="valid" hidden>校验通过，可以发布。</p>
        <div class="buttons" id="actions"></div>
        <div id="steps"></div>
        <h2>流程图</h2><div id="diagram-drawing" aria-label="流程图"></div>
        <details><summary>Mermaid 源文本</summary><pre id="diagram"></pre></details>
        <h2>版本比较</h2><label for="compare-with">与第几版比较</label> <select id="compare-with"></select><ul id="compare"></ul>
        <section id="migration" hidden><h2>迁移运行中的实例</h2>
        <p>把停在本版本上的运行中实例迁到另一已发布版本。每个节点都要指定新版本中的对应节点；有实例停在未映射的节点上时，整个迁移被拒绝，不作任何改动。</p>
        <form id="migrate" class="stack"><label for="target">目标版本</label><input id="target" type="number" min="1">
        <button type="button" id="load-target">读取目标版本节点</button><div id="mapping"></div>
        <p><button type="submit">迁移</button></p><p id="migrated" class="note" hidden></p></form></section>
        """;

    public const string Script = """
        <script>
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
        </script>
        """;
}
