using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// A piece of government information the office must disclose, with all its versions. Versions
/// are never deleted: a newer published version supersedes the older one (per period, for periodic
/// items), and withdrawal is a recorded state with a reason.
/// </summary>
public sealed class CatalogueItem
{
    private readonly List<ItemVersion> _versions = [];

    /// <summary>
    /// The row's version (PostgreSQL's xmin), EF Core's concurrency token. A field rather than a
    /// shadow property, so that an item read untracked can be tracked later with it.
    /// </summary>
#pragma warning disable CS0169 // Written and read by EF Core only.
    private uint _rowVersion;
#pragma warning restore CS0169

    private CatalogueItem()
    {
        CategoryCode = ResponsibleBody = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string CategoryCode { get; private set; }

    public TimingClass Timing { get; private set; }

    public Cadence? Cadence { get; private set; }

    /// <summary>Long-term items: how many months may pass before someone confirms it is still current.</summary>
    public int? ReviewIntervalMonths { get; private set; }

    public DateOnly? LastConfirmedOn { get; private set; }

    /// <summary>Long-term items: LastConfirmedOn + interval. Indexed for the stale scan.</summary>
    public DateOnly? ReviewDueOn { get; private set; }

    /// <summary>Periodic items: the next period not yet published, and when it is due. Indexed.</summary>
    public string? NextPeriodKey { get; private set; }

    public DateOnly? NextPeriodDueOn { get; private set; }

    /// <summary>公开主体: the department responsible.</summary>
    public string ResponsibleBody { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    public IReadOnlyList<ItemVersion> Versions => _versions;

    public ItemVersion LatestVersion => _versions.MaxBy(v => v.Number)!;

    /// <summary>The published version for the period (null period for non-periodic items).</summary>
    public ItemVersion? PublishedVersion(string? periodKey = null) =>
        _versions.SingleOrDefault(v => v.Status == VersionStatus.Published && v.PeriodKey == periodKey);

    public IEnumerable<ItemVersion> PublishedVersions => _versions.Where(v => v.Status == VersionStatus.Published);

    public static CatalogueItem Create(ItemSchedule schedule, ItemContent content, Actor drafter, DateTimeOffset now, IDisclosureDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(drafter);
        ArgumentNullException.ThrowIfNull(deadlines);
        var item = new CatalogueItem
        {
            Id = Guid.CreateVersion7(now),
            CreatedAt = now,
            CreatedBy = drafter.Name,
        };
        item.ApplySchedule(schedule, content.Period, deadlines);
        if (item.Timing == TimingClass.LongTerm)
        {
            // A new long-term item is current as of the day it was formed.
            item.Confirm(content.FormedOn);
        }

        item._versions.Add(new ItemVersion(item.Id, 1, content, drafter, now, deadlines.PublishBy(content.FormedOn)));
        return item;
    }

    /// <summary>Changes the draft (or returned) version's content, and the item's filing while it has never been published.</summary>
    public void EditDraft(Guid versionId, ItemSchedule schedule, ItemContent content, IDisclosureDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(deadlines);
        EnsureNotWithdrawn();
        var version = Version(versionId);
        if (_versions.Any(v => v.PublishedAt is not null) && (schedule.Timing != Timing || schedule.Cadence != Cadence))
        {
            throw new CatalogueRuleException(Messages.TimingFixedAfterPublication);
        }

        EnsureNoOtherOpenVersion(content.Period?.Key, except: version.Id);
        version.Apply(content, deadlines.PublishBy(content.FormedOn));
        ApplySchedule(schedule, content.Period, deadlines);
    }

    /// <summary>
    /// Starts a new draft: a correction of the published content (long-term and immediate items), or
    /// the disclosure of another period (periodic items).
    /// </summary>
    public ItemVersion StartNewVersion(ItemContent content, Actor drafter, DateTimeOffset now, IDisclosureDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(deadlines);
        EnsureNotWithdrawn();
        if (Timing == TimingClass.Periodic && content.Period is null)
        {
            throw new CatalogueRuleException(Messages.NewVersionNeedsPeriod);
        }

        EnsureNoOtherOpenVersion(content.Period?.Key, except: null);
        var previous = LatestVersion;
        var version = new ItemVersion(Id, previous.Number + 1, content, drafter, now, deadlines.PublishBy(content.FormedOn));
        version.CopyAttachmentsFrom(previous, now);
        _versions.Add(version);
        return version;
    }

    /// <summary>Adds a file to a version while it is being drafted (draft or returned).</summary>
    public Attachments.Attachment AddAttachment(Guid versionId, string fileName, Attachments.AttachmentKind kind, long length, string sha256, Actor addedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(addedBy);
        EnsureNotWithdrawn();
        return Version(versionId).AddAttachment(fileName, kind, length, sha256, addedBy, now);
    }

    /// <summary>Takes a file off the version it belongs to, while that version is being drafted.</summary>
    public Attachments.Attachment RemoveAttachment(Guid attachmentId)
    {
        EnsureNotWithdrawn();
        var version = _versions.SingleOrDefault(v => v.Attachments.Any(a => a.Id == attachmentId))
            ?? throw new NotFoundException(Messages.AttachmentNotFound);
        return version.RemoveAttachment(attachmentId);
    }

    /// <summary>
    /// A draft whose publication date another law sets (2019 regulation Art. 26: "法律、法规对政府
    /// 信息公开的期限另有规定的，从其规定"), e.g. the annual report by 31 January (Art. 49).
    /// </summary>
    public void SetPublishByLaw(Guid versionId, DateOnly publishBy)
    {
        var version = Version(versionId);
        if (!version.IsEditable)
        {
            throw new CatalogueRuleException(Messages.VersionUnderReview(version.Number));
        }

        version.SetPublishBy(publishBy);
    }

    public void Submit(Guid versionId, DateTimeOffset at)
    {
        EnsureNotWithdrawn();
        Version(versionId).MoveTo(VersionStatus.InReview, at);
    }

    public void Return(Guid versionId, DateTimeOffset at) => Version(versionId).MoveTo(VersionStatus.Returned, at);

    public void Withhold(Guid versionId, Exemption exemption, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(exemption);
        var version = Version(versionId);
        version.Close(VersionStatus.Withheld, at, exemption.Reason);
        version.SetExemption(exemption);
    }

    /// <summary>Closes a version that will not be published (its workflow ended as withdrawn).</summary>
    public void AbandonVersion(Guid versionId, string reason, DateTimeOffset at) =>
        Version(versionId).Close(VersionStatus.Withdrawn, at, reason);

    /// <summary>Puts the version on the public catalogue; the version it replaces stays in history as superseded.</summary>
    public void Publish(Guid versionId, DateTimeOffset at, DateOnly today, IDisclosureDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        EnsureNotWithdrawn();
        var version = Version(versionId);
        var previous = PublishedVersion(version.PeriodKey);
        version.MoveTo(VersionStatus.Published, at);
        previous?.Close(VersionStatus.Superseded, at, Messages.SupersededBy(version.Number).Text);

        if (Timing == TimingClass.LongTerm)
        {
            Confirm(today);
        }
        else if (Timing == TimingClass.Periodic && version.Period is { } period && NextPeriodKey is not null
            && period.Key.CompareTo(NextPeriodKey, StringComparison.Ordinal) >= 0)
        {
            SetNextPeriod(period.Next(), deadlines);
        }
    }

    /// <summary>Someone checked the long-term item and it is still current (stale flag clears).</summary>
    public void ConfirmCurrent(DateOnly on)
    {
        EnsureNotWithdrawn();
        if (Timing != TimingClass.LongTerm)
        {
            throw new CatalogueRuleException(Messages.ConfirmOnlyLongTerm);
        }

        Confirm(on);
    }

    /// <summary>Takes the item down: every published version is withdrawn, open drafts are closed.</summary>
    public void Withdraw(string reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationFailedException("reason", Messages.WithdrawReasonRequired);
        }

        if (TextRules.Check(reason, ItemInputValidator.MaxShortText, "撤回理由") is { } problem)
        {
            throw new ValidationFailedException("reason", problem);
        }

        EnsureNotWithdrawn();
        foreach (var version in _versions.Where(v => v.Status == VersionStatus.Published || v.IsPending))
        {
            version.Close(VersionStatus.Withdrawn, at, reason);
        }

        WithdrawnAt = at;
        WithdrawalReason = reason;
        NextPeriodDueOn = null;
        ReviewDueOn = null;
    }

    public ItemVersion Version(Guid versionId) =>
        _versions.SingleOrDefault(v => v.Id == versionId)
        ?? throw new CatalogueRuleException(Messages.VersionNotInItem(Id, versionId));

    private void ApplySchedule(ItemSchedule schedule, DisclosurePeriod? period, IDisclosureDeadlines deadlines)
    {
        CategoryCode = schedule.CategoryCode;
        Timing = schedule.Timing;
        Cadence = schedule.Cadence;
        ReviewIntervalMonths = schedule.ReviewIntervalMonths;
        ResponsibleBody = schedule.ResponsibleBody;
        if (Timing == TimingClass.Periodic && period is { } p && !_versions.Any(v => v.PublishedAt is not null))
        {
            SetNextPeriod(p, deadlines);
        }
        else if (Timing != TimingClass.Periodic)
        {
            NextPeriodKey = null;
            NextPeriodDueOn = null;
        }

        if (Timing == TimingClass.LongTerm && LastConfirmedOn is { } confirmed)
        {
            Confirm(confirmed);
        }
        else if (Timing != TimingClass.LongTerm)
        {
            LastConfirmedOn = null;
            ReviewDueOn = null;
        }
    }

    private void SetNextPeriod(DisclosurePeriod period, IDisclosureDeadlines deadlines)
    {
        NextPeriodKey = period.Key;
        NextPeriodDueOn = deadlines.PeriodDue(period);
    }

    private void Confirm(DateOnly on)
    {
        LastConfirmedOn = on;
        ReviewDueOn = on.AddMonths(ReviewIntervalMonths ?? 12);
    }

    private void EnsureNoOtherOpenVersion(string? periodKey, Guid? except)
    {
        var open = _versions.FirstOrDefault(v => v.IsPending && v.PeriodKey == periodKey && v.Id != except);
        if (open is not null)
        {
            throw new CatalogueRuleException(Messages.VersionStillOpen(open.Number, Labels.Of(open.Status)));
        }
    }

    private void EnsureNotWithdrawn()
    {
        if (IsWithdrawn)
        {
            throw new CatalogueRuleException(Messages.ItemWithdrawn);
        }
    }
}
