using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Disclosure.Host.Api;

/// <summary>
/// Turns the domain's refusals into RFC 7807 problems with the right status. Anything unexpected is
/// a 500 without details; a client's mistake never is.
/// </summary>
internal sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            ValidationFailedException ex => new HttpValidationProblemDetails(ex.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "输入有误 Validation failed",
            },
            DefinitionInvalidException ex => WithErrors(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "流程定义未通过校验 The definition breaks rules",
                Detail = string.Join("；", ex.Errors.Select(e => e.Message)),
            }, ex.Errors),
            DefinitionFormatException ex => Problem(StatusCodes.Status400BadRequest, "流程定义格式错误 Malformed definition", ex.Message),
            Workflows.Definitions.Bpmn.BpmnImportException ex => BpmnProblems(ex),
            BadHttpRequestException ex => Problem(ex.StatusCode, "请求无法解析 Malformed request", RequestError(ex)),
            NotFoundException ex => Problem(StatusCodes.Status404NotFound, "未找到 Not found", ex.Message),
            ConsentLinkInvalidException ex => Problem(StatusCodes.Status404NotFound, "链接无效 Link not valid", ex.Message),
            ConflictException ex => Problem(StatusCodes.Status409Conflict, "状态冲突 Conflict", ex.Message),
            CatalogueRuleException ex => Problem(StatusCodes.Status409Conflict, "当前状态不允许 Not allowed now", ex.Message),
            ForbiddenException ex => Problem(StatusCodes.Status403Forbidden, "无权办理 Forbidden", ex.Message),
            _ => Problem(StatusCodes.Status500InternalServerError, "服务器内部错误 Internal error", "请稍后重试或联系管理员。 Please try again later."),
        };

        if (problem.Status == StatusCodes.Status403Forbidden)
        {
            logger.LogWarning("Denied {Method} {Path} to {User}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, httpContext.User.Identity?.Name ?? "anonymous", exception.Message);
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithErrors(ProblemDetails problem, IReadOnlyList<DefinitionError> errors)
    {
        problem.Extensions["errors"] = errors.Select(e => new { nodeId = e.NodeId, rule = e.Rule, message = e.Message }).ToList();
        return problem;
    }

    private static ProblemDetails BpmnProblems(Workflows.Definitions.Bpmn.BpmnImportException ex)
    {
        var problem = Problem(StatusCodes.Status400BadRequest, "BPMN 文件无法导入", ex.Message);
        problem.Extensions["code"] = ex.Code;
        problem.Extensions["errors"] = ex.Problems.Select(p => new { elementId = p.ElementId, elementType = p.ElementType, message = p.Message }).ToList();
        return problem;
    }

    private static string RequestError(BadHttpRequestException ex) => ex.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "请求内容过大。 The request body is too large.",
        _ => ex.InnerException is System.Text.Json.JsonException json
            ? $"JSON 格式或字段类型有误（{json.Path}）。 The JSON is malformed or a field has the wrong type at {json.Path}."
            : "请求格式有误：" + ex.Message,
    };
}
