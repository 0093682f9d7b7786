package deploy

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
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

// sourceBundle zips an API's src/ folder (without what .dockerignore excludes,
// nor the secret files in leave, relative to src/) with its generated
// buildspec as buildspec.yml: what the pipeline builds.
// Everything is read through os.Root at src/: a link to a file inside src/ is
// bundled as that file's content; a link leading out of src/ is an error.
func sourceBundle(srcDir string, buildspec []byte, leave []string) ([]byte, error) {
	root, err := os.OpenRoot(srcDir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	var patterns []string
	if f, err := root.Open(".dockerignore"); err == nil {
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
	var files []string // names in the zip, relative to src/
	err = fs.WalkDir(root.FS(), ".", func(rel string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if rel == "." {
			return nil
		}
		if skip, err := ignore.MatchesOrParentMatches(rel); err != nil || skip {
			if skip && d.IsDir() {
				return filepath.SkipDir
			}
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			st, err := root.Stat(rel) // follows the link, refusing one that leaves src/
			switch {
			case err != nil:
				return fmt.Errorf("%s/%s: a symbolic link that leads out of src/ or nowhere (%v); only src/ is uploaded to the build: replace the link with the file", srcDir, rel, err)
			case st.IsDir():
				return fmt.Errorf("%s/%s: a symbolic link to a folder; the bundle holds files and links to files only: replace it with the folder", srcDir, rel)
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		if rel != "buildspec.yml" && !slices.Contains(leave, rel) {
			files = append(files, rel)
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
	slices.Sort(files)
	for _, name := range files {
		data, err := root.ReadFile(name)
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
