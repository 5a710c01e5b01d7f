using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Brand.Cms.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorIndexesAndMailedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "diagnostic_scores",
                type: "TEXT",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Sector",
                table: "diagnostic_scores",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SizeBand",
                table: "diagnostic_scores",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "MailedAt",
                table: "contact_requests",
                type: "TEXT",
                nullable: true);

            // Results stored before the copy: their scores take the result's region, sector and size band.
            migrationBuilder.Sql("UPDATE diagnostic_scores SET Region = r.Region, Sector = r.Sector, SizeBand = r.SizeBand FROM diagnostic_results AS r WHERE r.Id = diagnostic_scores.ResultId");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_scores_Region_Sector_SizeBand_DimensionKey_Score",
                table: "diagnostic_scores",
                columns: new[] { "Region", "Sector", "SizeBand", "DimensionKey", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_results_Region_Sector_SizeBand_Overall",
                table: "diagnostic_results",
                columns: new[] { "Region", "Sector", "SizeBand", "Overall" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_diagnostic_scores_Region_Sector_SizeBand_DimensionKey_Score",
                table: "diagnostic_scores");

            migrationBuilder.DropIndex(
                name: "IX_diagnostic_results_Region_Sector_SizeBand_Overall",
                table: "diagnostic_results");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "diagnostic_scores");

            migrationBuilder.DropColumn(
                name: "Sector",
                table: "diagnostic_scores");

            migrationBuilder.DropColumn(
                name: "SizeBand",
                table: "diagnostic_scores");

            migrationBuilder.DropColumn(
                name: "MailedAt",
                table: "contact_requests");
        }
    }
}
