namespace Disclosure.Workflows.Common;

/// <summary>What users are told about faults of the system itself, and about retried requests.</summary>
public static partial class Messages
{
    public static UserMessage DatabaseUnavailable { get; } =
        new("operations.database-unavailable", "系统暂时无法访问数据库，您的操作没有执行。请稍后重试。");

    public static UserMessage IdempotencyKeyInvalid { get; } =
        new("idempotency.key-invalid", "请求头中的幂等键须为 1 至 200 个可见字符（半角字母、数字或符号）。");

    public static UserMessage IdempotencyKeyReused { get; } =
        new("idempotency.key-reused", "该幂等键已用于另一个请求；重试时请发送与第一次完全相同的请求，新的请求请换一个键。");

    public static UserMessage ConsentLetterLapsed { get; } =
        new("outbox.consent-closed", "征询已结束，不再发送征求意见书。");

    public static UserMessage PeriodicDraftFailed(string period, string reason) =>
        new("monitoring.periodic-draft-failed", $"定期公开 {period} 期的起草任务未能自动生成：{reason}。请管理员检查该事项和流程定义后处理。");
}
