using System.Security.Cryptography;
using Disclosure.Workflows.Calendar;
using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Disclosure.Workflows.Applications;

/// <summary>A file as received (from a form post or an API call), before it is checked.</summary>
public sealed record IncomingFile(string? FileName, ReadOnlyMemory<byte> Content);

/// <summary>What the applicant is given once: the number and the code to follow it with.</summary>
public sealed record ApplicationReceipt(Guid Id, string Number, string TrackingCode, DateOnly ReceivedOn);

/// <summary>
/// The commands on applications. Receiving one stores it, its files, its number and its process's
/// first task in one transaction: a refused request stores nothing, not even a number.
/// </summary>
public sealed class ApplicationService(
    DisclosureDbContext db,
    WorkflowEngine engine,
    AttachmentService attachments,
    CalendarService calendar,
    TimeProvider clock,
    ILogger<ApplicationService> logger)
{
    public const int MaxFiles = 3;

    /// <summary>Who starts an online application's process in the journal (never the applicant's name).</summary>
    public static Actor OnlineApplicant { get; } = new("applicant", "申请人（网上申请）");

    /// <summary>An application sent through the public form.</summary>
    public Task<ApplicationReceipt> SubmitAsync(ApplicationInput? input, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default) =>
        ReceiveAsync(input, files, null, cancellationToken);

    /// <summary>An application received by post or in person, registered by staff.</summary>
    public Task<ApplicationReceipt> RegisterAsync(ApplicationInput? input, IReadOnlyList<IncomingFile> files, Caller staff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (!staff.Has(Roles.Drafter))
        {
            throw new ForbiddenException(Messages.RoleRequired(Roles.Label(Roles.Drafter)));
        }

        return ReceiveAsync(input, files, staff, cancellationToken);
    }

    /// <summary>The application a number and code lead to; a wrong pair and an unknown number read alike.</summary>
    public async Task<Application> FindForApplicantAsync(string? number, string? code, CancellationToken cancellationToken = default)
    {
        var trimmed = number?.Trim().ToUpperInvariant();
        var application = string.IsNullOrEmpty(trimmed) || trimmed.Length > 32 ? null
            : await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Number == trimmed, cancellationToken);
        // Hash even when nothing was found, so both answers take as long.
        var hash = application?.SecretHash ?? new string('0', 64);
        var matches = TrackingCode.Matches(code, hash);
        return application is not null && matches ? application : throw new NotFoundException(Messages.ApplicationTrackingInvalid);
    }

    /// <summary>The applicant sends the correction asked for (补正): the clock restarts today.</summary>
    public async Task CorrectAsync(string? number, string? code, string? text, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        var application = await FindForApplicantAsync(number, code, cancellationToken);
        await RecordCorrectionAsync(application.Id, text, files, new Caller(new Actor($"applicant:{application.Id}", "申请人"), new HashSet<string> { Roles.Applicant }), cancellationToken);
    }

    /// <summary>Staff record a correction the applicant brought or posted; the journal names them.</summary>
    public Task RecordCorrectionForApplicantAsync(Guid applicationId, string? text, IReadOnlyList<IncomingFile> files, Caller staff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (!staff.Has(Roles.Drafter))
        {
            throw new ForbiddenException(Messages.RoleRequired(Roles.Label(Roles.Drafter)));
        }

        return RecordCorrectionAsync(applicationId, text, files, new Caller(staff.Actor, new HashSet<string> { Roles.Applicant }), cancellationToken);
    }

    /// <summary>The handler drafts the reply while the application is at the drafting step and it is theirs to handle.</summary>
    public async Task<Application> DraftReplyAsync(Guid applicationId, ReplyInput? input, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var (type, ground, text) = ApplicationInputValidator.ValidateReply(input);
        var application = await LoadForHandlerAsync(applicationId, caller, cancellationToken);
        application.DraftReply(type, ground, text, caller.Actor, clock.GetUtcNow());
        await db.SaveOrConflictAsync(Messages.ApplicationClosed, Messages.ApplicationClosed, cancellationToken);
        return application;
    }

    public async Task<Application> SetThirdPartiesAsync(Guid applicationId, ThirdPartiesInput? input, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var parties = ApplicationInputValidator.ValidateThirdParties(input);
        var application = await LoadForHandlerAsync(applicationId, caller, cancellationToken);
        application.SetThirdParties(parties);
        await db.SaveOrConflictAsync(Messages.ApplicationClosed, Messages.ApplicationClosed, cancellationToken);
        return application;
    }

    /// <summary>A leader extends the answer period once, with a reason; the applicant is told.</summary>
    public async Task<ProcessClock> ExtendAsync(Guid applicationId, ExtensionInput? input, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var instanceId = await RunningInstanceAsync(applicationId, cancellationToken);
        return await engine.ExtendClockAsync(instanceId, input?.WorkingDays ?? 0, input?.Reason, caller, cancellationToken);
    }

    private async Task<ApplicationReceipt> ReceiveAsync(ApplicationInput? input, IReadOnlyList<IncomingFile> files, Caller? staff, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = WorkingDayCalendar.DateOf(now);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Order).Select(d => d.Name).ToListAsync(cancellationToken);
        // The fields and the files are checked together, so every problem is told at once.
        var errors = new FieldErrors();
        ApplicationDetails? valid = null;
        var channel = ApplicationChannel.Online;
        var receivedOn = today;
        List<(string Name, AttachmentKind Kind, ReadOnlyMemory<byte> Content, string Sha256)> checkedFiles = [];
        try
        {
            (valid, channel, receivedOn) = ApplicationInputValidator.Validate(input, staff is not null, today, departments);
        }
        catch (ValidationFailedException ex)
        {
            errors.AddRange(ex.Errors);
        }

        try
        {
            checkedFiles = Inspect(files);
        }
        catch (ValidationFailedException ex)
        {
            errors.AddRange(ex.Errors);
        }

        errors.ThrowIfAny();
        var details = valid ?? throw new InvalidOperationException("validated applications have details");
        if (staff is null)
        {
            // Sent online: received on the day the office can act on it (staff give the day themselves).
            var calendarNow = await calendar.GetAsync(cancellationToken);
            receivedOn = calendarNow.ReceivedOn(today);
        }

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = today.Year;
        var sequence = (await db.Database.SqlQuery<int>($"""
            INSERT INTO disclosure.application_counters (year, last) VALUES ({year}, 1)
            ON CONFLICT (year) DO UPDATE SET last = application_counters.last + 1
            RETURNING last AS "Value"
            """).ToListAsync(cancellationToken))[0];
        var number = $"YSQ-{year}-{sequence:D4}";
        var code = TrackingCode.New();
        var application = Application.Receive(details, number, year, sequence, TrackingCode.Hash(code), channel, now, receivedOn, staff?.Actor);
        db.Applications.Add(application);
        await StoreFilesAsync(application.Id, ApplicationFilePurpose.Application, checkedFiles, now, cancellationToken);
        var starter = staff ?? new Caller(OnlineApplicant, new HashSet<string>());
        await engine.StartForAsync(new ApplicationSubject(application), application.Id, ShippedDefinitions.ApplicationReply, starter, receivedOn, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Application {Number} received ({Channel}) on {ReceivedOn}", number, channel, receivedOn);
        return new ApplicationReceipt(application.Id, number, code, receivedOn);
    }

    private async Task RecordCorrectionAsync(Guid applicationId, string? text, IReadOnlyList<IncomingFile> files, Caller applicant, CancellationToken cancellationToken)
    {
        var checkedFiles = Inspect(files);
        var correctionText = ApplicationInputValidator.ValidateCorrection(text, checkedFiles.Count > 0);
        var task = await db.Tasks.AsNoTracking()
            .Where(t => t.ItemId == applicationId && t.Status == WorkTaskStatus.Open && t.Role == Roles.Applicant)
            .OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ConflictException(Messages.ApplicationCorrectionNotAsked);
        var definitionId = await db.Instances.Where(i => i.Id == task.InstanceId).Select(i => i.DefinitionId).SingleAsync(cancellationToken);
        var node = (await db.DefinitionVersions.AsNoTracking().SingleAsync(d => d.Id == definitionId, cancellationToken)).Document.Node(task.NodeId)!;
        // The outcome a person takes at the applicant's step: the first one the clock does not take.
        var outcome = node.Outcomes!.First(o => o.Id != node.DeadlineOutcome);
        await engine.CompleteStepAsync(task.Id, new TaskCompletion { Outcome = outcome.Id, Comment = correctionText.Length > 0 ? correctionText : null }, applicant,
            async (_, token) =>
            {
                // Inside the completion's transaction: the correction, its files and the step commit together.
                var now = clock.GetUtcNow();
                var application = await db.Applications.SingleAsync(a => a.Id == applicationId, token);
                var ids = await StoreFilesAsync(applicationId, ApplicationFilePurpose.Correction, checkedFiles, now, token);
                application.Correct(new Correction(now, correctionText, ids, applicant.Actor.Id, applicant.Actor.Name));
                await db.SaveOrConflictAsync(Messages.ApplicationClosed, Messages.ApplicationClosed, token);
            }, cancellationToken);
    }

    private List<(string Name, AttachmentKind Kind, ReadOnlyMemory<byte> Content, string Sha256)> Inspect(IReadOnlyList<IncomingFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count > MaxFiles)
        {
            throw new ValidationFailedException("attachment", Messages.ApplicationTooManyFiles(MaxFiles));
        }

        var result = new List<(string, AttachmentKind, ReadOnlyMemory<byte>, string)>();
        foreach (var file in files)
        {
            try
            {
                var (name, kind) = attachments.Inspect(file.FileName, file.Content);
                result.Add((name, kind, file.Content, Convert.ToHexStringLower(SHA256.HashData(file.Content.Span))));
            }
            catch (AttachmentRejectedException ex)
            {
                throw new ValidationFailedException("attachment", ex.UserMessage);
            }
            catch (AttachmentTooLargeException ex)
            {
                throw new ValidationFailedException("attachment", ex.UserMessage);
            }
        }

        return result;
    }

    private async Task<List<Guid>> StoreFilesAsync(Guid applicationId, ApplicationFilePurpose purpose,
        List<(string Name, AttachmentKind Kind, ReadOnlyMemory<byte> Content, string Sha256)> files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        foreach (var (name, kind, content, sha256) in files)
        {
            await attachments.StoreContentAsync(sha256, content, cancellationToken);
            var file = new ApplicationFile(applicationId, purpose, name, kind, content.Length, sha256, now);
            db.ApplicationFiles.Add(file);
            ids.Add(file.Id);
        }

        return ids;
    }

    private async Task<Application> LoadForHandlerAsync(Guid applicationId, Caller caller, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw new NotFoundException(Messages.ApplicationNotFound);
        var handling = await db.Tasks.AsNoTracking()
            .Where(t => t.ItemId == applicationId && t.Status == WorkTaskStatus.Open && t.Purpose == NodePurpose.Drafting).ToListAsync(cancellationToken);
        if (application.IsClosed)
        {
            throw new ConflictException(Messages.ApplicationReplyLocked);
        }

        if (!handling.Any(t => caller.Has(t.Role) && (t.Department is null || t.Department == caller.Department)
            && (t.ClaimedById is null || t.ClaimedById == caller.Actor.Id)))
        {
            throw new ForbiddenException(Messages.ApplicationReplyNotHandler);
        }

        return application;
    }

    private async Task<Guid> RunningInstanceAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == applicationId, cancellationToken))
        {
            throw new NotFoundException(Messages.ApplicationNotFound);
        }

        return await db.Instances.Where(i => i.ItemId == applicationId && i.Subject == SubjectKind.Application && i.Status == InstanceStatus.Running)
            .Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ConflictException(Messages.ApplicationNotRunning);
    }
}
