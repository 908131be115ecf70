using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StandardBearer.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Benchmarking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PublishBenchmark",
                table: "Organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PublishBenchmarkChangedAt",
                table: "Organisations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PointsSchemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    StandardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsSchemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PointsSchemes_CertificationBodies_CertificationBodyId",
                        column: x => x.CertificationBodyId,
                        principalTable: "CertificationBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PointsSchemes_Standards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "Standards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResultsImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    StandardVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    ResultsCreated = table.Column<int>(type: "integer", nullable: false),
                    ResultsUpdated = table.Column<int>(type: "integer", nullable: false),
                    ResultsUnchanged = table.Column<int>(type: "integer", nullable: false),
                    OrganisationsCreated = table.Column<int>(type: "integer", nullable: false),
                    BodiesCreated = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultsImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResultsImports_CertificationBodies_CertificationBodyId",
                        column: x => x.CertificationBodyId,
                        principalTable: "CertificationBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResultsImports_StandardVersions_StandardVersionId",
                        column: x => x.StandardVersionId,
                        principalTable: "StandardVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PointsSchemeRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PointsSchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsSchemeRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PointsSchemeRatings_PointsSchemes_PointsSchemeId",
                        column: x => x.PointsSchemeId,
                        principalTable: "PointsSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HistoricalResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    StandardVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResultsImportId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HistoricalResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HistoricalResults_CertificationBodies_CertificationBodyId",
                        column: x => x.CertificationBodyId,
                        principalTable: "CertificationBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HistoricalResults_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HistoricalResults_ResultsImports_ResultsImportId",
                        column: x => x.ResultsImportId,
                        principalTable: "ResultsImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HistoricalResults_StandardVersions_StandardVersionId",
                        column: x => x.StandardVersionId,
                        principalTable: "StandardVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HistoricalRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HistoricalResultId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElementNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RatingKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HistoricalRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HistoricalRatings_HistoricalResults_HistoricalResultId",
                        column: x => x.HistoricalResultId,
                        principalTable: "HistoricalResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HistoricalRatings_HistoricalResultId_ElementNumber",
                table: "HistoricalRatings",
                columns: new[] { "HistoricalResultId", "ElementNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HistoricalResults_CertificationBodyId",
                table: "HistoricalResults",
                column: "CertificationBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_HistoricalResults_OrganisationId_CertificationBodyId_Standa~",
                table: "HistoricalResults",
                columns: new[] { "OrganisationId", "CertificationBodyId", "StandardVersionId", "AssessedOn", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HistoricalResults_ResultsImportId",
                table: "HistoricalResults",
                column: "ResultsImportId");

            migrationBuilder.CreateIndex(
                name: "IX_HistoricalResults_StandardVersionId",
                table: "HistoricalResults",
                column: "StandardVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PointsSchemeRatings_PointsSchemeId_RatingKey",
                table: "PointsSchemeRatings",
                columns: new[] { "PointsSchemeId", "RatingKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsSchemes_CertificationBodyId_StandardId_EffectiveFrom",
                table: "PointsSchemes",
                columns: new[] { "CertificationBodyId", "StandardId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsSchemes_StandardId",
                table: "PointsSchemes",
                column: "StandardId");

            migrationBuilder.CreateIndex(
                name: "IX_ResultsImports_CertificationBodyId",
                table: "ResultsImports",
                column: "CertificationBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ResultsImports_ImportedAt",
                table: "ResultsImports",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ResultsImports_StandardVersionId",
                table: "ResultsImports",
                column: "StandardVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HistoricalRatings");

            migrationBuilder.DropTable(
                name: "PointsSchemeRatings");

            migrationBuilder.DropTable(
                name: "HistoricalResults");

            migrationBuilder.DropTable(
                name: "PointsSchemes");

            migrationBuilder.DropTable(
                name: "ResultsImports");

            migrationBuilder.DropColumn(
                name: "PublishBenchmark",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PublishBenchmarkChangedAt",
                table: "Organisations");
        }
    }
}
