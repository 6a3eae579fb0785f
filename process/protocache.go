package process

import (
	"sync"
	"sync/atomic"

	"wippylua/vm"
)

// protoCache remembers the prototypes of the sources given to
// SpawnSource, so that spawning the same source again neither parses nor
// compiles it: a vm.Proto is immutable once made, and each process makes
// its own closure of it. The cache is bounded (a host that spawns endless
// distinct sources compiles the ones beyond the bound each time) and
// lock-free for lookups, which is what the spawn path does.
type protoCache struct {
	m sync.Map // protoKey -> *vm.Proto
	n atomic.Int32
}

type protoKey struct{ src, chunkname string }

// maxCachedProtos bounds the number of sources a host remembers.
const maxCachedProtos = 1024

// proto returns the prototype of the text chunk src, compiling it with
// load on first use.
func (c *protoCache) proto(load vm.Loader, src, chunkname string) (*vm.Proto, error) {
	key := protoKey{src, chunkname}
	if p, ok := c.m.Load(key); ok {
		return p.(*vm.Proto), nil
	}
	bp, err := load([]byte(src), chunkname)
	if err != nil {
		return nil, err
	}
	p := vm.NewProto(bp)
	if c.n.Load() < maxCachedProtos {
		if prev, loaded := c.m.LoadOrStore(key, p); loaded {
			return prev.(*vm.Proto), nil
		}
		c.n.Add(1)
	}
	return p, nil
}
