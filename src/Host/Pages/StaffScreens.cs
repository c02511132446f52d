namespace Disclosure.Host.Pages;

/// <summary>The markup and script of the staff screens (kept apart from the routing).</summary>
internal static class StaffScreens
{
    public const string Login = """
        <h1>工作人员登录</h1>
        <form id="login" class="stack">
        <label for="userName">用户名</label><input id="userName" name="userName" autocomplete="username" required>
        <label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <p class="error" role="alert" id="error" hidden></p>
        <button type="submit">登录</button>
        </form>
        """;

    public const string Inbox = """
        <div class="bar"><h1>待办任务</h1><span id="me" class="meta"></span><a href="/app/items/new" id="new-item" hidden>新建公开事项</a> <a href="/app/admin" id="admin" hidden>系统管理</a> <a href="#" id="logout">退出</a></div>
        <p class="error" role="alert" id="error" hidden></p>
        <form class="filters" id="task-filter"><label for="filter-text">筛选<input id="filter-text" type="search" placeholder="事项或环节"></label>
        <label for="filter-overdue"><span><input id="filter-overdue" type="checkbox"> 只看已超期</span></label></form>
        <table class="tasks"><thead><tr><th>事项</th><th>环节</th><th>公开主体</th><th>办理时限</th><th>剩余工作日</th><th></th></tr></thead><tbody id="tasks"></tbody></table>
        <p class="empty" id="no-tasks" hidden>暂无待办任务。</p>
        <h2>我的事项</h2>
        <ul class="results" id="items"></ul>
        """;

    public const string Editor = """
        <p><a href="/app">← 待办任务</a></p>
        <h1 id="heading">新建公开事项</h1>
        <p class="note" id="returned" hidden></p>
        <form id="editor" class="stack">
        <label for="title">标题</label><input id="title" maxlength="200" required>
        <label for="categoryCode">公开目录</label><select id="categoryCode" required></select>
        <label for="timing">公开时限</label>
        <select id="timing"><option value="LongTerm">长期公开</option><option value="Periodic">定期公开</option><option value="Immediate">即时公开</option></select>
        <div id="periodic" hidden><label for="cadence">公开频次</label>
        <select id="cadence"><option value="Monthly">每月</option><option value="Quarterly">每季度</option><option value="HalfYearly">每半年</option><option value="Yearly">每年</option></select>
        <label for="period">所属期间（如 2026-10、2026-Q3）</label><input id="period"></div>
        <fieldset><legend>公开渠道（政府网站必选）</legend>
        <label><input type="checkbox" checked disabled> 政府网站信息公开专栏</label>
        <label><input type="checkbox" name="channel" value="WeChat"> 微信公众平台</label>
        <label><input type="checkbox" name="channel" value="BulletinBoard"> 政务公开栏</label>
        <label><input type="checkbox" name="channel" value="Meeting"> 会议</label></fieldset>
        <label for="audience">公开对象</label><select id="audience"><option value="Public">全社会</option><option value="SpecificGroup">特定群体</option></select>
        <div id="audience-group" hidden><label for="audienceNote">特定群体说明</label><input id="audienceNote"></div>
        <div id="long-term"><label for="reviewIntervalMonths">复核周期（月）</label><input id="reviewIntervalMonths" type="number" min="1" max="60" value="12"></div>
        <label for="legalBasis">公开依据</label><input id="legalBasis" required>
        <label for="responsibleBody">公开主体</label><input id="responsibleBody" required>
        <label for="formedOn">信息形成或变更日期</label><input id="formedOn" type="date" required>
        <fieldset><legend>权利人（涉及商业秘密或个人隐私时填写）</legend><div id="holders"></div>
        <button type="button" id="add-holder">添加权利人</button></fieldset>
        <fieldset><legend>拟不予公开（如适用）</legend>
        <label><input type="checkbox" id="propose-withhold"> 建议不予公开</label>
        <div id="proposal" hidden><label for="p-ground">理由类别</label><select id="p-ground">
        <option value="StateSecret">国家秘密</option><option value="CommercialSecret">商业秘密</option><option value="PersonalPrivacy">个人隐私</option>
        <option value="InternalAffairs">内部事务信息</option><option value="ProcessInformation">过程性信息</option><option value="LawEnforcementFile">行政执法案卷信息</option></select>
        <label for="p-basis">法律依据</label><input id="p-basis"><label for="p-reason">具体说明</label><input id="p-reason"></div></fieldset>
        <label for="interpretation">政策解读（可选，与正文一并公开）</label><textarea id="interpretation" rows="3"></textarea>
        <span id="body-label">正文</span>
        <div class="toolbar" role="toolbar" aria-label="正文格式">
        <button type="button" data-cmd="bold">加粗</button><button type="button" data-cmd="formatBlock" data-arg="h3">小标题</button>
        <button type="button" data-cmd="formatBlock" data-arg="p">段落</button><button type="button" data-cmd="insertUnorderedList">列表</button>
        <button type="button" data-cmd="insertOrderedList">编号</button></div>
        <div id="body" class="rich" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="body-label"></div>
        <p class="error" role="alert" id="error" hidden></p>
        <p><button type="submit" id="save">保存</button> <button type="button" id="submit" hidden>提交审查</button></p>
        </form>
        <h2>预览（保存后显示清理后的公开效果）</h2><div id="preview" class="body"></div>
        <div id="consent-requests" hidden><h2>权利人意见征询</h2><ul id="consent-list"></ul></div>
        <h2>办理记录</h2><ol id="history"></ol>
        """;

