using Microsoft.AspNetCore.Identity;

namespace Disclosure.Host.Accounts;

/// <summary>A member of staff. Rights-holders and the public are not users.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>The name shown in the journal and on tasks, e.g. 王敏.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The department (公开主体) the user belongs to.</summary>
    public string ResponsibleBody { get; set; } = string.Empty;
}
