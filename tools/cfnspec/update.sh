#!/usr/bin/env bash
# Regenerates internal/cfnspec/spec.json from the pinned @aws-cdk/aws-service-spec.
# Needs node and npm; the Go tests need neither.
set -euo pipefail
VERSION=0.1.216
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../internal/cfnspec/spec.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --silent --no-audit --no-fund --prefix "$tmp" "@aws-cdk/aws-service-spec@$VERSION"
pkg="$tmp/node_modules/@aws-cdk/aws-service-spec"
cp "$pkg/LICENSE" "$here/../../internal/cfnspec/LICENSE-aws-service-spec"
node "$here/trim.mjs" "$pkg/db.json.gz" "$VERSION" "$out" $(grep -v '^#' "$here/types.txt")
