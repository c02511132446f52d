using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RulesOfLawAndIdempotency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "purpose",
                schema: "disclosure",
                table: "tasks",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "None");

            // Existing tasks take the purpose of their node in the definition their instance runs on.
            migrationBuilder.Sql("""
                UPDATE disclosure.tasks t
                SET purpose = CASE n.node->>'purpose'
                    WHEN 'drafting' THEN 'Drafting'
                    WHEN 'confidentialityReview' THEN 'ConfidentialityReview'
                    WHEN 'leaderSignOff' THEN 'LeaderSignOff'
                    WHEN 'publicInterestDecision' THEN 'PublicInterestDecision'
                    ELSE 'None' END
                FROM disclosure.workflow_instances i
                JOIN disclosure.definition_versions d ON d.id = i.definition_id
                CROSS JOIN LATERAL jsonb_array_elements(d.document_json->'nodes') AS n(node)
                WHERE i.id = t.instance_id AND n.node->>'id' = t.node_id
                """);

            migrationBuilder.AddColumn<string>(
                name: "cancel_reason",
                schema: "disclosure",
                table: "outbox",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "idempotent_requests",
                schema: "disclosure",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    operation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    response_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotent_requests", x => new { x.user_id, x.key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_idempotent_requests_expires_at",
                schema: "disclosure",
                table: "idempotent_requests",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotent_requests",
                schema: "disclosure");

            migrationBuilder.DropColumn(
                name: "purpose",
                schema: "disclosure",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "cancel_reason",
                schema: "disclosure",
                table: "outbox");
        }
    }
}
