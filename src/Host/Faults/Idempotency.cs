using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Disclosure.Host.Accounts;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Operations;
using Disclosure.Workflows.Persistence;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Disclosure.Host.Faults;

/// <summary>
/// The answer of a completion or submission: the instance's oldest open task, if any, and all its
/// open tasks (several inside parallel paths and countersigns).
/// </summary>
public sealed record NextTaskAnswer(WorkflowTask? NextTask, IReadOnlyList<WorkflowTask> OpenTasks)
{
    public static NextTaskAnswer Of(StepResult step) => new((step ?? throw new ArgumentNullException(nameof(step))).NextTask, step.OpenTasks);
}

/// <summary>
/// <c>Idempotency-Key</c> for the engine's commands: the first answer is stored in the transaction
/// of the work (see <see cref="IdempotentRequest"/>); a retry with the same key by the same user
/// gets that answer again, byte for byte, instead of a conflict.
/// </summary>
internal static class Idempotency
{
    public const string Header = "Idempotency-Key";

    public delegate Task<StepResult> EngineWork(Func<StepResult, CancellationToken, Task>? beforeCommit);

    public static async Task<IResult> RunAsync(HttpContext http, string operation, object? request, EngineWork work, CancellationToken cancellationToken)
    {
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        if (!http.Request.Headers.TryGetValue(Header, out var values))
        {
            return TypedResults.Ok(NextTaskAnswer.Of(await work(null)));
        }

        var key = values.Count == 1 ? values[0] : null;
        if (key is not { Length: > 0 and <= 200 } || !key.All(c => c is >= '!' and <= '~'))
        {
            throw new IdempotencyKeyException(Messages.IdempotencyKeyInvalid);
        }

        var userId = http.User.ToCaller().Actor.Id;
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(operation + "\n" + JsonSerializer.Serialize(request, json)))).ToLowerInvariant();
        var db = http.RequestServices.GetRequiredService<DisclosureDbContext>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        if (await FindAsync(db, userId, key, clock, cancellationToken) is { } first)
        {
            return Replay(first, operation, fingerprint);
        }

        string? body = null;
        try
        {
            await work(async (next, token) =>
            {
                body = JsonSerializer.Serialize(NextTaskAnswer.Of(next), json);
                var now = clock.GetUtcNow();
                // An expired answer under the same key makes way for the new one.
                await db.IdempotentRequests.Where(r => r.UserId == userId && r.Key == key && r.ExpiresAt <= now).ExecuteDeleteAsync(token);
                db.IdempotentRequests.Add(new IdempotentRequest(userId, key, operation, fingerprint, StatusCodes.Status200OK, body, now));
                await db.SaveChangesAsync(token);
            });
        }
        catch (Exception ex) when (ex is ConflictException or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } })
        {
            // A retry that raced its own first attempt: the winner's answer is the answer.
            db.ChangeTracker.Clear();
            if (await FindAsync(db, userId, key, clock, cancellationToken) is { } winner)
            {
                return Replay(winner, operation, fingerprint);
            }

            throw;
        }

        return TypedResults.Text(body!, "application/json", Encoding.UTF8, StatusCodes.Status200OK);
    }

    private static Task<IdempotentRequest?> FindAsync(DisclosureDbContext db, string userId, string key, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.IdempotentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key && r.ExpiresAt > now, cancellationToken);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Replay(IdempotentRequest first, string operation, string fingerprint) =>
        first.Operation == operation && first.Fingerprint == fingerprint
            ? TypedResults.Text(first.ResponseJson, "application/json", Encoding.UTF8, first.StatusCode)
            : throw new IdempotencyKeyException(Messages.IdempotencyKeyReused);
}
