#!/usr/bin/env bash
# Regenerates models/person/surnames_attested.tsv from two pinned sources: HanLP's person-name dictionary
# (com.hankcs:hanlp:portable-1.8.6 from Maven Central, the segmenter the library uses; Apache-2.0) and the npm
# package chinese-surnames@1.0.0 (MIT). Needs Java 17, Maven and npm.
set -euo pipefail
cd "$(dirname "$0")/../.."
hanlp=portable-1.8.6
npm_version=1.0.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q dependency:copy -Dartifact="com.hankcs:hanlp:$hanlp" -DoutputDirectory="$work" >/dev/null
(cd "$work" && npm pack --silent "chinese-surnames@$npm_version" >/dev/null && tar xzf "chinese-surnames-$npm_version.tgz")
java -cp "$work/hanlp-$hanlp.jar" src/scripts/Surnames.java "$work/package/index.json" > models/person/surnames_attested.tsv
echo "models/person/surnames_attested.tsv: $(grep -vc '^#' models/person/surnames_attested.tsv) surnames from hanlp $hanlp and chinese-surnames@$npm_version"
