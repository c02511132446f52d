using System.Data;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Engine;
using Disclosure.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Disclosure.Workflows.Catalogue.Attachments;

/// <summary>
/// Adds and removes a version's files, lists them, and streams their bytes. Adding checks the size,
/// detects the type from the content, hashes it, and stores metadata and bytes in one transaction
/// that holds the item's version rows (SELECT … FOR UPDATE), so a file never lands on a version
/// that was submitted a moment before. Anything refused stores nothing.
/// </summary>
public sealed class AttachmentService(DisclosureDbContext db, AttachmentOptions options, TimeProvider clock, ILogger<AttachmentService> logger)
{
    /// <summary>Adds a file to the item's version being drafted (<paramref name="versionId"/>, or the newest editable one).</summary>
    public async Task<AttachmentView> AddAsync(Guid itemId, Guid? versionId, string? fileName, ReadOnlyMemory<byte> content, Actor drafter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafter);
        var (name, kind) = Inspect(fileName, content);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));

        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var item = await LockAndLoadAsync(itemId, cancellationToken);
        var version = versionId is { } id
            ? item.Versions.SingleOrDefault(v => v.Id == id) ?? throw new NotFoundException(Messages.AttachmentVersionNotFound)
            : item.Versions.Where(v => v.IsEditable).MaxBy(v => v.Number) ?? throw new CatalogueRuleException(Messages.AttachmentNoOpenVersion);
        EnsureDrafter(version, drafter);
        var attachment = item.AddAttachment(version.Id, name, kind, content.Length, sha256, drafter, clock.GetUtcNow());
        await StoreContentAsync(sha256, content, cancellationToken);
        await db.SaveOrConflictAsync(Messages.AttachmentChangedMeanwhile, Messages.AttachmentChangedMeanwhile, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Attachment {AttachmentId} ({Kind}, {Length} bytes, sha256 {Sha256}) added to version {VersionId} by {Actor}",
            attachment.Id, kind, content.Length, sha256, version.Id, drafter.Id);
        return AttachmentView.Of(attachment);
    }

    /// <summary>Takes a file off its version, while that version is being drafted, by its drafter.</summary>
    public async Task RemoveAsync(Guid attachmentId, Actor drafter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafter);
        var itemId = await (
            from a in db.Attachments
            join v in db.ItemVersions on a.VersionId equals v.Id
            where a.Id == attachmentId
            select (Guid?)v.ItemId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.AttachmentNotFound);

        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var item = await LockAndLoadAsync(itemId, cancellationToken);
        var version = item.Versions.SingleOrDefault(v => v.Attachments.Any(a => a.Id == attachmentId))
            ?? throw new NotFoundException(Messages.AttachmentNotFound);
        EnsureDrafter(version, drafter);
        var removed = item.RemoveAttachment(attachmentId);
        await db.SaveOrConflictAsync(Messages.AttachmentChangedMeanwhile, Messages.AttachmentChangedMeanwhile, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await ForgetContentIfUnusedAsync(removed.Sha256, cancellationToken);
    }

    /// <summary>The files of a version: the one given, or the item's newest (the one being drafted or reviewed).</summary>
    public async Task<VersionAttachments> ListAsync(Guid itemId, Guid? versionId, CancellationToken cancellationToken = default)
    {
        var versions = db.ItemVersions.AsNoTracking().IgnoreAutoIncludes().Where(v => v.ItemId == itemId);
        var version = await (versionId is { } id ? versions.Where(v => v.Id == id) : versions.OrderByDescending(v => v.Number))
            .Select(v => new { v.Id, v.Number, v.Status }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.AttachmentVersionNotFound);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.VersionId == version.Id).OrderBy(a => a.AddedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var editable = version.Status is VersionStatus.Draft or VersionStatus.Returned;
        return new VersionAttachments(itemId, version.Id, version.Number, editable, [.. attachments.Select(AttachmentView.Of)]);
    }

    /// <summary>Any attachment, for staff.</summary>
    public Task<AttachmentFile?> FindAsync(Guid attachmentId, CancellationToken cancellationToken = default) =>
        db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId)
            .Select(a => new AttachmentFile(a.Id, a.FileName, a.Kind, a.Length, a.Sha256)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>An attachment of a published version of an item not withdrawn, for anyone; null otherwise.</summary>
    public Task<AttachmentFile?> FindPublishedAsync(Guid attachmentId, CancellationToken cancellationToken = default) =>
        (from a in db.Attachments.AsNoTracking()
         join v in db.ItemVersions on a.VersionId equals v.Id
         join i in db.Items on v.ItemId equals i.Id
         where a.Id == attachmentId && v.Status == VersionStatus.Published && i.WithdrawnAt == null
         select new AttachmentFile(a.Id, a.FileName, a.Kind, a.Length, a.Sha256)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Streams the bytes to <paramref name="destination"/> without holding the whole file in memory.</summary>
    public async Task CopyContentAsync(AttachmentFile file, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT data FROM disclosure.attachment_contents WHERE sha256 = $1", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = file.Sha256 });
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new NotFoundException(Messages.AttachmentNotFound);
            }

            await using var data = await reader.GetStreamAsync(0, cancellationToken);
            await data.CopyToAsync(destination, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The cleaned name and the detected kind, or a refusal naming what is wrong (applications' files too).</summary>
    internal (string Name, AttachmentKind Kind) Inspect(string? fileName, ReadOnlyMemory<byte> content)
    {
        if (content.Length > options.MaxBytes)
        {
            throw new AttachmentTooLargeException(options.MaxBytes);
        }

        if (content.IsEmpty)
        {
            throw new AttachmentRejectedException(Messages.AttachmentEmpty);
        }

        var name = AttachmentFileName.Sanitise(fileName);
        var kind = FileSignature.Detect(content) ?? throw new AttachmentRejectedException(Messages.AttachmentTypeNotAllowed(name.Length > 0 ? name : "该文件"));
        var extension = AttachmentFileName.Extension(name);
        if (extension.Length == 0)
        {
            // No extension to disagree with: give the file the one its content calls for.
            return ((name.Length > 0 ? name : "附件") + kind.Extensions()[0], kind);
        }

        return kind.Extensions().Contains(extension) ? (name, kind) : throw new AttachmentRejectedException(Messages.AttachmentExtensionMismatch(name, kind));
    }

    private async Task<CatalogueItem> LockAndLoadAsync(Guid itemId, CancellationToken cancellationToken)
    {
        // Submitting updates the version row, so it waits for this lock (and vice versa): the
        // editable check below sees the version as it is, not as it was a moment ago.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM disclosure.item_versions WHERE item_id = {itemId} FOR UPDATE", cancellationToken);
        return await db.Items.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException(Messages.AttachmentVersionNotFound);
    }

    private static void EnsureDrafter(ItemVersion version, Actor drafter)
    {
        // Like the text: a version belongs to its drafter; one the system opened is for any drafter.
        if (version.DrafterId != drafter.Id && version.DrafterId != Actor.System.Id)
        {
            throw new ForbiddenException(Messages.AttachmentNotDrafter(version.Number, version.DrafterName));
        }
    }

    /// <summary>
    /// Stores the bytes unless the same content is already there, and holds a key-share lock on the
    /// row so a concurrent clean-up cannot remove it before this transaction's attachment points at it.
    /// </summary>
    internal async Task StoreContentAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var held = await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM disclosure.attachment_contents WHERE sha256 = {sha256} FOR KEY SHARE")
                .ToListAsync(cancellationToken);
            if (held.Count > 0)
            {
                return;
            }

            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO disclosure.attachment_contents (sha256, length, data) VALUES ({sha256}, {(long)content.Length}, {WholeArray(content)}) ON CONFLICT (sha256) DO NOTHING",
                cancellationToken);
        }

        throw new ConflictException(Messages.AttachmentChangedMeanwhile);
    }

    private static byte[] WholeArray(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : content.ToArray();

    /// <summary>Best effort after commit: bytes no attachment points at any more are deleted.</summary>
    private async Task ForgetContentIfUnusedAsync(string sha256, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlAsync(
                $"DELETE FROM disclosure.attachment_contents c WHERE c.sha256 = {sha256} AND NOT EXISTS (SELECT 1 FROM disclosure.attachments a WHERE a.sha256 = c.sha256)",
                cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // Someone attached the same file meanwhile: the bytes are in use again, keep them.
            logger.LogInformation("Content {Sha256} is in use again; kept", sha256);
        }
    }
}
