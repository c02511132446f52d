using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Attachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attachment_contents",
                schema: "disclosure",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachment_contents", x => x.sha256);
                    table.CheckConstraint("ck_attachment_contents_length", "length = octet_length(data)");
                    table.CheckConstraint("ck_attachment_contents_sha256", "sha256 ~ '^[0-9a-f]{64}$'");
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    added_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    added_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_attachments_attachment_contents_sha256",
                        column: x => x.sha256,
                        principalSchema: "disclosure",
                        principalTable: "attachment_contents",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_attachments_item_versions_version_id",
                        column: x => x.version_id,
                        principalSchema: "disclosure",
                        principalTable: "item_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Uploads are PDFs, zipped Office files and images: already compressed. EXTERNAL keeps
            // them out of line (TOAST) without PostgreSQL trying to compress them again.
            migrationBuilder.Sql("ALTER TABLE disclosure.attachment_contents ALTER COLUMN data SET STORAGE EXTERNAL;");

            migrationBuilder.CreateIndex(
                name: "ix_attachments_sha256",
                schema: "disclosure",
                table: "attachments",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_attachments_version_id",
                schema: "disclosure",
                table: "attachments",
                column: "version_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attachments",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "attachment_contents",
                schema: "disclosure");
        }
    }
}
