using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StandardBearer.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BestPractice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BestPracticeCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentElementId = table.Column<Guid>(type: "uuid", nullable: false),
                    StandardVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElementNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AssessorComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Results = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConsentedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConsentedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ModerationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModeratedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestPracticeCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BestPracticeCases_AssessmentElements_AssessmentElementId",
                        column: x => x.AssessmentElementId,
                        principalTable: "AssessmentElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BestPracticeCases_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BestPracticeCases_CertificationBodies_CertificationBodyId",
                        column: x => x.CertificationBodyId,
                        principalTable: "CertificationBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BestPracticeCases_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BestPracticeCases_StandardVersions_StandardVersionId",
                        column: x => x.StandardVersionId,
                        principalTable: "StandardVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeCases_AssessmentElementId",
                table: "BestPracticeCases",
                column: "AssessmentElementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeCases_AssessmentId",
                table: "BestPracticeCases",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeCases_CertificationBodyId",
                table: "BestPracticeCases",
                column: "CertificationBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeCases_OrganisationId",
                table: "BestPracticeCases",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeCases_StandardVersionId",
                table: "BestPracticeCases",
                column: "StandardVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeCases_Status_ElementNumber",
                table: "BestPracticeCases",
                columns: new[] { "Status", "ElementNumber" });

            // Full-text search (docs/decisions/0008): a GIN index on the same expression BestPracticeSearch queries.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_BestPracticeCases_Search" ON "BestPracticeCases" USING GIN (
                    to_tsvector('english', coalesce("Title", '') || ' ' || coalesce("Description", '') || ' ' || coalesce("Results", '') || ' ' || "AssessorComment"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_BestPracticeCases_Search\";");
            migrationBuilder.DropTable(
                name: "BestPracticeCases");
        }
    }
}
