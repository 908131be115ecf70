using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StandardBearer.Core.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificationBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentElementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StandardVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessorComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Results = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConsentedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsentedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ModerationNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ModeratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModeratedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
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

            // Full-text search (docs/decisions/0008): an FTS5 table kept in step with the cases by triggers, so no
            // code path can forget it. Porter stemming matches "complaints" to "complaint".
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE BestPracticeSearch USING fts5(CaseId UNINDEXED, Title, Description, Results, AssessorComment, tokenize = 'porter unicode61');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER BestPracticeCases_SearchInsert AFTER INSERT ON BestPracticeCases BEGIN
                    INSERT INTO BestPracticeSearch (CaseId, Title, Description, Results, AssessorComment)
                    VALUES (new.Id, new.Title, new.Description, new.Results, new.AssessorComment);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER BestPracticeCases_SearchUpdate AFTER UPDATE OF Title, Description, Results, AssessorComment ON BestPracticeCases BEGIN
                    DELETE FROM BestPracticeSearch WHERE CaseId = old.Id;
                    INSERT INTO BestPracticeSearch (CaseId, Title, Description, Results, AssessorComment)
                    VALUES (new.Id, new.Title, new.Description, new.Results, new.AssessorComment);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER BestPracticeCases_SearchDelete AFTER DELETE ON BestPracticeCases BEGIN
                    DELETE FROM BestPracticeSearch WHERE CaseId = old.Id;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS BestPracticeCases_SearchInsert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS BestPracticeCases_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS BestPracticeCases_SearchDelete;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS BestPracticeSearch;");
            migrationBuilder.DropTable(
                name: "BestPracticeCases");
        }
    }
}
