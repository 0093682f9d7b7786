package deploy

import (
	"context"
	"errors"
	"sync"
)

// Ctrl-C works everywhere and never deletes anything. While a stack operation
// runs, the first Ctrl-C asks whether to cancel the update (waitStack) and the
// second stops following it. Anywhere else (uploads, following a pipeline, an
// SDK call retrying through throttling) the first Ctrl-C stops deploy at once:
// the run's context is cancelled, so waits and retries end, and what goes on in
// AWS (a pipeline run, a stack operation) is left to finish.

// errInterrupted ends a deploy stopped by Ctrl-C outside a stack operation.
var errInterrupted = errors.New("interrupted: deploy stopped; nothing was deleted, and what runs in AWS (a pipeline run) goes on: see it in the console, or deploy again")

// interrupts routes Ctrl-C: to the stack wait when one runs, else to cancel.
type interrupts struct {
	mu      sync.Mutex
	inStack bool
	stack   chan struct{}
	cancel  context.CancelCauseFunc
}

// watch starts routing the deployer's interrupts; stop ends it.
func (d *Deployer) watch(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	d.irq = &interrupts{stack: make(chan struct{}, 2), cancel: cancel}
	done := make(chan struct{})
	go func() {
		inStack := 0
		for {
			select {
			case <-done:
				return
			case <-d.Interrupts:
				d.irq.mu.Lock()
				stackWait := d.irq.inStack
				d.irq.mu.Unlock()
				if !stackWait {
					cancel(errInterrupted)
					continue
				}
				inStack++
				select {
				case d.irq.stack <- struct{}{}:
				default:
				}
				if inStack > 1 { // the second Ctrl-C during a stack wait also ends SDK retries
					cancel(errStopped)
				}
			}
		}
	}()
	return ctx, func() { close(done); cancel(nil) }
}

// stackWait marks the span of a stack operation, where Ctrl-C asks before cancelling.
func (d *Deployer) stackWait(on bool) {
	if d.irq == nil {
		return
	}
	d.irq.mu.Lock()
	d.irq.inStack = on
	d.irq.mu.Unlock()
}

// stackInterrupts delivers the Ctrl-Cs of a stack wait (nil without watch: never).
func (d *Deployer) stackInterrupts() <-chan struct{} {
	if d.irq == nil {
		return nil
	}
	return d.irq.stack
}

// cause is the reason the run's context ended, when Ctrl-C ended it.
func cause(ctx context.Context, err error) error {
	if c := context.Cause(ctx); c != nil && (errors.Is(c, errInterrupted) || errors.Is(c, errStopped)) && err != nil {
		return c
	}
	return err
}
