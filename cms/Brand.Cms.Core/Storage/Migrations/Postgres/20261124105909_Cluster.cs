using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Brand.Cms.Core.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Cluster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "node_leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_node_leases", x => x.Name);
                });

            // Wakes every node's JournalListener when journal entries commit (PostgreSQL delivers NOTIFY at commit,
            // never for a rolled-back write). One notification per statement, carrying the highest new id: a node
            // that already reached it skips the catch-up. SQLite has no equivalent and needs none (one node).
            migrationBuilder.Sql("""
                CREATE FUNCTION brand_journal_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('brand_journal', (SELECT coalesce(max("Id"), 0)::text FROM new_entries));
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER change_journal_notify AFTER INSERT ON change_journal
                    REFERENCING NEW TABLE AS new_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION brand_journal_notify();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS change_journal_notify ON change_journal;
                DROP FUNCTION IF EXISTS brand_journal_notify();
                """);
            migrationBuilder.DropTable(
                name: "node_leases");
        }
    }
}
