using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StandardBearer.Core.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LearnedFrom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WhatWeLearned = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhatChanged = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ElementNumbers = table.Column<List<string>>(type: "text[]", nullable: false),
                    CaseIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StandardVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElementNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SenderUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SenderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TriagedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TriagedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    TriagedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