    public const string Review = """
        <p><a href="/app">← 待办任务</a></p>
        <h1 id="task-name">办理任务</h1>
        <div class="split">
        <article><h2 id="item-title"></h2><dl class="facts" id="facts"></dl><div id="item-body" class="body"></div><div id="consents"></div></article>
        <form id="decision" class="stack">
        <label for="comment">意见</label><textarea id="comment" rows="4"></textarea>
        <fieldset id="exemption" hidden><legend>不予公开的理由</legend>
        <label for="ground">理由类别</label><select id="ground">
        <option value="StateSecret">国家秘密</option><option value="CommercialSecret">商业秘密</option><option value="PersonalPrivacy">个人隐私</option>
        <option value="ForbiddenByLaw">法律、行政法规禁止公开</option><option value="EndangersSecurityOrStability">危及国家安全、公共安全、经济安全、社会稳定</option>
        <option value="InternalAffairs">内部事务信息</option><option value="ProcessInformation">过程性信息</option><option value="LawEnforcementFile">行政执法案卷信息</option></select>
        <label for="exemptionBasis">法律依据</label><input id="exemptionBasis">
        <label for="exemptionReason">具体说明</label><input id="exemptionReason"></fieldset>
        <p class="error" role="alert" id="error" hidden></p>
        <div id="outcomes" class="buttons"></div>
        </form>
        </div>
        <h2>办理记录</h2><ol id="history"></ol>
        """;

