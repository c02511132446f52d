using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InstanceUpdatesInPlace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_definition_id_current_node_id",
                schema: "disclosure",
                table: "workflow_instances");

            migrationBuilder.AlterTable(
                name: "workflow_instances",
                schema: "disclosure")
                .Annotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.CreateIndex(
                name: "ix_instances_running_by_definition",
                schema: "disclosure",
                table: "workflow_instances",
                column: "definition_id",
                filter: "status = 'Running'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_instances_running_by_definition",
                schema: "disclosure",
                table: "workflow_instances");

            migrationBuilder.AlterTable(
                name: "workflow_instances",
                schema: "disclosure")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_definition_id_current_node_id",
                schema: "disclosure",
                table: "workflow_instances",
                columns: new[] { "definition_id", "current_node_id" },
                filter: "status = 'Running'");
        }
    }
}
