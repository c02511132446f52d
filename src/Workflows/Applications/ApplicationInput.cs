namespace Disclosure.Workflows.Applications;

/// <summary>
/// An application as sent: by the public form, or by staff registering one received by post or in
/// person (who also give the channel, the day received and the department to handle it).
/// Every field is text, so any input reaches the validator and gets a message at its field.
/// </summary>
public sealed record ApplicationInput
{
    public string? ApplicantKind { get; init; }

    public string? Name { get; init; }

    public string? IdentityNumber { get; init; }

    public string? ContactPerson { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public string? Postcode { get; init; }

    public string? Description { get; init; }

    public string? Purpose { get; init; }

    public string? Delivery { get; init; }

    /// <summary>Staff only: Post or InPerson.</summary>
    public string? Channel { get; init; }

    /// <summary>Staff only: yyyy-MM-dd, the day the office received it (default today).</summary>
    public string? ReceivedOn { get; init; }

    /// <summary>Staff only: the department to handle it (default 党政办公室).</summary>
    public string? ResponsibleBody { get; init; }
}

/// <summary>The reply a handler drafts.</summary>
public sealed record ReplyInput
{
    public string? Type { get; init; }

    public string? Ground { get; init; }

    public string? Text { get; init; }
}

/// <summary>A third party of an application (Art. 32), as the handler enters it.</summary>
public sealed record ThirdPartiesInput
{
    public IReadOnlyList<Catalogue.RightsHolderInput>? ThirdParties { get; init; }
}

/// <summary>A leader extends the answer period (Art. 33): how many working days, and why.</summary>
public sealed record ExtensionInput
{
    public int WorkingDays { get; init; }

    public string? Reason { get; init; }
}
