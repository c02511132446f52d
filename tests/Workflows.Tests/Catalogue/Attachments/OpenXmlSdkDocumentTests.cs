using Disclosure.Workflows.Catalogue.Attachments;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Workflows.Tests.Catalogue.Attachments;

/// <summary>
/// Documents written by the Open XML SDK (System.IO.Packaging) declare the main part's type by its
/// extension, not by an override; they are Word documents all the same (the annual report is one).
/// </summary>
public sealed class OpenXmlSdkDocumentTests
{
    [Fact]
    public void AWordDocumentFromTheOpenXmlSdk_IsRecognisedAsWord()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("年度报告")))));
        }

        Assert.Equal(AttachmentKind.Word, FileSignature.Detect(stream.ToArray()));
    }

    [Fact]
    public void AZipWithoutAnOfficeMainPart_IsStillRefused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                writer.Write("""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            }

            using (var writer = new StreamWriter(zip.CreateEntry("_rels/.rels").Open()))
            {
                writer.Write("""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml"/></Relationships>""");
            }
        }

        Assert.Null(FileSignature.Detect(stream.ToArray()));
    }
}
