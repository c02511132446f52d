using Disclosure.Workflows.Common;
using Microsoft.AspNetCore.Identity;

namespace Disclosure.Host.Accounts;

/// <summary>
/// Identity's errors in Chinese, from the message catalogue: every error Identity can report is
/// overridden (a test checks each describer method), and each error's code is the catalogue code,
/// so an API client sees the same code in the problem document whatever Identity reported.
/// </summary>
internal sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(Messages.IdentityDefaultError);

    public override IdentityError ConcurrencyFailure() => Error(Messages.IdentityConcurrencyFailure);

    public override IdentityError PasswordMismatch() => Error(Messages.IdentityPasswordMismatch);

    public override IdentityError InvalidToken() => Error(Messages.IdentityInvalidToken);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(Messages.IdentityRecoveryCodeRedemptionFailed);

    public override IdentityError LoginAlreadyAssociated() => Error(Messages.IdentityLoginAlreadyAssociated);

    public override IdentityError InvalidUserName(string? userName) => Error(Messages.IdentityInvalidUserName(userName));

    public override IdentityError InvalidEmail(string? email) => Error(Messages.IdentityInvalidEmail(email));

    public override IdentityError DuplicateUserName(string userName) => Error(Messages.IdentityDuplicateUserName(userName));

    public override IdentityError DuplicateEmail(string email) => Error(Messages.IdentityDuplicateEmail(email));

    public override IdentityError InvalidRoleName(string? role) => Error(Messages.IdentityInvalidRoleName(role));

    public override IdentityError DuplicateRoleName(string role) => Error(Messages.IdentityDuplicateRoleName(role));

    public override IdentityError UserAlreadyHasPassword() => Error(Messages.IdentityUserAlreadyHasPassword);

    public override IdentityError UserLockoutNotEnabled() => Error(Messages.IdentityUserLockoutNotEnabled);

    public override IdentityError UserAlreadyInRole(string role) => Error(Messages.IdentityUserAlreadyInRole(role));

    public override IdentityError UserNotInRole(string role) => Error(Messages.IdentityUserNotInRole(role));

    public override IdentityError PasswordTooShort(int length) => Error(Messages.IdentityPasswordTooShort(length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(Messages.IdentityPasswordRequiresUniqueChars(uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(Messages.IdentityPasswordRequiresNonAlphanumeric);

    public override IdentityError PasswordRequiresDigit() => Error(Messages.IdentityPasswordRequiresDigit);

    public override IdentityError PasswordRequiresLower() => Error(Messages.IdentityPasswordRequiresLower);

    public override IdentityError PasswordRequiresUpper() => Error(Messages.IdentityPasswordRequiresUpper);

    /// <summary>An error this describer made, back as the catalogue message it came from.</summary>
    public static UserMessage ToMessage(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new UserMessage(error.Code, error.Description);
    }

    private static IdentityError Error(UserMessage message) => new() { Code = message.Code, Description = message.Text };
}
