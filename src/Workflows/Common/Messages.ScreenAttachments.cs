namespace Disclosure.Workflows.Common;

/// <summary>What the item and task screens say about a version's files (the refusals are in Messages.Attachments.cs).</summary>
public static partial class Messages
{
    public static UserMessage AttachmentsNone(int version) => new("screen.attachments.none", $"第 {version} 版没有附件。");

    public static UserMessage AttachmentsAfterSave { get; } = new("screen.attachments.after-save", "保存草稿后即可添加附件。");

    public static UserMessage AttachmentsAllowed(long maxBytes) => new("screen.attachments.allowed",
        $"可添加 PDF、Word、Excel 或图片（PNG、JPEG、GIF、WebP），每个不超过 {Size(maxBytes)}；类型按文件内容识别。");

    public static UserMessage AttachmentAdded(string fileName, int version) => new("screen.attachments.added", $"已将“{fileName}”添加到第 {version} 版。");

    public static UserMessage AttachmentRemoved(string fileName, int version) => new("screen.attachments.removed", $"已从第 {version} 版删除“{fileName}”。");

    public static UserMessage AttachmentUploadInterrupted { get; } = new("screen.attachments.upload-interrupted", "文件没有传完，请重新选择文件上传。");
}
