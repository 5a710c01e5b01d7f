using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Brand.Backoffice.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedDataProtectionKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "backoffice_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_backoffice_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_backoffice_data_protection_keys_FriendlyName",
                table: "backoffice_data_protection_keys",
                column: "FriendlyName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "backoffice_data_protection_keys");
        }
    }
}
