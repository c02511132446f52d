using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;

namespace Disclosure.Host.Api;

/// <summary>
/// Writes <c>docs/api-input-limits.md</c> from the input policy and the mapped routes, so the
/// documented limits are the enforced ones (a test compares the committed file with this text).
/// </summary>
internal static class InputLimitsDocument
{
    /// <summary>The API routes that take a body, with the body's type (a definition document for raw JSON).</summary>
    public static IReadOnlyList<(string Route, Type Body)> BodyRoutes(EndpointDataSource endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var routes = new List<(string, Type)>();
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var method = endpoint.Metadata.GetMetadata<MethodInfo>();
            var verbs = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            if (method is null || !endpoint.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
            {
                continue;
            }

            var body = method.GetParameters().Select(p => p.ParameterType)
                .Select(t => t == typeof(JsonElement) ? typeof(ProcessDocument) : t)
                .FirstOrDefault(InputPolicy.BodyTypes.Contains);
            if (body is not null)
            {
                routes.AddRange(verbs.Select(v => ($"{v} {endpoint.RoutePattern.RawText}", body)));
            }
        }

        return [.. routes.Distinct().OrderBy(r => r.Item1, StringComparer.Ordinal)];
    }

    public static string Render(EndpointDataSource endpoints)
    {
        var routes = BodyRoutes(endpoints);
        var text = new StringBuilder();
        text.AppendLine("# API input limits");
        text.AppendLine();
        text.AppendLine("Generated from `src/Host/Api/InputPolicy.cs` by the test `InputPolicyTests` (run it with");
        text.AppendLine("`DISCLOSURE_UPDATE_DOCS=1` to rewrite this file); do not edit by hand.");
        text.AppendLine();
        text.AppendLine("Every text a request carries (body fields, route values, query values) is checked before the");
        text.AppendLine("endpoint runs, so a refused request has stored nothing:");
        text.AppendLine();
        text.AppendLine("- at most the number of characters (UTF-16 code units, as sent, before trimming) given below;");
        text.AppendLine("- no control characters except tab, line feed and carriage return: NUL (`\\u0000`), the other");
        text.AppendLine("  C0 and C1 controls, DEL and unpaired UTF-16 surrogates are refused;");
        text.AppendLine(CultureInfo.InvariantCulture, $"- definition keys (`key` in the route and in the document) are `[a-z0-9-]{{1,{TextRules.MaxKey}}}`.");
        text.AppendLine();
        text.AppendLine("A refusal is a 400 problem document whose `errors` and `codes` name each field (JSON path, e.g.");
        text.AppendLine("`rightsHolders[0].name`): `field.too-long`, `field.control-characters`, `field.key-invalid`.");
        text.AppendLine("The domain validates again (required fields, formats, its own lengths after trimming), and the");
        text.AppendLine("database's constraints stay the last line: should one still refuse a value, the answer is a 400");
        text.AppendLine("(`db.value-too-long` 22001, `db.invalid-character` 22021, `db.invalid-value` 22P02,");
        text.AppendLine("`db.check-violation` 23514) or a 409 (`db.duplicate` 23505, `db.reference-missing` 23503),");
        text.AppendLine("never a 500, and the log records it as a defect at Error level with the SQL state.");
        text.AppendLine();
        text.AppendLine("## Route and query values");
        text.AppendLine();
        text.AppendLine("| parameter | at most | 名称 |");
        text.AppendLine("|---|---|---|");
        foreach (var parameter in InputPolicy.Parameters)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{parameter.Name}` | {(parameter.IsKey ? $"`[a-z0-9-]{{1,{TextRules.MaxKey}}}`" : parameter.Max.ToString("N0", CultureInfo.InvariantCulture))} | {parameter.Label} |");
        }

        text.AppendLine();
        text.AppendLine("Identifiers typed `guid` or `int` in a route are checked by the route itself (anything else is a 404).");
        foreach (var body in routes.Select(r => r.Body).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## `{body.Name}`");
            text.AppendLine();
            text.AppendLine(string.Join(", ", routes.Where(r => r.Body == body).Select(r => $"`{r.Route}`")));
            text.AppendLine();
            text.AppendLine("| field | at most | 名称 |");
            text.AppendLine("|---|---|---|");
            foreach (var (path, limit) in InputPolicy.Describe(body))
            {
                var max = limit.IsKey ? $"`[a-z0-9-]{{1,{TextRules.MaxKey}}}`" : limit.Max.ToString("N0", CultureInfo.InvariantCulture);
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{path}` | {max} | {limit.Label} |");
            }
        }

        return text.ToString();
    }
}
