using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ConsentLetterLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "letter_token_hash",
                schema: "disclosure",
                table: "consent_requests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_consent_requests_letter_token_hash",
                schema: "disclosure",
                table: "consent_requests",
                column: "letter_token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_consent_requests_letter_token_hash",
                schema: "disclosure",
                table: "consent_requests");

            migrationBuilder.DropColumn(
                name: "letter_token_hash",
                schema: "disclosure",
                table: "consent_requests");
        }
    }
}
