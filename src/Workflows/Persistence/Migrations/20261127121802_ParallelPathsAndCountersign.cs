using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ParallelPathsAndCountersign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_tasks_one_open",
                schema: "disclosure",
                table: "tasks");

            migrationBuilder.AddColumn<string>(
                name: "join_arrivals",
                schema: "disclosure",
                table: "workflow_instances",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<Guid>(
                name: "countersign_group",
                schema: "disclosure",
                table: "tasks",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "department",
                schema: "disclosure",
                table: "tasks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "departments_concerned",
                schema: "disclosure",
                table: "item_versions",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.CreateTable(
                name: "departments",
                schema: "disclosure",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_departments", x => x.name);
                });

            migrationBuilder.InsertData(
                schema: "disclosure",
                table: "departments",
                columns: new[] { "name", "order" },
                values: new object[,]
                {
                    { "党政办公室", 1 },
                    { "办事处领导", 7 },
                    { "城市管理办公室", 4 },
                    { "应急管理办公室", 6 },
                    { "社会事务办公室", 3 },
                    { "经济发展办公室", 5 },
                    { "财政所", 2 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_instances_join_arrivals",
                schema: "disclosure",
                table: "workflow_instances",
                column: "join_arrivals",
                filter: "status = 'Running'")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_countersign_group",
                schema: "disclosure",
                table: "tasks",
                column: "countersign_group",
                filter: "countersign_group IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_tasks_one_open_per_signer",
                schema: "disclosure",
                table: "tasks",
                columns: new[] { "instance_id", "node_id", "role", "department" },
                unique: true,
                filter: "status = 'Open'")
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "departments",
                schema: "disclosure");

            migrationBuilder.DropIndex(
                name: "ix_instances_join_arrivals",
                schema: "disclosure",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_tasks_countersign_group",
                schema: "disclosure",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ux_tasks_one_open_per_signer",
                schema: "disclosure",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "join_arrivals",
                schema: "disclosure",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "countersign_group",
                schema: "disclosure",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "department",
                schema: "disclosure",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "departments_concerned",
                schema: "disclosure",
                table: "item_versions");

            migrationBuilder.CreateIndex(
                name: "ux_tasks_one_open",
                schema: "disclosure",
                table: "tasks",
                column: "instance_id",
                unique: true,
                filter: "status = 'Open'");
        }
    }
}
