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

    /// <summary>The screens' script and styles, served as files (no inline script under the staff CSP).</summary>
    public const string Script = """<link rel="stylesheet" href="/legacy/admin.css"><script src="/legacy/admin.js" defer></script>""";
}
