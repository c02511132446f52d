using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;

namespace Disclosure.Workflows.Applications;

/// <summary>
/// An application for disclosure (政府信息公开申请): who applied and how to reach them (personal
/// data, for the staff handling it only), what they want, the reply being drafted, and where it
/// stands. Its process runs on the engine (definition <c>application-reply</c>); the methods here
/// are what the process's steps mean for it, each refusing what its state does not allow.
/// </summary>
public sealed class Application
{
    private Application()
    {
        Number = SecretHash = Name = IdentityNumber = Phone = Description = ResponsibleBody = string.Empty;
        ThirdParties = [];
        Corrections = [];
    }

    public Guid Id { get; private set; }

    /// <summary>The tracking number the applicant is given, e.g. YSQ-2026-0007 (not enough on its own to see anything).</summary>
    public string Number { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>SHA-256 of the tracking code; the code itself is shown once and never stored.</summary>
    public string SecretHash { get; private set; }

    public ApplicationChannel Channel { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The day the office received it (Art. 31): the answer period counts from here.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The staff member who registered a postal or in-person application; null for online ones.</summary>
    public string? RegisteredById { get; private set; }

    public string? RegisteredByName { get; private set; }

    public ApplicantKind ApplicantKind { get; private set; }

    public string Name { get; private set; }

    public string IdentityNumber { get; private set; }

    public string? ContactPerson { get; private set; }

    public string Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Address { get; private set; }

    public string? Postcode { get; private set; }

    public string Description { get; private set; }

    public string? Purpose { get; private set; }

    public DeliveryForm Delivery { get; private set; }

    /// <summary>承办科室: the department that drafts the reply.</summary>
    public string ResponsibleBody { get; private set; }

    /// <summary>Third parties whose commercial secrets or privacy the information touches (Art. 32), entered while handling it.</summary>
    public List<RightsHolder> ThirdParties { get; private set; }

    public ReplyDraft? Reply { get; private set; }

    public ApplicationStatus Status { get; private set; }

    /// <summary>What the applicant was asked to complete, while a correction is awaited.</summary>
    public string? CorrectionRequest { get; private set; }

    public List<Correction> Corrections { get; private set; }

    public DateTimeOffset? RepliedAt { get; private set; }

    /// <summary>Replied or withdrawn: when it left the office's hands (the annual report's year of the result).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public string Title => Messages.ApplicationTitle(Number).Text;

    public bool IsClosed => Status is ApplicationStatus.Replied or ApplicationStatus.Withdrawn;

    public static Application Receive(ApplicationDetails details, string number, int year, int sequence, string secretHash, ApplicationChannel channel,
        DateTimeOffset receivedAt, DateOnly receivedOn, Actor? registeredBy)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new Application
        {
            Id = Guid.CreateVersion7(receivedAt),
            Number = number,
            Year = year,
            Sequence = sequence,
            SecretHash = secretHash,
            Channel = channel,
            ReceivedAt = receivedAt,
            ReceivedOn = receivedOn,
            RegisteredById = registeredBy?.Id,
            RegisteredByName = registeredBy?.Name,
            ApplicantKind = details.ApplicantKind,
            Name = details.Name,
            IdentityNumber = details.IdentityNumber,
            ContactPerson = details.ContactPerson,
            Phone = details.Phone,
            Email = details.Email,
            Address = details.Address,
            Postcode = details.Postcode,
            Description = details.Description,
            Purpose = details.Purpose,
            Delivery = details.Delivery,
            ResponsibleBody = details.ResponsibleBody,
            Status = ApplicationStatus.InProgress,
        };
    }

    /// <summary>The handler drafts (or redrafts) the reply; once it is sent it is fixed.</summary>
    public void DraftReply(ReplyType type, ReplyGround? ground, string text, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen();
        Reply = new ReplyDraft(type.Code, ground?.Code, text, by.Id, by.Name, at);
    }

    public void SetThirdParties(IReadOnlyList<RightsHolder> thirdParties)
    {
        ArgumentNullException.ThrowIfNull(thirdParties);
        EnsureOpen();
        ThirdParties = [.. thirdParties];
    }

    internal void AskForCorrection(string? what)
    {
        EnsureOpen();
        Status = ApplicationStatus.AwaitingCorrection;
        CorrectionRequest = what;
    }

    internal void Correct(Correction correction)
    {
        if (Status != ApplicationStatus.AwaitingCorrection)
        {
            throw new ConflictException(Messages.ApplicationCorrectionNotAsked);
        }

        Corrections = [.. Corrections, correction];
        Status = ApplicationStatus.InProgress;
    }

    /// <summary>After the third party's refusal the office decided to withhold (Art. 32): the reply becomes 不予公开.</summary>
    internal void WithholdForThirdParty(string reason, Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        var type = ReplyTypes.Get(ReplyTypes.Withhold);
        Reply = new ReplyDraft(type.Code, ReplyTypes.ThirdPartyRights, reason, by.Id, by.Name, at);
    }

    internal void Replied(DateTimeOffset at)
    {
        if (Reply is null)
        {
            throw new ValidationFailedException("reply", Messages.ApplicationReplyMissing);
        }

        EnsureOpen();
        Status = ApplicationStatus.Replied;
        RepliedAt = ClosedAt = at;
        CorrectionRequest = null;
    }

    /// <summary>No correction came in the period: treated as withdrawn, counted as 其他处理 (逾期不补正).</summary>
    internal void Withdrawn(DateTimeOffset at)
    {
        EnsureOpen();
        Reply = new ReplyDraft(ReplyTypes.Other, ReplyTypes.NoCorrection, string.Empty, Actor.System.Id, Actor.System.Name, at);
        Status = ApplicationStatus.Withdrawn;
        ClosedAt = at;
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new ConflictException(Status == ApplicationStatus.Replied ? Messages.ApplicationReplyLocked : Messages.ApplicationClosed);
        }
    }
}

/// <summary>What the applicant (or staff registering for them) gives.</summary>
public sealed record ApplicationDetails(
    ApplicantKind ApplicantKind, string Name, string IdentityNumber, string? ContactPerson, string Phone, string? Email, string? Address, string? Postcode,
    string Description, string? Purpose, DeliveryForm Delivery, string ResponsibleBody);

/// <summary>The reply as drafted by the handler (or decided after a third party's refusal).</summary>
public sealed record ReplyDraft(string TypeCode, string? GroundCode, string Text, string DraftedById, string DraftedByName, DateTimeOffset DraftedAt)
{
    public ReplyType Type => ReplyTypes.Get(TypeCode);

    public ReplyGround? Ground => Type.Ground(GroundCode);

    /// <summary>E.g. 不予公开（属于国家秘密）.</summary>
    public string Summary => Ground is { } ground ? $"{Type.Label}（{ground.Label}）" : Type.Label;
}

/// <summary>One correction the applicant sent: their text and the files they uploaded with it.</summary>
public sealed record Correction(DateTimeOffset At, string Text, IReadOnlyList<Guid> FileIds, string ById, string ByName);
