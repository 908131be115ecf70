using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StandardBearer.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Centre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearningExamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LearnedFrom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WhatWeLearned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WhatChanged = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ElementNumbers = table.Column<string>(type: "TEXT", nullable: false),
                    CaseIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningExamples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningExamples_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandardFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StandardVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SenderUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TriagedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TriagedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TriagedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardFeedback_AspNetUsers_SenderUserId",
                        column: x => x.SenderUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandardFeedback_StandardVersions_StandardVersionId",
                        column: x => x.StandardVersionId,
                        principalTable: "StandardVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearningExamples_OrganisationId_Status",
                table: "LearningExamples",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningExamples_Status",
                table: "LearningExamples",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_StandardFeedback_SenderUserId",
                table: "StandardFeedback",
                column: "SenderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardFeedback_StandardVersionId",
                table: "StandardFeedback",
                column: "StandardVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardFeedback_Status_ElementNumber",
                table: "StandardFeedback",
                columns: new[] { "Status", "ElementNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearningExamples");

            migrationBuilder.DropTable(
                name: "StandardFeedback");
        }
    }
}
