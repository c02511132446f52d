namespace Disclosure.Workflows.Common;

// Staff accounts and sign-in through the API, including every error ASP.NET Core Identity can report (the Host's
// IdentityErrorDescriber takes its descriptions from here, so Identity's English never reaches a user).
public static partial class Messages
{
    // SignInFailed, SignInLockedOut and the required-field messages of sign-in are in Messages.Screens.cs,
    // shared by the sign-in page and the sign-in API.
    public static UserMessage SignInNotAllowed { get; } = new("account.sign-in-not-allowed", "该账户目前不允许登录，请联系管理员。");

    public static UserMessage SignInTitle { get; } = new("title.sign-in-failed", "登录失败");

    public static UserMessage UserNotFound(string id) => new("account.user-not-found", $"没有编号为 {id} 的用户。");

    /// <summary><paramref name="roles"/> lists the roles as “名称（code）”.</summary>
    public static UserMessage RolesInvalid(IEnumerable<string> roles) => new("account.roles-invalid", $"角色只能是 {List(roles)}，至少一个。");

    public static UserMessage RolesChangedMeanwhile { get; } = new("account.roles-changed-meanwhile", "该用户的角色已被他人同时修改，请刷新后重试。");

    // Identity's errors, one per IdentityErrorDescriber method.
    public static UserMessage IdentityDefaultError { get; } = new("account.error", "账户操作失败。");

    public static UserMessage IdentityConcurrencyFailure { get; } = new("account.concurrency-failure", "账户已被他人同时修改，请刷新后重试。");

    public static UserMessage IdentityPasswordMismatch { get; } = new("account.password-mismatch", "密码不正确。");

    public static UserMessage IdentityInvalidToken { get; } = new("account.invalid-token", "令牌无效或已过期。");

    public static UserMessage IdentityRecoveryCodeRedemptionFailed { get; } = new("account.recovery-code-failed", "恢复代码无效。");

    public static UserMessage IdentityLoginAlreadyAssociated { get; } = new("account.login-already-associated", "该外部登录已关联其他用户。");

    public static UserMessage IdentityInvalidUserName(string? userName) =>
        new("account.invalid-user-name", $"用户名“{userName}”无效，只能包含字母、数字和 -._@+ 等符号。");

    public static UserMessage IdentityInvalidEmail(string? email) => new("account.invalid-email", $"电子邮箱“{email}”无效。");

    public static UserMessage IdentityDuplicateUserName(string userName) => new("account.duplicate-user-name", $"用户名“{userName}”已被使用。");

    public static UserMessage IdentityDuplicateEmail(string email) => new("account.duplicate-email", $"电子邮箱“{email}”已被使用。");

    public static UserMessage IdentityInvalidRoleName(string? role) => new("account.invalid-role-name", $"角色名“{role}”无效。");

    public static UserMessage IdentityDuplicateRoleName(string role) => new("account.duplicate-role-name", $"角色名“{role}”已存在。");

    public static UserMessage IdentityUserAlreadyHasPassword { get; } = new("account.already-has-password", "该用户已设置密码。");

    public static UserMessage IdentityUserLockoutNotEnabled { get; } = new("account.lockout-not-enabled", "该用户未启用锁定。");

    public static UserMessage IdentityUserAlreadyInRole(string role) => new("account.already-in-role", $"用户已拥有“{role}”角色。");

    public static UserMessage IdentityUserNotInRole(string role) => new("account.not-in-role", $"用户没有“{role}”角色。");

    public static UserMessage IdentityPasswordTooShort(int length) => new("account.password-too-short", $"密码至少需要 {length} 个字符。");

    public static UserMessage IdentityPasswordRequiresUniqueChars(int uniqueChars) =>
        new("account.password-requires-unique-chars", $"密码至少需要 {uniqueChars} 个不同的字符。");

    public static UserMessage IdentityPasswordRequiresNonAlphanumeric { get; } =
        new("account.password-requires-symbol", "密码至少需要一个符号（如 @、#、!）。");

    public static UserMessage IdentityPasswordRequiresDigit { get; } = new("account.password-requires-digit", "密码至少需要一个数字（0-9）。");

    public static UserMessage IdentityPasswordRequiresLower { get; } = new("account.password-requires-lower", "密码至少需要一个小写字母（a-z）。");

    public static UserMessage IdentityPasswordRequiresUpper { get; } = new("account.password-requires-upper", "密码至少需要一个大写字母（A-Z）。");
}
