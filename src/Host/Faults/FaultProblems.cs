using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Microsoft.AspNetCore.Diagnostics;

namespace Disclosure.Host.Faults;

/// <summary>
/// Answers, ahead of the general problem mapping, what is about the system's faults and the rules
/// of law: a database outage is a 503 with Retry-After (logged once per outage, not per request),
/// a refusal on a rule of law a 403 or 409, a reused idempotency key a 422; each with its code.
/// </summary>
internal sealed class FaultProblems(IProblemDetailsService problems, DatabaseOutage outage, ILogger<FaultProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        int status;
        UserMessage message;
        switch (exception)
        {
            case RuleOfLawException law:
                (status, message) = (law.Refusal == LawRefusal.NotThisPerson ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict, law.UserMessage);
                logger.LogWarning("Refused {Method} {Path} to {User} on a rule of law: {Code}", httpContext.Request.Method, httpContext.Request.Path, httpContext.User.Identity?.Name ?? "anonymous", law.Code);
                break;
            case IdempotencyKeyException key:
                (status, message) = (key.UserMessage == Messages.IdempotencyKeyReused ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest, key.UserMessage);
                break;
            case not OperationCanceledException when DatabaseOutage.IsOutage(exception):
                (status, message) = (StatusCodes.Status503ServiceUnavailable, Messages.DatabaseUnavailable);
                outage.Report(exception);
                httpContext.Response.Headers.RetryAfter = ((int)DatabaseOutage.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                return false;
        }

        var problem = Api.ProblemMapping.Problem(status, message);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}

/// <summary>A bad or reused <c>Idempotency-Key</c> header.</summary>
internal sealed class IdempotencyKeyException(UserMessage message) : DisclosureException(message);
