using Bunit;
using Disclosure.Host.Components.Tasks;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Monitoring;
using Disclosure.Workflows.Notifications;

namespace Disclosure.Host.Tests.Screens;

/// <summary>The task list's notification area: unread count, and the monitoring alerts for the roles that act on them.</summary>
public sealed class NotificationsPanelTests : IDisposable
{
    private readonly BunitContext _context = new();

    private static readonly AlertCard[] Alerts =
    [
        new(Guid.NewGuid(), AlertKind.LongTermStale, Guid.NewGuid(), string.Empty, "“领导班子成员职责分工”已超过复核周期", new DateOnly(2026, 11, 1), DateTimeOffset.UnixEpoch, "党政办公室"),
        new(Guid.NewGuid(), AlertKind.PeriodicDue, Guid.NewGuid(), "2026-10", "“城乡低保金发放情况”2026-10 即将到期", new DateOnly(2026, 11, 30), DateTimeOffset.UnixEpoch, "社会事务办公室"),
    ];

    private static readonly NotificationView[] Notes =
    [
        new(Guid.NewGuid(), "通知拟稿人", "“部门预算”已发布。", null, DateTimeOffset.UnixEpoch, IsRead: false),
        new(Guid.NewGuid(), "任务提醒", "“保密审查”即将到期。", null, DateTimeOffset.UnixEpoch, IsRead: true),
    ];

    [Theory]
    [InlineData(Roles.Drafter, true)]
    [InlineData(Roles.Leader, true)]
    [InlineData(Roles.Reviewer, false)]
    public void Alerts_AreShownToDraftersAndLeaders_WithTheirKind(string role, bool shown)
    {
        var panel = _context.Render<NotificationsPanel>(ps => ps
            .Add(p => p.Caller, new Caller(new Actor("u1", "某人"), new HashSet<string> { role }))
            .Add(p => p.Alerts, Alerts)
            .Add(p => p.Notifications, Notes));

        Assert.Equal("未读 1", panel.Find("[data-testid=unread-badge]").TextContent);
        Assert.Equal(2, panel.FindAll("[data-testid=notifications] li").Count);
        if (shown)
        {
            var alerts = panel.FindAll("[data-testid=alerts] li").Select(li => li.TextContent).ToList();
            Assert.Contains(alerts, a => a.Contains("长期公开待复核", StringComparison.Ordinal) && a.Contains("2026-11-01", StringComparison.Ordinal));
            Assert.Contains(alerts, a => a.Contains("定期公开到期预警", StringComparison.Ordinal));
        }
        else
        {
            Assert.Empty(panel.FindAll("[data-testid=alerts]"));
        }
    }

    [Fact]
    public void AnApplicationsFlagAndNotification_LeadToTheApplicationsScreen_AnItemsToTheItems()
    {
        var application = Guid.NewGuid();
        AlertCard[] alerts =
        [
            Alerts[0],
            new(Guid.NewGuid(), AlertKind.ClockOverdue, application, Guid.NewGuid().ToString(), "“政府信息公开申请 YSQ-2026-0001”已超过期限仍未办结，期限届满日：2026-03-30",
                new DateOnly(2026, 3, 30), DateTimeOffset.UnixEpoch, "党政办公室", IsApplication: true),
        ];
        NotificationView[] notes = [new(Guid.NewGuid(), "答复期限即将届满", "“政府信息公开申请 YSQ-2026-0001”……", application, DateTimeOffset.UnixEpoch, IsRead: false, IsApplication: true)];

        var panel = _context.Render<NotificationsPanel>(ps => ps
            .Add(p => p.Caller, new Caller(new Actor("u1", "某人"), new HashSet<string> { Roles.Leader }))
            .Add(p => p.Alerts, alerts)
            .Add(p => p.Notifications, notes));

        Assert.Equal([$"/app/items/{Alerts[0].ItemId}", $"/app/applications/{application}"],
            panel.FindAll("[data-testid=alerts] a").Select(a => a.GetAttribute("href")));
        var link = panel.Find("[data-testid=notifications] a");
        Assert.Equal(($"/app/applications/{application}", "查看申请"), (link.GetAttribute("href"), link.TextContent));
    }

    public void Dispose() => _context.Dispose();
}
