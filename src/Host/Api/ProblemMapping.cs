using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

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
        // A refusal the domain made itself (e.g. a conflict it mapped from a unique index) keeps its own words.
        var refused = exception is DisclosureException ? null : DatabaseRefusal(exception);
        var problem = refused is { } database ? Problem(database.Status, database.Message) : exception switch
        {
            ValidationFailedException ex => Validation(ex),
            AttachmentRejectedException ex => Rejected(ex),
            AttachmentTooLargeException ex => Problem(StatusCodes.Status413PayloadTooLarge, ex.UserMessage),
            DefinitionInvalidException ex => WithErrors(Problem(StatusCodes.Status400BadRequest, ex.UserMessage), ex.Errors),
            DefinitionFormatException ex => Problem(StatusCodes.Status400BadRequest, ex.UserMessage),
            Workflows.Definitions.Bpmn.BpmnImportException ex => BpmnProblems(ex),
            BadHttpRequestException ex => Problem(ex.StatusCode, RequestError(ex)),
            NotFoundException or ConsentLinkInvalidException => Problem(StatusCodes.Status404NotFound, ((DisclosureException)exception).UserMessage),
            ConflictException or CatalogueRuleException => Problem(StatusCodes.Status409Conflict, ((DisclosureException)exception).UserMessage),
            ForbiddenException ex => Problem(StatusCodes.Status403Forbidden, ex.UserMessage),
            _ => Problem(StatusCodes.Status500InternalServerError, Messages.InternalError),
        };

        if (refused is not null)
        {
            // The input policy and the domain should have refused this before the database did.
            var postgres = FindPostgres(exception)!;
            logger.LogError(exception, "Defect: the database refused input on {Method} {Path} with SQL state {SqlState} ({Constraint}); answered {Status}",
                httpContext.Request.Method, httpContext.Request.Path, postgres.SqlState, postgres.ConstraintName ?? postgres.ColumnName ?? "-", problem.Status);
        }
        else if (problem.Status == StatusCodes.Status403Forbidden)
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

    /// <summary>A refused upload: a validation problem naming the form field, with the refusal's own code.</summary>
    private static HttpValidationProblemDetails Rejected(AttachmentRejectedException ex)
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [AttachmentRejectedException.Field] = [ex.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Messages.ValidationTitle.Text,
            Detail = ex.Message,
        };
        problem.Extensions["code"] = ex.Code;
        problem.Extensions["codes"] = new Dictionary<string, string[]> { [AttachmentRejectedException.Field] = [ex.Code] };
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

    /// <summary>
    /// The safety net under the input policy: a database error caused by what a request carried
    /// (too long, a character PostgreSQL cannot store, a value of the wrong form, a duplicate, a
    /// broken check or reference) becomes a 400 or 409, never a 500. Nothing was stored: the
    /// statement failed and its transaction with it.
    /// </summary>
    public static (int Status, UserMessage Message)? DatabaseRefusal(Exception exception) => FindPostgres(exception)?.SqlState switch
    {
        PostgresErrorCodes.StringDataRightTruncation => (StatusCodes.Status400BadRequest, Messages.DatabaseValueTooLong),
        PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter => (StatusCodes.Status400BadRequest, Messages.DatabaseInvalidCharacter),
        PostgresErrorCodes.InvalidTextRepresentation => (StatusCodes.Status400BadRequest, Messages.DatabaseInvalidValue),
        PostgresErrorCodes.CheckViolation => (StatusCodes.Status400BadRequest, Messages.DatabaseCheckViolation),
        PostgresErrorCodes.UniqueViolation => (StatusCodes.Status409Conflict, Messages.DatabaseDuplicate),
        PostgresErrorCodes.ForeignKeyViolation => (StatusCodes.Status409Conflict, Messages.DatabaseReferenceMissing),
        _ => null,
    };

    private static PostgresException? FindPostgres(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException postgres)
            {
                return postgres;
            }
        }

        return null;
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
