using Disclosure.Testing;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.Workflows.Tests.Applications;

/// <summary>
/// The answer period of an application (20 working days, Art. 33) on real PostgreSQL and the
/// shipped 2026 holiday schedule. Expected days are counted by hand in each test's comment, not
/// computed by the calendar under test.
/// </summary>
public sealed class ApplicationClockTests
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task AnApplication_IsDueTwentyWorkingDaysAfterItWasReceived()
    {
        await using var harness = await WorkflowHarness.CreateAsync(MondayMorning);
        var application = await ApplicationScenario.SubmitAsync(harness);

        // March 2026 has no holiday: the 20th working day after Monday 2 March is Monday 30 March.
        var clock = (await application.InstanceAsync()).Clock!;
        Assert.Equal(new DateOnly(2026, 3, 2), application.Receipt.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 3, 30), clock.DueOn);
        Assert.Equal(ClockState.Running, clock.State);
        Assert.Equal("register", (await application.OpenTaskAsync()).NodeId);
        Assert.Contains(await application.JournalAsync(), j => j.Action == "clock-started");
    }

    [Fact]
    public async Task AskingForACorrection_HoldsTheClock_AndTheCorrectionRestartsIt()
    {
        await using var harness = await WorkflowHarness.CreateAsync(MondayMorning);
        var application = await ApplicationScenario.SubmitAsync(harness);

        application.At(2026, 3, 4);
        await application.AskForCorrectionAsync();
        var waiting = await application.OpenTaskAsync();
        Assert.Equal(("correction", "applicant"), (waiting.NodeId, waiting.Role));
        Assert.Equal(ClockState.Paused, (await application.InstanceAsync()).Clock!.State);
        Assert.Equal(ApplicationStatus.AwaitingCorrection, (await application.ApplicationAsync()).Status);

        application.At(2026, 3, 10);
        await application.CorrectAsync();

        // Counted afresh from Tuesday 10 March: 15 working days to 31 March, then 1, 2, 3 April,
        // Qingming (4–6 April) off, 7 and 8 April: the 20th is Wednesday 8 April.
        var clock = (await application.InstanceAsync()).Clock!;
        Assert.Equal((ClockState.Running, new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 8), 1), (clock.State, clock.StartedOn, clock.DueOn, clock.Restarts));
        Assert.Equal("handle", (await application.OpenTaskAsync()).NodeId);
        var stored = await application.ApplicationAsync();
        Assert.Equal(ApplicationStatus.InProgress, stored.Status);
        Assert.Equal("小区名称：永安街道和平小区", Assert.Single(stored.Corrections).Text);
        Assert.Contains(await application.JournalAsync(), j => j.Action == "clock-restarted");
    }

    [Fact]
    public async Task ACorrectionSentOnADayOff_RestartsTheClock_FromTheNextWorkingDay()
    {
        await using var harness = await WorkflowHarness.CreateAsync(MondayMorning);
        var application = await ApplicationScenario.SubmitAsync(harness);
        application.At(2026, 3, 4);
        await application.AskForCorrectionAsync();

        // Sent on Saturday 7 March, received as an application sent that day would be: on Monday
        // 9 March. Counted from it: 10–13, 16–20, 23–27 March (14), 30, 31 March, 1, 2, 3 April
        // (19), Qingming (4–6 April) off, Tuesday 7 April the 20th. Counted from the Saturday itself
        // the 20th would be Friday 3 April, a working day fewer than the law gives the office.
        application.At(2026, 3, 7);
        await application.CorrectAsync();

        var clock = (await application.InstanceAsync()).Clock!;
        Assert.Equal((ClockState.Running, new DateOnly(2026, 3, 9), new DateOnly(2026, 4, 7)), (clock.State, clock.StartedOn, clock.DueOn));
        var restarted = Assert.Single(await application.JournalAsync(), j => j.Action == "clock-restarted");
        Assert.Contains("自 2026-03-09 起重新计算，至 2026-04-07 届满", restarted.Details ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCorrectionInThePeriod_CountsAsWithdrawn_AsOtherProcessing()
    {
        await using var harness = await WorkflowHarness.CreateAsync(MondayMorning);
        var application = await ApplicationScenario.SubmitAsync(harness);
        application.At(2026, 3, 4);
        await application.AskForCorrectionAsync();
        var waiting = await application.OpenTaskAsync();

        // 15 working days after Wednesday 4 March: 5, 6, 9–13, 16–20, 23, 24, 25 March.
        Assert.Equal(new DateOnly(2026, 3, 25), WorkingDayCalendarDate(waiting.DueAt!.Value));
        // The task row is the timer (ADR 0008): the sweep the timer and the minute's job run finds it once it is due.
        application.At(2026, 3, 25, 18);
        Assert.Equal(0, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));
        application.At(2026, 3, 26, 8);
        Assert.Equal(1, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));
        Assert.Equal(0, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));

        var stored = await application.ApplicationAsync();
        Assert.Equal(ApplicationStatus.Withdrawn, stored.Status);
        Assert.Equal((ReplyTypes.Other, ReplyTypes.NoCorrection), (stored.Reply!.TypeCode, stored.Reply.GroundCode));
        var instance = await application.InstanceAsync();
        Assert.Equal((InstanceStatus.Completed, ClockState.Stopped), (instance.Status, instance.Clock!.State));
        await Assert.ThrowsAsync<ConflictException>(() => application.CorrectAsync());
    }

    [Fact]
    public async Task TheThirdPartyPeriod_IsNotCountedTowardTheReplyDeadline()
    {
        await using var harness = await WorkflowHarness.CreateAsync(MondayMorning);
        var application = await ApplicationScenario.SubmitAsync(harness);
        application.At(2026, 3, 4);
        await application.CompleteAsync("register", "accept", ApplicationScenario.Registrar);
        await application.SetThirdPartyAsync();
        await application.DraftReplyAsync();
        await application.CompleteAsync("handle", "submit", ApplicationScenario.Handler);
        Assert.Equal(ClockState.Paused, (await application.InstanceAsync()).Clock!.State);

        application.At(2026, 3, 13);
        await application.ThirdPartyAnswersAsync(agree: true);

        // Paused from Wednesday 4 to Friday 13 March: 5, 6, 9, 10, 11, 12, 13 = 7 working days not
        // counted. Due 20 + 7 = 27 working days after 2 March: 30 March is the 20th, then 31 March,
        // 1, 2, 3 April, Qingming off, 7, 8, 9 April: Thursday 9 April.
        var clock = (await application.InstanceAsync()).Clock!;
        Assert.Equal((ClockState.Running, 7, new DateOnly(2026, 4, 9)), (clock.State, clock.PausedWorkingDays, clock.DueOn));
        Assert.Equal("review", (await application.OpenTaskAsync()).NodeId);

        await application.CompleteAsync("review", "approve", ApplicationScenario.Reviewer);
        await application.CompleteAsync("sign-off", "approve", ApplicationScenario.Leader);
        var stored = await application.ApplicationAsync();
        Assert.Equal(ApplicationStatus.Replied, stored.Status);
        Assert.Equal(ClockState.Stopped, (await application.InstanceAsync()).Clock!.State);
    }

    [Fact]
    public async Task AThirdPartyThatDoesNotAnswer_IsClosedByTheTimerSweep_AndTheClockRunsAgain()
    {
        await using var harness = await WorkflowHarness.CreateAsync(MondayMorning);
        var application = await ApplicationScenario.SubmitAsync(harness);
        application.At(2026, 3, 4);
        await application.CompleteAsync("register", "accept", ApplicationScenario.Registrar);
        await application.SetThirdPartyAsync();
        await application.DraftReplyAsync();
        await application.CompleteAsync("handle", "submit", ApplicationScenario.Handler);
        var consent = await application.OpenTaskAsync();

        // 15 working days after Wednesday 4 March: 5, 6, 9–13, 16–20, 23, 24, 25 March.
        Assert.Equal(new DateOnly(2026, 3, 25), WorkingDayCalendarDate(consent.DueAt!.Value));
        application.At(2026, 3, 25, 9);
        Assert.Equal(0, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));
        application.At(2026, 3, 26);
        Assert.Equal(1, await harness.EngineAsync(e => e.SweepDeadlinesAsync()));

        // No reply: the office weighs it (the definition's onNoReply). Paused from Wednesday 4 to
        // Thursday 26 March: 5, 6, 9–13, 16–20, 23–26 = 16 working days not counted. Due 20 + 16 = 36
        // working days after 2 March: 30 March is the 20th, then 31 March, 1–3 April, Qingming off,
        // 7–10, 13–17, 20, 21, 22 April: Wednesday 22 April.
        Assert.Equal("weigh", (await application.OpenTaskAsync()).NodeId);
        var clock = (await application.InstanceAsync()).Clock!;
        Assert.Equal((ClockState.Running, 16, new DateOnly(2026, 4, 22)), (clock.State, clock.PausedWorkingDays, clock.DueOn));
        Assert.Contains(await application.JournalAsync(), j => j.Action == "consent-no-reply");
    }

    [Fact]
    public async Task ALeader_ExtendsThePeriodOnce_ByUpToTwentyWorkingDays_WithAReason_AndTheApplicantIsTold()
    {
        await using var harness = await WorkflowHarness.CreateAsync(MondayMorning);
        var application = await ApplicationScenario.SubmitAsync(harness);
        application.At(2026, 3, 20);

        await Assert.ThrowsAsync<ForbiddenException>(() => application.ExtendAsync(20, "涉及多个年度档案，检索量大", ApplicationScenario.Handler));
        await Assert.ThrowsAsync<ValidationFailedException>(() => application.ExtendAsync(21, "涉及多个年度档案，检索量大", ApplicationScenario.Leader));
        await Assert.ThrowsAsync<ValidationFailedException>(() => application.ExtendAsync(20, "  ", ApplicationScenario.Leader));
        var clock = await application.ExtendAsync(20, "涉及多个年度档案，检索量大", ApplicationScenario.Leader);

        // 40 working days after 2 March: the 20th is 30 March; 31 March, 1–3 April, (Qingming),
        // 7–10, 13–17, 20–24, 27, 28 April: Tuesday 28 April.
        Assert.Equal((new DateOnly(2026, 4, 28), 1, 20), (clock.DueOn, clock.Extensions, clock.ExtendedWorkingDays));
        await Assert.ThrowsAsync<ConflictException>(() => application.ExtendAsync(5, "再次延期", ApplicationScenario.Leader));
        var extended = Assert.Single(await application.JournalAsync(), j => j.Action == "clock-extended");
        Assert.Equal((ApplicationScenario.Leader.Actor.Name, "涉及多个年度档案，检索量大"), (extended.ActorName, extended.Comment));
        await using var db = harness.NewContext();
        var told = await db.Outbox.SingleAsync(m => m.Subject.Contains("延期答复告知"));
        Assert.Equal("zhang@example.cn", told.Address);
        Assert.Contains("2026-04-28", told.Body, StringComparison.Ordinal);
        Assert.Contains("涉及多个年度档案，检索量大", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplyDue_AcrossNationalDay_SkipsTheHolidays_AndCountsTheWeekendsWorked()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 9, 18, 9, 0, 0, TimeSpan.FromHours(8)));
        var application = await ApplicationScenario.SubmitAsync(harness);

        // After Friday 18 September: Sun 20 (worked) 1, 21–24 → 5, Mid-Autumn 25–27 off, 28–30 → 8,
        // National Day 1–7 October off, 8, 9 → 10, Sat 10 (worked) 11, 12–16 → 16, 19–22 → 20.
        Assert.Equal(new DateOnly(2026, 10, 22), (await application.InstanceAsync()).Clock!.DueOn);
    }

    [Fact]
    public async Task AReplyDue_AcrossTheSpringFestival_SkipsTheHolidays_AndCountsTheWeekendsWorked()
    {
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        var application = await ApplicationScenario.SubmitAsync(harness);

        // After Tuesday 10 February: 11–13 → 3, Sat 14 (worked) 4, Spring Festival 15–23 off,
        // 24–27 → 8, Sat 28 (worked) 9, 2–6 March → 14, 9–13 → 19, Monday 16 March → 20.
        Assert.Equal(new DateOnly(2026, 3, 16), (await application.InstanceAsync()).Clock!.DueOn);
    }

    [Fact]
    public async Task AnApplicationSentOnADayOff_IsReceivedOnTheNextWorkingDay()
    {
        // Saturday 3 October 2026 is inside National Day: received Thursday 8 October.
        await using var harness = await WorkflowHarness.CreateAsync(new DateTimeOffset(2026, 10, 3, 20, 0, 0, TimeSpan.FromHours(8)));
        var application = await ApplicationScenario.SubmitAsync(harness);

        Assert.Equal(new DateOnly(2026, 10, 8), application.Receipt.ReceivedOn);
        // After 8 October: 9 → 1, Sat 10 (worked) 2, 12–16 → 7, 19–23 → 12, 26–30 → 17, 2–4 November → 20.
        Assert.Equal(new DateOnly(2026, 11, 4), (await application.InstanceAsync()).Clock!.DueOn);
    }

    [Fact]
    public async Task TheHandler_CannotSubmitWithoutADraftedReply()
    {
        await using var harness = await WorkflowHarness.CreateAsync(MondayMorning);
        var application = await ApplicationScenario.SubmitAsync(harness);
        await application.CompleteAsync("register", "accept", ApplicationScenario.Registrar);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => application.CompleteAsync("handle", "submit", ApplicationScenario.Handler));
        Assert.Equal("application.reply-missing", refused.Errors["reply"][0].Code);
        Assert.Equal("handle", (await application.OpenTaskAsync()).NodeId);
    }

    private static DateOnly WorkingDayCalendarDate(DateTimeOffset instant) => Disclosure.Workflows.Calendar.WorkingDayCalendar.DateOf(instant);
}
