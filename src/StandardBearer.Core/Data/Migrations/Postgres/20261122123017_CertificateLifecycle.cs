using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StandardBearer.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CertificateLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Confidential",
                table: "Certificates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OriginalIssuedOn",
                table: "Certificates",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "Certificates",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            // Existing certificates: first issued when last issued, and the old "Superseded" is now "Cancelled" (IAF CertSearch's words).
            migrationBuilder.Sql("UPDATE \"Certificates\" SET \"OriginalIssuedOn\" = \"IssuedOn\"");
            migrationBuilder.Sql("UPDATE \"Certificates\" SET \"Status\" = 'Cancelled', \"StatusReason\" = 'Replaced by a newer certificate' WHERE \"Status\" = 'Superseded'");

            migrationBuilder.CreateTable(
                name: "CertificateEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateEvents_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CertificateReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Milestone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateReminders_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PredecessorAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EnteredByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PredecessorAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PredecessorAwards_CertificationBodies_CertificationBodyId",
                        column: x => x.CertificationBodyId,
                        principalTable: "CertificationBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PredecessorAwards_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewPlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Visit = table.Column<int>(type: "integer", nullable: false),
                    ElementNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewPlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewPlanItems_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Status_ExpiresOn",
                table: "Certificates",
                columns: new[] { "Status", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateEvents_CertificateId_At",
                table: "CertificateEvents",
                columns: new[] { "CertificateId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateReminders_CertificateId_Milestone_DueOn_Stage",
                table: "CertificateReminders",
                columns: new[] { "CertificateId", "Milestone", "DueOn", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PredecessorAwards_CertificationBodyId",
                table: "PredecessorAwards",
                column: "CertificationBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_PredecessorAwards_OrganisationId",
                table: "PredecessorAwards",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewPlanItems_CertificateId_Visit_ElementNumber",
                table: "ReviewPlanItems",
                columns: new[] { "CertificateId", "Visit", "ElementNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificateEvents");

            migrationBuilder.DropTable(
                name: "CertificateReminders");

            migrationBuilder.DropTable(
                name: "PredecessorAwards");

            migrationBuilder.DropTable(
                name: "ReviewPlanItems");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_Status_ExpiresOn",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "Confidential",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "OriginalIssuedOn",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "StatusReason",
                table: "Certificates");
        }
    }
}
