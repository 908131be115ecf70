using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StandardBearer.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssessorConflictsAndSizing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeactivatedAt",
                table: "Memberships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AssessorConflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclaredByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessorConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessorConflicts_AspNetUsers_AssessorUserId",
                        column: x => x.AssessorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessorConflicts_CertificationBodies_CertificationBodyId",
                        column: x => x.CertificationBodyId,
                        principalTable: "CertificationBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessorConflicts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SizingBands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    UpToStaff = table.Column<int>(type: "INTEGER", nullable: true),
                    DeskDays = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false),
                    OnSiteDays = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SizingBands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SizingBands_CertificationBodies_CertificationBodyId",
                        column: x => x.CertificationBodyId,
                        principalTable: "CertificationBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessorConflicts_AssessorUserId",
                table: "AssessorConflicts",
                column: "AssessorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessorConflicts_CertificationBodyId_AssessorUserId_OrganisationId",
                table: "AssessorConflicts",
                columns: new[] { "CertificationBodyId", "AssessorUserId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessorConflicts_OrganisationId",
                table: "AssessorConflicts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SizingBands_CertificationBodyId_Order",
                table: "SizingBands",
                columns: new[] { "CertificationBodyId", "Order" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessorConflicts");

            migrationBuilder.DropTable(
                name: "SizingBands");

            migrationBuilder.DropColumn(
                name: "DeactivatedAt",
                table: "Memberships");
        }
    }
}
