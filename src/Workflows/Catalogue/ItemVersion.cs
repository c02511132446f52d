using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Catalogue;

/// <summary>
/// One version of a catalogue item. Its content can change only while it is a draft or has been
/// returned; every other move goes through <see cref="CatalogueItem"/>.
/// </summary>
public sealed class ItemVersion
{
    /// <summary>The row's version (xmin), EF Core's concurrency token; a field, as on <see cref="CatalogueItem"/>.</summary>
#pragma warning disable CS0169 // Written and read by EF Core only.
    private uint _rowVersion;
#pragma warning restore CS0169

    /// <summary>Enough for a notice with its annexes and scans; more is a sign of a mistake.</summary>
    public const int MaxAttachments = 30;

    private readonly List<Attachment> _attachments = [];

    private ItemVersion()
    {
        Title = Body = LegalBasis = DrafterId = DrafterName = string.Empty;
        Channels = [];
        RightsHolders = [];
        DepartmentsConcerned = [];
    }

    internal ItemVersion(Guid itemId, int number, ItemContent content, Actor drafter, DateTimeOffset now, DateOnly publishBy)
        : this()
    {
        Id = Guid.CreateVersion7(now);
        ItemId = itemId;
        Number = number;
        DrafterId = drafter.Id;
        DrafterName = drafter.Name;
        CreatedAt = now;
        Status = VersionStatus.Draft;
        Apply(content, publishBy);
    }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    /// <summary>1, 2, 3 … within the item.</summary>
    public int Number { get; private set; }

    public VersionStatus Status { get; private set; }

    public string Title { get; private set; }

    /// <summary>Sanitised HTML.</summary>
    public string Body { get; private set; }

    /// <summary>政策解读, sanitised HTML, published with the item.</summary>
    public string? Interpretation { get; private set; }

    public Channel[] Channels { get; private set; }

    public Audience Audience { get; private set; }

    public string? AudienceNote { get; private set; }

    public string LegalBasis { get; private set; }

    /// <summary>The day the information was formed or last changed.</summary>
    public DateOnly FormedOn { get; private set; }

    /// <summary>FormedOn + 20 working days (Art. 26).</summary>
    public DateOnly PublishBy { get; private set; }

    /// <summary>The period this disclosure covers (periodic items only), as its key.</summary>
    public string? PeriodKey { get; private set; }

    public DisclosurePeriod? Period => PeriodKey is null ? null : DisclosurePeriod.Parse(PeriodKey);

    public List<RightsHolder> RightsHolders { get; private set; }

    /// <summary>Other departments the information concerns (会签部门); their section heads countersign where the definition says so.</summary>
    public List<string> DepartmentsConcerned { get; private set; }

    /// <summary>The drafter's proposal to withhold, or the reviewer's decision once withheld.</summary>
    public Exemption? Exemption { get; private set; }

    public string DrafterId { get; private set; }

    public string DrafterName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedReason { get; private set; }

    /// <summary>The files this version carries (metadata only; the bytes are never loaded with it).</summary>
    public IReadOnlyList<Attachment> Attachments => _attachments;

    public bool IsEditable => Status is VersionStatus.Draft or VersionStatus.Returned;

    /// <summary>Still on its way to the public: counts for the 20-working-day rule.</summary>
    public bool IsPending => Status is VersionStatus.Draft or VersionStatus.InReview or VersionStatus.Returned;

    public bool HasRightsHolders => RightsHolders.Count > 0;

    internal void Apply(ItemContent content, DateOnly publishBy)
    {
        if (!IsEditable)
        {
            throw new CatalogueRuleException(Messages.VersionNotEditable(Number, Labels.Of(Status)));
        }

        Title = content.Title;
        Body = content.Body;
        Interpretation = content.Interpretation;
        Channels = [.. content.Channels];
        Audience = content.Audience;
        AudienceNote = content.AudienceNote;
        LegalBasis = content.LegalBasis;
        FormedOn = content.FormedOn;
        PublishBy = publishBy;
        RightsHolders = [.. content.RightsHolders];
        DepartmentsConcerned = [.. content.DepartmentsConcerned ?? []];
        Exemption = content.ProposedExemption;
        PeriodKey = content.Period?.Key;
    }

    public ItemContent Content() => new(
        Title, Body, Interpretation, Channels, Audience, AudienceNote, LegalBasis, FormedOn, RightsHolders, Exemption, Period, DepartmentsConcerned);

    internal void MoveTo(VersionStatus status, DateTimeOffset at)
    {
        var allowed = (Status, status) switch
        {
            (VersionStatus.Draft or VersionStatus.Returned, VersionStatus.InReview) => true,
            (VersionStatus.InReview, VersionStatus.Returned) => true,
            (VersionStatus.InReview, VersionStatus.Published) => true,
            (VersionStatus.InReview, VersionStatus.Withheld) => true,
            (VersionStatus.Published, VersionStatus.Superseded) => true,
            (VersionStatus.Published, VersionStatus.Withdrawn) => true,
            (VersionStatus.Draft or VersionStatus.Returned or VersionStatus.InReview, VersionStatus.Withdrawn) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new CatalogueRuleException(Messages.VersionCannotMove(Number, Labels.Of(Status), Labels.Of(status)));
        }

        Status = status;
        switch (status)
        {
            case VersionStatus.InReview:
                SubmittedAt = at;
                break;
            case VersionStatus.Published:
                PublishedAt = at;
                break;
            case VersionStatus.Withheld or VersionStatus.Superseded or VersionStatus.Withdrawn:
                ClosedAt = at;
                break;
        }
    }

    internal void Close(VersionStatus status, DateTimeOffset at, string reason)
    {
        MoveTo(status, at);
        ClosedReason = reason;
    }

    internal void SetExemption(Exemption exemption) => Exemption = exemption;

    /// <summary>Another law sets the date (Art. 26 yields to it), e.g. the annual report by 31 January (Art. 49).</summary>
    internal void SetPublishBy(DateOnly publishBy) => PublishBy = publishBy;

    internal Attachment AddAttachment(string fileName, AttachmentKind kind, long length, string sha256, Actor addedBy, DateTimeOffset now)
    {
        EnsureAttachmentsEditable();
        if (_attachments.FirstOrDefault(a => a.Sha256 == sha256) is { } same)
        {
            throw new AttachmentRejectedException(Messages.AttachmentDuplicate(same.FileName));
        }

        if (_attachments.Count >= MaxAttachments)
        {
            throw new AttachmentRejectedException(Messages.AttachmentTooMany(MaxAttachments));
        }

        var attachment = new Attachment(Id, fileName, kind, length, sha256, addedBy, now);
        _attachments.Add(attachment);
        return attachment;
    }

    internal Attachment RemoveAttachment(Guid attachmentId)
    {
        EnsureAttachmentsEditable();
        var attachment = _attachments.Single(a => a.Id == attachmentId);
        _attachments.Remove(attachment);
        return attachment;
    }

    /// <summary>A new version starts with the files of the one it follows (the same bytes, new attachments).</summary>
    internal void CopyAttachmentsFrom(ItemVersion previous, DateTimeOffset now) =>
        _attachments.AddRange(previous._attachments.Select(a => a.CopyTo(Id, now)));

    private void EnsureAttachmentsEditable()
    {
        if (!IsEditable)
        {
            throw new CatalogueRuleException(Messages.AttachmentVersionClosed(Number, Labels.Of(Status)));
        }
    }
}
