#!/usr/bin/env bash
# Builds and launches the desktop app on the embedded default: in-process server + embedded PostgreSQL,
# no configuration. Extra arguments go to the app, e.g. `scripts/run-app.sh --server-url http://host:8080`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
exec ./mvnw -q -B -pl app -am -DskipTests compile exec:exec -Dapp.args="$*"
