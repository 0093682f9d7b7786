package deploy

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/dockstack/dockstack/gen"
	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"
)

// Objects are the artifacts of a deploy, by S3 key.
type Objects map[string][]byte

// contentKey is a content-addressed key: the same bytes always go to the same key,
// so an object that is already there is never uploaded again.
func contentKey(prefix, name string, data []byte) string {
	sum := sha256.Sum256(data)
	return prefix + hex.EncodeToString(sum[:10]) + "-" + name
}

// templateURL is the S3 URL CloudFormation fetches a nested template from.
func templateURL(bucket, region, key string) string {
	return fmt.Sprintf("https://%s.s3.%s.amazonaws.com/%s", bucket, region, key)
}

// packageRoot uploads the nested templates under content-addressed keys and
// returns the root template with its relative TemplateURLs replaced, as
// `aws cloudformation package` does.
func packageRoot(files gen.Files, bucket, region string, objects Objects) string {
	root := string(files["root.yaml"])
	for _, name := range files.Names() {
		if !strings.HasSuffix(name, ".yaml") || name == "root.yaml" || name == "bootstrap.yaml" {
			continue
		}
		key := contentKey(gen.SourcePrefix+"templates/", name, files[name])
		objects[key] = files[name]
		root = strings.ReplaceAll(root, "TemplateURL: "+name+"\n", "TemplateURL: "+templateURL(bucket, region, key)+"\n")
	}
	return root
}

// zipEpoch is the time stamp of every file in a bundle, so the same sources give the same bytes.
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// sourceBundle zips an API's src/ folder (without what .dockerignore excludes)
// with its generated buildspec as buildspec.yml: what the pipeline builds.
func sourceBundle(srcDir string, buildspec []byte) ([]byte, error) {
	var patterns []string
	if f, err := os.Open(filepath.Join(srcDir, ".dockerignore")); err == nil {
		patterns, err = ignorefile.ReadAll(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s/.dockerignore: %w", srcDir, err)
		}
	}
	ignore, err := patternmatcher.New(patterns)
	if err != nil {
		return nil, fmt.Errorf("%s/.dockerignore: %w", srcDir, err)
	}
	files := map[string]string{} // name in the zip -> path on disk
	err = filepath.WalkDir(srcDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(srcDir, p)
		rel = filepath.ToSlash(rel)
		if rel == "." {
			return nil
		}
		if skip, err := ignore.MatchesOrParentMatches(rel); err != nil || skip {
			if skip && d.IsDir() {
				return filepath.SkipDir
			}
			return err
		}
		if d.Type().IsRegular() && rel != "buildspec.yml" {
			files[rel] = p
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name string, data []byte) error {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipEpoch})
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		data, err := os.ReadFile(files[name])
		if err != nil {
			return nil, err
		}
		if err := add(name, data); err != nil {
			return nil, err
		}
	}
	if err := add("buildspec.yml", buildspec); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
