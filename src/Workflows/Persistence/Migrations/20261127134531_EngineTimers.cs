using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EngineTimers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_tasks_timers",
                schema: "disclosure",
                table: "tasks",
                column: "due_at",
                filter: "status = 'Open' AND (deadline_outcome IS NOT NULL OR kind = 'Consent')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_timers",
                schema: "disclosure",
                table: "tasks");
        }
    }
}
