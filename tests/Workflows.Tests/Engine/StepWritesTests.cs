using Disclosure.Testing;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Persistence;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Disclosure.Testing.WorkflowHarness;

namespace Disclosure.Workflows.Tests.Engine;

/// <summary>
/// A step that changes only tasks and its instance is written by hand (StepWrites), not by
/// SaveChanges: what lands in the database must be what the engine's objects say, column by column.
/// </summary>
public sealed class StepWritesTests
{
    [Fact]
    public async Task Completion_StoresTheTasksAndTheInstance_ColumnForColumn()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;
        harness.Clock.Advance(TimeSpan.FromMinutes(7.123456));

        var step = await harness.EngineAsync(e => e.CompleteStepAsync(review.Id, new TaskCompletion { Outcome = "approve", Comment = "  同意公开  " }, Reviewer));

        var signOff = Assert.Single(step.OpenTasks);
        await using var db = harness.NewContext();
        var storedSignOff = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == signOff.Id);
        AssertSameColumns(db, signOff, storedSignOff);
        Assert.Equal("sign-off", storedSignOff.NodeId);
        Assert.Equal(WorkTaskStatus.Open, storedSignOff.Status);

        var storedReview = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == review.Id);
        Assert.Equal(WorkTaskStatus.Completed, storedReview.Status);
        Assert.Equal("approve", storedReview.Outcome);
        Assert.Equal("同意公开", storedReview.Comment);
        Assert.Equal(Reviewer.Actor.Id, storedReview.CompletedById);
        Assert.Equal(Reviewer.Actor.Name, storedReview.CompletedByName);
        Assert.Equal(Truncated(harness.Clock.GetUtcNow()), storedReview.CompletedAt);
        Assert.Equal(review.CreatedAt, storedReview.CreatedAt);

        var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == review.InstanceId);
        Assert.Equal("sign-off", instance.CurrentNodeId);
        Assert.Equal("approve", instance.LastOutcome);
        Assert.Equal(InstanceStatus.Running, instance.Status);
        Assert.True(JournalEntry.Verify(await db.Journal.AsNoTracking().Where(j => j.InstanceId == instance.Id).OrderBy(j => j.Id).ToListAsync()));
    }

    [Fact]
    public async Task AStepThatChangesTheItem_IsSavedWhole_AndTheNextStepWritesByHandAgain()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;

        // Returned for revision: the version goes back to draft (an item change: SaveChanges), then
        // the resubmission and its review are tasks and the instance again.
        var back = await harness.EngineAsync(e => e.CompleteStepAsync(review.Id, new TaskCompletion { Outcome = "return", Comment = "请补充分管领域" }, Reviewer));
        Assert.Equal("draft", Assert.Single(back.OpenTasks).NodeId);
        var again = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;
        var signOff = await harness.EngineAsync(e => e.CompleteStepAsync(again.Id, new TaskCompletion { Outcome = "approve" }, Reviewer));

        await using var db = harness.NewContext();
        var open = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == review.InstanceId && t.Status == WorkTaskStatus.Open).ToListAsync();
        Assert.Equal(Assert.Single(signOff.OpenTasks).Id, Assert.Single(open).Id);
        var journal = await db.Journal.AsNoTracking().Where(j => j.InstanceId == review.InstanceId).OrderBy(j => j.Id).ToListAsync();
        Assert.True(JournalEntry.Verify(journal));
        Assert.Equal(2, journal.Count(j => j.NodeId == "review" && j.Action == "completed"));
    }

    [Fact]
    public async Task TheLoad_LeavesTheItemUntracked_AndAStepThatChangesItLaterStillChecksItsRowVersion()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;

        foreach (var changedMeanwhile in new[] { false, true })
        {
            await using var scope = harness.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var (context, task) = await LockAndLoadStepAsync(harness, scope, review.Id);
            Assert.NotNull(task);
            Assert.DoesNotContain(db.ChangeTracker.Entries(), e => e.Entity is CatalogueItem or ItemVersion);

            if (changedMeanwhile)
            {
                // Another transaction changes the version's row after the step read it (not under the instance's lock).
                await using var other = harness.NewContext();
                await other.Database.ExecuteSqlAsync($"UPDATE disclosure.item_versions SET title = title WHERE id = {context.Instance.ItemVersionId}");
            }

            // Back to drafting: the step changes the version (InReview -> Returned), so the item is tracked from here.
            context.Subject.TaskOpened(context, context.Document.Nodes.First(n => n.Purpose == NodePurpose.Drafting));
            Assert.Contains(db.ChangeTracker.Entries<ItemVersion>(), e => e.State == EntityState.Modified);
            if (changedMeanwhile)
            {
                await Assert.ThrowsAsync<ConflictException>(() => db.SaveOrConflictAsync(Messages.WorkflowChangedMeanwhile, Messages.ItemChangedMeanwhile, CancellationToken.None));
            }
            else
            {
                await db.SaveOrConflictAsync(Messages.WorkflowChangedMeanwhile, Messages.ItemChangedMeanwhile, CancellationToken.None);
            }

            // Rolled back either way: the second round starts from the same review.
        }
    }

    [Fact]
    public async Task AnUpdateThatMissesItsRow_IsAConflict_AndNothingOfTheStepCommits()
    {
        await using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.CreateItemAsync(SampleItems.DivisionOfDuties());
        var review = (await harness.EngineAsync(e => e.SubmitAsync(item.Id, Drafter)))!;
        await using var before = harness.NewContext();
        var journalBefore = await before.Journal.CountAsync(j => j.InstanceId == review.InstanceId);
        var outcomeBefore = (await before.Instances.AsNoTracking().SingleAsync(i => i.Id == review.InstanceId)).LastOutcome;
        Assert.NotEqual("approve", outcomeBefore);

        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var (context, task) = await LockAndLoadStepAsync(harness, scope, review.Id);

            // The task's row goes away behind the step's back (nothing in the product deletes a task;
            // this stands for any write the instance's lock did not keep out).
            await using (var other = harness.NewContext())
            {
                await other.Database.ExecuteSqlAsync($"DELETE FROM disclosure.tasks WHERE id = {review.Id}");
            }

            task!.Complete("approve", null, Reviewer.Actor, context.Now);
            context.Instance.RecordOutcome("approve", null, null);
            context.Journal("completed", Reviewer.Actor, context.Document.Node(task.NodeId)!, "approve");
            db.ChangeTracker.DetectChanges();
            var refused = await Assert.ThrowsAsync<ConflictException>(() => StepWrites.TryWriteAsync(context, CancellationToken.None));
            Assert.Equal(Messages.ItemChangedMeanwhile.Code, refused.Code);
        }

        // The step rolled back whole: neither the instance's update nor the journal line in the same batch committed.
        await using var after = harness.NewContext();
        var instance = await after.Instances.AsNoTracking().SingleAsync(i => i.Id == review.InstanceId);
        Assert.Equal(outcomeBefore, instance.LastOutcome);
        Assert.Equal(journalBefore, await after.Journal.CountAsync(j => j.InstanceId == review.InstanceId));
    }

    /// <summary>What the engine does before a step acts, in the scope's open transaction: the instance's lock, the load, the step's context.</summary>
    private static async Task<(StepContext Context, WorkflowTask? Task)> LockAndLoadStepAsync(WorkflowHarness harness, AsyncServiceScope scope, Guid taskId)
    {
        var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
        var loaded = (await WorkflowSubjects.LockAndLoadAsync(db, taskId, skipLocked: false, CancellationToken.None))!;
        var deadlines = await scope.ServiceProvider.GetRequiredService<CalendarService>().DeadlinesAsync();
        return await StepContext.OfAsync(db, loaded, scope.ServiceProvider.GetRequiredService<DefinitionCache>(), deadlines,
            harness.Clock.GetUtcNow(), taskId, CancellationToken.None);
    }

    private static DateTimeOffset Truncated(DateTimeOffset at) => new(at.UtcTicks / 10 * 10, TimeSpan.Zero);

    /// <summary>Every mapped property of the task, as EF Core's model lists them, equal in memory and in the row.</summary>
    private static void AssertSameColumns(DbContext db, WorkflowTask expected, WorkflowTask stored)
    {
        foreach (var property in db.Model.FindEntityType(typeof(WorkflowTask))!.GetProperties())
        {
            var getter = property.GetGetter();
            var want = getter.GetClrValueUsingContainingEntity(expected);
            var got = getter.GetClrValueUsingContainingEntity(stored);
            if (want is DateTimeOffset at)
            {
                want = Truncated(at);
            }

            Assert.True(Equals(want, got), $"{property.Name}: {want} in memory, {got} stored");
        }
    }
}
