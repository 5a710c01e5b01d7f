using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Brand.Cms.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Network : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actor_sign_in_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_sign_in_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "label_applications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Siret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    Specialties = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Departments = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AcceptsRemote = table.Column<bool>(type: "INTEGER", nullable: false),
                    References = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    CharterAcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CharterKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    CharterPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ActorKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    LabelNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    LabelGrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LabelExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_members",
                columns: table => new
                {
                    ActorKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    LabelNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: true),
                    RemindedFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_members", x => x.ActorKey);
                });

            migrationBuilder.CreateTable(
                name: "profile_edits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActorKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                    BaseVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profile_edits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "label_application_documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_application_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_application_documents_label_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "label_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "label_application_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    SharedWithApplicant = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_application_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_label_application_events_label_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "label_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actor_sign_in_links_ExpiresAt",
                table: "actor_sign_in_links",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_actor_sign_in_links_TokenHash",
                table: "actor_sign_in_links",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_application_documents_ApplicationId",
                table: "label_application_documents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_label_application_events_ApplicationId",
                table: "label_application_events",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_ActorKey",
                table: "label_applications",
                column: "ActorKey");

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_LabelNumber",
                table: "label_applications",
                column: "LabelNumber");

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_Status_Id",
                table: "label_applications",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_SubmittedAt",
                table: "label_applications",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_label_applications_TokenHash",
                table: "label_applications",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_members_Email",
                table: "network_members",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_network_members_LabelNumber",
                table: "network_members",
                column: "LabelNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_profile_edits_ActorKey",
                table: "profile_edits",
                column: "ActorKey");

            migrationBuilder.CreateIndex(
                name: "IX_profile_edits_Status_Id",
                table: "profile_edits",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actor_sign_in_links");

            migrationBuilder.DropTable(
                name: "label_application_documents");

            migrationBuilder.DropTable(
                name: "label_application_events");

            migrationBuilder.DropTable(
                name: "network_members");

            migrationBuilder.DropTable(
                name: "profile_edits");

            migrationBuilder.DropTable(
                name: "label_applications");
        }
    }
}
