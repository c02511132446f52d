using System.Globalization;
using Disclosure.Workflows.Catalogue.Attachments;

namespace Disclosure.Workflows.Common;

/// <summary>Attachments (附件): what a drafter, a reviewer and the public read about files.</summary>
public static partial class Messages
{
    public static UserMessage AttachmentFileMissing { get; } =
        new("attachment.file-missing", "请选择要上传的文件。");

    public static UserMessage AttachmentEmpty { get; } = new("attachment.empty", "文件是空的，请重新选择。");

    public static UserMessage AttachmentUploadMalformed { get; } =
        new("attachment.upload-malformed", "上传内容格式有误，请重新选择文件上传。");

    public static UserMessage AttachmentNotFound { get; } = new("attachment.not-found", "没有这个附件，或它已被删除。");

    public static UserMessage AttachmentVersionNotFound { get; } = new("attachment.version-not-found", "没有这个事项或版本。");

    public static UserMessage AttachmentNoOpenVersion { get; } =
        new("attachment.no-open-version", "该事项没有正在拟稿的版本；请先保存新版本，再添加附件。");

    public static UserMessage AttachmentTooLarge(long maxBytes) =>
        new("attachment.too-large", $"附件不能超过 {Size(maxBytes)}。请压缩或拆分后再上传。");

    public static UserMessage AttachmentTypeNotAllowed(string fileName) =>
        new("attachment.type-not-allowed", $"“{fileName}”不是可接受的附件。附件只能是 PDF、Word（.docx、.doc）、Excel（.xlsx、.xls）或图片（PNG、JPEG、GIF、WebP），类型按文件内容识别，改扩展名无效。");

    public static UserMessage AttachmentExtensionMismatch(string fileName, AttachmentKind kind) =>
        new("attachment.extension-mismatch", $"“{fileName}”的内容是{Label(kind)}，与文件扩展名不符；请将扩展名改为“{kind.Extensions()[0]}”后再上传。");

    public static UserMessage AttachmentDuplicate(string existingName) =>
        new("attachment.duplicate", $"同一文件已作为附件“{existingName}”添加到本版本。");

    public static UserMessage AttachmentTooMany(int max) =>
        new("attachment.too-many", $"每个版本最多 {max} 个附件。");

    public static UserMessage AttachmentVersionClosed(int number, string status) =>
        new("attachment.version-not-editable", $"第 {number} 版当前状态为“{status}”，不能再增删附件；如需修改请新建版本。");

    public static UserMessage AttachmentNotDrafter(int number, string drafterName) =>
        new("attachment.not-drafter", $"第 {number} 版由 {drafterName} 起草，只有起草人可以增删附件。");

    public static UserMessage AttachmentFormExpired { get; } =
        new("attachment.form-expired", "页面已过期或来源不明，请刷新页面后重新上传。");

    public static UserMessage AttachmentChangedMeanwhile { get; } =
        new("attachment.changed-meanwhile", "附件已被他人同时修改，请刷新后重试。");

    /// <summary>What each kind of file is called on screens.</summary>
    public static string Label(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "PDF 文档",
        AttachmentKind.Word => "Word 文档",
        AttachmentKind.WordLegacy => "Word 97-2003 文档",
        AttachmentKind.Excel => "Excel 工作簿",
        AttachmentKind.ExcelLegacy => "Excel 97-2003 工作簿",
        AttachmentKind.Png => "PNG 图片",
        AttachmentKind.Jpeg => "JPEG 图片",
        AttachmentKind.Gif => "GIF 图片",
        AttachmentKind.WebP => "WebP 图片",
        _ => kind.ToString(),
    };

    /// <summary>A file size as people read it: 812 字节, 35.2 KB, 4.7 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} 字节"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
