package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/dockstack/dockstack/deploy"
	"github.com/dockstack/dockstack/model"
	"github.com/spf13/cobra"
)

func newDeleteCmd() *cobra.Command {
	var f awsFlags
	var yes, deleteData bool
	cmd := &cobra.Command{
		Use:   "delete",
		Short: "Delete an environment's stacks once you type its name; retained data stays, listed with the command that removes each",
		Long: `delete lists the environment's stacks and what their templates retain (tables,
repositories, user pools, buckets, keys, log groups) or deploy made beside them
(secrets), asks you to type the environment's name (--yes in CI), then deletes the
root stack (its nested stacks with it) and the bootstrap stack, following each.
What is retained stays; the listing gives the command that removes each, to run
once you are sure the data can go, or --delete-data deletes them too (after the
stacks are gone). A failure or Ctrl-C says what is left; running delete again finishes.`,
		Example: "  dockstack delete --env test\n  dockstack delete --env pr-42 --yes",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, c, err := f.clients(cmd)
			if err != nil {
				return err
			}
			return deleteEnv(cmd, c, b, yes, deleteData, f.output == "json")
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "do not ask for the environment's name (CI)")
	cmd.Flags().BoolVar(&deleteData, "delete-data", false, "also delete what the templates retain: tables, repositories, user pools, buckets (every version), log groups; keys and secrets are scheduled for deletion in 30 days")
	return cmd
}

// newEnvRemoveCmd deletes an environment's stacks, as delete does, then
// removes it from team-provider-info.json. The current one cannot go, as in Amplify.
func newEnvRemoveCmd() *cobra.Command {
	var f awsFlags
	var yes bool
	cmd := &cobra.Command{
		Use:               "remove NAME",
		Short:             "Delete an environment's stacks (see dockstack delete) and remove it from the project",
		Example:           "  dockstack env remove test\n  dockstack env remove pr-42 --yes",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: complete(func(b *model.Backend, _ []string) []string { return envNames(b) }),
		RunE: func(cmd *cobra.Command, args []string) error {
			current, _ := model.Load(f.dir, model.Options{})
			if current.Env.Name == args[0] {
				return usagef("%s is the current environment; check out another (dockstack env checkout) before removing it", args[0])
			}
			f.env = args[0]
			b, c, err := f.clients(cmd)
			if err != nil {
				return err
			}
			if err := deleteEnv(cmd, c, b, yes, false, f.output == "json"); err != nil {
				return err
			}
			if err := model.RemoveEnv(b.Root, b.Env.Name, current.Env.Name); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "Removed environment %s from %s.\n", b.Env.Name, model.TeamProviderFile)
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().MarkHidden("env") // the argument names it
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "do not ask for the environment's name (CI)")
	return cmd
}

// deleteEnv shows what goes and what stays, asks for the environment's name
// unless yes, then deletes. Ctrl-C before the answer deletes nothing; after it,
// Ctrl-C stops following only.
func deleteEnv(cmd *cobra.Command, c deploy.Clients, b *model.Backend, yes, deleteData, asJSON bool) error {
	t, err := deploy.PlanDelete(cmd.Context(), c, b)
	if err != nil {
		return deploy.Explain(err)
	}
	out, progress := cmd.OutOrStdout(), cmd.OutOrStdout()
	if asJSON {
		progress = cmd.ErrOrStderr()
	}
	if len(t.Stacks) == 0 && len(t.GlobalStacks) == 0 {
		if asJSON {
			return printJSON(out, t)
		}
		fmt.Fprintf(out, "Environment %s has no stacks in %s: nothing to delete.\n", b.Env.Name, b.Env.Region)
		return nil
	}
	kept := "except:"
	if deleteData {
		kept = "and then, with --delete-data, the data they keep:"
	}
	stacks := strings.Join(t.Stacks, ", ")
	if len(t.GlobalStacks) > 0 {
		stacks += " and, in us-east-1, " + strings.Join(t.GlobalStacks, ", ")
	}
	fmt.Fprintf(progress, "Deleting environment %s removes the stacks %s and what they hold, %s\n", b.Env.Name, stacks, kept)
	listKept(progress, t.Kept)
	if !yes {
		p, err := terminal(cmd, nil)
		if err != nil {
			return usagef("deleting %s: type its name at a terminal, or give --yes", b.Env.Name)
		}
		name, err := p.text(fmt.Sprintf("Type %s to delete it", b.Env.Name))
		if err != nil {
			return err
		}
		if name != b.Env.Name {
			return fmt.Errorf("not deleted: %q is not %s", name, b.Env.Name)
		}
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
	defer stop()
	if err := deploy.Delete(ctx, c, t, progress); err != nil {
		return err
	}
	if deleteData {
		if failed := deploy.DeleteData(ctx, c.Data, t.Kept, progress); len(failed) > 0 {
			lines := make([]string, len(failed))
			for i, e := range failed {
				lines[i] = e.Error()
			}
			return fmt.Errorf("deleted environment %s's stacks, but not all of its data:\n  %s", b.Env.Name, strings.Join(lines, "\n  "))
		}
		t.Kept = nil
	}
	if asJSON {
		return printJSON(out, t)
	}
	fmt.Fprintf(out, "Deleted environment %s.", b.Env.Name)
	if len(t.Kept) > 0 {
		fmt.Fprint(out, " Kept; remove each only once you are sure its data can go:")
		for _, k := range t.Kept {
			fmt.Fprintf(out, "\n  %s", k.RemoveCommand())
		}
	}
	fmt.Fprintln(out)
	return nil
}

func listKept(w io.Writer, kept []deploy.Kept) {
	if len(kept) == 0 {
		fmt.Fprintln(w, "  (nothing: no template retains a resource)")
	}
	for _, k := range kept {
		fmt.Fprintf(w, "  keeps %-28s %s\n", k.Type, k.ID)
	}
}
