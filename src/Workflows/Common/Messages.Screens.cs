namespace Disclosure.Workflows.Common;

/// <summary>What the staff screens and the error pages say (sign-in, errors, confirmations).</summary>
public static partial class Messages
{
    public static UserMessage SignInFailed { get; } = new("sign-in.failed", "用户名或密码不正确。");

    public static UserMessage SignInLockedOut { get; } = new("sign-in.locked-out", "登录失败次数过多，账户已锁定 15 分钟，请稍后再试或联系管理员。");

    public static UserMessage SignInUserNameRequired { get; } = new("sign-in.user-name-required", "请输入用户名。");

    public static UserMessage SignInPasswordRequired { get; } = new("sign-in.password-required", "请输入密码。");

    /// <summary>The heading and sentence of the error page a browser gets for an HTTP status.</summary>
    public static (string Title, string Detail) HttpError(int status) => status switch
    {
        400 => ("请求无效", "页面已过期或提交的内容无法识别，请返回后刷新页面重试。"),
        401 => ("请先登录", "该页面仅供工作人员使用，请先登录。"),
        403 => ("无权访问", "您的角色无权打开该页面。如需办理，请联系管理员分配角色。"),
        404 => ("页面不存在", "您要找的页面不存在或已被移除，请检查地址。"),
        429 => ("请求过于频繁", "请稍后再试。"),
        _ => ("服务器内部错误", "服务器暂时无法完成请求，请稍后重试或联系管理员。"),
    };
}
