#!/bin/bash
# Run once by the clickhouse-server image on an empty data volume (/docker-entrypoint-initdb.d).
# Analysts' own SQL runs as this user: SELECT on the analytics database and nothing else — no FILE,
# URL, S3, REMOTE, SOURCES, KILL QUERY, BACKUP or SYSTEM. The API checks its grants at start.
set -euo pipefail
clickhouse client --user "$CLICKHOUSE_USER" --password "$CLICKHOUSE_PASSWORD" --multiquery <<SQL
CREATE DATABASE IF NOT EXISTS agora;
CREATE USER IF NOT EXISTS agora_analyst IDENTIFIED WITH sha256_password BY '${CLICKHOUSE_ANALYST_PASSWORD}' DEFAULT DATABASE agora;
GRANT SELECT ON agora.* TO agora_analyst;
SQL
