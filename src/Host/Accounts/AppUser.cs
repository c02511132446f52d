using Microsoft.AspNetCore.Identity;

namespace Disclosure.Host.Accounts;

/// <summary>A member of staff. Rights-holders and the public are not users.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>At most this long, though Identity's column holds 256: a sign-in name, not a sentence.</summary>
    public const int MaxUserName = 64;
    public const int MaxDisplayName = 100;
    public const int MaxResponsibleBody = 200;

    /// <summary>The name shown in the journal and on tasks, e.g. 王敏.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The department (公开主体) the user belongs to.</summary>
    public string ResponsibleBody { get; set; } = string.Empty;

    /// <summary>
    /// When an administrator disabled the account (停用), or null. A flag of its own rather than a
    /// lockout end far in the future: lockout is what five wrong passwords do for 15 minutes, and
    /// an administrator's "enable" must not be confused with the end of that wait, nor the list
    /// show a disabled colleague as "locked for 9999 years".
    /// </summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>The administrator who disabled the account.</summary>
    public string? DisabledBy { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
