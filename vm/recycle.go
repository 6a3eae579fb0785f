package vm

import (
	"sync"
	"unsafe"
)

// Recycling the threads of finished processes.
//
// A process runtime makes a thread for every process it spawns, and
// most processes end by returning from their function. The thread's
// block (threadBlock: the thread, its first stack and frames, over a
// kilobyte) is the largest allocation of a spawn, so a finished thread
// that nothing can refer to any more goes back to a pool that newThread
// draws from.

// recycled holds zeroed thread blocks.
var recycled sync.Pool // *threadBlock

// Release gives the memory of t, whose function has returned (Run gave
// RunDone), back for reuse by later threads of any State. It does so only
// when nothing can refer to t any more: t is not a State's main thread,
// no Lua value of it was ever made (coroutine.running, debug functions),
// and no open upvalue points into its stack. The caller must drop its
// pointer to t either way (Results are gone too: copy them first).
func (t *Thread) Release() {
	if t.isMain || t.exposed || t.status != threadDead || t.open != nil || len(t.frames) != 1 {
		return
	}
	// Every thread is the first field of the block newThread made.
	b := (*threadBlock)(unsafe.Pointer(t))
	*b = threadBlock{}
	recycled.Put(b)
}
