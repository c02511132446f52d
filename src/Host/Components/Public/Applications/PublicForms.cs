using Disclosure.Workflows.Applications;
using Disclosure.Workflows.Catalogue.Attachments;
using Disclosure.Workflows.Common;

namespace Disclosure.Host.Components.Public.Applications;

/// <summary>What the public application forms share: reading the uploaded files, and field errors for display.</summary>
internal static class PublicForms
{
    public const string FileField = "attachment";

    /// <summary>
    /// The files of the form post, refused at the field when too many or too large (before they
    /// are read); the type is checked by the service from their content.
    /// </summary>
    public static async Task<IReadOnlyList<IncomingFile>> FilesAsync(HttpContext http, long maxBytes, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return [];
        }

        var files = http.Request.Form.Files.GetFiles(FileField).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (files.Count > ApplicationService.MaxFiles)
        {
            throw new ValidationFailedException(FileField, Messages.ApplicationTooManyFiles(ApplicationService.MaxFiles));
        }

        var result = new List<IncomingFile>(files.Count);
        foreach (var file in files)
        {
            if (file.Length > maxBytes)
            {
                throw new ValidationFailedException(FileField, Messages.AttachmentTooLarge(maxBytes));
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            result.Add(new IncomingFile(file.FileName, buffer.ToArray()));
        }

        return result;
    }

    /// <summary>One line per field (the service's field names are the form's).</summary>
    public static void Collect(ValidationFailedException ex, IDictionary<string, string> errors, IReadOnlySet<string> fields)
    {
        foreach (var (field, messages) in ex.Errors)
        {
            var key = fields.Contains(field) ? field : string.Empty;
            errors[key] = errors.TryGetValue(key, out var earlier)
                ? $"{earlier} {string.Join(" ", messages.Select(m => m.Text))}"
                : string.Join(" ", messages.Select(m => m.Text));
        }
    }

    /// <summary>
    /// Puts the refusal's messages on the form's fields too, so each input carries aria-invalid
    /// (the framework sets it from the edit context, and drops one set by hand).
    /// </summary>
    public static void Mark(ValidationFailedException ex, Microsoft.AspNetCore.Components.Forms.EditContext context,
        Microsoft.AspNetCore.Components.Forms.ValidationMessageStore store, params (string Field, string Property)[] renamed)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        store.Clear();
        foreach (var (field, messages) in ex.Errors)
        {
            var property = renamed.FirstOrDefault(r => r.Field == field).Property ?? (field.Length > 0 ? char.ToUpperInvariant(field[0]) + field[1..] : field);
            if (context.Model.GetType().GetProperty(property) is not null)
            {
                store.Add(context.Field(property), messages.Select(m => m.Text));
            }
        }

        context.NotifyValidationStateChanged();
    }

    public static string Accept => string.Join(",", AttachmentKinds.AllExtensions);
}
