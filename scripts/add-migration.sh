#!/usr/bin/env bash
# Adds one migration with the same name for both providers (STYLE §10), with the repository's local dotnet-ef.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:?usage: scripts/add-migration.sh NAME}"
cd "$root"
dotnet tool restore >/dev/null
project=src/Gongkai/Gongkai.csproj
dotnet build "$project" --nologo -v quiet
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
    --context "${provider}GongkaiDbContext" --output-dir "Data/Migrations/$provider"
done
