namespace Disclosure.Workflows.Common;

// What the HTTP edge says when a request fails before any feature saw it, and the titles of
// problem documents by status.
public static partial class Messages
{
    /// <summary>The title of a problem document with this status.</summary>
    public static UserMessage ProblemTitle(int status) => status switch
    {
        400 => new("title.bad-request", "请求有误"),
        401 => new("title.unauthorized", "未登录"),
        403 => new("title.forbidden", "无权操作"),
        404 => new("title.not-found", "未找到"),
        405 => new("title.method-not-allowed", "不支持的请求方法"),
        409 => new("title.conflict", "状态冲突"),
        413 => new("title.payload-too-large", "请求内容过大"),
        415 => new("title.unsupported-media-type", "内容类型不受支持"),
        429 => new("title.too-many-requests", "请求过于频繁"),
        500 => new("title.internal-error", "服务器内部错误"),
        503 => new("title.service-unavailable", "服务暂不可用"),
        _ => new("title.error", "请求未能完成"),
    };

    public static UserMessage ValidationTitle { get; } = new("title.validation-failed", "输入有误");

    /// <summary>The detail of a problem that only has a status (authorization, routing, rate limits).</summary>
    public static UserMessage HttpStatus(int status) => status switch
    {
        400 => new("http.bad-request", "请求格式有误。"),
        401 => new("http.unauthorized", "请先登录后再进行此操作。"),
        403 => new("http.forbidden", "您的角色无权进行此操作。"),
        404 => new("http.not-found", "请求的地址或资源不存在。"),
        405 => new("http.method-not-allowed", "该地址不支持此请求方法。"),
        409 => new("http.conflict", "数据已被他人修改，请刷新后重试。"),
        413 => new("http.payload-too-large", "请求内容过大。"),
        415 => new("http.unsupported-media-type", "请以 JSON 格式提交请求内容。"),
        429 => new("http.too-many-requests", "请求过于频繁，请稍后再试。"),
        500 => new("http.internal-error", "服务器内部错误，请稍后重试。"),
        503 => new("http.service-unavailable", "服务暂不可用，请稍后重试。"),
        _ => new("http.error", "请求未能完成。"),
    };

    /// <summary>The body is not JSON, or a member has the wrong type; <paramref name="path"/> is where (e.g. <c>$.title</c>).</summary>
    public static UserMessage MalformedJson(string? path) => new("request.malformed-json",
        string.IsNullOrEmpty(path) || path == "$" ? "请求内容不是有效的 JSON，或字段类型有误。" : $"请求内容不是有效的 JSON，或字段类型有误（位置：{path}）。");

    public static UserMessage BodyRequired { get; } = new("request.body-required", "请求内容为空。");

    /// <summary>A route value (a key, an identifier) that cannot name anything.</summary>
    public static UserMessage RouteValueInvalid(string label) => new("request.route-value-invalid", $"地址中的{label}无效。");

    // The database refused what a request carried: the input policy should have caught it first, so
    // these answer a client plainly while the log records a defect.
    public static UserMessage DatabaseValueTooLong { get; } = new("db.value-too-long", "有内容超过了允许的长度，未作任何改动。");

    public static UserMessage DatabaseInvalidCharacter { get; } = new("db.invalid-character", "有内容含有不允许的字符，未作任何改动。");

    public static UserMessage DatabaseInvalidValue { get; } = new("db.invalid-value", "有内容的格式不正确，未作任何改动。");

    public static UserMessage DatabaseDuplicate { get; } = new("db.duplicate", "同样的记录已经存在或已被他人同时创建，请刷新后重试。");

    public static UserMessage DatabaseCheckViolation { get; } = new("db.check-violation", "有内容不符合规定，未作任何改动。");

    public static UserMessage DatabaseReferenceMissing { get; } = new("db.reference-missing", "所引用的记录不存在或已被删除，请刷新后重试。");
}
