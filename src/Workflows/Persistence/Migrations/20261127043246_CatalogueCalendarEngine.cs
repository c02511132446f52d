using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Disclosure.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueCalendarEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_years",
                schema: "disclosure",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    holidays = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    make_up_workdays = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "categories",
                schema: "disclosure",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    english_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_categories", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "definition_versions",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    english_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    document_json = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_definition_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    definition_number = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    node_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    node_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    details = table.Column<string>(type: "text", nullable: true),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dedup_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recipient_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    dedup_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    consent_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "items",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    timing = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    cadence = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    review_interval_months = table.Column<int>(type: "integer", nullable: true),
                    last_confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    review_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    next_period_key = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    next_period_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    responsible_body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_items_categories_category_code",
                        column: x => x.category_code,
                        principalSchema: "disclosure",
                        principalTable: "categories",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "item_versions",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    interpretation = table.Column<string>(type: "text", nullable: true),
                    channels = table.Column<string[]>(type: "text[]", nullable: false),
                    audience = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    audience_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    legal_basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    formed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    publish_by = table.Column<DateOnly>(type: "date", nullable: false),
                    period_key = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    drafter_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    drafter_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    exemption = table.Column<string>(type: "jsonb", nullable: true),
                    rights_holders = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_item_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_item_versions_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "disclosure",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workflow_instances",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    definition_number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    current_node_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    last_outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    last_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    exemption = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_instances", x => x.id);
                    table.ForeignKey(
                        name: "fk_workflow_instances_definition_versions_definition_id",
                        column: x => x.definition_id,
                        principalSchema: "disclosure",
                        principalTable: "definition_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_instances_item_versions_item_version_id",
                        column: x => x.item_version_id,
                        principalSchema: "disclosure",
                        principalTable: "item_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    node_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    claimed_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    claimed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_estimated = table.Column<bool>(type: "boolean", nullable: false),
                    deadline_outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    completed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_tasks_workflow_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "disclosure",
                        principalTable: "workflow_instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consent_requests",
                schema: "disclosure",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    holder_contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    concern = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_requests_tasks_task_id",
                        column: x => x.task_id,
                        principalSchema: "disclosure",
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "disclosure",
                table: "categories",
                columns: new[] { "code", "english_name", "name", "order", "parent_code" },
                values: new object[,]
                {
                    { "1", "Normative documents and plans", "规范性文件和发展规划", 1, null },
                    { "1.1", "Normative documents of the office and rules for its statutory duties", "办事处规范性文件，依法行使管理职能的具体制度", 2, "1" },
                    { "1.2", "Economic and social development plan of the area, its progress and completion", "本行政区域经济和社会发展总体规划及其进展和完成情况", 3, "1" },
                    { "2", "Major matters close to the public", "与公众密切相关的重大事项", 4, null },
                    { "2.1", "Forecasts, occurrence and handling of epidemics, disasters and emergencies", "疫情、灾情或者突发事件的预报、发生及其处理情况", 5, "2" },
                    { "2.2", "Standards, conditions and implementation of poverty relief, special care, education, social security and employment", "扶贫、优抚、教育、社会保障、劳动就业等方面的标准、条件及实施情况", 6, "2" },
                    { "2.3", "Payment of subsistence allowances and distribution of relief supplies", "低保生活补助金、救灾物资的发放情况", 7, "2" },
                    { "2.4", "Construction, management and completion of public-benefit projects", "政府惠民实事工程的建设、管理及完成情况", 8, "2" },
                    { "3", "Use and supervision of public funds", "公共资金使用和监督", 9, null },
                    { "3.1", "Tender results and progress of public infrastructure projects", "政府基础建设项目的公开招标中标情况及工程进度情况", 10, "3" },
                    { "3.2", "Central procurement catalogue, thresholds, methods, results and supervision", "政府集中采购项目目录、政府采购限额标准、采购方式、采购结果及其监督情况", 11, "3" },
                    { "3.3", "Use of major special-purpose funds", "重要专项资金使用情况", 12, "3" },
                    { "3.4", "Annual budget, final accounts and their execution", "政府财政年度预算、决算及执行情况", 13, "3" },
                    { "4", "Government bodies and personnel", "政府机构和人事", 14, null },
                    { "4.1", "Addresses, structure and functions of the office and communities", "办事处及社区依法行使管理职能的办公地址、机构设置、工作职能等情况", 15, "4" },
                    { "4.2", "Appointments, removals and division of duties", "办事处人事任免情况、职责分工", 16, "4" },
                    { "5", "Other government information that laws and regulations require to be disclosed", "法律、法规、规章规定应当公开的其他政府信息", 17, null }
                });

            migrationBuilder.CreateIndex(
                name: "ix_consent_requests_task_id",
                schema: "disclosure",
                table: "consent_requests",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_consent_requests_token_hash",
                schema: "disclosure",
                table: "consent_requests",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_definition_versions_key_number",
                schema: "disclosure",
                table: "definition_versions",
                columns: new[] { "key", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_definition_versions_one_draft",
                schema: "disclosure",
                table: "definition_versions",
                column: "key",
                unique: true,
                filter: "status = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "ix_item_versions_item_id_number",
                schema: "disclosure",
                table: "item_versions",
                columns: new[] { "item_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_item_versions_pending_publish_by",
                schema: "disclosure",
                table: "item_versions",
                column: "publish_by",
                filter: "status IN ('Draft', 'InReview', 'Returned')");

            migrationBuilder.CreateIndex(
                name: "ix_item_versions_published",
                schema: "disclosure",
                table: "item_versions",
                column: "published_at",
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ux_item_versions_one_published",
                schema: "disclosure",
                table: "item_versions",
                columns: new[] { "item_id", "period_key" },
                unique: true,
                filter: "status = 'Published'")
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_items_category_code_timing",
                schema: "disclosure",
                table: "items",
                columns: new[] { "category_code", "timing" });

            migrationBuilder.CreateIndex(
                name: "ix_items_periodic_due",
                schema: "disclosure",
                table: "items",
                column: "next_period_due_on",
                filter: "next_period_due_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_items_review_due",
                schema: "disclosure",
                table: "items",
                column: "review_due_on",
                filter: "review_due_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_journal_instance_id_id",
                schema: "disclosure",
                table: "journal",
                columns: new[] { "instance_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_journal_item_id_id",
                schema: "disclosure",
                table: "journal",
                columns: new[] { "item_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_dedup_key",
                schema: "disclosure",
                table: "notifications",
                column: "dedup_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_kind_recipient_created_at",
                schema: "disclosure",
                table: "notifications",
                columns: new[] { "recipient_kind", "recipient", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_dedup_key",
                schema: "disclosure",
                table: "outbox",
                column: "dedup_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_pending",
                schema: "disclosure",
                table: "outbox",
                column: "next_attempt_at",
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_item_id",
                schema: "disclosure",
                table: "tasks",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_open_by_role",
                schema: "disclosure",
                table: "tasks",
                columns: new[] { "role", "due_at" },
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_open_due",
                schema: "disclosure",
                table: "tasks",
                column: "due_at",
                filter: "status = 'Open' AND due_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_tasks_one_open",
                schema: "disclosure",
                table: "tasks",
                column: "instance_id",
                unique: true,
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_definition_id_current_node_id",
                schema: "disclosure",
                table: "workflow_instances",
                columns: new[] { "definition_id", "current_node_id" },
                filter: "status = 'Running'");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_item_id",
                schema: "disclosure",
                table: "workflow_instances",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ux_instances_one_running",
                schema: "disclosure",
                table: "workflow_instances",
                column: "item_version_id",
                unique: true,
                filter: "status = 'Running'");

            // The journal is append-only: the database itself refuses to change or remove a line.
            migrationBuilder.Sql("""
                CREATE FUNCTION disclosure.journal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the journal is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER journal_append_only
                    BEFORE UPDATE OR DELETE ON disclosure.journal
                    FOR EACH ROW EXECUTE FUNCTION disclosure.journal_is_append_only();
                CREATE TRIGGER journal_no_truncate
                    BEFORE TRUNCATE ON disclosure.journal
                    FOR EACH STATEMENT EXECUTE FUNCTION disclosure.journal_is_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS journal_no_truncate ON disclosure.journal; DROP TRIGGER IF EXISTS journal_append_only ON disclosure.journal; DROP FUNCTION IF EXISTS disclosure.journal_is_append_only();");
            migrationBuilder.DropTable(
                name: "calendar_years",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "consent_requests",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "journal",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "notifications",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "workflow_instances",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "definition_versions",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "item_versions",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "items",
                schema: "disclosure");

            migrationBuilder.DropTable(
                name: "categories",
                schema: "disclosure");
        }
    }
}
