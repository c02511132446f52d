using Disclosure.Testing;
using Disclosure.Workflows;
using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Demo;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Disclosure.Workflows.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Disclosure.Host.Tests.Browser;

/// <summary>
/// A record made in the past for a running Host to show: the Workflows services as the Host wires
/// them, on the Host's own database, with a clock the test sets (the Host's clock is the machine's,
/// so overdue work and last year's figures can only be made this way). Every change goes through
/// the domain as a user's would, done by the demo office's people.
/// </summary>
public sealed class PastRecord : IAsyncDisposable
{
    private readonly IHost _services;
    private readonly string _connectionString;

    private PastRecord(IHost services, string connectionString, FakeTimeProvider clock)
    {
        _services = services;
        _connectionString = connectionString;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public static PastRecord Open(RunningHost host, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(host);
        var clock = new FakeTimeProvider(now.ToUniversalTime());
        return new PastRecord(WorkflowServices.Build(host.ConnectionString, clock), host.ConnectionString, clock);
    }

    /// <summary>Moves the clock to <paramref name="now"/> (Beijing time in the test's words).</summary>
    public void At(DateTimeOffset now) => Clock.SetUtcNow(now.ToUniversalTime());

    /// <summary>The drafter creates the item and submits it: it waits at its first review.</summary>
    public async Task<Guid> SubmitAsync(ItemInput input)
    {
        var item = await Scoped<CatalogueService, CatalogueItem>(s => s.CreateAsync(input, DemoPeople.Drafter.Actor));
        await Scoped<WorkflowEngine, WorkflowTask?>(e => e.SubmitAsync(item.Id, DemoPeople.Drafter));
        return item.Id;
    }

    /// <summary>The drafter creates the item and leaves it in drafting.</summary>
    public async Task<Guid> DraftAsync(ItemInput input) =>
        (await Scoped<CatalogueService, CatalogueItem>(s => s.CreateAsync(input, DemoPeople.Drafter.Actor))).Id;

    /// <summary>Every open step of the item or application approved by someone holding its role, until none is left.</summary>
    public async Task ApproveAllAsync(Guid subjectId)
    {
        while (await OpenTaskAsync(subjectId) is { } task)
        {
            await CompleteAsync(task, "approve");
        }
    }

    public Task WithdrawAsync(Guid itemId, string reason) =>
        Scoped<CatalogueService, CatalogueItem>(s => s.WithdrawAsync(itemId, reason));

    /// <summary>Staff register a letter received today (the clock's day) and accept it: it waits at 承办.</summary>
    public async Task<Guid> ReceiveAsync(string name, string kind, string description)
    {
        var id = await ReceiveUnregisteredAsync(name, kind, description);
        await CompleteAsync((await OpenTaskAsync(id))!, "accept");
        return id;
    }

    /// <summary>A letter received today (the clock's day): it waits at 登记.</summary>
    public async Task<Guid> ReceiveUnregisteredAsync(string name, string kind, string description) =>
        (await Scoped<ApplicationService, ApplicationReceipt>(s => s.RegisterAsync(new ApplicationInput
        {
            ApplicantKind = kind, Name = name, IdentityNumber = kind == "NaturalPerson" ? "370306199001010000" : "91370306MA3C000000",
            ContactPerson = kind == "NaturalPerson" ? null : "王经理", Phone = "0533-6180000", Description = description,
            Delivery = "Pickup", Channel = "Post",
        }, [], DemoPeople.Drafter))).Id;

    /// <summary>The handler drafts the reply and submits it; the reviewer and the leader approve it, and it is sent.</summary>
    public async Task ReplyAsync(Guid applicationId, string type, string? ground, string text)
    {
        await Scoped<ApplicationService, Application>(s => s.DraftReplyAsync(applicationId, new ReplyInput { Type = type, Ground = ground, Text = text }, DemoPeople.Drafter));
        await CompleteAsync((await OpenTaskAsync(applicationId))!, "submit");
        await ApproveAllAsync(applicationId);
    }

    /// <summary>The annual report job's work for <paramref name="year"/>, run at the clock's time.</summary>
    public Task OpenReportAsync(int year) => Scoped<AnnualReports, bool>(r => r.OpenDraftAsync(year));

    /// <summary>Its own pools on the Host's database: closed now rather than after Npgsql's idle minutes.</summary>
    public ValueTask DisposeAsync() => WorkflowServices.CloseAsync(_services, _connectionString);

    private async Task CompleteAsync(WorkflowTask task, string outcome) =>
        await Scoped<WorkflowEngine, WorkflowTask?>(e => e.CompleteAsync(task.Id, new TaskCompletion { Outcome = outcome, Comment = "同意。" },
            DemoPeople.For(task.Role, task.Department)));

    private async Task<WorkflowTask?> OpenTaskAsync(Guid subjectId)
    {
        await using var scope = _services.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DisclosureDbContext>().Tasks.AsNoTracking()
            .Where(t => t.ItemId == subjectId && t.Status == WorkTaskStatus.Open && t.Kind == TaskKind.User)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Department).FirstOrDefaultAsync();
    }

    private async Task<T> Scoped<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = _services.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
