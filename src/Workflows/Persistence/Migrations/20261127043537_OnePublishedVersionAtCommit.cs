using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OnePublishedVersionAtCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_item_versions_one_published",
                schema: "disclosure",
                table: "item_versions");

            // Checked at commit: a publication supersedes the old version in the same transaction.
            migrationBuilder.Sql("""
                ALTER TABLE disclosure.item_versions ADD CONSTRAINT ex_item_versions_one_published
                    EXCLUDE USING btree (item_id WITH =, (coalesce(period_key, '')) WITH =)
                    WHERE (status = 'Published')
                    DEFERRABLE INITIALLY DEFERRED;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE disclosure.item_versions DROP CONSTRAINT ex_item_versions_one_published;");
            migrationBuilder.CreateIndex(
                name: "ux_item_versions_one_published",
                schema: "disclosure",
                table: "item_versions",
                columns: new[] { "item_id", "period_key" },
                unique: true,
                filter: "status = 'Published'")
                .Annotation("Npgsql:NullsDistinct", false);
        }
    }
}
