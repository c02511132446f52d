using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StepWriteRowCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A step's hand-written update checks in the database that it changed its one row, so the
            // COMMIT sent in the same batch never commits a step that missed a row (StepWrites).
            migrationBuilder.Sql("""
                CREATE FUNCTION disclosure.expect_one_row(changed bigint) RETURNS void
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF changed <> 1 THEN
                        RAISE EXCEPTION 'a step''s update changed % rows instead of one', changed USING ERRCODE = 'WF001';
                    END IF;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION disclosure.expect_one_row(bigint);");
        }
    }
}
