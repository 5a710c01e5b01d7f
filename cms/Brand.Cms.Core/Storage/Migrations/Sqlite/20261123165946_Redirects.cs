using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Brand.Cms.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Redirects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "redirect_urls",
                columns: table => new
                {
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NodeKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redirect_urls", x => x.Url);
                });

            migrationBuilder.CreateIndex(
                name: "IX_redirect_urls_NodeKey",
                table: "redirect_urls",
                column: "NodeKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "redirect_urls");
        }
    }
}
