namespace Disclosure.Workflows.Definitions;

/// <summary>
/// A countersign (会签): one task per signer, all open at once. Signers are roles, named
/// departments (holders of the node's role in each), or the departments concerned that the
/// item's version names. The step closes as soon as its result is certain.
/// </summary>
public sealed record CountersignDocument
{
    public SignerSource Signers { get; init; }

    /// <summary><see cref="SignerSource.Roles"/>: one signer per role (every user task still names its own role; with signers by role it only documents who owns the step).</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary><see cref="SignerSource.Departments"/>: one signer per department, holding the node's role there.</summary>
    public IReadOnlyList<string>? Departments { get; init; }

    public CompletionRule Completion { get; init; }

    /// <summary><see cref="CompletionRule.AtLeast"/>: how many approvals pass the step (capped at the number of signers).</summary>
    public int? AtLeast { get; init; }

    public RejectionRule OnReject { get; init; }

    /// <summary>The outcome a signer chooses to approve; the step takes it when enough approve.</summary>
    public string Approve { get; init; } = string.Empty;

    /// <summary>The outcome a signer chooses to object; the step takes it when it fails.</summary>
    public string Reject { get; init; } = string.Empty;
}

public enum SignerSource
{
    Roles,
    Departments,

    /// <summary>The departments the item's version names as concerned (会签部门); none named: the step is skipped.</summary>
    DepartmentsConcerned,
}

public enum CompletionRule
{
    /// <summary>Every signer approves.</summary>
    All,

    /// <summary>One approval is enough.</summary>
    Any,

    /// <summary>At least <see cref="CountersignDocument.AtLeast"/> approve.</summary>
    AtLeast,
}

public enum RejectionRule
{
    /// <summary>One objection (退回) closes the whole step with the reject outcome.</summary>
    ReturnStep,

    /// <summary>Objections are recorded; the step fails only when enough approvals can no longer come.</summary>
    RecordOnly,
}
