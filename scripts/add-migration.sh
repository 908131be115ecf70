#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets (docs/decisions/0002-migrations-per-provider.md).
# Usage: scripts/add-migration.sh AddSomething
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/../src/StandardBearer.Core"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  EfDesign=true dotnet ef migrations add "$name" \
    --context "${provider}AppDbContext" \
    --output-dir "Data/Migrations/$provider" \
    --namespace "StandardBearer.Core.Data.Migrations.$provider"
  # dotnet-ef puts the model snapshot in a folder named after the namespace; keep it beside the migrations.
  if [ -d StandardBearer ]; then
    mv StandardBearer/Core/Data/Migrations/$provider/*.cs "Data/Migrations/$provider/" 2>/dev/null || true
    rm -rf StandardBearer
  fi
done
rm -f design.db
echo "Added $name for SQLite and PostgreSQL."
