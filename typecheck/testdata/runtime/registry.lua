--!strict
local ok, err = process.registry.register("svc")
local pid, err2 = process.registry.lookup("svc")
local removed: boolean = process.registry.unregister("svc")
process.registry.lookup(true) -- expect-error: TYPE_MISMATCH
print(ok, err, pid, err2, removed)
