#!/usr/bin/env bash
# Regenerates models/person/surnames_attested.tsv from three pinned sources: HanLP's person-name dictionary
# (com.hankcs:hanlp:portable-1.8.6 from Maven Central, the segmenter the library uses; Apache-2.0) and the npm
# packages chinese-surnames@1.0.0 and pinyin-pro@3.29.4 (its surname table; both MIT). Needs Java 17, Maven,
# npm and node.
set -euo pipefail
cd "$(dirname "$0")/../.."
hanlp=portable-1.8.6
npm_version=1.0.0
pinyin_pro_version=3.29.4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q dependency:copy -Dartifact="com.hankcs:hanlp:$hanlp" -DoutputDirectory="$work" >/dev/null
(cd "$work" && npm pack --silent "chinese-surnames@$npm_version" >/dev/null && tar xzf "chinese-surnames-$npm_version.tgz")
mkdir "$work/pp"
(cd "$work/pp" && npm pack --silent "pinyin-pro@$pinyin_pro_version" >/dev/null && tar xzf "pinyin-pro-$pinyin_pro_version.tgz")
node -e 'import(process.argv[1]).then(m => console.log(JSON.stringify(Object.keys(m.default))))' \
    "$work/pp/package/dist/esm/data/surname.mjs" > "$work/pinyin-pro-surnames.json"
java -cp "$work/hanlp-$hanlp.jar" src/scripts/Surnames.java "$work/package/index.json" "$work/pinyin-pro-surnames.json" \
    > models/person/surnames_attested.tsv
echo "models/person/surnames_attested.tsv: $(grep -vc '^#' models/person/surnames_attested.tsv) surnames from hanlp $hanlp, chinese-surnames@$npm_version and pinyin-pro@$pinyin_pro_version"
