using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationsAndProcessClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_alerts_items_item_id",
                schema: "disclosure",
                table: "alerts");

            migrationBuilder.DropForeignKey(
                name: "fk_workflow_instances_item_versions_item_version_id",
                schema: "disclosure",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_alerts_item_id",
                schema: "disclosure",
                table: "alerts");

            migrationBuilder.AddColumn<string>(
                name: "clock",
                schema: "disclosure",
                table: "workflow_instances",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "subject",
                schema: "disclosure",
                table: "workflow_instances",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Item");

            migrationBuilder.CreateTable(
                name: "application_counters",
                schema: "disclosure",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    secret_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    registered_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    registered_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    applicant_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    identity_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    contact_person = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    postcode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    responsible_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reply = table.Column<string>(type: "jsonb", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    correction_request = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    corrections = table.Column<string>(type: "jsonb", nullable: false),
                    replied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    third_parties = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "application_files",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_files_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "disclosure",
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_application_files_attachment_contents_sha256",
                        column: x => x.sha256,
                        principalSchema: "disclosure",
                        principalTable: "attachment_contents",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_files_application_id",
                schema: "disclosure",
                table: "application_files",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_application_files_sha256",
                schema: "disclosure",
                table: "application_files",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_applications_closed_at",
                schema: "disclosure",
                table: "applications",
                column: "closed_at");

            migrationBuilder.CreateIndex(
                name: "ix_applications_number",
                schema: "disclosure",
                table: "applications",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_applications_received_on",
                schema: "disclosure",
                table: "applications",
                column: "received_on");

            migrationBuilder.CreateIndex(
                name: "ix_applications_year_sequence",
                schema: "disclosure",
                table: "applications",
                columns: new[] { "year", "sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_counters",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "application_files",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "applications",
                schema: "disclosure");

            migrationBuilder.DropColumn(
                name: "clock",
                schema: "disclosure",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "subject",
                schema: "disclosure",
                table: "workflow_instances");

            migrationBuilder.CreateIndex(
                name: "ix_alerts_item_id",
                schema: "disclosure",
                table: "alerts",
                column: "item_id");

            migrationBuilder.AddForeignKey(
                name: "fk_alerts_items_item_id",
                schema: "disclosure",
                table: "alerts",
                column: "item_id",
                principalSchema: "disclosure",
                principalTable: "items",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_workflow_instances_item_versions_item_version_id",
                schema: "disclosure",
                table: "workflow_instances",
                column: "item_version_id",
                principalSchema: "disclosure",
                principalTable: "item_versions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
