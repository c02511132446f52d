using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Disclosure.Host.Api;

/// <summary>
/// Turns the domain's refusals into RFC 7807 problems with the right status: a Chinese title and
/// detail from the message catalogue and the message's stable <c>code</c>. Anything unexpected is a
/// 500 without details; a client's mistake never is.
/// </summary>
internal sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationFailedException ex => Validation(ex),
            DefinitionInvalidException ex => WithErrors(Problem(StatusCodes.Status400BadRequest, ex.UserMessage), ex.Errors),
            DefinitionFormatException ex => Problem(StatusCodes.Status400BadRequest, ex.UserMessage),
            Workflows.Definitions.Bpmn.BpmnImportException ex => BpmnProblems(ex),
            BadHttpRequestException ex => Problem(ex.StatusCode, RequestError(ex)),
            NotFoundException or ConsentLinkInvalidException => Problem(StatusCodes.Status404NotFound, ((DisclosureException)exception).UserMessage),
            ConflictException or CatalogueRuleException => Problem(StatusCodes.Status409Conflict, ((DisclosureException)exception).UserMessage),
            ForbiddenException ex => Problem(StatusCodes.Status403Forbidden, ex.UserMessage),
            _ => Problem(StatusCodes.Status500InternalServerError, Messages.InternalError),
        };

        if (problem.Status == StatusCodes.Status403Forbidden)
        {
            logger.LogWarning("Denied {Method} {Path} to {User}: {Code}", httpContext.Request.Method, httpContext.Request.Path, httpContext.User.Identity?.Name ?? "anonymous", Code(problem));
        }
        else if (exception is BadHttpRequestException)
        {
            logger.LogInformation("Bad request {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A problem whose title says the kind (by status) and whose detail and code are the message's.</summary>
    public static ProblemDetails Problem(int status, UserMessage message)
    {
        var problem = new ProblemDetails { Status = status, Title = Messages.ProblemTitle(status).Text, Detail = message.Text };
        problem.Extensions["code"] = message.Code;
        return problem;
    }

    /// <summary>
    /// The standard validation problem (<c>errors</c>: field → texts) plus <c>codes</c>: field → the
    /// codes of the same messages, in the same order.
    /// </summary>
    public static HttpValidationProblemDetails Validation(ValidationFailedException ex)
    {
        var problem = new HttpValidationProblemDetails(ex.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Text).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Messages.ValidationTitle.Text,
            Detail = ex.UserMessage.Text,
        };
        problem.Extensions["code"] = ex.Code;
        problem.Extensions["codes"] = ex.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Code).ToArray());
        return problem;
    }

    /// <summary>
    /// Fills problems that only carry a status (authorization, routing, rate limiting, status-code
    /// pages) with the catalogue's title, detail and code, so no English default reaches a client.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var message = Messages.HttpStatus(status);
        problem.Title = Messages.ProblemTitle(status).Text;
        problem.Detail = message.Text;
        problem.Extensions["code"] = message.Code;
    }

    private static ProblemDetails WithErrors(ProblemDetails problem, IReadOnlyList<DefinitionError> errors)
    {
        problem.Extensions["errors"] = errors.Select(e => new { nodeId = e.NodeId, rule = e.Rule, message = e.Message }).ToList();
        return problem;
    }

    /// <summary>Every element of the file the engine cannot run: id, BPMN type and why.</summary>
    private static ProblemDetails BpmnProblems(Workflows.Definitions.Bpmn.BpmnImportException ex)
    {
        var problem = Problem(StatusCodes.Status400BadRequest, ex.UserMessage);
        problem.Extensions["errors"] = ex.Problems.Select(p => new { elementId = p.ElementId, elementType = p.ElementType, message = p.Message }).ToList();
        return problem;
    }

    private static string? Code(ProblemDetails problem) => problem.Extensions.TryGetValue("code", out var code) ? code as string : null;

    private static UserMessage RequestError(BadHttpRequestException ex) => ex.StatusCode switch
    {
        StatusCodes.Status400BadRequest when ex.InnerException is System.Text.Json.JsonException json => Messages.MalformedJson(json.Path),
        // The framework's wording for an empty body where one is required ("… was not provided …").
        StatusCodes.Status400BadRequest when ex.Message.Contains("not provided", StringComparison.Ordinal)
            || ex.Message.Contains("no body was provided", StringComparison.Ordinal) => Messages.BodyRequired,
        _ => Messages.HttpStatus(ex.StatusCode),
    };
}
