#!/bin/sh
# Copies the samples of docker/awesome-compose (CC0 1.0) at a pinned commit
# into golden/testdata/corpus/awesome-compose/, keeping what dockstack reads: compose
# files, Dockerfiles, configuration and small sources. Images, lock files and
# files over 16 KiB are left out (dockstack reads none of them).
# Usage: tools/corpus/import-awesome-compose.sh GIT_DIR   (a clone or mirror)
set -eu
git_dir=$1
commit=$(git --git-dir "$git_dir" rev-parse 18f59bd)
out=golden/testdata/corpus/awesome-compose
rm -rf "$out"
mkdir -p "$out"
git --git-dir "$git_dir" show "$commit:LICENSE" > "$out/LICENSE"
printf 'docker/awesome-compose at %s (CC0 1.0, see LICENSE)\n' "$commit" > "$out/SOURCE"
git --git-dir "$git_dir" ls-tree -r -l "$commit" | while read -r mode type obj size path; do
	[ "$type" = blob ] || continue
	case "$path" in
	*/*) ;;
	*) continue ;;
	esac
	sample=${path%%/*}
	case "$sample" in .github | official-documentation-samples) continue ;; esac
	case "$path" in
	*.png | *.jpg | *.jpeg | *.gif | *.ico | *.svg | *.webp | *package-lock.json | *yarn.lock | *Cargo.lock | *go.sum | */README.md | *.jar) continue ;;
	esac
	[ "$size" -le 16384 ] || continue
	mkdir -p "$out/$(dirname "$path")"
	git --git-dir "$git_dir" cat-file blob "$obj" > "$out/$path"
done
