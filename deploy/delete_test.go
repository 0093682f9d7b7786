package deploy

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dockstack/dockstack/internal/awsfake"
)

// TestCtrlCDuringDelete: Ctrl-C while a stack is being deleted stops following
// only: the bootstrap stack is not touched, and the error says what is left.
func TestCtrlCDuringDelete(t *testing.T) {
	f := awsfake.New(t)
	b := load(t, deployed(t, f, "walkthrough"))
	c := NewClients(f.Config(), true)
	td, err := PlanDelete(context.Background(), c, b)
	if err != nil || len(td.Stacks) != 2 {
		t.Fatalf("plan: %v %v", err, td)
	}
	f.SlowOperations(1000)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	var out strings.Builder
	err = Delete(ctx, c, td, &out)
	if !errors.Is(err, ErrPartlyDeleted) || !strings.Contains(err.Error(), "goes on deleting amplify-demo-dev (left: amplify-demo-dev, amplify-demo-dev-bootstrap)") {
		t.Fatalf("Ctrl-C during delete: %v", err)
	}
	if f.Status("amplify-demo-dev") != "DELETE_IN_PROGRESS" || f.Status("amplify-demo-dev-bootstrap") == "DELETE_IN_PROGRESS" || !f.StackExists("amplify-demo-dev-bootstrap") {
		t.Errorf("after Ctrl-C: root %s, bootstrap %s", f.Status("amplify-demo-dev"), f.Status("amplify-demo-dev-bootstrap"))
	}
}

// TestSplitImage: rollback renames a built container's image by its name, so a
// digest or a registry port must not be taken for the tag.
func TestSplitImage(t *testing.T) {
	for image, want := range map[string][2]string{
		"123.dkr.ecr.us-east-1.amazonaws.com/app:abc-b1":      {"123.dkr.ecr.us-east-1.amazonaws.com/app", "abc-b1"},
		"123.dkr.ecr.us-east-1.amazonaws.com/app@sha256:00ff": {"123.dkr.ecr.us-east-1.amazonaws.com/app", "sha256:00ff"},
		"localhost:5000/app": {"localhost:5000/app", "latest"},
		"nginx":              {"nginx", "latest"},
	} {
		if name, tag := splitImage(image); name != want[0] || tag != want[1] {
			t.Errorf("splitImage(%q) = %q, %q; want %q, %q", image, name, tag, want[0], want[1])
		}
	}
}

// TestVolumesAreData: a persistent volume's EFS file system is data: the guard
// refuses its replacement or removal, and delete names the command that removes it.
func TestVolumesAreData(t *testing.T) {
	for _, action := range []Change{
		{LogicalID: "FileSystem", Stack: "apiapp", Type: "AWS::EFS::FileSystem", Action: "Remove"},
		{LogicalID: "FileSystem", Stack: "apiapp", Type: "AWS::EFS::FileSystem", Action: "Modify", Replacement: "True"},
	} {
		if risky := DataLoss([]Change{action}); len(risky) != 1 || !strings.Contains(risky[0], "apiapp/FileSystem (AWS::EFS::FileSystem)") {
			t.Errorf("%s %s: guard says %v", action.Action, action.Replacement, risky)
		}
	}
	if got := (Kept{Type: "AWS::EFS::FileSystem", ID: "fs-0123"}).RemoveCommand(); got != "aws efs delete-file-system --file-system-id fs-0123" {
		t.Errorf("RemoveCommand: %q", got)
	}
}
