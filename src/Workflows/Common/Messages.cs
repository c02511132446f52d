namespace Disclosure.Workflows.Common;

/// <summary>
/// The zh-CN message catalogue: every word a user can see that is not data is made here, with a
/// stable code. The class is split into one file per feature (<c>Messages.Engine.cs</c>,
/// <c>Messages.Catalogue.cs</c>, …) so features can add messages without touching each other's,
/// but it is one catalogue: codes are unique across all of it (a test checks), and each text is
/// Chinese (a test checks that no English word reaches a user).
/// </summary>
public static partial class Messages
{
    /// <summary>An unexpected error: the details go to the log, never to the user.</summary>
    public static UserMessage InternalError { get; } = new("internal-error", "服务器内部错误，请稍后重试或联系管理员。");
}
