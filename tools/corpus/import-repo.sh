#!/bin/sh
# Copies one public repository at a pinned commit into
# golden/testdata/corpus/github/NAME/, keeping what dockstack reads (compose
# files, Dockerfiles, configuration, small sources) and the licence.
# Images, lock files, vendored assets and files over 16 KiB are left out. For a
# big repository KEEP, an extended regular expression, names the paths to keep
# (the licence is always kept); it is recorded in SOURCE.
# A repository's own .gitignore may hide files it tracks: commit the import
# with `git add -f golden/testdata/corpus/github/NAME`.
# Usage: tools/corpus/import-repo.sh GIT_DIR NAME COMMIT [KEEP]
set -eu
git_dir=$1 name=$2 keep=${4:-}
commit=$(git --git-dir "$git_dir" rev-parse "$3")
out=golden/testdata/corpus/github/$name
rm -rf "$out"
mkdir -p "$out"
git --git-dir "$git_dir" ls-tree -r -l "$commit" | while read -r mode type obj size path; do
	[ "$type" = blob ] || continue
	case "$path" in
	*.png | *.jpg | *.jpeg | *.gif | *.ico | *.svg | *.webp | *.woff* | *.ttf | *.eot | *.pdf | *.zip | *.jar | \
		*package-lock.json | *yarn.lock | *Gemfile.lock | *Cargo.lock | *go.sum | *poetry.lock | *.min.js | *.min.css | \
		*/vendor/* | .github/* | .gitattributes | */.gitattributes) continue ;;
	esac
	[ "$size" -le 16384 ] || continue
	if [ -n "$keep" ]; then
		case "$path" in
		LICENSE* | LICENCE* | COPYING*) ;;
		*) printf '%s\n' "$path" | grep -Eq -- "$keep" || continue ;;
		esac
	fi
	mkdir -p "$out/$(dirname "$path")"
	git --git-dir "$git_dir" cat-file blob "$obj" > "$out/$path"
done
printf '%s at %s (licence: see its LICENSE file)\n' "$name" "$commit" > "$out/SOURCE"
[ -z "$keep" ] || printf 'only the paths matching %s\n' "$keep" >> "$out/SOURCE"