    /// <summary>One script for all staff screens; each screen uses the parts whose elements it has.</summary>
    public const string Script = """
        <style>
        form.stack { display: flex; flex-direction: column; gap: .3rem; max-width: 36rem; }
        .bar { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; }
        table.tasks { width: 100%; border-collapse: collapse; } table.tasks td, table.tasks th { border-bottom: 1px solid #ddd; padding: .4rem; text-align: left; }
        tr.overdue td { color: #b00020; font-weight: bold; }
        @media (max-width: 40rem) { table.tasks { display: block; overflow-x: auto; } }
        .split { display: grid; grid-template-columns: 2fr 1fr; gap: 1.5rem; } @media (max-width: 48rem) { .split { grid-template-columns: 1fr; } }
        .buttons { display: flex; flex-wrap: wrap; gap: .5rem; } .note { background: #fff4e5; padding: .5rem; border-left: 4px solid #f0b400; }
        .error { color: #b00020; }
        .rich { border: 1px solid #888; min-height: 8rem; padding: .5rem; background: #fff; } .toolbar { display: flex; flex-wrap: wrap; gap: .3rem; }
        .toolbar button { background: #eee; color: #222; border: 1px solid #aaa; padding: .2rem .6rem; }
        fieldset.step { margin: .6rem 0; } fieldset.step label { display: block; margin-top: .3rem; } pre { white-space: pre-wrap; background: #f4f4f4; padding: .5rem; }
        </style>
        <script>
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

        async function loginPage() {
          $('login').addEventListener('submit', async ev => {
            ev.preventDefault();
            try { await api('POST', '/api/auth/login', { userName: $('userName').value, password: $('password').value, useCookies: true }); location.href = '/app'; }
            catch (e) { showError(e); }
          });
        }

        async function inboxPage() {
          const me = await api('GET', '/api/auth/me');
          $('me').textContent = `${me.displayName}（${me.responsibleBody}）`;
          if (me.roles.includes('drafter')) $('new-item').hidden = false;
          if (me.roles.includes('admin')) $('admin').hidden = false;
          $('logout').addEventListener('click', async ev => { ev.preventDefault(); await api('POST', '/api/auth/logout'); location.href = '/login'; });
          const tasks = await api('GET', '/api/tasks');
          $('no-tasks').hidden = tasks.length > 0;
          for (const t of tasks) {
            const row = document.createElement('tr');
            if (t.overdue) row.className = 'overdue';
            row.dataset.text = `${t.itemTitle} ${t.name}`; row.dataset.overdue = t.overdue;
            const target = t.nodeId === 'draft' ? `/app/items/${t.itemId}` : `/app/tasks/${t.id}`;
            row.innerHTML = `<td><a href="${target}">${esc(t.itemTitle)}</a></td><td>${esc(t.name)}</td><td>${esc(t.responsibleBody)}</td>`
              + `<td>${t.dueAt ? esc(shanghai(t.dueAt)) + (t.overdue ? '（已超期）' : '') : '—'}</td>`
              + `<td>${t.workingDaysLeft == null ? '—' : t.overdue ? '已超期' : t.workingDaysLeft + ' 个工作日'}${t.dueEstimated ? '（含未录入节假日的年份）' : ''}</td><td><a href="${target}">办理</a></td>`;
            $('tasks').appendChild(row);
          }
          const filter = () => { const q = $('filter-text').value.trim(); for (const row of $('tasks').rows)
            row.hidden = (q && !row.dataset.text.includes(q)) || ($('filter-overdue').checked && row.dataset.overdue !== 'true'); };
          $('filter-text').addEventListener('input', filter); $('filter-overdue').addEventListener('change', filter);
          if (me.roles.includes('drafter')) {
            const items = await api('GET', '/api/items');
            for (const i of items.filter(i => i.versions[0] && i.versions[0].drafterName === me.displayName)) {
              const li = document.createElement('li');
              li.innerHTML = `<a href="/app/items/${i.id}">${esc(i.versions[0].title)}</a> <span class="meta">${esc(i.versions[0].statusLabel)}</span>`;
              $('items').appendChild(li);
            }
          }
        }

        async function editorPage() {
          const id = location.pathname.split('/')[3];
          const categories = [['1.1','办事处规范性文件，依法行使管理职能的具体制度'],['1.2','本行政区域经济和社会发展总体规划及其进展和完成情况'],['2.1','疫情、灾情或者突发事件的预报、发生及其处理情况'],['2.2','扶贫、优抚、教育、社会保障、劳动就业等方面的标准、条件及实施情况'],['2.3','低保生活补助金、救灾物资的发放情况'],['2.4','政府惠民实事工程的建设、管理及完成情况'],['3.1','政府基础建设项目的公开招标中标情况及工程进度情况'],['3.2','政府集中采购项目目录、政府采购限额标准、采购方式、采购结果及其监督情况'],['3.3','重要专项资金使用情况'],['3.4','政府财政年度预算、决算及执行情况'],['4.1','办事处及社区依法行使管理职能的办公地址、机构设置、工作职能等情况'],['4.2','办事处人事任免情况、职责分工'],['5','法律、法规、规章规定应当公开的其他政府信息']];
          for (const [code, name] of categories) $('categoryCode').add(new Option(`${code} ${name}`, code));
          const toggles = () => {
            $('periodic').hidden = $('timing').value !== 'Periodic';
            $('long-term').hidden = $('timing').value !== 'LongTerm';
            $('audience-group').hidden = $('audience').value !== 'SpecificGroup';
            $('proposal').hidden = !$('propose-withhold').checked;
          };
          for (const id of ['timing', 'audience', 'propose-withhold']) $(id).addEventListener('change', toggles);
          // Formatting for people who do not write HTML; whatever is pasted is cleaned by the server on save.
          document.querySelectorAll('.toolbar button').forEach(b => b.addEventListener('click', () => {
            $('body').focus(); document.execCommand(b.dataset.cmd, false, b.dataset.arg ? `<${b.dataset.arg}>` : null);
          }));
          let itemId = id && id !== 'new' ? id : null;
          let holderCount = 0;
          function addHolder(h = {}) {
            const n = ++holderCount, div = document.createElement('div');
            div.className = 'holder';
            div.innerHTML = `<label for="h-name-${n}">权利人名称</label><input id="h-name-${n}" class="h-name" value="${esc(h.name)}">`
              + `<label for="h-contact-${n}">联系方式（邮箱、手机或地址）</label><input id="h-contact-${n}" class="h-contact" value="${esc(h.contact)}">`
              + `<label for="h-concern-${n}">涉及</label><select id="h-concern-${n}" class="h-concern"><option value="CommercialSecret">商业秘密</option><option value="PersonalPrivacy">个人隐私</option></select>`
              + `<label for="h-details-${n}">具体内容</label><input id="h-details-${n}" class="h-details" value="${esc(h.details)}"> <button type="button">删除</button>`;
            if (h.concern) div.querySelector('.h-concern').value = h.concern;
            div.querySelector('button').addEventListener('click', () => div.remove());
            $('holders').appendChild(div);
          }
          $('add-holder').addEventListener('click', () => addHolder());
          async function load() {
            const item = await api('GET', `/api/items/${itemId}`);
            const v = item.versions[0];
            $('heading').textContent = v.title;
            for (const [k, val] of Object.entries({ title: v.title, categoryCode: item.categoryCode, timing: item.timing, cadence: item.cadence, period: v.period, audience: v.audience, legalBasis: v.legalBasis, responsibleBody: item.responsibleBody, formedOn: v.formedOn })) if (val != null) $(k).value = val;
            $('body').innerHTML = v.body;
            document.querySelectorAll('input[name=channel]').forEach(c => c.checked = v.channels.includes(c.value));
            $('holders').innerHTML = ''; for (const h of v.rightsHolders) addHolder(h);
            if (item.reviewIntervalMonths) $('reviewIntervalMonths').value = item.reviewIntervalMonths;
            $('audienceNote').value = v.audienceNote || ''; $('interpretation').value = v.interpretation || '';
            $('propose-withhold').checked = !!v.exemption;
            if (v.exemption) { $('p-ground').value = v.exemption.ground; $('p-basis').value = v.exemption.legalBasis; $('p-reason').value = v.exemption.reason; }
            toggles();
            $('preview').innerHTML = v.body;
            $('submit').hidden = !['Draft', 'Returned'].includes(v.status);
            const history = await api('GET', `/api/items/${itemId}/history`);
            const returned = history.filter(h => h.outcome === 'return').pop();
            if (v.status === 'Returned' && returned) { $('returned').hidden = false; $('returned').textContent = `${returned.actor} 退回修改：${returned.comment}`; }
            $('history').innerHTML = history.length ? history.map(line).join('') : '<li>尚无办理记录（提交审查后开始）。</li>';
            const consents = await api('GET', `/api/items/${itemId}/consent-requests`);
            $('consent-requests').hidden = consents.length === 0;
            $('consent-list').innerHTML = consents.map(c => `<li>${esc(c.holderName)}（${esc(c.holderContact)}）：${esc({ Pending: '待答复', Agreed: '同意', Refused: '不同意', NoReply: '逾期未答复' }[c.status] || c.status)}`
              + `${c.reason ? '，' + esc(c.reason) : ''}${c.status === 'Pending' ? ` <a href="/api/consent-requests/${c.id}/letter" target="_blank">打印征求意见书</a>` : ''}</li>`).join('');
          }
          function input() {
            return { title: $('title').value, categoryCode: $('categoryCode').value, timing: $('timing').value,
              cadence: $('timing').value === 'Periodic' ? $('cadence').value : null, period: $('timing').value === 'Periodic' ? $('period').value : null,
              channels: [...document.querySelectorAll('input[name=channel]:checked')].map(c => c.value), audience: $('audience').value,
              legalBasis: $('legalBasis').value, responsibleBody: $('responsibleBody').value, formedOn: $('formedOn').value, body: $('body').innerHTML,
              audienceNote: $('audience').value === 'SpecificGroup' ? $('audienceNote').value : null, interpretation: $('interpretation').value || null,
              reviewIntervalMonths: $('timing').value === 'LongTerm' ? Number($('reviewIntervalMonths').value) : null,
              exemption: $('propose-withhold').checked ? { ground: $('p-ground').value, legalBasis: $('p-basis').value, reason: $('p-reason').value } : null,
              rightsHolders: [...document.querySelectorAll('#holders .holder')].map(d => ({ name: d.querySelector('.h-name').value, contact: d.querySelector('.h-contact').value,
                concern: d.querySelector('.h-concern').value, details: d.querySelector('.h-details').value })) };
          }
          $('editor').addEventListener('submit', async ev => {
            ev.preventDefault(); $('error').hidden = true;
            try {
              const item = itemId ? await api('PUT', `/api/items/${itemId}`, input()) : await api('POST', '/api/items', input());
              if (!itemId) { itemId = item.id; history.replaceState(null, '', `/app/items/${itemId}`); }
              await load();
            } catch (e) { showError(e); }
          });
          $('submit').addEventListener('click', async () => {
            try { await api('POST', `/api/items/${itemId}/submit`); location.href = '/app'; } catch (e) { showError(e); }
          });
          if (itemId) await load();
        }

        async function reviewPage() {
          const taskId = location.pathname.split('/')[3];
          const task = (await api('GET', '/api/tasks')).find(t => t.id === taskId);
          if (!task) { $('task-name').textContent = '该任务已办结或不属于您的角色'; $('decision').hidden = true; return; }
          const item = await api('GET', `/api/items/${task.itemId}`);
          const v = item.versions[0];
          $('task-name').textContent = `${task.name}：${v.title}`;
          $('item-title').textContent = v.title;
          $('facts').innerHTML = `<dt>公开目录</dt><dd>${esc(item.categoryCode)}</dd><dt>公开主体</dt><dd>${esc(item.responsibleBody)}</dd><dt>公开依据</dt><dd>${esc(v.legalBasis)}</dd><dt>公开时限</dt><dd>${esc(item.timingLabel)}</dd><dt>拟稿人</dt><dd>${esc(v.drafterName)}</dd>`;
          $('item-body').innerHTML = v.body;
          const consents = await api('GET', `/api/items/${task.itemId}/consent-requests`);
          if (consents.length) $('consents').innerHTML = '<h2>权利人意见</h2><ul>' + consents.map(c => `<li>${esc(c.holderName)}：${esc(c.status)}${c.reason ? '（' + esc(c.reason) + '）' : ''}</li>`).join('') + '</ul>';
          const history = await api('GET', `/api/items/${task.itemId}/history`);
          $('history').innerHTML = history.map(line).join('');
          const outcomes = { review: [['approve', '审查通过'], ['return', '退回修改'], ['withhold', '不予公开']], 'sign-off': [['approve', '同意发布'], ['return', '退回修改']],
            'principal-sign-off': [['approve', '同意发布'], ['return', '退回修改']], 'public-interest': [['withhold', '不予公开'], ['publish-in-public-interest', '因公共利益决定公开']] }[task.nodeId] || [];
          for (const [outcome, label] of outcomes) {
            const button = document.createElement('button');
            button.type = 'button'; button.textContent = label;
            button.addEventListener('focus', () => $('exemption').hidden = outcome !== 'withhold');
            button.addEventListener('click', async () => {
              $('error').hidden = true;
              const body = { outcome, comment: $('comment').value };
              if (outcome === 'withhold') body.exemption = { ground: $('ground').value, legalBasis: $('exemptionBasis').value, reason: $('exemptionReason').value };
              try { await api('POST', `/api/tasks/${taskId}/complete`, body); location.href = '/app'; } catch (e) { $('exemption').hidden = outcome !== 'withhold'; showError(e); }
            });
            $('outcomes').appendChild(button);
          }
        }

        // The script sits in <head>: start once the page's elements exist.
        document.addEventListener('DOMContentLoaded', () => {
          const page = $('login') ? loginPage : $('tasks') ? inboxPage : $('editor') ? editorPage : $('decision') ? reviewPage : null;
          if (page) page().catch(showError);
        });
        </script>
        """;
}
